import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { addDays, diffDays, fromDayNumber, toDayNumber } from '@/domain/dates';
import { buildPlan } from '@/domain/plan';
import {
  emptyProgress,
  isTracking,
  loggedHours,
  paceOf,
  plannedProfile,
  progressFor,
  creditHours,
  retakeFrom,
  scheduleStart,
  weekOf,
  withStep,
  withWeek,
} from '@/domain/progress';
import { realCatalog } from '@/domain/real-catalog';
import {
  currentRoleSchema,
  defaultProfile,
  profileSchema,
  pythonLevelSchema,
  targetRoleSchema,
} from '@/domain/schema';
import type { Profile, Progress } from '@/domain/schema';

const catalog = realCatalog();
const TODAY = '2026-12-03';
const plan = (profile: Profile, today = TODAY) =>
  buildPlan(profile, catalog, catalog.assumptions, today);
const withProgress = (profile: Profile, progress: Partial<Progress>): Profile => ({
  ...profile,
  progress: { ...emptyProgress(), ...progress },
});

const day = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

const profileArb = fc
  .record({
    currentRole: fc.constantFrom(...currentRoleSchema.options),
    python: fc.constantFrom(...pythonLevelSchema.options),
    targetRole: fc.constantFrom(...targetRoleSchema.options),
    hoursPerWeek: fc.integer({ min: 1, max: 40 }),
    startDate: day('2026-06-01', '2027-06-30'),
  })
  .map((p) => profileSchema.parse({ ...defaultProfile(TODAY), ...p }));
const logArb = fc.array(
  fc.record({ weekOf: day('2026-06-01', '2026-12-03'), hours: fc.integer({ min: 0, max: 40 }) }),
  { minLength: 1, maxLength: 8 },
);

describe('a living plan: progress read into the plan', () => {
  const base = defaultProfile(TODAY);
  const changer: Profile = {
    ...base,
    currentRole: 'career-changer-outside',
    python: 'none',
    azure: 'none',
    aiml: 'none',
    yearsExperience: 8,
  };

  it('plans from the start date until progress is recorded, then from today', () => {
    const past = { ...base, startDate: '2026-09-01' };
    expect(scheduleStart(past, TODAY)).toBe('2026-09-01');
    expect(plan(past).studyPlan.steps[0]!.startDate).toBe('2026-09-01');
    const tracking = withProgress(past, { log: [{ weekOf: '2026-09-07', hours: 0 }] });
    expect(isTracking(tracking.progress)).toBe(true);
    expect(plan(tracking).studyPlan.steps[0]!.startDate).toBe(TODAY);
    // A start date still ahead stays the start.
    const ahead = withProgress(
      { ...base, startDate: '2027-01-04' },
      { steps: { 'AZ-900': { state: 'studying' } } },
    );
    expect(plan(ahead).studyPlan.steps[0]!.startDate).toBe('2027-01-04');
  });

  it('a passed exam becomes a held certification, earned the day it was passed', () => {
    const first = plan(base).studyPlan.steps[0]!;
    const passed = withProgress(base, {
      steps: { [first.code]: { state: 'passed', date: '2026-12-01', score: 812 } },
    });
    expect(plannedProfile(passed).certificationsHeld).toContainEqual({
      code: first.code,
      earnedOn: '2026-12-01',
    });
    const after = plan(passed);
    expect(after.studyPlan.steps.map((s) => s.code)).not.toContain(first.code);
    expect(after.roadmap.steps.find((s) => s.code === first.code)?.status).toBe('held');
    // Its hours are gone from the total.
    expect(after.studyPlan.totals.hours.max).toBeLessThan(plan(base).studyPlan.totals.hours.max);
  });

  it('logged hours come off the first exams, and what is left is dated from today', () => {
    const tracking = withProgress(base, { steps: { 'AZ-900': { state: 'studying' } } });
    const before = plan(tracking).studyPlan;
    const logged = withProgress(base, {
      steps: { 'AZ-900': { state: 'studying' } },
      log: [{ weekOf: '2026-11-30', hours: 6 }],
    });
    const after = plan(logged).studyPlan;
    expect(after.steps[0]!.plannedHours).toBe(Math.max(0, before.steps[0]!.plannedHours - 6));
    expect(after.totals.finish.likely <= before.totals.finish.likely).toBe(true);
  });

  it('a booked exam keeps its date; the next step starts the day after', () => {
    const first = plan(changer).studyPlan.steps[0]!;
    const booked = withProgress(changer, {
      steps: { [first.code]: { state: 'booked', date: '2027-02-15' } },
    });
    const steps = plan(booked).studyPlan.steps;
    expect(steps[0]!.examDate).toBe('2027-02-15');
    expect(steps[0]!.examDates).toEqual({
      earliest: '2027-02-15',
      likely: '2027-02-15',
      latest: '2027-02-15',
    });
    expect(steps[1]!.startDate).toBe('2027-02-16');
  });

  it('a failed exam is retaken after the vendor’s waiting period (from data/)', () => {
    const cert = catalog.byCode.get('AZ-900')!;
    const policy = catalog.assumptions.retakes.microsoft;
    const source = catalog.sources.get(policy.source);
    expect(source?.kind === 'page' && source.url).toContain('retake-policy');
    const first = { state: 'failed' as const, date: TODAY, score: 610, attempts: 1 };
    expect(policy.waitDays).toEqual([1, 14]);
    expect(retakeFrom(cert, first, catalog.assumptions)).toBe(addDays(TODAY, 1));
    expect(retakeFrom(cert, { ...first, attempts: 2 }, catalog.assumptions)).toBe(
      addDays(TODAY, 14),
    );
    expect(retakeFrom(cert, { ...first, attempts: 5 }, catalog.assumptions)).toBe(
      addDays(TODAY, 14),
    );
    const code = plan(changer).studyPlan.steps[0]!.code;
    const failed = withProgress(changer, { steps: { [code]: { ...first, attempts: 2 } } });
    const step = plan(failed).studyPlan.steps.find((s) => s.code === code)!;
    expect(step.startDate >= addDays(TODAY, 14)).toBe(true);
  });

  it('Google makes a candidate wait 14 days, then 60, then a year after the third failure', () => {
    const cert = catalog.byCode.get('GCP-PMLE')!;
    const failed = (attempts: number) => ({
      state: 'failed' as const,
      date: TODAY,
      score: null,
      attempts,
    });
    expect([1, 2, 3, 4].map((n) => retakeFrom(cert, failed(n), catalog.assumptions))).toEqual([
      addDays(TODAY, 14),
      addDays(TODAY, 60),
      addDays(TODAY, 365),
      addDays(TODAY, 365),
    ]);
  });

  it('counts hours logged before a pass toward the exam passed, not the next one', () => {
    const first = plan(changer).studyPlan.steps[0]!.code;
    const log = [
      { weekOf: '2026-11-16', hours: 10 },
      { weekOf: '2026-11-23', hours: 10 },
      { weekOf: '2026-12-07', hours: 4 },
    ];
    const passed = withProgress(changer, {
      steps: { [first]: { state: 'passed', date: '2026-11-27', score: null } },
      log,
    });
    expect(creditHours(passed.progress)).toBe(4);
    const noLog = withProgress(changer, {
      steps: { [first]: { state: 'passed', date: '2026-11-27', score: null } },
      log: [{ weekOf: '2026-11-16', hours: 0 }],
    });
    const next = (p: Profile) => plan(p).studyPlan.steps[0]!;
    expect(next(passed).plannedHours).toBe(Math.max(0, next(noLog).plannedHours - 4));
  });

  it('a pass counts even when the user lists the exam already, with an expired date', () => {
    const listed: Profile = {
      ...changer,
      certificationsHeld: [{ code: 'AZ-900', earnedOn: '2019-01-10' }],
    };
    const passed = withProgress(listed, {
      steps: { 'AZ-900': { state: 'passed', date: '2026-11-20', score: null } },
    });
    expect(plannedProfile(passed).certificationsHeld).toContainEqual({
      code: 'AZ-900',
      earnedOn: '2026-11-20',
    });
    expect(plan(passed).studyPlan.steps.map((s) => s.code)).not.toContain('AZ-900');
  });

  it('finds progress recorded under another exam of the same successor family', () => {
    const lineageOf = (code: string) => (code === 'AI-102' ? 'AI-103' : code);
    const progress = { ...emptyProgress(), steps: { 'AI-102': { state: 'studying' as const } } };
    expect(progressFor(progress, 'AI-103', lineageOf)).toEqual(['AI-102', { state: 'studying' }]);
    expect(progressFor(progress, 'AZ-900', lineageOf)).toBeNull();
  });

  it('says ahead, on track or behind against the first plan, a week either way on track', () => {
    expect(paceOf(null, '2027-05-01')).toBeNull();
    expect(paceOf('2027-05-01', '2027-05-08')).toBe('on-track');
    expect(paceOf('2027-05-01', '2027-04-24')).toBe('on-track');
    expect(paceOf('2027-05-01', '2027-05-09')).toBe('behind');
    expect(paceOf('2027-05-01', '2027-04-23')).toBe('ahead');
  });

  it('keeps check-ins per week (Monday), replaces a week, and sets the baseline once', () => {
    expect(weekOf('2026-12-03')).toBe('2026-11-30'); // a Thursday
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(weekOf('2026-12-06')).toBe('2026-11-30'); // Sunday ends the week
    let p = withWeek(emptyProgress(), '2026-11-30', 5, '2027-05-01');
    expect(p.baselineFinish).toBe('2027-05-01');
    p = withWeek(p, '2026-11-23', 3, '2027-06-01');
    p = withWeek(p, '2026-11-30', 7, '2027-06-01');
    expect(p.log).toEqual([
      { weekOf: '2026-11-23', hours: 3 },
      { weekOf: '2026-11-30', hours: 7 },
    ]);
    expect(p.baselineFinish).toBe('2027-05-01');
    expect(loggedHours(p)).toBe(10);
    p = withStep(p, 'AZ-900', { state: 'studying' }, '2027-07-01');
    expect(p.baselineFinish).toBe('2027-05-01');
    expect(withWeek(p, '2026-11-23', null, 'x').log).toHaveLength(1);
    // Progress that came without a baseline (a hand-written file) gets one at the next record.
    const bare = { ...emptyProgress(), steps: { 'AZ-900': { state: 'studying' as const } } };
    expect(withWeek(bare, '2026-11-30', 2, '2027-03-01').baselineFinish).toBe('2027-03-01');
  });
});

describe('living-plan properties', () => {
  it('logging more hours never makes the finish later', () => {
    fc.assert(
      fc.property(profileArb, logArb, fc.integer({ min: 1, max: 60 }), (profile, log, more) => {
        const some = withProgress(profile, { log });
        const extra = withProgress(profile, {
          log: [...log, { weekOf: '2026-12-07', hours: more }],
        });
        const a = plan(some).studyPlan.totals.finish;
        const b = plan(extra).studyPlan.totals.finish;
        expect(b.likely <= a.likely).toBe(true);
        expect(b.latest <= a.latest).toBe(true);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('passing a step removes its hours and never moves a later step before it could start', () => {
    fc.assert(
      fc.property(profileArb, fc.nat(), day('2026-06-01', TODAY), (profile, pick, passedOn) => {
        const tracking = withProgress(profile, {
          steps: {},
          log: [{ weekOf: '2026-11-30', hours: 0 }],
        });
        const steps = plan(tracking).studyPlan.steps;
        if (steps.length === 0) return;
        const code = steps[pick % steps.length]!.code;
        const passed = withProgress(profile, {
          steps: { [code]: { state: 'passed', date: passedOn, score: null } },
          log: [{ weekOf: '2026-11-30', hours: 0 }],
        });
        const after = plan(passed).studyPlan;
        expect(after.steps.map((s) => s.code)).not.toContain(code);
        expect(after.totals.hours.max).toBeLessThanOrEqual(
          plan(tracking).studyPlan.totals.hours.max,
        );
        const earliest = scheduleStart(passed, TODAY);
        for (const s of after.steps)
          expect(diffDays(earliest, s.startDate)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});

describe('a booking the plan cannot keep', () => {
  const profile: Profile = {
    ...defaultProfile(TODAY),
    currentRole: 'career-changer-outside',
    azure: 'none',
    hoursPerWeek: 5,
    startDate: '2027-01-04',
  };
  const steps = plan(profile).studyPlan.steps;

  it('says so when an exam is booked before its step can start, and dates it itself', () => {
    const second = steps[1]!;
    const early = addDays(second.startDate, -3);
    const booked = withProgress(profile, {
      steps: { [second.code]: { state: 'booked', date: early } },
    });
    const { roadmap, studyPlan } = plan(booked);
    const notice = roadmap.notices.find((n) => n.kind === 'booked-too-early');
    expect(notice?.code).toBe(second.code);
    expect(notice?.message).toMatch(/before this step can start/);
    expect(studyPlan.steps.find((s) => s.code === second.code)!.examDate > early).toBe(true);
  });

  it('asks for the result of a booked exam whose day has passed', () => {
    const code = steps[0]!.code;
    const past = withProgress(profile, {
      steps: { [code]: { state: 'booked', date: addDays(TODAY, -2) } },
    });
    const notice = plan(past).roadmap.notices.find((n) => n.kind === 'booked-too-early');
    expect(notice?.message).toMatch(/which has passed: record it as passed or failed/);
  });
});
