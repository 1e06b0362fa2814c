import type { Range, RegionId, TargetRoleId } from '@/domain/schema';

export interface ProjectionPoint {
  /** 0 = plan start, 1 = one year later … */
  year: number;
  date: string;
  low: number;
  mid: number;
  high: number;
  baseline: number;
  /** The role whose band applies at this point (steps up to the senior role). null before entry. */
  roleId: TargetRoleId | null;
}

export interface BreakEven {
  /** Months from plan start, or null: not within the horizon. */
  month: number | null;
  date: string | null;
}

export interface Projection {
  roleId: TargetRoleId;
  regionId: RegionId;
  /** The role's band in the region (USD a year). */
  band: Range;
  entryDate: string;
  points: ProjectionPoint[];
  baseline: { salaryUsd: number; isProxy: boolean; label: string; sourceId: string | null };
  cost: { feesUsd: number; retakesUsd: number; timeUsd: number; totalUsd: number };
  /** Extra pay over the baseline, summed over the horizon (low / mid / high lines). */
  extraPay: { low: number; mid: number; high: number };
  breakEven: { low: BreakEven; mid: BreakEven; high: BreakEven };
}
