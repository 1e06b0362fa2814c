import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistedState } from '@/store/migrations';
import { createProfileSlice } from '@/store/profile-slice';
import type { ProfileSlice } from '@/store/profile-slice';
import { safeLocalStorage } from '@/store/safe-storage';
import { createSalarySlice } from '@/store/salary-slice';
import type { SalarySlice } from '@/store/salary-slice';
import { STORE_VERSION } from '@/store/store-version';
import { createUiSlice } from '@/store/ui-slice';
import type { UiSlice } from '@/store/ui-slice';

export type AppState = ProfileSlice & SalarySlice & UiSlice;

export const STORE_NAME = 'certpath';

// Set by the storage while reading, picked up by merge (the store does not exist yet then).
let keptAside: string | null = null;

/** Turns whatever storage held into valid input; loaded on demand (it needs zod). */
type Sanitize = (persisted: unknown, version: number) => PersistedState;
let sanitize: Sanitize | null = null;

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
      // Stored data is read only by hydrateStore(), once the validators (and zod) have loaded.
      skipHydration: true,
      migrate: (persisted, version) => (sanitize ? sanitize(persisted, version) : (persisted as PersistedState)),
      // Runs on every load, not only on version changes: a hand-edited or half-written
      // entry of the current version must not put an invalid profile in front of the engine.
      merge: (persisted, current) => {
        const issue = keptAside ? { keptAs: keptAside } : current.storageIssue;
        keptAside = null;
        if (persisted === undefined || !sanitize) return { ...current, storageIssue: issue };
        return { ...current, ...sanitize(persisted, STORE_VERSION), storageIssue: issue };
      },
    },
  ),
);

// Another tab saved: pick up its input instead of overwriting it with ours on the next change.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORE_NAME) void hydrateStore();
  });
}

let loading: Promise<void> | null = null;

/**
 * Reads saved input into the store (again, after another tab saved). The validators load on
 * first use, so the first screen does not wait for zod.
 */
export async function hydrateStore(): Promise<void> {
  loading ??= import('@/store/migrations').then((m) => {
    sanitize = (persisted, version) => m.migrate(persisted, version);
  });
  await loading;
  await useAppStore.persist.rehydrate();
}

/** True once saved input has been read; pages that show the user's plan wait for it. */
export function useStoreHydrated(): boolean {
  return useSyncExternalStore(
    (onChange) => useAppStore.persist.onFinishHydration(onChange),
    () => useAppStore.persist.hasHydrated(),
  );
}
