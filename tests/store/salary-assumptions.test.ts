import { describe, expect, it } from 'vitest';
import type { Assumptions, Region } from '@/domain/schema';
import { applyHubPremium, applySalaryOverrides } from '@/store/salary-assumptions';

const assumptions = {
  salary: {
    growthRate: 0.03,
    jobSearchLagMonths: { min: 1, max: 5 },
    horizonYears: 10,
    hourlyValueUsd: null,
    workHoursPerYear: 2080,
    retakeAllowance: 0.25,
    rationale: {},
    sources: {},
  },
} as unknown as Assumptions;

const regions: Region[] = [
  { id: 'us-hub', name: 'Hub', multiplier: { min: 1.15, max: 1.25 }, note: '', source: 's' },
  { id: 'us-other', name: 'Other', multiplier: { min: 1, max: 1 }, note: '', source: 's' },
];

describe('applySalaryOverrides', () => {
  it('applies only the overridden values and the chosen horizon', () => {
    const merged = applySalaryOverrides(assumptions, {
      horizonYears: 15,
      compareRoles: [],
      overrides: { growthRate: 0.05, hourlyValueUsd: 30 },
    });
    expect(merged.salary).toMatchObject({
      growthRate: 0.05,
      hourlyValueUsd: 30,
      jobSearchLagMonths: { min: 1, max: 5 },
      retakeAllowance: 0.25,
      horizonYears: 15,
    });
    expect(assumptions.salary.growthRate).toBe(0.03);
  });

  it('takes either end of the job search and keeps the range in order mid-edit', () => {
    const settings = (overrides: object) => ({
      horizonYears: 10 as const,
      compareRoles: [],
      overrides,
    });
    expect(
      applySalaryOverrides(assumptions, settings({ jobSearchLagMaxMonths: 9 })).salary
        .jobSearchLagMonths,
    ).toEqual({ min: 1, max: 9 });
    expect(
      applySalaryOverrides(assumptions, settings({ jobSearchLagMinMonths: 7 })).salary
        .jobSearchLagMonths,
    ).toEqual({ min: 5, max: 7 });
  });

  it('lets the value of an hour be set to zero (only cash counts)', () => {
    const merged = applySalaryOverrides(assumptions, {
      horizonYears: 10,
      compareRoles: [],
      overrides: { hourlyValueUsd: 0 },
    });
    expect(merged.salary.hourlyValueUsd).toBe(0);
  });
});

describe('applyHubPremium', () => {
  it('leaves regions alone without a hub override', () => {
    expect(applyHubPremium(regions, { growthRate: 0.1 })).toBe(regions);
  });

  it('turns a premium share into the hub multiplier, other regions unchanged', () => {
    const out = applyHubPremium(regions, { hubPremiumMin: 0.1, hubPremiumMax: 0.3 });
    expect(out[0]?.multiplier.min).toBeCloseTo(1.1);
    expect(out[0]?.multiplier.max).toBeCloseTo(1.3);
    expect(out[1]).toBe(regions[1]);
  });

  it('keeps a valid range when min is set above max', () => {
    const out = applyHubPremium(regions, { hubPremiumMin: 0.4 });
    expect(out[0]?.multiplier.min).toBeCloseTo(1.25);
    expect(out[0]?.multiplier.max).toBeCloseTo(1.4);
  });
});
