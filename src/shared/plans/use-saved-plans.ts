import { useShallow } from 'zustand/react/shallow';
import { sameProfile } from '@/domain/storage-state';
import type { SavedPlan } from '@/domain/storage-state';
import { useAppStore } from '@/store/app-store';

export interface WorkingPlan {
  /** The saved plan the working profile belongs to, if any. */
  active: SavedPlan | null;
  /** True when the working profile differs from the active plan (or no plan is active). */
  unsaved: boolean;
  /** The name of the shared plan on screen, when one is. */
  sharedName: string | null;
  isShared: boolean;
}

/** Where the working profile stands against the saved plans. */
export function useWorkingPlan(): WorkingPlan {
  return useAppStore(
    useShallow((s) => {
      const active = s.savedPlans.find((p) => p.id === s.activePlanId) ?? null;
      return {
        active,
        unsaved: !active || !sameProfile(active.profile, s.profile),
        sharedName: s.sharedPlan?.name ?? null,
        isShared: s.sharedPlan !== null,
      };
    }),
  );
}
