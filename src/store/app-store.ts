import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { migrate, sanitizePersisted, STORE_VERSION } from '@/store/migrations';
import type { PersistedState } from '@/store/migrations';
import { createProfileSlice } from '@/store/profile-slice';
import type { ProfileSlice } from '@/store/profile-slice';
import { safeLocalStorage } from '@/store/safe-storage';
import { createSalarySlice } from '@/store/salary-slice';
import type { SalarySlice } from '@/store/salary-slice';
import { todayIso } from '@/store/today';
import { createUiSlice } from '@/store/ui-slice';
import type { UiSlice } from '@/store/ui-slice';

export type AppState = ProfileSlice & SalarySlice & UiSlice;

export const STORE_NAME = 'certpath';

// Set by the storage while reading, picked up by merge (the store does not exist yet then).
let keptAside: string | null = null;

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({ ...createProfileSlice(...a), ...createSalarySlice(...a), ...createUiSlice(...a) }),
    {
      name: STORE_NAME,
      version: STORE_VERSION,
      storage: safeLocalStorage<PersistedState>((keptAs) => {
        keptAside = keptAs;
      }),
      partialize: (s): PersistedState => ({
        profile: s.profile,
        drafts: s.drafts,
        salary: s.salary,
        theme: s.theme,
        showAllCerts: s.showAllCerts,
      }),
      migrate: (persisted, version) => migrate(persisted, version),
      // Runs on every load, not only on version changes: a hand-edited or half-written
      // entry of the current version must not put an invalid profile in front of the engine.
      merge: (persisted, current) => {
        const issue = keptAside ? { keptAs: keptAside } : current.storageIssue;
        keptAside = null;
        if (persisted === undefined) return { ...current, storageIssue: issue };
        return { ...current, ...sanitizePersisted(persisted, todayIso()), storageIssue: issue };
      },
    },
  ),
);

// Another tab saved: pick up its input instead of overwriting it with ours on the next change.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORE_NAME) void useAppStore.persist.rehydrate();
  });
}
