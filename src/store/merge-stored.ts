import { mergeDeleted, mergeSavedPlans } from '@/domain/storage-state';
import type { SavedPlan } from '@/domain/storage-state';
import type { AppState } from '@/store/app-store';
import type { PersistedState } from '@/store/migrations';

const samePlans = (a: readonly SavedPlan[], b: readonly SavedPlan[]) =>
  a.length === b.length && a.every((p, i) => p.id === b[i]?.id && p.updatedAt === b[i]?.updatedAt);

const sameKeys = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * The store after reading `stored` (validated): the other tab's input replaces ours, except
 * saved plans, which are merged by id keeping the newer copy, and a shared plan on screen,
 * which stays (the stored input becomes the "own" input behind it). `writeBack` is true when
 * this tab knew plans or deletions the stored copy lacks.
 */
export function mergeStored(
  current: AppState,
  stored: PersistedState,
): { state: AppState; writeBack: boolean } {
  const deletedPlans = mergeDeleted(current.deletedPlans, stored.deletedPlans);
  const savedPlans = mergeSavedPlans(current.savedPlans, stored.savedPlans, deletedPlans);
  const ids = new Set(savedPlans.map((p) => p.id));
  const activePlanId =
    stored.activePlanId !== null && ids.has(stored.activePlanId) ? stored.activePlanId : null;
  const own = {
    profile: stored.profile,
    drafts: stored.drafts,
    salary: stored.salary,
    activePlanId,
  };
  const state: AppState = {
    ...current,
    ...(current.sharedPlan ? { sharedPlan: { ...current.sharedPlan, own } } : own),
    theme: stored.theme,
    showAllCerts: stored.showAllCerts,
    savedPlans,
    deletedPlans,
    comparePlanIds: stored.comparePlanIds.filter((id) => ids.has(id)),
  };
  const writeBack =
    !samePlans(savedPlans, stored.savedPlans) || !sameKeys(deletedPlans, stored.deletedPlans);
  return { state, writeBack };
}
