import type { Catalog } from '@/domain/catalog-model';
import { addMonths, monthsBetween } from '@/domain/dates';
import type {
  Assumptions,
  Profile,
  Range,
  Region,
  RegionId,
  Role,
  TargetRoleId,
} from '@/domain/schema';

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
  /** Months from plan start to the first month paid in the new role (path + job-search lag). */
  entryMonth: number;
  entryDate: string;
  /** When the band switches to the senior role, if that happens within the horizon. */
  stepUp: { roleId: TargetRoleId; month: number; date: string } | null;
  points: ProjectionPoint[];
  baseline: { salaryUsd: number; isProxy: boolean; label: string; sourceId: string | null };
  cost: { feesUsd: number; retakesUsd: number; timeUsd: number; totalUsd: number };
  /** Extra pay over the baseline, summed over the horizon (low / mid / high lines). */
  extraPay: { low: number; mid: number; high: number };
  breakEven: { low: BreakEven; mid: BreakEven; high: BreakEven };
}

/** The numbers of the salary model the user may edit. */
export type SalaryAssumptions = Pick<
  Assumptions['salary'],
  | 'growthRate'
  | 'jobSearchLagMonths'
  | 'promotionYears'
  | 'hourlyValueUsd'
  | 'retakeAllowance'
  | 'horizonYears'
>;

export interface SalaryInput {
  roleId: TargetRoleId;
  regionId: RegionId;
  catalog: Catalog;
  /** The user's edited assumptions (the whole set or only its salary part); default: the catalogue's. */
  assumptions?: Assumptions | SalaryAssumptions;
  /** Replaces the region's pay multiplier (the user's own hub premium). */
  regionMultiplier?: Range;
  profile: Pick<Profile, 'yearsExperience' | 'currentSalaryUsd' | 'currentRole' | 'startDate'>;
  /** Day the study path finishes (its last exam). */
  pathFinishDate: string;
  pathFeesUsd: number;
  pathHours: number;
  /** Years to project; default: the assumptions' horizonYears. */
  horizonYears?: number;
}

type Line = 'low' | 'mid' | 'high';
const LINES: readonly Line[] = ['low', 'mid', 'high'];

/** A role's salary band in a region: low × multiplier min, high × multiplier max, whole dollars. */
export function bandInRegion(role: Role, region: Region, override?: Range): Range {
  const mult = override ?? region.multiplier;
  const low = Math.round(role.salaryUsd.min * mult.min);
  const high = Math.round(role.salaryUsd.max * mult.max);
  // A user's multiplier may push low above high (a narrow band, min premium > max); keep a range.
  return { min: Math.min(low, high), max: Math.max(low, high) };
}

/** Projects yearly pay on the path vs. staying put, the path's cost and the break-even month. */
export function projectSalary(input: SalaryInput): Projection {
  const { catalog, profile } = input;
  const all = input.assumptions ?? catalog.assumptions;
  const a: SalaryAssumptions = 'salary' in all ? all.salary : all;
  const proxies = 'baselineProxy' in all ? all.baselineProxy : catalog.assumptions.baselineProxy;
  const horizonYears = input.horizonYears ?? a.horizonYears;
  const months = horizonYears * 12;

  const role = findRole(catalog, input.roleId);
  const region = catalog.regions.find((r) => r.id === input.regionId);
  if (!region) throw new Error(`Unknown region ${input.regionId}`);
  const band = bandInRegion(role, region, input.regionMultiplier);
  const senior = role.stepUpTo ? findRole(catalog, role.stepUpTo) : null;
  const seniorBand = senior ? bandInRegion(senior, region, input.regionMultiplier) : band;

  const start = profile.startDate;
  const entryMonth = monthsUntil(start, input.pathFinishDate) + a.jobSearchLagMonths;
  // "Total experience passes promotionYears" — reaching it counts (the senior band says "5+ years").
  const promotionMonth = senior
    ? Math.max(entryMonth, Math.ceil((a.promotionYears - profile.yearsExperience) * 12))
    : Infinity;

  const proxy = proxies[profile.currentRole];
  const baseline =
    profile.currentSalaryUsd !== null
      ? {
          salaryUsd: profile.currentSalaryUsd,
          isProxy: false,
          label: 'Your current salary',
          sourceId: null,
        }
      : { salaryUsd: proxy.salaryUsd, isProxy: true, label: proxy.label, sourceId: proxy.source };

  // Raises land once a year, on each anniversary of the plan start; both paths grow alike.
  const growth = (m: number) => (1 + a.growthRate) ** Math.floor(m / 12);
  const baseRate = (m: number) => baseline.salaryUsd * growth(m);
  const roleAt = (m: number): TargetRoleId | null =>
    m < entryMonth ? null : m >= promotionMonth && senior ? senior.id : role.id;
  const pathRate = (m: number, line: Line) => {
    const id = roleAt(m);
    if (id === null) return baseRate(m);
    return lineOf(id === role.id ? band : seniorBand, line) * growth(m);
  };

  const feesUsd = input.pathFeesUsd;
  const retakesUsd = feesUsd * a.retakeAllowance;
  const timeUsd = input.pathHours * a.hourlyValueUsd;
  const cost = { feesUsd, retakesUsd, timeUsd, totalUsd: feesUsd + retakesUsd + timeUsd };

  const extraPay = { low: 0, mid: 0, high: 0 };
  const breakEven = { low: notWithin(), mid: notWithin(), high: notWithin() };
  for (const line of LINES) {
    let cumulative = 0;
    for (let m = 0; m < months; m++) {
      cumulative += (pathRate(m, line) - baseRate(m)) / 12;
      // cumulative > 0 as well: with a free path, break-even is the first month that pays more.
      if (breakEven[line].month === null && cumulative >= cost.totalUsd && cumulative > 0) {
        breakEven[line] = { month: m + 1, date: addMonths(start, m + 1) };
      }
    }
    extraPay[line] = Math.round(cumulative);
  }

  const points: ProjectionPoint[] = [];
  for (let year = 0; year <= horizonYears; year++) {
    const m = year * 12;
    points.push({
      year,
      date: addMonths(start, m),
      low: Math.round(pathRate(m, 'low')),
      mid: Math.round(pathRate(m, 'mid')),
      high: Math.round(pathRate(m, 'high')),
      baseline: Math.round(baseRate(m)),
      roleId: roleAt(m),
    });
  }

  const stepUp =
    senior && promotionMonth < months
      ? { roleId: senior.id, month: promotionMonth, date: addMonths(start, promotionMonth) }
      : null;
  return {
    roleId: role.id,
    regionId: region.id,
    band,
    entryMonth,
    entryDate: addMonths(start, entryMonth),
    stepUp,
    points,
    baseline,
    cost,
    extraPay,
    breakEven,
  };
}

function findRole(catalog: Catalog, id: TargetRoleId): Role {
  const role = catalog.roles.find((r) => r.id === id);
  if (!role) throw new Error(`Unknown role ${id}`);
  return role;
}

function lineOf(band: Range, line: Line): number {
  return line === 'low' ? band.min : line === 'high' ? band.max : (band.min + band.max) / 2;
}

function notWithin(): BreakEven {
  return { month: null, date: null };
}

/** Whole months from `start` until `end`, rounded up (0 when end is not after start). */
export function monthsUntil(start: string, end: string): number {
  if (end <= start) return 0;
  const whole = monthsBetween(start, end);
  return addMonths(start, whole) < end ? whole + 1 : whole;
}
