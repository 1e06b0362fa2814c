import { useDeferredValue, useMemo } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import { buildPlan } from '@/domain/plan';
import type { Plan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import type { Assumptions, Profile, Region } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import { applyHubPremium, applySalaryOverrides } from '@/store/salary-assumptions';
import { todayIso } from '@/store/today';

export type { Plan };

export interface PlanView {
  catalog: Catalog;
  profile: Profile;
  today: string;
  plan: Plan;
}

/** The plan for the stored profile; recomputed only when the profile (or the day) changes. */
export function usePlan(): PlanView {
  const catalog = realCatalog();
  const profile = useAppStore((s) => s.profile);
  const today = todayIso();
  const plan: Plan = useMemo(
    () => buildPlan(profile, catalog, catalog.assumptions, today),
    [profile, catalog, today],
  );
  return { catalog, profile, today, plan };
}

/**
 * usePlan a step behind while the user types: the field being typed in updates at once, and
 * what shows the plan (a summary, the hours per skills area) follows in a render React may
 * interrupt for the next keystroke. A keystroke stays within a frame.
 */
export function useDeferredPlan(): PlanView {
  const catalog = realCatalog();
  const profile = useDeferredValue(useAppStore((s) => s.profile));
  const today = todayIso();
  const plan: Plan = useMemo(
    () => buildPlan(profile, catalog, catalog.assumptions, today),
    [profile, catalog, today],
  );
  return { catalog, profile, today, plan };
}

/** The catalogue's assumptions with the user's salary overrides and horizon merged in. */
export function useSalaryAssumptions(): Assumptions {
  const catalog = realCatalog();
  const salary = useAppStore((s) => s.salary);
  return useMemo(() => applySalaryOverrides(catalog.assumptions, salary), [catalog, salary]);
}

/** The catalogue's regions with the user's tech-hub premium override applied. */
export function useSalaryRegions(): Region[] {
  const catalog = realCatalog();
  const overrides = useAppStore((s) => s.salary.overrides);
  return useMemo(() => applyHubPremium(catalog.regions, overrides), [catalog, overrides]);
}
