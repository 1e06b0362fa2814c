import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '@/domain/dates';
import { buildPlan } from '@/domain/plan';
import { emptyProgress, weekOf } from '@/domain/progress';
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
import { planWeeks, stepWeeks } from '@/domain/week-plan';

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
  })
  .map(({ away, booked, ...p }) =>
    profileSchema.parse({
      ...defaultProfile(TODAY),
      ...p,
      progress: {
        ...emptyProgress(),
        away,
        steps: booked ? { 'AI-103': { state: 'booked', date: booked } } : {},
      },
    }),
  );

describe('the week-by-week schedule', () => {
  const profile: Profile = {
    ...defaultProfile(TODAY),
    currentRole: 'career-changer-outside',
    hoursPerWeek: 5,
  };

  it('says which skills area is studied in which week, in the outline’s order', () => {
    const { studyPlan } = plan(profile);
    const core = studyPlan.steps.find((s) => s.code === 'AI-103')!;
    const weeks = stepWeeks(core, profile.hoursPerWeek, new Set());
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
    const weeks = stepWeeks(step, profile.hoursPerWeek, new Set([away]));
    expect(weeks[0]).toMatchObject({ away: true, index: null, blocks: [], calendarWeek: away });
    expect(weeks[1]!.index).toBe(1);
  });

  it('adds up, for every step and every skills area, to the plan’s hours', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const { studyPlan } = plan(p);
        const away = new Set(p.progress.away);
        const weeks = planWeeks(studyPlan.steps, p.hoursPerWeek, away);
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
          // Study weeks are numbered 1..weeks; no week holds more than the hours a week, but
          // the last (a booked date may leave fewer weeks than the hours need).
          const study = own.filter((w) => !w.away);
          expect(study.map((w) => w.index)).toEqual(study.map((_, i) => i + 1));
          for (const w of study.slice(0, -1))
            expect(tenths(w.blocks.reduce((a, b) => a + b.hours, 0))).toBeLessThanOrEqual(
              tenths(p.hoursPerWeek),
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
