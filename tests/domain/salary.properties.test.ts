import fc from 'fast-check';
import { realCatalog } from '@/domain/real-catalog';
import { addMonths } from '@/domain/dates';
import { projectSalary } from '@/domain/salary';
import type { BreakEven, SalaryAssumptions, SalaryInput } from '@/domain/salary';
import { currentRoleSchema, regionIdSchema, targetRoleSchema } from '@/domain/schema';

const catalog = realCatalog();
const LINES = ['low', 'mid', 'high'] as const;

const isoDay = (from: string, maxDays: number) =>
  fc
    .integer({ min: 0, max: maxDays })
    .map((d) => new Date(Date.parse(from) + d * 86_400_000).toISOString().slice(0, 10));

type Case = SalaryInput & { assumptions: SalaryAssumptions; horizonYears: number };

const inputArb: fc.Arbitrary<Case> = fc
  .record({
    roleId: fc.constantFrom(...targetRoleSchema.options),
    regionId: fc.constantFrom(...regionIdSchema.options),
    yearsExperience: fc.integer({ min: 0, max: 50 }),
    currentSalaryUsd: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
    currentRole: fc.constantFrom(...currentRoleSchema.options),
    startDate: isoDay('2020-01-01', 6000),
    pathDays: fc.integer({ min: -30, max: 1200 }),
    pathFeesUsd: fc.integer({ min: 0, max: 3000 }),
    pathHours: fc.integer({ min: 0, max: 2000 }),
    growthRate: fc.double({ min: -0.1, max: 0.2, noNaN: true }),
    jobSearchLagMonths: fc.integer({ min: 0, max: 24 }),
    promotionYears: fc.integer({ min: 0, max: 10 }),
    hourlyValueUsd: fc.integer({ min: 0, max: 200 }),
    retakeAllowance: fc.double({ min: 0, max: 3, noNaN: true }),
    horizonYears: fc.integer({ min: 1, max: 20 }),
    // The user's own region multiplier, sometimes odd (min above max mid-edit).
    regionMultiplier: fc.option(
      fc.record({
        min: fc.double({ min: 0.5, max: 2, noNaN: true }),
        max: fc.double({ min: 0.5, max: 2, noNaN: true }),
      }),
      { nil: undefined },
    ),
  })
  .map((r) => ({
    roleId: r.roleId,
    regionId: r.regionId,
    regionMultiplier: r.regionMultiplier,
    catalog,
    assumptions: {
      horizonYears: r.horizonYears,
      growthRate: r.growthRate,
      jobSearchLagMonths: r.jobSearchLagMonths,
      promotionYears: r.promotionYears,
      hourlyValueUsd: r.hourlyValueUsd,
      retakeAllowance: r.retakeAllowance,
    },
    profile: {
      yearsExperience: r.yearsExperience,
      currentSalaryUsd: r.currentSalaryUsd,
      currentRole: r.currentRole,
      startDate: r.startDate,
    },
    pathFinishDate: new Date(Date.parse(r.startDate) + r.pathDays * 86_400_000)
      .toISOString()
      .slice(0, 10),
    pathFeesUsd: r.pathFeesUsd,
    pathHours: r.pathHours,
    horizonYears: r.horizonYears,
  }));

/** Infinity for "not within the horizon", so "later or never" is a plain ≥. */
const monthOf = (b: BreakEven) => b.month ?? Infinity;

describe('projectSalary properties', () => {
  it('keeps high ≥ mid ≥ low at every point, and in extra pay and break-even', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectSalary(input);
        for (const pt of p.points) {
          expect(pt.high).toBeGreaterThanOrEqual(pt.mid);
          expect(pt.mid).toBeGreaterThanOrEqual(pt.low);
        }
        expect(p.extraPay.high).toBeGreaterThanOrEqual(p.extraPay.mid);
        expect(p.extraPay.mid).toBeGreaterThanOrEqual(p.extraPay.low);
        expect(monthOf(p.breakEven.high)).toBeLessThanOrEqual(monthOf(p.breakEven.mid));
        expect(monthOf(p.breakEven.mid)).toBeLessThanOrEqual(monthOf(p.breakEven.low));
      }),
    );
  });

  it('has one point a year, dated on each anniversary, and break-evens inside the horizon', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectSalary(input);
        expect(p.points).toHaveLength(input.horizonYears + 1);
        p.points.forEach((pt, i) =>
          expect(pt.date).toBe(addMonths(input.profile.startDate, 12 * i)),
        );
        for (const line of LINES) {
          const { month, date } = p.breakEven[line];
          if (month === null) continue;
          expect(month).toBeGreaterThan(p.entryMonth);
          expect(month).toBeLessThanOrEqual(input.horizonYears * 12);
          expect(date).toBe(addMonths(input.profile.startDate, month));
        }
      }),
    );
  });

  it('never makes break-even earlier for a higher current salary', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        (input, s, more) => {
          const lower = projectSalary({
            ...input,
            profile: { ...input.profile, currentSalaryUsd: s },
          });
          const higher = projectSalary({
            ...input,
            profile: { ...input.profile, currentSalaryUsd: s + more },
          });
          for (const line of LINES) {
            expect(monthOf(higher.breakEven[line])).toBeGreaterThanOrEqual(
              monthOf(lower.breakEven[line]),
            );
          }
        },
      ),
    );
  });

  it('never makes break-even earlier for a costlier path', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 500 }),
        (input, fees, hours) => {
          const cheap = projectSalary(input);
          const dear = projectSalary({
            ...input,
            pathFeesUsd: input.pathFeesUsd + fees,
            pathHours: input.pathHours + hours,
          });
          expect(dear.cost.totalUsd).toBeGreaterThanOrEqual(cheap.cost.totalUsd);
          for (const line of LINES) {
            expect(monthOf(dear.breakEven[line])).toBeGreaterThanOrEqual(
              monthOf(cheap.breakEven[line]),
            );
          }
        },
      ),
    );
  });

  it('with higher growth and the same bands, raises every line and keeps path vs. baseline ordering', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 0.2, noNaN: true }), (input, extra) => {
        const slow = projectSalary(input);
        const growthRate = input.assumptions.growthRate + extra;
        const fast = projectSalary({ ...input, assumptions: { ...input.assumptions, growthRate } });
        slow.points.forEach((s, i) => {
          const f = fast.points[i]!;
          expect(f.roleId).toBe(s.roleId);
          for (const key of [...LINES, 'baseline'] as const)
            expect(f[key]).toBeGreaterThanOrEqual(s[key]);
          for (const line of LINES) {
            if (s[line] > s.baseline) expect(f[line]).toBeGreaterThanOrEqual(f.baseline);
            if (s[line] < s.baseline) expect(f[line]).toBeLessThanOrEqual(f.baseline);
          }
        });
      }),
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const before = JSON.stringify({ ...input, catalog: undefined });
        expect(projectSalary(input)).toEqual(projectSalary(input));
        expect(JSON.stringify({ ...input, catalog: undefined })).toBe(before);
      }),
    );
  });
});
