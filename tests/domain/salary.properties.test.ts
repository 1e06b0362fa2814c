import fc from 'fast-check';
import { realCatalog } from '@/domain/real-catalog';
import { addDays, addMonths } from '@/domain/dates';
import { LINES, projectSalary } from '@/domain/salary';
import type { BreakEven, SalaryInput } from '@/domain/salary';
import { currentRoleSchema, regionIdSchema, targetRoleSchema } from '@/domain/schema';
import type { Assumptions } from '@/domain/schema';

const catalog = realCatalog();

const isoDay = (from: string, maxDays: number) =>
  fc.integer({ min: 0, max: maxDays }).map((d) => addDays(from, d));

type Case = SalaryInput & { assumptions: Assumptions; horizonYears: number };

const inputArb: fc.Arbitrary<Case> = fc
  .record({
    roleId: fc.constantFrom(...targetRoleSchema.options),
    regionId: fc.constantFrom(...regionIdSchema.options),
    yearsExperience: fc.integer({ min: 0, max: 50 }),
    relevantYears: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
    currentSalaryUsd: fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: null }),
    currentRole: fc.constantFrom(...currentRoleSchema.options),
    startDate: isoDay('2020-01-01', 6000),
    // The path's finish: earliest, then how much later the likely and the latest fall.
    finishDays: fc.integer({ min: -30, max: 1200 }),
    likelyAfter: fc.integer({ min: 0, max: 200 }),
    latestAfter: fc.integer({ min: 0, max: 300 }),
    pathFeesUsd: fc.integer({ min: 0, max: 3000 }),
    hoursMin: fc.integer({ min: 0, max: 1000 }),
    hoursMore: fc.integer({ min: 0, max: 1000 }),
    growthRate: fc.double({ min: -0.1, max: 0.2, noNaN: true }),
    lagMin: fc.integer({ min: 0, max: 24 }),
    lagMore: fc.integer({ min: 0, max: 12 }),
    hourlyValueUsd: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
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
  .map((r) => {
    const earliest = addDays(r.startDate, r.finishDays);
    const likely = addDays(earliest, r.likelyAfter);
    return {
      roleId: r.roleId,
      regionId: r.regionId,
      regionMultiplier: r.regionMultiplier,
      catalog,
      assumptions: {
        ...catalog.assumptions,
        salary: {
          ...catalog.assumptions.salary,
          horizonYears: r.horizonYears,
          growthRate: r.growthRate,
          jobSearchLagMonths: { min: r.lagMin, max: r.lagMin + r.lagMore },
          hourlyValueUsd: r.hourlyValueUsd,
          retakeAllowance: r.retakeAllowance,
        },
      },
      profile: {
        yearsExperience: r.yearsExperience,
        relevantYears: r.relevantYears,
        currentSalaryUsd: r.currentSalaryUsd,
        currentRole: r.currentRole,
        startDate: r.startDate,
      },
      pathFinish: { earliest, likely, latest: addDays(likely, r.latestAfter) },
      pathFeesUsd: r.pathFeesUsd,
      pathHours: { min: r.hoursMin, max: r.hoursMin + r.hoursMore },
      pathPlannedHours: r.hoursMin + r.hoursMore / 2,
      horizonYears: r.horizonYears,
    };
  });

/** Infinity for "not within the horizon", so "later or never" is a plain ≥. */
const monthOf = (b: BreakEven) => b.month ?? Infinity;

describe('projectSalary properties', () => {
  it('pays exactly the baseline on every line before that line’s role start', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectSalary(input);
        for (const line of LINES)
          for (const pt of p.months.slice(0, p.roleStart[line])) expect(pt[line]).toBe(pt.baseline);
      }),
    );
  });

  it('never pays a level whose years the person has not reached, nor withholds one reached', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectSalary(input);
        for (const change of p.levelChanges) {
          expect(change.level.fromYears).toBeLessThanOrEqual(change.relevantYears + 1e-6);
          const next = p.ladder[p.ladder.indexOf(change.level) + 1];
          if (next) expect(next.fromYears).toBeGreaterThan(change.relevantYears - 1e-6);
        }
      }),
    );
  });

  it('starts someone with 0 relevant years (a student, a career changer) below every article band', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.constantFrom('student', 'career-changer', 'career-changer-outside') as fc.Arbitrary<
          'student' | 'career-changer' | 'career-changer-outside'
        >,
        (input, currentRole) => {
          const profile = { ...input.profile, currentRole, relevantYears: null };
          const p = projectSalary({ ...input, profile });
          expect(p.relevantYears).toBe(0);
          if (p.levelChanges[0]) expect(p.levelChanges[0].level.roleId).toBeNull();
        },
      ),
    );
  });

  it('never lowers pay for more relevant experience', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (input, years, more) => {
          const base = { ...input.profile, yearsExperience: years + more + 1 };
          const less = projectSalary({ ...input, profile: { ...base, relevantYears: years } });
          const most = projectSalary({
            ...input,
            profile: { ...base, relevantYears: years + more },
          });
          less.months.forEach((pt, m) => {
            for (const line of LINES)
              expect(most.months[m]![line]).toBeGreaterThanOrEqual(pt[line]);
          });
        },
      ),
    );
  });

  it('never makes break-even earlier by counting time, on any line', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectSalary(input);
        for (const line of LINES) {
          expect(p.cost.totalUsd[line]).toBeGreaterThanOrEqual(p.cost.cashUsd);
          expect(monthOf(p.breakEven.time[line])).toBeGreaterThanOrEqual(
            monthOf(p.breakEven.cash[line]),
          );
        }
      }),
    );
  });

  it('keeps each range around its most likely value (role start, hours)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectSalary(input);
        expect(p.roleStart.high).toBeLessThanOrEqual(p.roleStart.mid);
        expect(p.roleStart.mid).toBeLessThanOrEqual(p.roleStart.low);
        const { earliest, likely, latest } = p.roleStartDates;
        expect(earliest <= likely && likely <= latest).toBe(true);
        expect(p.cost.hours.high).toBeLessThanOrEqual(p.cost.hours.mid);
        expect(p.cost.hours.mid).toBeLessThanOrEqual(p.cost.hours.low);
      }),
    );
  });

  it('has a point a month and a year, dated from the start, and break-evens inside the horizon', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = projectSalary(input);
        expect(p.months).toHaveLength(input.horizonYears * 12 + 1);
        expect(p.points).toHaveLength(input.horizonYears + 1);
        p.points.forEach((pt, i) =>
          expect(pt.date).toBe(addMonths(input.profile.startDate, 12 * i)),
        );
        for (const kind of ['cash', 'time'] as const) {
          for (const line of LINES) {
            const { month, date } = p.breakEven[kind][line];
            if (month === null) continue;
            expect(month).toBeGreaterThan(p.roleStart[line]);
            expect(month).toBeLessThanOrEqual(input.horizonYears * 12);
            expect(date).toBe(addMonths(input.profile.startDate, month));
          }
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
          const at = (salary: number) =>
            projectSalary({ ...input, profile: { ...input.profile, currentSalaryUsd: salary } });
          const [lower, higher] = [at(s), at(s + more)];
          for (const kind of ['cash', 'time'] as const)
            for (const line of LINES)
              expect(monthOf(higher.breakEven[kind][line])).toBeGreaterThanOrEqual(
                monthOf(lower.breakEven[kind][line]),
              );
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
            pathHours: { min: input.pathHours.min + hours, max: input.pathHours.max + hours },
            pathPlannedHours: input.pathPlannedHours + hours,
          });
          for (const line of LINES) {
            expect(dear.cost.totalUsd[line]).toBeGreaterThanOrEqual(cheap.cost.totalUsd[line]);
            expect(monthOf(dear.breakEven.time[line])).toBeGreaterThanOrEqual(
              monthOf(cheap.breakEven.time[line]),
            );
          }
        },
      ),
    );
  });

  it('with higher growth, raises every line and keeps each line on its side of the baseline', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 0.2, noNaN: true }), (input, extra) => {
        const rate = Math.max(0, input.assumptions.salary.growthRate);
        const withRate = (growthRate: number) =>
          projectSalary({
            ...input,
            assumptions: {
              ...input.assumptions,
              salary: { ...input.assumptions.salary, growthRate },
            },
          });
        const [base, fast] = [withRate(rate), withRate(rate + extra)];
        base.months.forEach((s, i) => {
          const f = fast.months[i]!;
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
