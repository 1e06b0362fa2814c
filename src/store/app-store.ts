import { useSyncExternalStore } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { LoadedState, PersistedState } from '@/store/migrations';
import { createProfileSlice } from '@/store/profile-slice';
import type { ProfileSlice } from '@/store/profile-slice';
import { safeLocalStorage } from '@/store/safe-storage';
import { createSalarySlice } from '@/store/salary-slice';
import type { SalarySlice } from '@/store/salary-slice';
import { createScenariosSlice } from '@/store/scenarios-slice';
import type { ScenariosSlice } from '@/store/scenarios-slice';
import { createSharedPlanSlice } from '@/store/shared-plan-slice';
import type { SharedPlanSlice } from '@/store/shared-plan-slice';
import { mergeStored } from '@/store/merge-stored';
import { STORE_VERSION } from '@/store/store-version';
import { createUiSlice } from '@/store/ui-slice';
import type { UiSlice } from '@/store/ui-slice';

export type AppState = ProfileSlice & SalarySlice & UiSlice & ScenariosSlice & SharedPlanSlice;

export const STORE_NAME = 'certpath';

/** Turns whatever storage held into valid input; loaded on demand (it needs zod). */
type Load = (persisted: unknown, version: number) => LoadedState;
let load: Load | null = null;
/** Problems in words (src/store/stored-problems.ts), loaded with the validators. */
let summarize: (problems: readonly string[]) => string = (problems) => problems.join('; ');
// Set while reading (the store may not exist yet then), picked up by merge.
let unreadable: { keptAs: string | null } | null = null;
let migratedFrom: number | null = null;
let writeBack = false;
// Set by restoreBackup: the restored copy replaces this tab's plans instead of joining them.
let replacing = false;

const storage = safeLocalStorage<PersistedState>(
  {
    onUnreadable: (keptAs) => {
      unreadable = { keptAs };
    },
    // Deferred: this runs inside a write, and setState would write again.
    onAvailability: (available) =>
      queueMicrotask(() => {
        if (useAppStore.getState().savingOff === available)
          useAppStore.setState({ savingOff: !available });
      }),
  },
  undefined,
  { deferWrites: true },
);

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createProfileSlice(...a),
      ...createSalarySlice(...a),
      ...createUiSlice(...a),
      ...createScenariosSlice(...a),
      ...createSharedPlanSlice(...a),
    }),
    {
      name: STORE_NAME,
      version: STORE_VERSION,
      storage,
      // While a shared plan is shown, the user's own input is what gets saved.
      partialize: (s): PersistedState => {
        const own = s.sharedPlan?.own;
        return {
          profile: own?.profile ?? s.profile,
          drafts: own?.drafts ?? s.drafts,
          salary: own?.salary ?? s.salary,
          activePlanId: own ? own.activePlanId : s.activePlanId,
          theme: s.theme,
          showAllCerts: s.showAllCerts,
          savedPlans: s.savedPlans,
          deletedPlans: s.deletedPlans,
          comparePlanIds: s.comparePlanIds,
        };
      },
      // Stored data is read only by hydrateStore(), once the validators (and zod) have loaded.
      skipHydration: true,
      // The real work happens in merge, which also sees data of the current version.
      migrate: (persisted, version) => {
        migratedFrom = version;
        return persisted as PersistedState;
      },
      // Runs on every load, not only on version changes: a hand-edited or half-written
      // entry of the current version must not put an invalid profile in front of the engine.
      merge: (persisted, current) => {
        const version = migratedFrom ?? STORE_VERSION;
        migratedFrom = null;
        let issue = replacing ? null : current.storageIssue;
        if (issue?.kind === 'newer' || issue?.kind === 'frozen') issue = null; // judged afresh
        // Text that could not be parsed, and could not be kept aside either: left in place.
        let frozen = unreadable !== null && unreadable.keptAs === null;
        if (unreadable)
          issue = unreadable.keptAs
            ? { kind: 'unreadable', keptAs: unreadable.keptAs }
            : { kind: 'frozen' };
        unreadable = null;
        if (persisted === undefined || !load) {
          storage.setReadOnly(STORE_NAME, frozen);
          return { ...current, storageIssue: issue };
        }
        // Saved by a newer build (another tab, after a deploy): show it, never write over it.
        const newer = version > STORE_VERSION;
        const { state, problems } = load(persisted, version);
        if (newer) issue = { kind: 'newer', version };
        else if (problems.length > 0) {
          // One copy per distinct content: reloading the same entry never adds another.
          const kept = storage.keepAside(
            STORE_NAME,
            `part of it could not be used: ${summarize(problems)}`,
          );
          frozen = !kept.ok;
          issue = kept.ok ? { kind: 'repaired', keptAs: kept.key, problems } : { kind: 'frozen' };
        }
        storage.setReadOnly(STORE_NAME, newer || frozen);
        const base = replacing ? { ...current, savedPlans: [], deletedPlans: {} } : current;
        replacing = false;
        const merged = mergeStored(base, state);
        // Repaired data replaces the entry once, so the next load finds nothing to repair.
        writeBack = !newer && !frozen && (merged.writeBack || problems.length > 0);
        return { ...merged.state, storageIssue: issue };
      },
    },
  ),
);

// Another tab saved: take in its plans (newest copy wins) instead of overwriting them.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === STORE_NAME) void hydrateStore();
  });
}

let loading: Promise<void> | null = null;

function somethingStored(): boolean {
  try {
    return localStorage.getItem(STORE_NAME) !== null;
  } catch {
    return false; // storage is off: rehydrate() notices and says so
  }
}

/**
 * Reads saved input into the store (again, after another tab saved). The validators load on
 * first use, so the first screen does not wait for zod.
 */
export async function hydrateStore(): Promise<void> {
  // Nothing saved yet (a first visit): there is nothing to validate, so zod stays unloaded.
  if (somethingStored()) {
    loading ??= import('@/store/migrations').then(
      (m) => {
        load = (persisted, version) => m.loadPersisted(persisted, version);
        summarize = m.summarize;
      },
      (error: unknown) => {
        loading = null; // the next call (another tab saving, a retry) downloads again
        throw error;
      },
    );
    try {
      await loading;
    } catch (error) {
      // Pages that wait for saved input say so and offer a retry, instead of waiting forever.
      useAppStore.setState({ loadFailed: true });
      throw error;
    }
  }
  if (useAppStore.getState().loadFailed) useAppStore.setState({ loadFailed: false });
  await useAppStore.persist.rehydrate();
  // This tab had plans the stored copy lacked: store the union so the other tab gets them.
  if (writeBack) {
    writeBack = false;
    useAppStore.setState({});
  }
}

/** True once saved input has been read; pages that show the user's plan wait for it. */
export function useStoreHydrated(): boolean {
  return useSyncExternalStore(
    (onChange) => useAppStore.persist.onFinishHydration(onChange),
    () => useAppStore.persist.hasHydrated(),
    // Prerendered HTML never holds saved input.
    () => false,
  );
}

/**
 * Whether the user's input really is stored now: false while saving is off (private mode, a
 * full quota), the entry is read-only (newer data, no room for a backup), or nothing was
 * written yet. "Saved" is only said when this is true.
 */
export function storedNow(): boolean {
  return storage.lastWriteOk(STORE_NAME);
}

/** Writes what the store has pending now (before something writes behind its back). */
export function flushStored(): void {
  storage.flush();
}

/**
 * Lets the restored copy (src/store/stored-data.ts), written behind the store's back, be read
 * in as it is: the entry is writable again and the copy's plans replace this tab's.
 */
export function replaceOnNextLoad(): void {
  storage.setReadOnly(STORE_NAME, false);
  replacing = true;
}

/** After a restore that did not get to load: back to merging. */
export function mergeOnNextLoad(): void {
  replacing = false;
}
