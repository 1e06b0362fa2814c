import { useMemo } from 'react';
import { projectPaths } from '@/domain/compare';
import type { PathSpec, ProjectedPath } from '@/domain/compare';
import { realCatalog } from '@/domain/real-catalog';
import type { Range, RegionId } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import { todayIso } from '@/store/today';
import { useSalaryAssumptions, useSalaryRegions } from '@/store/use-plan';

/**
 * The saved plans picked for comparison, each planned and projected with the same salary
 * assumptions, so the columns differ only by what the plans themselves hold.
 */
export function usePlanPaths(horizonYears: number): ProjectedPath[] {
  const catalog = realCatalog();
  const assumptions = useSalaryAssumptions();
  const regions = useSalaryRegions();
  const plans = useAppStore((s) => s.savedPlans);
  const ids = useAppStore((s) => s.comparePlanIds);
  const today = todayIso();

  return useMemo(() => {
    const specs: PathSpec[] = ids.flatMap((id) => {
      const plan = plans.find((p) => p.id === id);
      return plan ? [{ id: plan.id, label: plan.name, profile: plan.profile }] : [];
    });
    const regionMultipliers = Object.fromEntries(
      regions.map((r) => [r.id, r.multiplier]),
    ) as Record<RegionId, Range>;
    return projectPaths(specs, { catalog, assumptions, regionMultipliers, today, horizonYears });
  }, [ids, plans, regions, catalog, assumptions, today, horizonYears]);
}
