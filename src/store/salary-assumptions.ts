import type { Assumptions, Region } from '@/domain/schema';
import type { SalarySettings } from '@/store/salary-slice';

/** The catalogue's salary assumptions with the user's overrides and horizon applied. */
export function applySalaryOverrides(
  assumptions: Assumptions,
  settings: SalarySettings,
): Assumptions {
  const { growthRate, jobSearchLagMinMonths, jobSearchLagMaxMonths, hourlyValueUsd } =
    settings.overrides;
  const { retakeAllowance } = settings.overrides;
  const salary = { ...assumptions.salary, horizonYears: settings.horizonYears };
  if (growthRate !== undefined) salary.growthRate = growthRate;
  const lag = salary.jobSearchLagMonths;
  const lagMin = jobSearchLagMinMonths ?? lag.min;
  const lagMax = jobSearchLagMaxMonths ?? lag.max;
  // Mid-edit the low end may pass the high end; keep a valid range.
  salary.jobSearchLagMonths = { min: Math.min(lagMin, lagMax), max: Math.max(lagMin, lagMax) };
  if (hourlyValueUsd !== undefined) salary.hourlyValueUsd = hourlyValueUsd;
  if (retakeAllowance !== undefined) salary.retakeAllowance = retakeAllowance;
  return { ...assumptions, salary };
}

/** Regions with the user's tech-hub premium (0.15 → × 1.15) in place of the us-hub multiplier. */
export function applyHubPremium(
  regions: Region[],
  overrides: SalarySettings['overrides'],
): Region[] {
  const { hubPremiumMin, hubPremiumMax } = overrides;
  if (hubPremiumMin === undefined && hubPremiumMax === undefined) return regions;
  return regions.map((region) => {
    if (region.id !== 'us-hub') return region;
    const min = hubPremiumMin !== undefined ? 1 + hubPremiumMin : region.multiplier.min;
    const max = hubPremiumMax !== undefined ? 1 + hubPremiumMax : region.multiplier.max;
    // A min above the max (mid-edit) would break the band; keep it a valid range.
    return { ...region, multiplier: { min: Math.min(min, max), max: Math.max(min, max) } };
  });
}
