import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { buildPlan } from '@/domain/plan';
import { emptyProgress, withAway, withPractice } from '@/domain/progress';
import { practiceShares, readinessOf, readinessTarget } from '@/domain/readiness';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';
import type { PracticeResult, Profile } from '@/domain/schema';

const catalog = realCatalog();
const TODAY = '2026-12-03';
const ai103 = catalog.byCode.get('AI-103')!;
const areas = ai103.skills!.areas;
const result = (scores: number[], overall: number | null = null): PracticeResult => ({
  date: TODAY,
  overall,
  areas: Object.fromEntries(areas.map((a, i) => [a.id, scores[i]!])),
});
const scoresArb = fc.array(fc.integer({ min: 0, max: 100 }), {
  minLength: areas.length,
  maxLength: areas.length,
});

describe('readiness from practice results', () => {
  it('is the weighted average of the area scores, as the range the weight ranges allow', () => {
    const same = readinessOf(ai103, result(areas.map(() => 70)), 80);
    expect(same.range).toEqual({ min: 70, max: 70 });
    const mixed = readinessOf(ai103, result(areas.map((_, i) => (i === 0 ? 40 : 90))), 80);
    expect(mixed.range.min).toBeLessThan(mixed.range.max);
    expect(mixed.range.min).toBeGreaterThanOrEqual(40);
    expect(mixed.range.max).toBeLessThanOrEqual(90);
    expect(mixed.ready).toBe(false);
    expect(mixed.areas.filter((a) => !a.ready).map((a) => a.id)).toEqual([areas[0]!.id]);
  });

  it('is ready to book only when every area reaches the target', () => {
    expect(readinessOf(ai103, result(areas.map(() => 80)), 80).ready).toBe(true);
    expect(readinessOf(ai103, result(areas.map((_, i) => (i === 2 ? 79 : 95))), 80).ready).toBe(
      false,
    );
    // An overall score alone cannot say every area is there.
    const overallOnly = readinessOf(ai103, { date: TODAY, overall: 90, areas: {} }, 80);
    expect(overallOnly.range).toEqual({ min: 90, max: 90 });
    expect(overallOnly.ready).toBe(false);
    expect(overallOnly.unscored).toBe(areas.length);
  });

  it('counts an unscored area as the overall score, or as anything from 0 to 100', () => {
    const partial = { date: TODAY, overall: null, areas: { [areas[0]!.id]: 90 } };
    const wide = readinessOf(ai103, partial, 80);
    expect(wide.range.min).toBeLessThan(40);
    expect(wide.range.max).toBeGreaterThan(95);
    const withOverall = readinessOf(ai103, { ...partial, overall: 60 }, 80);
    expect(withOverall.range.min).toBeGreaterThanOrEqual(60);
    expect(withOverall.range.max).toBeLessThanOrEqual(90);
  });

  it('takes the user’s own target, else Certpath’s (an estimate with its rationale)', () => {
    expect(readinessTarget(emptyProgress(), catalog.assumptions)).toBe(80);
    expect(readinessTarget({ ...emptyProgress(), readinessTarget: 70 }, catalog.assumptions)).toBe(
      70,
    );
    const source = catalog.sources.get(catalog.assumptions.readiness.source);
    expect(source?.kind).toBe('estimate');
  });

  it('is monotone: a better score in any area never lowers readiness', () => {
    fc.assert(
      fc.property(
        scoresArb,
        fc.nat({ max: areas.length - 1 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 50, max: 100 }),
        (scores, i, gain, target) => {
          const before = readinessOf(ai103, result(scores), target);
          const better = scores.map((s, j) => (j === i ? Math.min(100, s + gain) : s));
          const after = readinessOf(ai103, result(better), target);
          expect(after.range.min).toBeGreaterThanOrEqual(before.range.min);
          expect(after.range.max).toBeGreaterThanOrEqual(before.range.max);
          if (before.ready) expect(after.ready).toBe(true);
        },
      ),
      { numRuns: fuzzRuns(500) },
    );
  });

  it('gives weak areas more of the hours still needed, and keeps the total', () => {
    const weakFirst = result(areas.map((_, i) => (i === 0 ? 30 : 85)));
    const shares = practiceShares(ai103, weakFirst, 80, catalog.assumptions);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    const profile: Profile = { ...defaultProfile(TODAY), currentRole: 'career-changer' };
    const plain = buildPlan(profile, catalog, catalog.assumptions, TODAY).studyPlan;
    const practised = buildPlan(
      { ...profile, progress: withPractice(profile.progress, 'AI-103', weakFirst) },
      catalog,
      catalog.assumptions,
      TODAY,
    ).studyPlan;
    const before = plain.steps.find((s) => s.code === 'AI-103')!;
    const after = practised.steps.find((s) => s.code === 'AI-103')!;
    expect(after.plannedHours).toBe(before.plannedHours);
    expect(after.examDate).toBe(before.examDate);
    const sum = (xs: { hours: number }[]) => Math.round(xs.reduce((a, x) => a + x.hours, 0) * 10);
    expect(sum(after.areas)).toBe(Math.round(after.plannedHours * 10));
    expect(after.areas[0]!.hours).toBeGreaterThan(before.areas[0]!.hours);
    for (let i = 1; i < areas.length; i++)
      expect(after.areas[i]!.hours).toBeLessThan(before.areas[i]!.hours);
    // The study plan's core areas show the same split.
    expect(practised.coreAreas.map((a) => a.hours)).toEqual(after.areas.map((a) => a.hours));
  });

  it('recording a practice result moves no date and does not start tracking', () => {
    const profile = defaultProfile(TODAY);
    const progress = withPractice(profile.progress, 'AI-103', result(areas.map(() => 50)));
    expect(progress.baselineFinish).toBeNull();
    const away = withAway(progress, '2026-12-14', true, { finish: '2027-06-01', on: TODAY });
    expect(away.away).toEqual(['2026-12-14']);
    expect(away.baselineFinish).toBe('2027-06-01');
    expect(withAway(away, '2026-12-14', false, { finish: '2027-01-01', on: TODAY }).away).toEqual(
      [],
    );
  });
});
