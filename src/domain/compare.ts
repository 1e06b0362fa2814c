import type { Catalog } from '@/domain/catalog-model';
import type { DateRange } from '@/domain/dates';
import { buildPlan } from '@/domain/plan';
import { levelAtMonth, projectSalary } from '@/domain/salary';
import type { Projection, ProjectionPoint } from '@/domain/salary';
import type { Assumptions, Profile, Range, RegionId, TargetRoleId } from '@/domain/schema';

/**
 * One column of a comparison: a labelled profile. Today these are the current plan with
 * its target role swapped; saved plans can become columns the same way later.
 */
export interface PathSpec {
  id: string;
  label: string;
  profile: Profile;
}

/** A path with its plan totals and its salary projection. */
export interface ProjectedPath {
  id: string;
  label: string;
  roleId: TargetRoleId;
  /** Exams that take study time on this path, in the order they are sat. */
  examCodes: string[];
  finishDate: string;
  finish: DateRange;
  weeks: number;
  weeksRange: Range;
  hours: Range;
  plannedHours: number;
  feesUsd: number;
  projection: Projection;
}

export interface ProjectOptions {
  catalog: Catalog;
  /** The catalogue's assumptions with the user's overrides merged in. */
  assumptions: Assumptions;
  /** Pay multipliers the user set instead of the catalogue's (the tech-hub premium), by region. */
  regionMultipliers?: Partial<Record<RegionId, Range>>;
  today: string;
  horizonYears: number;
}

/** The profile's own target first, then the other roles, each as a path of the same person. */
export function pathsForRoles(
  profile: Profile,
  alternatives: readonly TargetRoleId[],
  roleName: (id: TargetRoleId) => string,
): PathSpec[] {
  const ids = [profile.targetRole, ...alternatives.filter((id) => id !== profile.targetRole)];
  return [...new Set(ids)].map((roleId, i) => ({
    id: roleId,
    label: i === 0 ? `${roleName(roleId)} (your target)` : roleName(roleId),
    profile: { ...profile, targetRole: roleId },
  }));
}

/** Plans each path (its finish date, hours, fees) and projects its salary against staying. */
export function projectPaths(specs: readonly PathSpec[], options: ProjectOptions): ProjectedPath[] {
  const { catalog, assumptions, today, horizonYears, regionMultipliers } = options;
  return specs.map((spec) => {
    const { studyPlan } = buildPlan(spec.profile, catalog, assumptions, today);
    const { totals } = studyPlan;
    const projection = projectSalary({
      roleId: spec.profile.targetRole,
      regionId: spec.profile.region,
      catalog,
      assumptions,
      regionMultiplier: regionMultipliers?.[spec.profile.region],
      profile: spec.profile,
      pathFinish: totals.finish,
      pathFeesUsd: totals.feesUsd,
      pathHours: totals.hours,
      pathPlannedHours: totals.plannedHours,
      horizonYears,
    });
    return {
      id: spec.id,
      label: spec.label,
      roleId: spec.profile.targetRole,
      examCodes: studyPlan.steps.map((step) => step.code),
      finishDate: totals.finishDate,
      finish: totals.finish,
      weeks: totals.weeks,
      weeksRange: totals.weeksRange,
      hours: totals.hours,
      plannedHours: totals.plannedHours,
      feesUsd: totals.feesUsd,
      projection,
    };
  });
}

/** The projection's point at a whole year, or null when the horizon ends before it. */
export function pointAtYear(projection: Projection, year: number): ProjectionPoint | null {
  return projection.points.find((p) => p.year === year) ?? null;
}

/** A stretch over which two paths draw one likely line, and why. */
export interface Coincidence {
  a: string;
  b: string;
  /** Months from the start: the first and last month of the shared stretch. */
  from: number;
  to: number;
  /** The band both are paid at then, or null when the whole lines are the same. */
  level: string | null;
}

// Shorter overlaps do not hide a line (the chart's steps separate them at once).
const MIN_SHARED_MONTHS = 6;

/**
 * Where two paths' likely pay is the same in the new role for six months or more: on a chart
 * one line hides the other, so the legend says so (for instance both still at the entry band).
 */
export function coincidences(paths: readonly ProjectedPath[]): Coincidence[] {
  const found: Coincidence[] = [];
  paths.forEach((p, i) => {
    for (const q of paths.slice(i + 1)) {
      const a = p.projection;
      const b = q.projection;
      const months = Math.min(a.months.length, b.months.length);
      const first = Math.max(a.roleStart.mid, b.roleStart.mid);
      const same = (m: number) => a.months[m]?.mid === b.months[m]?.mid;
      const whole = a.months.slice(0, months).every((_, m) => same(m));
      if (whole) {
        found.push({ a: p.label, b: q.label, from: 0, to: months - 1, level: null });
        continue;
      }
      for (let m = first; m < months; m++) {
        if (!same(m)) continue;
        let end = m;
        while (end + 1 < months && same(end + 1)) end++;
        if (end - m + 1 >= MIN_SHARED_MONTHS)
          found.push({ a: p.label, b: q.label, from: m, to: end, level: levelAtMonth(a, m) });
        m = end;
      }
    }
  });
  return found;
}
