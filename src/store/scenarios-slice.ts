import type { StateCreator } from 'zustand';
import type { Profile } from '@/domain/schema';
import { byCreation, MAX_SAVED_PLANS, uniquePlanName } from '@/domain/storage-state';
import type { DeletedPlans, SavedPlan } from '@/domain/storage-state';
import type { AppState } from '@/store/app-store';
import { nowStamp } from '@/store/today';

export type { SavedPlan };

/** The most saved plans /compare puts side by side (one per chart series). */
export const MAX_COMPARED_PLANS = 4;

/** The last destructive action, kept in memory so the user can take it back. */
export interface UndoOffer {
  message: string;
  apply: () => void;
}

export interface ScenariosSlice {
  savedPlans: SavedPlan[];
  deletedPlans: DeletedPlans;
  /** The saved plan the working profile came from (or was last saved to). */
  activePlanId: string | null;
  /** Saved plans shown as columns on /compare, at most MAX_COMPARED_PLANS. */
  comparePlanIds: string[];
  undo: UndoOffer | null;
  /** True when the browser refuses to store data (private mode, quota): plans live in memory. */
  savingOff: boolean;
  /**
   * Saves a profile (the working one by default) as a new plan and makes it the active one.
   * Refused (with a message) at MAX_SAVED_PLANS. Saving while a shared plan is open keeps it.
   */
  savePlan: (name: string, profile?: Profile) => SaveResult;
  /** Writes the working profile into the active plan. */
  saveChanges: () => void;
  /** Makes a saved plan the working profile (undoable). */
  openPlan: (id: string) => void;
  renamePlan: (id: string, name: string) => void;
  duplicatePlan: (id: string) => SaveResult;
  deletePlan: (id: string) => void;
  setComparePlans: (ids: string[]) => void;
  runUndo: () => void;
  dismissUndo: () => void;
}

/** A new saved plan, or why it could not be made. */
export type SaveResult = { ok: true; id: string; name: string } | { ok: false; error: string };

const FULL: SaveResult = {
  ok: false,
  error: `You have ${MAX_SAVED_PLANS} saved plans, the most Certpath keeps. Delete one you no longer need, then save again.`,
};

let sequence = 0;
/**
 * Time, then a per-tab sequence, then randomness: plans created in the same millisecond
 * still sort in creation order, and two tabs never pick the same id. (crypto.randomUUID
 * needs a secure context; getRandomValues works everywhere.)
 */
function newId(createdAt: string): string {
  const time = Date.parse(createdAt).toString(36).padStart(9, '0');
  const seq = (sequence++ % 1296).toString(36).padStart(2, '0');
  const random = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) =>
    (b % 36).toString(36),
  ).join('');
  return `p${time}${seq}${random}`;
}

const withCompared = (ids: readonly string[], id: string) =>
  ids.length < MAX_COMPARED_PLANS ? [...ids, id] : [...ids];

const names = (plans: readonly SavedPlan[], except?: string) =>
  plans.filter((p) => p.id !== except).map((p) => p.name);

export const createScenariosSlice: StateCreator<AppState, [], [], ScenariosSlice> = (set, get) => ({
  savedPlans: [],
  deletedPlans: {},
  activePlanId: null,
  comparePlanIds: [],
  undo: null,
  savingOff: false,

  savePlan: (name, profile) => {
    const s = get();
    if (s.savedPlans.length >= MAX_SAVED_PLANS) return FULL;
    const now = nowStamp();
    const plan: SavedPlan = {
      id: newId(now),
      name: uniquePlanName(name, names(s.savedPlans)),
      profile: profile ?? s.profile,
      createdAt: now,
      updatedAt: now,
    };
    // A shared plan becomes the user's own once saved; their salary settings come back.
    const leaveShared = s.sharedPlan ? { sharedPlan: null, salary: s.sharedPlan.own.salary } : {};
    set({
      ...leaveShared,
      savedPlans: [...s.savedPlans, plan],
      // A new plan joins the comparison while there is room: /compare opens on saved plans.
      comparePlanIds: withCompared(s.comparePlanIds, plan.id),
      activePlanId: plan.id,
      profile: plan.profile,
      drafts: profile ? {} : s.drafts,
    });
    return { ok: true, id: plan.id, name: plan.name };
  },

  saveChanges: () => {
    const { activePlanId, profile } = get();
    const updatedAt = nowStamp();
    set((s) => ({
      savedPlans: s.savedPlans.map((p) =>
        p.id === activePlanId ? { ...p, profile, updatedAt } : p,
      ),
    }));
  },

  openPlan: (id) => {
    const s = get();
    const plan = s.savedPlans.find((p) => p.id === id);
    if (!plan) return;
    const own = s.sharedPlan?.own;
    const before = {
      profile: own?.profile ?? s.profile,
      drafts: own?.drafts ?? s.drafts,
      activePlanId: own ? own.activePlanId : s.activePlanId,
      salary: own?.salary ?? s.salary,
    };
    set({
      ...before,
      sharedPlan: null,
      profile: plan.profile,
      drafts: {},
      activePlanId: plan.id,
      undo: { message: `Opened “${plan.name}”.`, apply: () => set({ ...before, undo: null }) },
    });
  },

  renamePlan: (id, name) =>
    set((s) => ({
      savedPlans: s.savedPlans.map((p) =>
        p.id === id
          ? { ...p, name: uniquePlanName(name, names(s.savedPlans, id)), updatedAt: nowStamp() }
          : p,
      ),
    })),

  duplicatePlan: (id) => {
    const s = get();
    const original = s.savedPlans.find((p) => p.id === id);
    if (!original) return { ok: false, error: 'That plan is no longer saved.' };
    if (s.savedPlans.length >= MAX_SAVED_PLANS) return FULL;
    const now = nowStamp();
    const copy: SavedPlan = {
      ...original,
      id: newId(now),
      name: uniquePlanName(`${original.name} (copy)`, names(s.savedPlans)),
      createdAt: now,
      updatedAt: now,
    };
    // Plans stay in creation order: the order every tab agrees on.
    set({
      savedPlans: [...s.savedPlans, copy],
      comparePlanIds: withCompared(s.comparePlanIds, copy.id),
    });
    return { ok: true, id: copy.id, name: copy.name };
  },

  deletePlan: (id) => {
    const s = get();
    const plan = s.savedPlans.find((p) => p.id === id);
    if (!plan) return;
    const wasActive = s.activePlanId === id;
    const wasCompared = s.comparePlanIds.includes(id);
    const restore = () =>
      set((now) => {
        const deletedPlans = { ...now.deletedPlans };
        delete deletedPlans[id];
        // Newer than the deletion, so a tab that saw the delete takes the plan back too.
        const back = { ...plan, updatedAt: nowStamp() };
        return {
          savedPlans: [...now.savedPlans.filter((p) => p.id !== id), back].sort(byCreation),
          deletedPlans,
          activePlanId: wasActive && now.activePlanId === null ? id : now.activePlanId,
          comparePlanIds: wasCompared
            ? [...now.comparePlanIds, id].slice(0, MAX_COMPARED_PLANS)
            : now.comparePlanIds,
          undo: null,
        };
      });
    set({
      savedPlans: s.savedPlans.filter((p) => p.id !== id),
      deletedPlans: { ...s.deletedPlans, [id]: nowStamp() },
      activePlanId: wasActive ? null : s.activePlanId,
      comparePlanIds: s.comparePlanIds.filter((c) => c !== id),
      undo: { message: `Deleted “${plan.name}”.`, apply: restore },
    });
  },

  setComparePlans: (ids) => set({ comparePlanIds: [...new Set(ids)].slice(0, MAX_COMPARED_PLANS) }),
  runUndo: () => get().undo?.apply(),
  dismissUndo: () => set({ undo: null }),
});
