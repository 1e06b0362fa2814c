import { useCallback, useMemo } from 'react';
import { pathsForRoles, projectPaths } from '@/domain/compare';
import type { ProjectedPath } from '@/domain/compare';
import type { Catalog } from '@/domain/catalog-model';
import type { Profile, Range, RegionId, TargetRoleId } from '@/domain/schema';
import { MAX_SALARY_PATHS } from '@/shared/salary/salary-series';
import { useAppStore } from '@/store/app-store';
import type { HorizonYears } from '@/store/salary-slice';
import { usePlan, useSalaryAssumptions, useSalaryRegions } from '@/store/use-plan';

export interface SalaryPaths {
  catalog: Catalog;
  profile: Profile;
  horizonYears: HorizonYears;
  /** The other roles the user added, at most MAX_SALARY_PATHS − 1, never the target. */
  alternatives: TargetRoleId[];
  /** The target role's path first, then the alternatives. */
  paths: ProjectedPath[];
  roleName: (id: TargetRoleId) => string;
}

/** The current profile projected for its target role and the roles the user compares it with. */
export function useSalaryPaths(): SalaryPaths {
  const { catalog, profile, today } = usePlan();
  const assumptions = useSalaryAssumptions();
  const regions = useSalaryRegions();
  const horizonYears = useAppStore((s) => s.salary.horizonYears);
  const compareRoles = useAppStore((s) => s.salary.compareRoles);

  const roleName = useCallback(
    (id: TargetRoleId) => catalog.roles.find((r) => r.id === id)?.name ?? id,
    [catalog],
  );
  const alternatives = useMemo(
    () => compareRoles.filter((id) => id !== profile.targetRole).slice(0, MAX_SALARY_PATHS - 1),
    [compareRoles, profile.targetRole],
  );
  const paths = useMemo(() => {
    const regionMultipliers = Object.fromEntries(
      regions.map((r) => [r.id, r.multiplier]),
    ) as Record<RegionId, Range>;
    const specs = pathsForRoles(profile, alternatives, roleName);
    return projectPaths(specs, { catalog, assumptions, regionMultipliers, today, horizonYears });
  }, [profile, alternatives, roleName, catalog, assumptions, regions, today, horizonYears]);

  return { catalog, profile, horizonYears, alternatives, paths, roleName };
}
