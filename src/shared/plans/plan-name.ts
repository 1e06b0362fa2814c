import { realCatalog } from '@/domain/real-catalog';
import type { AppState } from '@/store/app-store';

/** "Azure AI Engineer · 10 h a week": tells plans apart before the user names one. */
export function suggestedPlanName(s: Pick<AppState, 'profile'>): string {
  const role = realCatalog().roles.find((r) => r.id === s.profile.targetRole)?.name ?? 'My plan';
  return `${role} · ${s.profile.hoursPerWeek} h a week`;
}

/** The name of the plan on screen: the open saved plan's, the shared plan's, or a suggestion. */
export function currentPlanName(
  s: Pick<AppState, 'profile' | 'savedPlans' | 'activePlanId' | 'sharedPlan'>,
): string {
  return (
    s.savedPlans.find((p) => p.id === s.activePlanId)?.name ??
    s.sharedPlan?.name ??
    suggestedPlanName(s)
  );
}
