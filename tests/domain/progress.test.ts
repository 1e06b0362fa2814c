import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { addDays, diffDays, fromDayNumber, toDayNumber, weekOf } from '@/domain/dates';
import { buildPlan } from '@/domain/plan';
import { failedAgain, failedStep } from '@/domain/retake';
import {
  emptyProgress,
  isTracking,
  loggedHours,
  paceOf,
  plannedProfile,
  progressFor,
  progressOffPlan,
  checkInWeeks,
  tenths as tenthsOf,
  unspentHours,
  retakeFrom,
  retakeOf,
  retakeRule,
  withPassesHeld,
  scheduleStart,
  baselineOf,
  rebaselined,
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
    const first = {
      state: 'failed' as const,
      date: TODAY,
      score: 610,
      attempts: 1,
      firstFailedOn: TODAY,
    };
    expect(policy.waitDays).toEqual([1, 14]);
    const from = (step: typeof first) => retakeFrom(cert, retakeOf(step)!, catalog.assumptions);
    expect(from(first)).toBe(addDays(TODAY, 1));
    expect(from({ ...first, attempts: 2, firstFailedOn: '2026-11-01' })).toBe(addDays(TODAY, 14));
    expect(from({ ...first, attempts: 4, firstFailedOn: '2026-10-01' })).toBe(addDays(TODAY, 14));
    const code = plan(changer).studyPlan.steps[0]!.code;
    const failed = withProgress(changer, { steps: { [code]: { ...first, attempts: 2 } } });
    const step = plan(failed).studyPlan.steps.find((s) => s.code === code)!;
    // The exam waits for the vendor's day; the study does not sit idle until then.
    expect(step.examDate >= addDays(TODAY, 14)).toBe(true);
    expect(step.examDates.earliest >= addDays(TODAY, 14)).toBe(true);
    expect(step.startDate).toBe(TODAY);
  });

  it('after a fifth failure Microsoft waits until twelve months after the first attempt', () => {
    const cert = catalog.byCode.get('AI-103')!;
    expect(catalog.assumptions.retakes.microsoft.attemptsPerYear).toBe(5);
    const rule = retakeRule(
      cert,
      { attempts: 5, failedOn: TODAY, firstFailedOn: '2026-09-01' },
      catalog.assumptions,
    );
    expect(rule).toMatchObject({ from: '2027-09-01', yearLimit: true });
    // Fifteen months after the first, the year is over: the 14 days hold again.
    const later = retakeRule(
      cert,
      { attempts: 5, failedOn: TODAY, firstFailedOn: '2025-09-01' },
      catalog.assumptions,
    );
    expect(later).toMatchObject({ from: addDays(TODAY, 14), yearLimit: false });
  });

  it('keeps a retake’s failures through studying for it and booking it', () => {
    const code = plan(changer).studyPlan.steps[0]!.code;
    const retake = { attempts: 2, failedOn: '2026-12-01', firstFailedOn: '2026-11-10' };
    for (const step of [
      { state: 'studying' as const, retake },
      { state: 'booked' as const, date: '2026-12-05', retake },
    ]) {
      const p = withProgress(changer, { steps: { [code]: step } });
      const planned = plan(p);
      const s = planned.studyPlan.steps.find((x) => x.code === code)!;
      // The 14-day wait after a second failure holds, whatever the state.
      expect(s.examDate >= '2026-12-15').toBe(true);
      if (step.state === 'booked') {
        const notice = planned.roadmap.notices.find((n) => n.kind === 'booked-too-early');
        expect(notice?.message).toContain('the retake can be from 15 Dec 2026');
        expect(s.booked).toBe(false);
      }
    }
  });

  it('a year-long wait starts the study towards its end, not on the day after the failure', () => {
    // A fifth failure of AI-103: Microsoft's next attempt waits until a year after the first.
    const profile = withProgress(base, {
      steps: {
        'AI-103': {
          state: 'failed',
          date: TODAY,
          score: 655,
          attempts: 5,
          firstFailedOn: '2026-09-01',
        },
      },
    });
    const step = plan(profile).studyPlan.steps.find((x) => x.code === 'AI-103')!;
    expect(step.examDate).toBe('2027-09-01');
    expect(step.startDate).toBe(addDays('2027-09-01', -(step.weeks * 7 - 1)));
    expect(plan(profile).roadmap.notices.map((n) => n.kind)).not.toContain('booked-too-early');
  });

  it('adds up failures: the first fixes the year’s start, each later one the count and the last day', () => {
    const first = failedAgain(null, '2026-11-02');
    expect(first).toEqual({ attempts: 1, failedOn: '2026-11-02', firstFailedOn: '2026-11-02' });
    const second = failedAgain(first, '2026-11-20');
    expect(second).toEqual({ attempts: 2, failedOn: '2026-11-20', firstFailedOn: '2026-11-02' });
    // An older save knew the count only: the first failure is the last one known.
    expect(
      failedAgain({ attempts: 3, failedOn: '2026-10-01', firstFailedOn: null }, TODAY),
    ).toEqual({ attempts: 4, failedOn: TODAY, firstFailedOn: '2026-10-01' });
    expect(failedStep(second, 640)).toEqual({
      state: 'failed',
      date: '2026-11-20',
      score: 640,
      attempts: 2,
      firstFailedOn: '2026-11-02',
    });
  });

  it('offers check-ins from the week the plan started, at least the last eight, at most two years', () => {
    expect(checkInWeeks('2026-11-04', TODAY)).toEqual(
      Array.from({ length: 8 }, (_, i) => addDays('2026-11-30', -7 * i)),
    );
    expect(checkInWeeks('2026-06-01', TODAY)).toHaveLength(27);
    expect(checkInWeeks('2026-06-01', TODAY).at(-1)).toBe('2026-06-01');
    expect(checkInWeeks('2020-01-01', TODAY)).toHaveLength(104);
  });

  it('Google makes a candidate wait 14 days, then 60, then a year after the third failure', () => {
    const cert = catalog.byCode.get('GCP-PMLE')!;
    const retake = (attempts: number) => ({ attempts, failedOn: TODAY, firstFailedOn: null });
    expect([1, 2, 3, 4].map((n) => retakeFrom(cert, retake(n), catalog.assumptions))).toEqual([
      addDays(TODAY, 14),
      addDays(TODAY, 60),
      addDays(TODAY, 365),
      addDays(TODAY, 365),
    ]);
  });

  it('a pass takes its own hours from the hours logged up to it; the rest go to the next exams', () => {
    const steps = plan(changer).studyPlan.steps;
    const first = steps[0]!;
    const log = [
      { weekOf: '2026-11-16', hours: 10 },
      { weekOf: '2026-11-23', hours: 10 },
      { weekOf: '2026-12-07', hours: 4 },
    ];
    const passed = withProgress(changer, {
      steps: { [first.code]: { state: 'passed', date: '2026-11-27', score: null } },
      log,
    });
    // The first exam's own hours (more than the 20 logged before the pass) take all 20.
    expect(first.plannedHours).toBeGreaterThan(20);
    expect(unspentHours(passed.progress, () => first.plannedHours)).toBe(4);
    // An exam that took fewer hours than were logged leaves the rest for the next ones.
    expect(unspentHours(passed.progress, () => 12)).toBe(12);
    const noLog = withProgress(changer, {
      steps: { [first.code]: { state: 'passed', date: '2026-11-27', score: null } },
      log: [{ weekOf: '2026-11-16', hours: 0 }],
    });
    const next = (p: Profile) => plan(p).studyPlan.steps[0]!;
    expect(next(passed).plannedHours).toBe(Math.max(0, next(noLog).plannedHours - 4));
  });

  it('hours logged after a pass never count toward it, and each pass takes from before its own week', () => {
    const progress = {
      ...emptyProgress(),
      steps: {
        A: { state: 'passed' as const, date: '2026-11-04', score: null },
        B: { state: 'passed' as const, date: '2026-11-18', score: null },
      },
      log: [
        { weekOf: '2026-11-02', hours: 8 },
        { weekOf: '2026-11-09', hours: 8 },
        { weekOf: '2026-11-16', hours: 8 },
        { weekOf: '2026-11-23', hours: 8 },
      ],
    };
    // A (passed in the first week) takes the 8 logged by then; B the 10 it needs of the 16 left
    // before its week; the 14 that remain go to the exams ahead.
    const hours = { A: 30, B: 10 } as Record<string, number>;
    expect(unspentHours(progress, (c) => hours[c]!)).toBe(32 - 8 - 10);
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
    expect(progressOffPlan(progress, ['AI-103'], lineageOf)).toEqual([]);
  });

  it('a pass of AI-102 is a holding of its own, never a pass of the AI-103 it leads to', () => {
    const lineageOf = (code: string) => (code === 'AI-102' ? 'AI-103' : code);
    const passed = {
      ...emptyProgress(),
      steps: { 'AI-102': { state: 'passed' as const, date: '2026-06-20', score: null } },
    };
    expect(progressFor(passed, 'AI-103', lineageOf)).toBeNull();
    // It keeps an editor of its own.
    expect(progressOffPlan(passed, ['AI-103'], lineageOf)).toEqual(['AI-102']);
    const p = plan(withProgress(base, passed));
    expect(p.roadmap.steps.find((s) => s.code === 'AI-102')?.status).toBe('held');
    expect(p.studyPlan.steps.map((s) => s.code)).toContain('AI-103');
  });

  it('prices a veteran’s pass of AI-103 as it was planned, with AI-102 held: no logged hour lost', () => {
    const veteran: Profile = {
      ...base,
      yearsExperience: 20,
      certificationsHeld: [{ code: 'AI-102', earnedOn: '2026-05-01' }],
      targetRole: 'ai-solutions-architect',
    };
    const planned = plan(veteran).studyPlan.steps.find((s) => s.code === 'AI-103')!;
    const log = [{ weekOf: '2026-11-16', hours: planned.plannedHours + 10 }];
    const passed = withProgress(veteran, {
      steps: { 'AI-103': { state: 'passed', date: '2026-11-20', score: null } },
      log,
    });
    // The pass took its own (halved) hours; the ten beyond them went to the next exam.
    const next = plan(passed).studyPlan.steps[0]!;
    const before = plan(
      withProgress(veteran, {
        steps: { 'AI-103': { state: 'passed', date: '2026-11-20', score: null } },
        log: [{ weekOf: '2026-11-16', hours: 0 }],
      }),
    ).studyPlan.steps[0]!;
    expect(next.code).toBe(before.code);
    expect(next.plannedHours).toBe(tenthsOf(before.plannedHours - 10));
  });

  it('a failure of AI-102 sets no retake wait before AI-103: the vendor waits per exam', () => {
    const failed = withProgress(base, {
      steps: {
        'AI-102': { state: 'failed', date: TODAY, score: 640, attempts: 2, firstFailedOn: TODAY },
      },
    });
    const step = plan(failed).studyPlan.steps.find((s) => s.code === 'AI-103')!;
    const fresh = plan(
      withProgress(base, { steps: { 'AI-103': { state: 'studying' } } }),
    ).studyPlan.steps.find((s) => s.code === 'AI-103')!;
    expect(step.examDate).toBe(fresh.examDate);
  });

  it('a booking seven days on leaves one study week, the exam day not counted as one', () => {
    const first = plan(changer).studyPlan.steps[0]!;
    const booked = withProgress(changer, {
      steps: { [first.code]: { state: 'booked', date: addDays(TODAY, 7) } },
    });
    const step = plan(booked).studyPlan.steps[0]!;
    expect(step.weeks).toBe(1);
    expect(step.hoursPerWeek).toBe(Math.ceil(step.plannedHours * 10) / 10);
  });

  it('a booking far off spreads the hours evenly over the weeks to it', () => {
    const first = plan(changer).studyPlan.steps[0]!;
    const booked = withProgress(changer, {
      steps: { [first.code]: { state: 'booked', date: addDays(TODAY, 26 * 7) } },
    });
    const step = plan(booked).studyPlan.steps[0]!;
    expect(step.weeks).toBe(26);
    expect(step.hoursPerWeek).toBeLessThan(changer.hoursPerWeek);
    expect(step.hoursPerWeek * 26).toBeGreaterThanOrEqual(step.plannedHours);
  });

  it('once every exam on the path is passed, the finish is the last pass, not today', () => {
    const codes = plan(base).studyPlan.steps.map((s) => s.code);
    const steps = Object.fromEntries(
      codes.map((c, i) => [
        c,
        { state: 'passed' as const, date: addDays('2026-11-01', i), score: null },
      ]),
    );
    const done = plan(withProgress(base, { steps })).studyPlan;
    expect(done.steps).toEqual([]);
    expect(done.totals.finish.likely).toBe(addDays('2026-11-01', codes.length - 1));
  });

  it('counts no more weeks studied than the logged hours fill', () => {
    // Started twenty weeks ago, marked studying, nothing logged: week 1, not week 21.
    const profile = withProgress(
      { ...changer, startDate: addDays(TODAY, -140) },
      { steps: { [plan(changer).studyPlan.steps[0]!.code]: { state: 'studying' } } },
    );
    expect(plan(profile).studyPlan.steps[0]!.studiedWeeks).toBe(0);
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
    const at = (finish: string) => ({ finish, on: TODAY });
    let p = withWeek(emptyProgress(), '2026-11-30', 5, at('2027-05-01'));
    expect(p.baselineFinish).toBe('2027-05-01');
    expect(p.baselineSetOn).toBe(TODAY);
    p = withWeek(p, '2026-11-23', 3, at('2027-06-01'));
    p = withWeek(p, '2026-11-30', 7, at('2027-06-01'));
    expect(p.log).toEqual([
      { weekOf: '2026-11-23', hours: 3 },
      { weekOf: '2026-11-30', hours: 7 },
    ]);
    expect(p.baselineFinish).toBe('2027-05-01');
    expect(loggedHours(p)).toBe(10);
    p = withStep(p, 'AZ-900', { state: 'studying' }, at('2027-07-01'));
    expect(p.baselineFinish).toBe('2027-05-01');
    expect(withWeek(p, '2026-11-23', null, at('x')).log).toHaveLength(1);
    // Measuring from the plan as it stands replaces the baseline.
    expect(rebaselined(p, { finish: '2027-07-01', on: '2026-12-10' })).toMatchObject({
      baselineFinish: '2027-07-01',
      baselineSetOn: '2026-12-10',
    });
    // Progress that came without a baseline (a hand-written file) gets one at the next record.
    const bare = { ...emptyProgress(), steps: { 'AZ-900': { state: 'studying' as const } } };
    expect(withWeek(bare, '2026-11-30', 2, at('2027-03-01')).baselineFinish).toBe('2027-03-01');
  });

  it('the baseline is the plan as the user saw it when first recording, start date and all', () => {
    // A plan saved in October and never tracked: its dates run from its start date.
    const saved = { ...base, startDate: '2026-10-05' };
    const before = plan(saved).studyPlan;
    const baseline = baselineOf(before, TODAY);
    expect(baseline).toEqual({ finish: before.totals.finish.likely, on: TODAY });
    // Only five hours logged since: honestly behind, against the plan as it was.
    const logged = withProgress(saved, {
      ...withWeek(emptyProgress(), weekOf(TODAY), 5, baseline),
    });
    const after = plan(logged).studyPlan;
    expect(paceOf(logged.progress.baselineFinish, after.totals.finish.likely)).toBe('behind');
    // Logging the weeks studied since October brings it back on track.
    let caughtUp = logged.progress;
    for (let w = weekOf(saved.startDate); w < weekOf(TODAY); w = addDays(w, 7))
      caughtUp = withWeek(caughtUp, w, saved.hoursPerWeek, baseline);
    const back = plan({ ...saved, progress: caughtUp }).studyPlan;
    expect(paceOf(caughtUp.baselineFinish, back.totals.finish.likely)).not.toBe('behind');
  });

  it('names the week a step is in, counting the weeks already studied', () => {
    const profile = { ...base, startDate: '2026-11-02' };
    const progress = [0, 1, 2].reduce(
      (p, w) => withWeek(p, addDays('2026-11-02', 7 * w), 10, { finish: 'x', on: TODAY }),
      emptyProgress(),
    );
    const step = plan({ ...profile, progress }, '2026-11-20').studyPlan.steps[0]!;
    // 18 days since the start: two whole weeks behind it.
    expect(step.studiedWeeks).toBe(2);
    expect(step.startDate).toBe('2026-11-20');
  });

  it('a share link carries passed exams as held certifications, once each', () => {
    const profile = withProgress(
      { ...changer, certificationsHeld: [{ code: 'AZ-900', earnedOn: '2019-01-10' }] },
      { steps: { 'AZ-900': { state: 'passed', date: '2026-11-20', score: null } } },
    );
    expect(withPassesHeld(profile).certificationsHeld).toEqual([
      { code: 'AZ-900', earnedOn: '2026-11-20' },
    ]);
  });
});

describe('living-plan properties', () => {
  const weekArb = day('2026-06-01', TODAY).map(weekOf);
  /** Check-ins (one per week), maybe a pass of one of the plan's exams, maybe a booking. */
  const trackedArb = fc.record({
    profile: profileArb,
    log: fc.uniqueArray(fc.record({ weekOf: weekArb, hours: fc.integer({ min: 0, max: 40 }) }), {
      selector: (e) => e.weekOf,
      minLength: 1,
      maxLength: 10,
    }),
    pass: fc.option(fc.record({ pick: fc.nat(), on: day('2026-06-01', TODAY) })),
    booking: fc.option(fc.record({ pick: fc.nat(), inDays: fc.integer({ min: 0, max: 400 }) })),
  });
  const stepsFor = (t: {
    profile: Profile;
    pass: { pick: number; on: string } | null;
    booking: { pick: number; inDays: number } | null;
  }) => {
    const codes = plan(t.profile).studyPlan.steps.map((s) => s.code);
    const steps: Progress['steps'] = {};
    if (t.booking && codes.length > 0)
      steps[codes[t.booking.pick % codes.length]!] = {
        state: 'booked',
        date: addDays(TODAY, t.booking.inDays),
      };
    if (t.pass && codes.length > 0)
      steps[codes[t.pass.pick % codes.length]!] = {
        state: 'passed',
        date: t.pass.on,
        score: null,
      };
    return steps;
  };

  it('logging more hours, in any week, never makes the finish later', () => {
    fc.assert(
      fc.property(trackedArb, weekArb, fc.integer({ min: 1, max: 60 }), (t, week, more) => {
        const steps = stepsFor(t);
        const some = withProgress(t.profile, { steps, log: t.log });
        const log = t.log.some((e) => e.weekOf === week)
          ? t.log.map((e) => (e.weekOf === week ? { ...e, hours: e.hours + more } : e))
          : [...t.log, { weekOf: week, hours: more }];
        const extra = withProgress(t.profile, { steps, log });
        const a = plan(some).studyPlan.totals.finish;
        const b = plan(extra).studyPlan.totals.finish;
        expect(b.likely <= a.likely).toBe(true);
        expect(b.latest <= a.latest).toBe(true);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('passing a step removes its hours, never makes the finish later, and never moves a later step before it could start', () => {
    fc.assert(
      fc.property(trackedArb, fc.nat(), day('2026-06-01', TODAY), (t, pick, passedOn) => {
        const steps = stepsFor({ ...t, pass: null });
        const tracking = withProgress(t.profile, { steps, log: t.log });
        const before = plan(tracking).studyPlan;
        const open = before.steps.filter((s) => !(s.code in steps));
        if (open.length === 0) return;
        const code = open[pick % open.length]!.code;
        const passed = withProgress(t.profile, {
          steps: { ...steps, [code]: { state: 'passed', date: passedOn, score: null } },
          log: t.log,
        });
        const after = plan(passed).studyPlan;
        expect(after.steps.map((s) => s.code)).not.toContain(code);
        expect(after.totals.plannedHours).toBeLessThanOrEqual(before.totals.plannedHours);
        expect(after.totals.finish.likely <= before.totals.finish.likely).toBe(true);
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
