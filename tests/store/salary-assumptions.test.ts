import { describe, expect, it } from 'vitest';
import type { Assumptions, Region } from '@/domain/schema';
import { applyHubPremium, applySalaryOverrides } from '@/store/salary-assumptions';

const assumptions = {
  salary: {
    growthRate: 0.03,
    jobSearchLagMonths: 3,
    promotionYears: 5,
    horizonYears: 10,
    hourlyValueUsd: 0,
    retakeAllowance: 0,
    rationale: {},
    source: 's',
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
      jobSearchLagMonths: 3,
      horizonYears: 15,
    });
    expect(assumptions.salary.growthRate).toBe(0.03);
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
