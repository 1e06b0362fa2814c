import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import type { Catalog } from '@/domain/catalog';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '@/domain/dates';
import { buildPlan } from '@/domain/plan';
import type { Plan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import {
  aimlLevelSchema,
  azureLevelSchema,
  confidenceSchema,
  currentRoleSchema,
  profileSchema,
  pythonLevelSchema,
  regionIdSchema,
  targetRoleSchema,
} from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import { syntheticCatalog } from './synthetic-catalog';

const catalog = realCatalog();
const day = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const date = day('2025-01-01', '2028-12-31');
const areaIds = [
  ...new Set(
    ['AI-102', 'AI-103'].flatMap(
      (c) => catalog.byCode.get(c)?.skills?.areas.map((a) => a.id) ?? [],
    ),
  ),
];

const profileOver = (cat: Catalog) =>
  fc
    .record({
      currentRole: fc.constantFrom(...currentRoleSchema.options),
      yearsExperience: fc.integer({ min: 0, max: 50 }),
      relevantYears: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
      certificationsHeld: fc.uniqueArray(
        fc.record({
          code: fc.constantFrom(...cat.certifications.map((c) => c.code)),
          earnedOn: fc.option(day('2022-01-01', '2028-12-31'), { nil: null }),
        }),
        { maxLength: 5, selector: (h) => h.code },
      ),
      python: fc.constantFrom(...pythonLevelSchema.options),
      azure: fc.constantFrom(...azureLevelSchema.options),
      aiml: fc.constantFrom(...aimlLevelSchema.options),
      targetRole: fc.constantFrom(...targetRoleSchema.options),
      hoursPerWeek: fc.oneof(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 1, max: 60, noNaN: true }),
      ),
      startDate: date,
      region: fc.constantFrom(...regionIdSchema.options),
      currentSalaryUsd: fc.constant(null),
      areaConfidence: fc.dictionary(
        fc.constantFrom(...areaIds),
        fc.constantFrom(...confidenceSchema.options),
      ),
    })
    .map((p): Profile => profileSchema.parse(p));
const anyProfile = profileOver(catalog);

const plan = (profile: Profile, today: string, cat: Catalog = catalog) =>
  buildPlan(profile, cat, cat.assumptions, today);

/** Codes joined by successor links (AI-102 ~ AI-103): holding or planning one covers the family. */
function familyOf(cat: Catalog): (code: string) => Set<string> {
  return (code) => {
    const family = new Set([code]);
    for (let grew = true; grew;) {
      grew = false;
      for (const c of cat.certifications) {
        const next = c.status.successor;
        if (next && family.has(c.code) !== family.has(next)) {
          family.add(c.code).add(next);
          grew = true;
        }
      }
    }
    return family;
  };
}

function checkStructure(p: Plan, profile: Profile, cat: Catalog) {
  const family = familyOf(cat);
  const steps = p.roadmap.steps;
  const index = new Map(steps.map((s, i) => [s.code, i]));
  // every catalogue exam once as a step, or named as the exam a step replaces
  expect(new Set(steps.map((s) => s.code)).size).toBe(steps.length);
  const listed = new Set(steps.flatMap((s) => (s.replaces ? [s.code, s.replaces] : [s.code])));
  expect([...listed].sort()).toEqual(cat.certifications.map((c) => c.code).sort());
  for (const s of steps) expect(s.reason).toMatch(/^\S.*\.$/);
  // a DAG in step order: every edge points forward between steps on the path
  for (const e of p.roadmap.edges) {
    expect(index.get(e.from)).toBeLessThan(index.get(e.to) ?? -1);
    expect(steps[index.get(e.from) ?? -1]?.status).not.toBe('not-needed');
  }
  // every official prerequisite of a step on the path is held or comes earlier
  steps.forEach((s, i) => {
    if (s.status === 'held' || s.status === 'not-needed') return;
    for (const group of cat.byCode.get(s.code)?.prerequisites.groups ?? []) {
      const options = new Set(group.flatMap((c) => [...family(c)]));
      if (options.has(s.code)) continue; // generated data may list an exam's own predecessor
      const met = steps
        .slice(0, i)
        .some((earlier) => earlier.status !== 'not-needed' && options.has(earlier.code));
      expect(met, `${s.code} needs one of ${group.join(', ')}`).toBe(true);
    }
  });
  // schedule: consecutive from the start date, each exam sat while it is still offered
  const plannedSteps = p.studyPlan.steps;
  plannedSteps.forEach((s, i) => {
    expect(s.startDate).toBe(
      i === 0 ? profile.startDate : addDays(plannedSteps[i - 1]?.examDate ?? '', 1),
    );
    expect(s.examDate >= s.startDate).toBe(true);
    const cert = cat.byCode.get(s.code);
    if (cert?.status.retiresOn && cert.status.successor)
      // The retirement day is the last bookable day (certStatusAt): sitting it then is allowed.
      expect(s.examDate <= cert.status.retiresOn).toBe(true);
  });
  expect(p.studyPlan.totals.finishDate).toBe(plannedSteps.at(-1)?.examDate ?? profile.startDate);
}

describe('plan invariants over any valid profile and date (real catalogue)', () => {
  it('is a DAG with prerequisites first, lists every exam once, schedules consecutively', () => {
    fc.assert(
      fc.property(anyProfile, date, (profile, today) =>
        checkStructure(plan(profile, today), profile, catalog),
      ),
    );
  });

  it('held steps take no time and every valid holding shows as held', () => {
    fc.assert(
      fc.property(anyProfile, date, (profile, today) => {
        const p = plan(profile, today);
        const held = p.roadmap.steps.filter((s) => s.status === 'held').map((s) => s.code);
        expect(p.studyPlan.steps.filter((s) => held.includes(s.code))).toEqual([]);
        const family = familyOf(catalog);
        for (const h of profile.certificationsHeld) {
          const cert = catalog.byCode.get(h.code);
          // Validity comes from each exam's data, never from its level.
          const months = cert?.validity.months ?? null;
          const valid =
            h.earnedOn === null || months === null || today < addMonths(h.earnedOn, months);
          if (valid) expect(held.some((code) => family(h.code).has(code))).toBe(true);
        }
      }),
    );
  });

  it('the core exam is always on the path, required unless held', () => {
    fc.assert(
      fc.property(anyProfile, date, (profile, today) => {
        const p = plan(profile, today);
        const core = p.roadmap.steps.find((s) => s.code === p.roadmap.coreCode);
        expect(['AI-102', 'AI-103']).toContain(p.roadmap.coreCode);
        expect(['required', 'held']).toContain(core?.status);
        // held but not renewable: the successor is recommended instead of required
        const successor = p.roadmap.steps.find(
          (s) => s.replaces === p.roadmap.coreCode && s.status !== 'not-needed',
        );
        if (successor)
          expect(successor.status).toBe(core?.status === 'held' ? 'recommended' : successor.status);
      }),
    );
  });

  it('is deterministic and leaves its inputs alone', () => {
    fc.assert(
      fc.property(anyProfile, date, (profile, today) => {
        const copy = structuredClone(profile);
        expect(plan(profile, today)).toEqual(plan(copy, today));
        expect(profile).toEqual(copy);
      }),
    );
  });

  it('more hours per week never means more weeks', () => {
    fc.assert(
      fc.property(
        anyProfile,
        date,
        fc.integer({ min: 1, max: 59 }),
        fc.integer({ min: 1, max: 59 }),
        (profile, today, a, b) => {
          const [low, high] = a <= b ? [a, b + 1] : [b, a + 1];
          const slow = plan({ ...profile, hoursPerWeek: low }, today).studyPlan;
          const fast = plan({ ...profile, hoursPerWeek: high }, today).studyPlan;
          for (const s of fast.steps) {
            const same = slow.steps.find((t) => t.code === s.code);
            if (same) expect(s.weeks).toBeLessThanOrEqual(same.weeks);
          }
          // Also when the slower plan crosses a retirement: a successor needs the same hours.
          expect(fast.totals.weeks).toBeLessThanOrEqual(slow.totals.weeks);
          expect(fast.totals.finishDate <= slow.totals.finishDate).toBe(true);
        },
      ),
    );
  });

  it('more hours per week never makes any date later: no exam, no end of a range', () => {
    fc.assert(
      fc.property(
        anyProfile,
        date,
        fc.integer({ min: 1, max: 59 }),
        fc.integer({ min: 1, max: 59 }),
        (profile, today, a, b) => {
          const [low, high] = a <= b ? [a, b + 1] : [b, a + 1];
          const slow = plan({ ...profile, hoursPerWeek: low }, today).studyPlan;
          const fast = plan({ ...profile, hoursPerWeek: high }, today).studyPlan;
          const ends = (r: { earliest: string; likely: string; latest: string }) =>
            [r.earliest, r.likely, r.latest] as const;
          ends(fast.totals.finish).forEach((d, i) =>
            expect(d <= ends(slow.totals.finish)[i]!).toBe(true),
          );
          for (const s of fast.steps) {
            const same = slow.steps.find((t) => t.code === s.code);
            if (!same) continue;
            ends(s.examDates).forEach((d, i) => expect(d <= ends(same.examDates)[i]!).toBe(true));
          }
        },
      ),
    );
  });

  it('keeps every range around its most likely value (hours, weeks, dates)', () => {
    fc.assert(
      fc.property(anyProfile, date, (profile, today) => {
        const { steps, totals } = plan(profile, today).studyPlan;
        const within = (r: { earliest: string; likely: string; latest: string }) =>
          r.earliest <= r.likely && r.likely <= r.latest;
        for (const s of steps) {
          expect(s.hours.min <= s.plannedHours && s.plannedHours <= s.hours.max).toBe(true);
          expect(s.weeksRange.min <= s.weeks && s.weeks <= s.weeksRange.max).toBe(true);
          expect(within(s.examDates) && within(s.startDates)).toBe(true);
        }
        expect(totals.weeksRange.min <= totals.weeks && totals.weeks <= totals.weeksRange.max).toBe(
          true,
        );
        expect(within(totals.finish)).toBe(true);
      }),
    );
  });

  it('more skills never means more hours', () => {
    const up = <T extends string>(levels: readonly T[], from: T, by: number): T =>
      levels[Math.min(levels.length - 1, levels.indexOf(from) + by)] as T;
    const steps = fc.integer({ min: 0, max: 2 });
    fc.assert(
      fc.property(
        anyProfile,
        date,
        steps,
        steps,
        steps,
        fc.constantFrom(...areaIds),
        steps,
        (profile, today, py, az, ai, area, conf) => {
          const better: Profile = {
            ...profile,
            python: up(pythonLevelSchema.options, profile.python, py),
            azure: up(azureLevelSchema.options, profile.azure, az),
            aiml: up(aimlLevelSchema.options, profile.aiml, ai),
            areaConfidence: {
              ...profile.areaConfidence,
              [area]: up(confidenceSchema.options, profile.areaConfidence[area] ?? 'some', conf),
            },
          };
          const before = plan(profile, today).studyPlan;
          const after = plan(better, today).studyPlan;
          for (const s of after.steps) {
            const same = before.steps.find((t) => t.code === s.code);
            if (same) {
              expect(s.hours.min).toBeLessThanOrEqual(same.hours.min);
              expect(s.hours.max).toBeLessThanOrEqual(same.hours.max);
            }
          }
          // Totals compare when both plans sit the same exams: finishing sooner can mean sitting
          // AI-102 before its retirement instead of AI-103, whose outline (and so the hours a
          // confidence per area saves) differs. Each exam's own hours never rise (above).
          const codes = (p: typeof before) => p.steps.map((x) => x.code).join();
          if (codes(after) === codes(before)) {
            expect(after.totals.plannedHours).toBeLessThanOrEqual(before.totals.plannedHours);
            expect(after.totals.hours.max).toBeLessThanOrEqual(before.totals.hours.max);
          }
        },
      ),
    );
  });
});

describe('plan invariants on generated catalogues', () => {
  it('holds the structural invariants for seeded random catalogues of 80 certifications', () => {
    const catalogs = [1, 2, 3, 4].map((seed) => syntheticCatalog(80, { seed }));
    // Catalogues are picked by index so that a counterexample prints short.
    const input = fc
      .nat({ max: catalogs.length - 1 })
      .chain((i) => fc.tuple(fc.constant(i), profileOver(catalogs[i] as Catalog), date));
    fc.assert(
      fc.property(input, ([i, profile, today]) => {
        const cat = catalogs[i] as Catalog;
        checkStructure(plan(profile, today, cat), profile, cat);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('still returns a DAG listing every exam once when successor families form loops', () => {
    const catalogs = [5, 6, 7].map((seed) => syntheticCatalog(80, { seed, tangled: true }));
    const input = fc
      .nat({ max: catalogs.length - 1 })
      .chain((i) => fc.tuple(fc.constant(i), profileOver(catalogs[i] as Catalog), date));
    fc.assert(
      fc.property(input, ([i, profile, today]) => {
        const cat = catalogs[i] as Catalog;
        const { roadmap, studyPlan } = plan(profile, today, cat);
        const index = new Map(roadmap.steps.map((s, k) => [s.code, k]));
        for (const e of roadmap.edges)
          expect(index.get(e.from)).toBeLessThan(index.get(e.to) ?? -1);
        expect(new Set(roadmap.steps.map((s) => s.code)).size).toBe(roadmap.steps.length);
        expect(
          studyPlan.steps.every(
            (s, k) => k === 0 || s.startDate > (studyPlan.steps[k - 1]?.examDate ?? ''),
          ),
        ).toBe(true);
      }),
      { numRuns: fuzzRuns(40) },
    );
  });
});
