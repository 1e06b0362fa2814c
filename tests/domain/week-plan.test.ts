import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '@/domain/dates';
import { buildPlan } from '@/domain/plan';
import { weekOf } from '@/domain/dates';
import { emptyProgress } from '@/domain/progress';
import { realCatalog } from '@/domain/real-catalog';
import {
  azureLevelSchema,
  currentRoleSchema,
  defaultProfile,
  profileSchema,
  pythonLevelSchema,
  targetRoleSchema,
} from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import { planWeeks, sessionPlan, stepWeeks } from '@/domain/week-plan';

const catalog = realCatalog();
const TODAY = '2026-12-03';
const plan = (profile: Profile) => buildPlan(profile, catalog, catalog.assumptions, TODAY);
const day = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const tenths = (n: number) => Math.round(n * 10);

const profileArb = fc
  .record({
    currentRole: fc.constantFrom(...currentRoleSchema.options),
    python: fc.constantFrom(...pythonLevelSchema.options),
    azure: fc.constantFrom(...azureLevelSchema.options),
    targetRole: fc.constantFrom(...targetRoleSchema.options),
    hoursPerWeek: fc.integer({ min: 1, max: 40 }),
    startDate: day('2026-12-03', '2027-06-30'),
    away: fc.uniqueArray(day('2026-12-01', '2028-12-31').map(weekOf), { maxLength: 8 }),
    booked: fc.option(day('2026-12-03', '2027-12-31'), { nil: null }),
    // Check-ins with tenths of hours, a pass or a failure of the first exam, a practice result.
    log: fc.uniqueArray(
      fc.record({
        weekOf: day('2026-06-01', TODAY).map(weekOf),
        hours: fc.integer({ min: 0, max: 400 }).map((n) => n / 10),
      }),
      { selector: (e) => e.weekOf, maxLength: 6 },
    ),
    first: fc.constantFrom('none', 'passed', 'failed'),
    practice: fc.option(
      fc.record({
        areas: fc.dictionary(
          fc.constantFrom('plan', 'generative-agentic', 'vision', 'text', 'extraction'),
          fc.integer({ min: 0, max: 100 }),
        ),
        overall: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      }),
      { nil: null },
    ),
  })
  .map(({ away, booked, log, first, practice, ...p }) => {
    const base = profileSchema.parse({ ...defaultProfile(TODAY), ...p });
    const firstCode = plan(base).studyPlan.steps[0]?.code ?? 'AZ-900';
    const steps: Profile['progress']['steps'] = {};
    if (first === 'passed') steps[firstCode] = { state: 'passed', date: '2026-11-20', score: null };
    if (first === 'failed')
      steps[firstCode] = {
        state: 'failed',
        date: '2026-11-20',
        score: 650,
        attempts: 1,
        firstFailedOn: '2026-11-20',
      };
    if (booked) steps['AI-103'] = { state: 'booked', date: booked };
    const areas = catalog.byCode.get('AI-103')!.skills!.areas.map((a) => a.id);
    return profileSchema.parse({
      ...base,
      progress: {
        ...emptyProgress(),
        away,
        log: [...log].sort((a, b) => (a.weekOf < b.weekOf ? -1 : 1)),
        steps,
        practice: practice
          ? {
              'AI-103': {
                date: TODAY,
                overall: practice.overall,
                areas: Object.fromEntries(
                  Object.entries(practice.areas).filter(([id]) => areas.includes(id)),
                ),
              },
            }
          : {},
      },
    });
  });

describe('study sessions', () => {
  const limits = catalog.assumptions.sessions;
  const week = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

  it('splits the hours over the chosen days, one session a day, to 5 minutes', () => {
    expect(sessionPlan(10, ['MO', 'WE', 'SA'], limits)).toEqual({
      days: ['MO', 'WE', 'SA'],
      minutes: 200,
      hoursPerWeek: 10,
      fewerDays: false,
      capped: false,
    });
  });

  it('uses fewer of the days, spread over the week, when a session would be under the shortest', () => {
    expect(limits.minMinutes).toBe(15);
    expect(sessionPlan(1, week, limits)).toEqual({
      days: ['MO', 'WE', 'FR', 'SU'],
      minutes: 15,
      hoursPerWeek: 1,
      fewerDays: true,
      capped: false,
    });
    // Even a few minutes a week get one session of the shortest length.
    expect(sessionPlan(0.1, week, limits)).toMatchObject({ days: ['TH'], minutes: 15 });
  });

  it('never makes a session longer than the longest, and says the days cannot hold the hours', () => {
    expect(limits.maxMinutes).toBe(480);
    expect(sessionPlan(60, ['SA'], limits)).toEqual({
      days: ['SA'],
      minutes: 480,
      hoursPerWeek: 8,
      fewerDays: false,
      capped: true,
    });
    expect(sessionPlan(40, week, limits)).toMatchObject({ minutes: 345, capped: false });
  });

  it('holds about the hours asked for whenever the days can', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }).map((n) => n / 10),
        fc.subarray([...week], { minLength: 1 }),
        (hours, days) => {
          const plan = sessionPlan(hours, days, limits);
          expect(plan.days.every((d) => days.includes(d))).toBe(true);
          expect(plan.minutes).toBeGreaterThanOrEqual(limits.minMinutes);
          expect(plan.minutes).toBeLessThanOrEqual(limits.maxMinutes);
          if (!plan.capped && hours * 60 >= limits.minMinutes)
            // Within 5 minutes of rounding a session.
            expect(Math.abs(plan.minutes * plan.days.length - hours * 60)).toBeLessThanOrEqual(
              2.5 * plan.days.length,
            );
        },
      ),
      { numRuns: fuzzRuns(300) },
    );
  });
});

describe('the week-by-week schedule', () => {
  const profile: Profile = {
    ...defaultProfile(TODAY),
    currentRole: 'career-changer-outside',
    hoursPerWeek: 5,
  };

  it('says which skills area is studied in which week, in the outline’s order', () => {
    const { studyPlan } = plan(profile);
    const core = studyPlan.steps.find((s) => s.code === 'AI-103')!;
    const weeks = stepWeeks(core, new Set());
    expect(weeks).toHaveLength(core.weeks);
    expect(weeks[0]!.blocks[0]!.name).toBe(core.areas[0]!.name);
    expect(weeks.at(-1)!.blocks.at(-1)!.name).toBe(core.areas.at(-1)!.name);
    expect(weeks.at(-1)!.exam).toBe(true);
    expect(weeks.at(-1)!.lastDay).toBe(core.examDate);
    for (const w of weeks.slice(0, -1))
      expect(tenths(w.blocks.reduce((a, b) => a + b.hours, 0))).toBe(tenths(5));
  });

  it('skips a week marked away: nothing is studied then and the exam moves a week later', () => {
    const before = plan(profile).studyPlan;
    const first = before.steps[0]!;
    const away = weekOf(addDays(first.startDate, 3));
    const after = plan({ ...profile, progress: { ...emptyProgress(), away: [away] } }).studyPlan;
    const step = after.steps[0]!;
    expect(step.awayWeeks).toBe(1);
    expect(step.examDate).toBe(addDays(first.examDate, 7));
    expect(after.totals.finishDate).toBe(addDays(before.totals.finishDate, 7));
    const weeks = stepWeeks(step, new Set([away]));
    expect(weeks[0]).toMatchObject({ away: true, index: null, blocks: [], calendarWeek: away });
    expect(weeks[1]!.index).toBe(1);
  });

  it('adds up, for every step and every skills area, to the plan’s hours', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const { studyPlan } = plan(p);
        const away = new Set(p.progress.away);
        const weeks = planWeeks(studyPlan.steps, away);
        for (const step of studyPlan.steps) {
          const own = weeks.filter((w) => w.code === step.code);
          const blocks = own.flatMap((w) => w.blocks);
          expect(tenths(blocks.reduce((a, b) => a + b.hours, 0))).toBe(tenths(step.plannedHours));
          for (const area of step.areas) {
            const hours = blocks
              .filter((b) => b.areaId === area.id)
              .reduce((a, b) => a + b.hours, 0);
            expect(tenths(hours)).toBe(tenths(area.hours));
          }
          // Study weeks are numbered on from the weeks already studied; no week holds more
          // than the step's hours a week (the user's, or what a booking asks), but the last.
          const study = own.filter((w) => !w.away && w.index !== null);
          // An exam on the first day of a week is that day alone: no study in it.
          for (const w of own.filter((x) => !x.away && x.index === null))
            expect(w).toMatchObject({ blocks: [], exam: true, firstDay: step.examDate });
          expect(study.map((w) => w.index)).toEqual(study.map((_, i) => step.studiedWeeks + i + 1));
          // The user's hours a week, or for a booking an even share that holds the hours.
          if (step.booked)
            expect(tenths(step.hoursPerWeek * step.weeks)).toBeGreaterThanOrEqual(
              tenths(step.plannedHours),
            );
          else expect(step.hoursPerWeek).toBe(p.hoursPerWeek);
          for (const w of study.slice(0, -1))
            expect(tenths(w.blocks.reduce((a, b) => a + b.hours, 0))).toBeLessThanOrEqual(
              tenths(step.hoursPerWeek),
            );
          for (const w of own.filter((x) => x.away)) expect(w.blocks).toEqual([]);
        }
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('never makes the finish earlier when a week is marked away', () => {
    fc.assert(
      fc.property(profileArb, day('2026-12-01', '2028-12-31'), (p, awayDay) => {
        const before = plan(p).studyPlan.totals.finish;
        const more = { ...p.progress, away: [...new Set([...p.progress.away, weekOf(awayDay)])] };
        const after = plan({ ...p, progress: more }).studyPlan.totals.finish;
        expect(after.likely >= before.likely).toBe(true);
        expect(after.latest >= before.latest).toBe(true);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});
