import type { Catalog } from '@/domain/catalog-model';
import { addMonths, monthsBetween } from '@/domain/dates';
import type { DateRange } from '@/domain/dates';
import { levelAt, payLadder } from '@/domain/pay-levels';
import type { PayLevel } from '@/domain/pay-levels';
import { currentWorkCounts, relevantYearsOf } from '@/domain/relevant-experience';
import type { Assumptions, Profile, Range, RegionId, TargetRoleId } from '@/domain/schema';

export { bandInRegion } from '@/domain/pay-levels';
export type { PayLevel };

/**
 * The three lines of a projection. `low` is the cautious case (the band's low end, the latest
 * finish and longest job search, the most study hours), `high` the optimistic one, `mid` the
 * most likely (band midpoint, likely finish and search, planned hours).
 */
export type Line = 'low' | 'mid' | 'high';
export const LINES: readonly Line[] = ['low', 'mid', 'high'];
export type ByLine<T> = Record<Line, T>;

/** Pay at one month (USD a year, the rate paid that month) on each line and when staying. */
export interface MonthPoint {
  /** 0 = the month the plan starts. */
  month: number;
  date: string;
  low: number;
  mid: number;
  high: number;
  baseline: number;
}

/** The pay rate at a whole year from the start, for tables and CSV. */
export interface ProjectionPoint extends MonthPoint {
  year: number;
  /** The level the likely line is paid at; null while still in the current job. */
  level: string | null;
}

/** A change of level on the likely line: the new role's first band, then each step up. */
export interface LevelChange {
  month: number;
  date: string;
  level: PayLevel;
  /** Relevant experience when the change happens (years). */
  relevantYears: number;
}

export interface BreakEven {
  /** Months from plan start until the extra pay covers the cost, or null: not within the horizon. */
  month: number | null;
  date: string | null;
}

export interface Projection {
  roleId: TargetRoleId;
  regionId: RegionId;
  /** The target role's own band in the region (USD a year). */
  band: Range;
  /** Entry band, lower roles of the family, the role: the bands the likely line can pass through. */
  ladder: PayLevel[];
  /** Relevant experience at the start date. */
  relevantYears: number;
  /** Months from plan start to the first month paid in the new role, per line. */
  roleStart: ByLine<number>;
  roleStartDates: DateRange;
  /** The likely line's levels from its role start, within the horizon. */
  levelChanges: LevelChange[];
  /** One point a month, 0 … horizon × 12 (the last closes the final step). */
  months: MonthPoint[];
  /** The pay rate at each whole year, 0 … horizon. */
  points: ProjectionPoint[];
  baseline: {
    salaryUsd: number;
    isProxy: boolean;
    label: string;
    /** Why the proxy stands in for this background, if it needs saying. */
    note: string | null;
    sourceId: string | null;
  };
  cost: {
    feesUsd: number;
    retakesUsd: number;
    /** Fees and retakes: what the path costs in money. */
    cashUsd: number;
    hourlyValueUsd: number;
    /** True when the hour is valued at the user's own pay (the default), not a figure they set. */
    hourlyIsPay: boolean;
    hours: ByLine<number>;
    timeUsd: ByLine<number>;
    /** Cash plus time. */
    totalUsd: ByLine<number>;
  };
  /** Pay above staying, summed over the horizon (before tax), per line. */
  extraPay: ByLine<number>;
  /** Pay earned in the first 12 months in the new role, per line. */
  firstYearInRole: ByLine<number>;
  /** Extra pay so far at the end of each month (index m = after m months), per line. */
  cumulative: ByLine<number[]>;
  /** When the extra pay covers the cash cost, and when it covers cash plus the time. */
  breakEven: { cash: ByLine<BreakEven>; time: ByLine<BreakEven> };
}

/** The numbers of the salary model the user may edit (and the horizon). */
export type SalaryAssumptions = Assumptions['salary'];

export interface SalaryInput {
  roleId: TargetRoleId;
  regionId: RegionId;
  catalog: Catalog;
  /** The catalogue's assumptions with the user's edits; default: the catalogue's. */
  assumptions?: Assumptions;
  /** Replaces the region's pay multiplier (the user's own hub premium). */
  regionMultiplier?: Range;
  profile: Pick<
    Profile,
    'yearsExperience' | 'relevantYears' | 'currentSalaryUsd' | 'currentRole' | 'startDate'
  >;
  /** When the study path finishes (its last exam): earliest, likely, latest. */
  pathFinish: DateRange;
  pathFeesUsd: number;
  /** Study hours of the path: the range, and the planned (likely) figure. */
  pathHours: Range;
  pathPlannedHours: number;
  /** Years to project; default: the assumptions' horizonYears. */
  horizonYears?: number;
}

const FINISH: ByLine<keyof DateRange> = { low: 'latest', mid: 'likely', high: 'earliest' };
const pick = (r: Range, line: Line) =>
  line === 'low' ? r.max : line === 'high' ? r.min : Math.round((r.min + r.max) / 2);
const bandLine = (r: Range, line: Line) =>
  line === 'low' ? r.min : line === 'high' ? r.max : (r.min + r.max) / 2;
const byLine = <T>(f: (line: Line) => T): ByLine<T> => ({
  low: f('low'),
  mid: f('mid'),
  high: f('high'),
});

/** The "stay" line: the user's salary, or the proxy for their background (sourced). */
export function baselineOf(
  profile: Pick<Profile, 'currentSalaryUsd' | 'currentRole'>,
  assumptions: Pick<Assumptions, 'baselineProxy'>,
): Projection['baseline'] {
  if (profile.currentSalaryUsd !== null) {
    const label = 'Your current salary';
    const salaryUsd = profile.currentSalaryUsd;
    return { salaryUsd, isProxy: false, label, note: null, sourceId: null };
  }
  const proxy = assumptions.baselineProxy[profile.currentRole];
  return {
    salaryUsd: proxy.salaryUsd,
    isProxy: true,
    label: proxy.label,
    note: proxy.note ?? null,
    sourceId: proxy.source,
  };
}

/**
 * Projects pay month by month on the path and when staying put, the path's cost and the
 * break-even month. Pay is the current salary until the new role starts; then the band of the
 * level the person's relevant experience has reached, which steps up as the years accrue.
 * Raises land once a year, on the anniversaries of the start date, alike on both sides.
 */
export function projectSalary(input: SalaryInput): Projection {
  const { catalog, profile } = input;
  const all = input.assumptions ?? catalog.assumptions;
  const a = all.salary;
  const horizonYears = input.horizonYears ?? a.horizonYears;
  const months = horizonYears * 12;
  const start = profile.startDate;

  const region = catalog.regions.find((r) => r.id === input.regionId);
  if (!region) throw new Error(`Unknown region ${input.regionId}`);
  const ladder = payLadder(catalog, input.roleId, region, input.regionMultiplier);
  const band = ladder.at(-1)!.band;
  const relevantYears = relevantYearsOf(profile, all);
  const accrues = currentWorkCounts(profile, all);

  const lag = a.jobSearchLagMonths;
  const roleStart = byLine(
    (line) => monthsUntil(start, input.pathFinish[FINISH[line]]) + pick(lag, line),
  );
  // Relevant experience m months after the start: the current job counts while it lasts (if it
  // is software, data or cloud work), and every month in the new role counts.
  const yearsAt = (m: number, from: number) =>
    relevantYears + (accrues ? Math.min(m, from) : 0) / 12 + Math.max(0, m - from) / 12;

  const baseline = baselineOf(profile, all);
  const growth = (m: number) => (1 + a.growthRate) ** Math.floor(m / 12);
  const baseRate = (m: number) => baseline.salaryUsd * growth(m);
  const levelOf = (m: number, line: Line) => levelAt(ladder, yearsAt(m, roleStart[line]));
  const pathRate = (m: number, line: Line) =>
    m < roleStart[line] ? baseRate(m) : bandLine(levelOf(m, line).band, line) * growth(m);

  const feesUsd = input.pathFeesUsd;
  const retakesUsd = feesUsd * a.retakeAllowance;
  const hourlyIsPay = a.hourlyValueUsd === null;
  const hourlyValueUsd = a.hourlyValueUsd ?? baseline.salaryUsd / a.workHoursPerYear;
  const hours = byLine((line) =>
    line === 'mid' ? input.pathPlannedHours : pick(input.pathHours, line),
  );
  const timeUsd = byLine((line) => hours[line] * hourlyValueUsd);
  const cashUsd = feesUsd + retakesUsd;
  const cost = {
    feesUsd,
    retakesUsd,
    cashUsd,
    hourlyValueUsd,
    hourlyIsPay,
    hours,
    timeUsd,
    totalUsd: byLine((line) => cashUsd + timeUsd[line]),
  };

  const cumulative = byLine(() => [0]);
  const breakEven = { cash: byLine(notWithin), time: byLine(notWithin) };
  for (const line of LINES) {
    let sum = 0;
    for (let m = 0; m < months; m++) {
      sum += (pathRate(m, line) - baseRate(m)) / 12;
      cumulative[line].push(sum);
      // sum > 0 as well: with a free path, break-even is the first month that pays more.
      const reached = (target: number) => sum >= target && sum > 0;
      if (breakEven.cash[line].month === null && reached(cashUsd))
        breakEven.cash[line] = { month: m + 1, date: addMonths(start, m + 1) };
      if (breakEven.time[line].month === null && reached(cost.totalUsd[line]))
        breakEven.time[line] = { month: m + 1, date: addMonths(start, m + 1) };
    }
  }
  const extraPay = byLine((line) => Math.round(cumulative[line].at(-1) ?? 0));
  const firstYearInRole = byLine((line) => {
    let sum = 0;
    for (let m = roleStart[line]; m < roleStart[line] + 12; m++) sum += pathRate(m, line) / 12;
    return Math.round(sum);
  });

  const monthPoint = (m: number): MonthPoint => ({
    month: m,
    date: addMonths(start, m),
    low: Math.round(pathRate(m, 'low')),
    mid: Math.round(pathRate(m, 'mid')),
    high: Math.round(pathRate(m, 'high')),
    baseline: Math.round(baseRate(m)),
  });
  const monthPoints = Array.from({ length: months + 1 }, (_, m) => monthPoint(m));
  const points: ProjectionPoint[] = Array.from({ length: horizonYears + 1 }, (_, year) => ({
    ...monthPoints[year * 12]!,
    year,
    level: year * 12 < roleStart.mid ? null : levelOf(year * 12, 'mid').label,
  }));

  const levelChanges: LevelChange[] = [];
  for (let m = roleStart.mid; m <= months; m++) {
    const level = levelOf(m, 'mid');
    if (levelChanges.at(-1)?.level === level) continue;
    levelChanges.push({
      month: m,
      date: addMonths(start, m),
      level,
      relevantYears: yearsAt(m, roleStart.mid),
    });
  }

  return {
    roleId: input.roleId,
    regionId: region.id,
    band,
    ladder,
    relevantYears,
    roleStart,
    roleStartDates: {
      earliest: addMonths(start, roleStart.high),
      likely: addMonths(start, roleStart.mid),
      latest: addMonths(start, roleStart.low),
    },
    levelChanges,
    months: monthPoints,
    points,
    baseline,
    cost,
    extraPay,
    firstYearInRole,
    cumulative,
    breakEven,
  };
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

/** The level the likely line is paid at in month `m`, or null while still in the current job. */
export function levelAtMonth(projection: Projection, m: number): string | null {
  return projection.levelChanges.findLast((c) => c.month <= m)?.level.label ?? null;
}

/** The smallest and largest of the three lines' values: the range a figure is shown with. */
export function lineSpread(values: ByLine<number>): Range {
  return {
    min: Math.min(values.low, values.mid, values.high),
    max: Math.max(values.low, values.mid, values.high),
  };
}
