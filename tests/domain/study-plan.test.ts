import { addDays, diffDays } from '@/domain/dates';
import { buildPlan } from '@/domain/plan';
import type { Plan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { renewableAt } from '@/domain/renewal';
import { defaultProfile } from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import type { ScheduledStep } from '@/domain/schedule';

const catalog = realCatalog();
const midLevelDeveloper: Partial<Profile> = {
  currentRole: 'software-developer',
  yearsExperience: 4,
  python: 'proficient',
  azure: 'some',
  aiml: 'basic',
  hoursPerWeek: 10,
};

function planFor(overrides: Partial<Profile>, today = overrides.startDate ?? '2026-03-01'): Plan {
  return buildPlan(
    { ...defaultProfile(today), ...midLevelDeveloper, ...overrides },
    catalog,
    catalog.assumptions,
    today,
  );
}
const stepOf = (plan: Plan, code: string): ScheduledStep => {
  const found = plan.studyPlan.steps.find((s) => s.code === code);
  if (!found) throw new Error(`${code} not scheduled`);
  return found;
};

describe('sanity anchors', () => {
  it.each([
    ['2026-03-01', 'AI-102'],
    ['2026-11-27', 'AI-103'],
    ['2028-01-15', 'AI-103'],
  ])(
    'starting %s, a mid-level developer with some Azure at 10 h/week needs 8–12 weeks for %s',
    (startDate, code) => {
      const core = stepOf(planFor({ startDate }), code);
      expect(core.weeks).toBeGreaterThanOrEqual(8);
      expect(core.weeks).toBeLessThanOrEqual(12);
    },
  );

  it('a mid-level developer with some Azure at 10 h/week lands inside 8–12 weeks for the core exam', () => {
    const core = stepOf(planFor({}), 'AI-102');
    expect(core.weeks).toBeGreaterThanOrEqual(8);
    expect(core.weeks).toBeLessThanOrEqual(12);
    expect(core).toMatchObject({
      hours: { min: 80, max: 120 },
      plannedHours: 100,
      weeks: 10,
      weeksRange: { min: 8, max: 12 },
    });
  });

  it('more hours per week means fewer weeks for the same exams', () => {
    const weeks = [5, 10, 20, 40].map(
      (h) =>
        planFor({ hoursPerWeek: h, startDate: '2027-01-04', targetRole: 'ai-solutions-architect' })
          .studyPlan.totals.weeks,
    );
    expect(weeks).toEqual([...weeks].sort((a, b) => b - a));
    expect(weeks[0]).toBeGreaterThan(weeks[3] ?? Infinity);
  });

  it('more skills means fewer hours', () => {
    const hours = (p: Partial<Profile>) =>
      stepOf(planFor({ ...p, startDate: '2027-01-04' }), 'AI-103').hours.max;
    expect(hours({ python: 'none' })).toBeGreaterThan(hours({ python: 'basic' }));
    expect(hours({ python: 'basic' })).toBeGreaterThan(hours({ python: 'proficient' }));
    expect(hours({ azure: 'none' })).toBeGreaterThan(hours({ azure: 'daily' }));
    expect(hours({ aiml: 'none' })).toBeGreaterThan(hours({ aiml: 'proficient' }));
  });
});

describe('study-time model', () => {
  it('scales the typical range by the profile factors from the assumptions', () => {
    // no Azure hands-on (1.3), basic Python (1.1): 80–120 h × 1.43
    const core = stepOf(
      planFor({ azure: 'none', python: 'basic', startDate: '2026-01-05' }),
      'AI-102',
    );
    expect(core.hours).toEqual({ min: 114, max: 172 });
    expect(core.plannedHours).toBe(143);
  });

  it('adds the early-career factor under earlyCareerYears of experience', () => {
    const junior = stepOf(planFor({ yearsExperience: 1 }), 'AI-102');
    const settled = stepOf(planFor({ yearsExperience: 2 }), 'AI-102');
    expect(junior.hours).toEqual({ min: 88, max: 132 });
    expect(settled.hours).toEqual({ min: 80, max: 120 });
  });

  it('removes time for a held related certification (AZ-104 before AZ-305)', () => {
    const base = { targetRole: 'ai-solutions-architect' as const };
    const without = stepOf(planFor(base), 'AZ-305');
    const withAz104 = stepOf(
      planFor({ ...base, certificationsHeld: [{ code: 'AZ-104', earnedOn: '2026-01-01' }] }),
      'AZ-305',
    );
    expect(without.hours).toEqual({ min: 40, max: 80 });
    expect(withAz104.hours).toEqual({ min: 36, max: 72 });
  });

  it('never cuts below minimumFactor of the typical range, however strong the profile', () => {
    const strong = Object.fromEntries(
      (catalog.byCode.get('AI-102')?.skills?.areas ?? []).map((a) => [a.id, 'strong' as const]),
    );
    const core = stepOf(
      planFor({ azure: 'daily', aiml: 'proficient', areaConfidence: strong }),
      'AI-102',
    );
    expect(core.hours).toEqual({ min: 48, max: 72 }); // 0.6 × 80–120
  });

  it('halves the hours for someone holding, still valid, the exam this one replaced (AI-102 → AI-103)', () => {
    const today = '2026-12-07';
    const veteran = {
      yearsExperience: 20,
      python: 'proficient' as const,
      azure: 'daily' as const,
      aiml: 'proficient' as const,
      startDate: today,
    };
    const fresh = stepOf(planFor({ ...veteran, targetRole: 'azure-ai-engineer' }, today), 'AI-103');
    const holder = planFor(
      { ...veteran, certificationsHeld: [{ code: 'AI-102', earnedOn: '2026-03-01' }] },
      today,
    );
    const again = stepOf(holder, 'AI-103');
    const factor = catalog.assumptions.study.predecessorHeldFactor;
    expect(factor).toBe(0.5);
    expect(again.hours).toEqual({
      min: Math.round(fresh.hours.min * factor),
      max: Math.round(fresh.hours.max * factor),
    });
    // Expired, it counts for nothing: the outline is studied afresh.
    const lapsed = planFor(
      { ...veteran, certificationsHeld: [{ code: 'AI-102', earnedOn: '2024-01-10' }] },
      today,
    );
    expect(stepOf(lapsed, 'AI-103').hours).toEqual(fresh.hours);
  });

  it('shifts core-exam hours by confidence per skills area, and the areas add up to the exam', () => {
    const even = planFor({});
    const planStrong = planFor({ areaConfidence: { plan: 'strong', vision: 'none' } });
    const area = (p: Plan, id: string) => p.studyPlan.coreAreas.find((a) => a.id === id);
    expect(area(planStrong, 'plan')?.hours).toBeLessThan(area(even, 'plan')?.hours ?? 0);
    expect(area(planStrong, 'vision')?.hours).toBeGreaterThan(
      area(even, 'vision')?.hours ?? Infinity,
    );
    expect(area(planStrong, 'plan')?.confidence).toBe('strong');
    for (const p of [even, planStrong]) {
      const sum = p.studyPlan.coreAreas.reduce((t, a) => t + a.hours, 0);
      expect(sum).toBeCloseTo(stepOf(p, 'AI-102').plannedHours, 6);
    }
    // plan (22.5%) strong saves more than vision (12.5%) none adds
    expect(stepOf(planStrong, 'AI-102').plannedHours).toBeLessThan(
      stepOf(even, 'AI-102').plannedHours,
    );
    expect(even.studyPlan.coreAreasCode).toBe('AI-102');
  });

  it('weights areas by the midpoint of their weight ranges', () => {
    const areas = planFor({}).studyPlan.coreAreas;
    const plan = areas.find((a) => a.id === 'plan');
    const agentic = areas.find((a) => a.id === 'agentic');
    // 22.5 / 7.5 = 3
    expect((plan?.hours ?? 0) / (agentic?.hours ?? 1)).toBeCloseTo(3, 1);
  });
});

describe('schedule', () => {
  const perWeek = 10;
  const plan = planFor({
    currentRole: 'career-changer',
    python: 'basic',
    azure: 'none',
    aiml: 'none',
    hoursPerWeek: perWeek,
    targetRole: 'ai-solutions-architect',
  });
  const steps = plan.studyPlan.steps;

  it('places steps one after another from the start date: next start = previous exam + 1 day', () => {
    expect(steps[0]?.startDate).toBe('2026-03-01');
    steps.forEach((s, i) => {
      expect(diffDays(s.startDate, s.examDate)).toBe(s.weeks * 7 - 1);
      expect(s.weeks).toBe(Math.ceil(s.plannedHours / perWeek));
      if (i > 0) expect(s.startDate).toBe(addDays(steps[i - 1]?.examDate ?? '', 1));
    });
  });

  it('sums the totals and finishes on the last exam date', () => {
    const { totals } = plan.studyPlan;
    expect(totals.hours.min).toBe(steps.reduce((t, s) => t + s.hours.min, 0));
    expect(totals.hours.max).toBe(steps.reduce((t, s) => t + s.hours.max, 0));
    expect(totals.weeks).toBe(steps.reduce((t, s) => t + s.weeks, 0));
    expect(totals.feesUsd).toBe(99 + 99 + 165 + 165 + 165);
    expect(totals.finishDate).toBe(steps.at(-1)?.examDate);
  });

  it('switches a step to the successor when the original retires by its exam date, recomputing hours and dates', () => {
    const codes = steps.map((s) => s.code);
    expect(codes).toEqual(['AZ-900', 'AI-900', 'AI-103', 'AZ-104', 'AZ-305']);
    const core = stepOf(plan, 'AI-103');
    // AI-103's typical range (80–120, the article's core-exam anchor) × 1.1 × 1.3 × 1.2
    expect(core.hours).toEqual({ min: 137, max: 206 });
    expect(plan.studyPlan.coreAreasCode).toBe('AI-103');
    expect(plan.studyPlan.coreAreas.map((a) => a.id)).toContain('generative-agentic');
  });

  it('someone who already holds what the path needs has nothing to schedule', () => {
    const done = planFor({ certificationsHeld: [{ code: 'AI-103', earnedOn: '2026-02-01' }] });
    expect(done.studyPlan.steps).toEqual([]);
    expect(done.studyPlan.totals).toEqual({
      hours: { min: 0, max: 0 },
      plannedHours: 0,
      weeks: 0,
      weeksRange: { min: 0, max: 0 },
      feesUsd: 0,
      finishDate: '2026-03-01',
      finish: { earliest: '2026-03-01', likely: '2026-03-01', latest: '2026-03-01' },
    });
    expect(done.studyPlan.coreAreasCode).toBe('AI-103');
  });

  it('a slower plan that crosses the retirement sits the successor, and still never takes fewer weeks', () => {
    // At 9 h/week AI-102 would be sat after its retirement, so the plan uses AI-103; the core
    // exam's typical hours are the same either side, so more hours per week never means more weeks.
    const slow = planFor({ startDate: '2026-04-19', hoursPerWeek: 9 });
    const fast = planFor({ startDate: '2026-04-19', hoursPerWeek: 10 });
    expect(slow.studyPlan.steps.map((s) => s.code)).toEqual(['AI-103']);
    expect(fast.studyPlan.steps.map((s) => s.code)).toEqual(['AI-102']);
    expect(slow.studyPlan.totals.weeks).toBeGreaterThanOrEqual(fast.studyPlan.totals.weeks);
  });
});

describe('ranges', () => {
  it('dates every exam earliest–likely–latest from the fewest, likely and most weeks so far', () => {
    const plan = planFor({
      currentRole: 'career-changer-outside',
      python: 'none',
      azure: 'none',
      aiml: 'none',
      hoursPerWeek: 5,
    });
    const steps = plan.studyPlan.steps;
    expect(steps.length).toBeGreaterThan(1);
    let [early, late] = ['2026-03-01', '2026-03-01'];
    for (const s of steps) {
      expect(s.startDates).toEqual({ earliest: early, likely: s.startDate, latest: late });
      expect(s.examDates.earliest).toBe(addDays(early, s.weeksRange.min * 7 - 1));
      expect(s.examDates.latest).toBe(addDays(late, s.weeksRange.max * 7 - 1));
      expect(s.examDates.likely).toBe(s.examDate);
      expect(s.examDates.earliest <= s.examDate && s.examDate <= s.examDates.latest).toBe(true);
      [early, late] = [addDays(s.examDates.earliest, 1), addDays(s.examDates.latest, 1)];
    }
    expect(plan.studyPlan.totals.finish).toEqual(steps.at(-1)!.examDates);
  });

  it('shows a career changer at 5 hours a week a range of weeks, not one figure', () => {
    const plan = planFor({
      currentRole: 'career-changer-outside',
      python: 'none',
      azure: 'none',
      aiml: 'none',
      hoursPerWeek: 5,
    });
    const core = plan.studyPlan.steps.find((s) => s.code === 'AI-103')!;
    expect(core.weeksRange.max - core.weeksRange.min).toBeGreaterThan(10);
    const { weeksRange, weeks } = plan.studyPlan.totals;
    expect(weeksRange.min).toBeLessThan(weeks);
    expect(weeksRange.max).toBeGreaterThan(weeks);
  });
});

describe('renewals', () => {
  it('a planned associate exam expires a year after the exam; the window opens six months before', () => {
    const plan = planFor({ startDate: '2026-08-03' });
    const exam = stepOf(plan, 'AI-103').examDate;
    expect(exam).toBe('2026-10-11'); // 100 h at 10 h/week = 10 weeks
    expect(plan.studyPlan.renewals).toEqual([
      { code: 'AI-103', expiresOn: '2027-10-11', windowOpensOn: '2027-04-11', renewable: true },
    ]);
  });

  it('held certifications with a date earned get their window; fundamentals never expire', () => {
    const plan = planFor(
      {
        startDate: '2026-08-03',
        certificationsHeld: [
          { code: 'AZ-104', earnedOn: '2025-12-01' },
          { code: 'AZ-900', earnedOn: '2024-01-01' },
        ],
      },
      '2026-08-03',
    );
    expect(plan.studyPlan.renewals.map((r) => r.code)).toEqual(['AZ-104', 'AI-103']);
    expect(plan.studyPlan.renewals[0]).toEqual({
      code: 'AZ-104',
      expiresOn: '2026-12-01',
      windowOpensOn: '2026-06-01',
      renewable: true,
    });
  });

  it('AI-102 sat in spring 2026 cannot be renewed: its renewal ends before the window opens', () => {
    const plan = planFor({});
    expect(plan.studyPlan.renewals).toEqual([
      { code: 'AI-102', expiresOn: '2027-05-09', windowOpensOn: '2026-11-09', renewable: false },
    ]);
  });

  it('renewableAt: judged from today, until renewals end (AI-102: 30 Jun 2026)', () => {
    const ai102 = catalog.byCode.get('AI-102');
    const az104 = catalog.byCode.get('AZ-104');
    if (!ai102 || !az104) throw new Error('catalogue lacks AI-102 or AZ-104');
    // Seen in March: a window that opens on 30 Jun (expiry 30 Dec) can still be used that day.
    expect(renewableAt(ai102, '2026-12-30', '2026-03-01')).toBe(true);
    expect(renewableAt(ai102, '2027-01-01', '2026-03-01')).toBe(false);
    // Earned 2025-12-20: the window opened 20 Jun 2026 and renewals ended 30 Jun. Seen in
    // December it cannot be renewed any more, though it is valid until 20 Dec.
    expect(renewableAt(ai102, '2026-12-20', '2026-06-25')).toBe(true);
    expect(renewableAt(ai102, '2026-12-20', '2026-12-03')).toBe(false);
    // Expiry unknown: judged at today.
    expect(renewableAt(ai102, null, '2026-06-30')).toBe(true);
    expect(renewableAt(ai102, null, '2026-07-01')).toBe(false);
    expect(renewableAt(az104, '2030-01-01', '2026-03-01')).toBe(true);
    // An expired certification is not renewed: it is earned again.
    expect(renewableAt(az104, '2026-02-01', '2026-03-01')).toBe(false);
  });
});
