import type { Catalog } from '@/domain/catalog-model';
import { buildPlan } from '@/domain/plan';
import { projectSalary } from '@/domain/salary';
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
  weeks: number;
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
      pathFinishDate: totals.finishDate,
      pathFeesUsd: totals.feesUsd,
      pathHours: totals.plannedHours,
      horizonYears,
    });
    return {
      id: spec.id,
      label: spec.label,
      roleId: spec.profile.targetRole,
      examCodes: studyPlan.steps.map((step) => step.code),
      finishDate: totals.finishDate,
      weeks: totals.weeks,
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
