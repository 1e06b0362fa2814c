import type { Profile } from '@/domain/schema';

/** A plan the user saved under a name: a snapshot of their profile. */
export interface SavedPlan {
  id: string;
  name: string;
  profile: Profile;
  /** ISO timestamps (`2026-03-02T10:00:00.000Z`); the newer copy wins when two tabs disagree. */
  createdAt: string;
  updatedAt: string;
}

/** Deleted plan ids with the time of deletion, so another tab's older copy cannot revive them. */
export type DeletedPlans = Record<string, string>;

/** More than anyone compares; keeps the stored entry far below the usual 5 MB quota. */
export const MAX_SAVED_PLANS = 100;
export const MAX_PLAN_NAME_LENGTH = 80;
// Tombstones only need to outlive the other tabs' stale copies; keep the newest ones.
const MAX_DELETED = 200;

/** Both tabs' deletions, newest time per id, bounded. */
export function mergeDeleted(a: DeletedPlans, b: DeletedPlans): DeletedPlans {
  const out: DeletedPlans = { ...a };
  for (const [id, at] of Object.entries(b)) if (!(id in out) || at > out[id]!) out[id] = at;
  const entries = Object.entries(out);
  if (entries.length <= MAX_DELETED) return out;
  return Object.fromEntries(entries.sort((x, y) => (x[1] < y[1] ? 1 : -1)).slice(0, MAX_DELETED));
}

/** Plans in the order they were created (ties by id): the same order in every tab. */
export function byCreation(a: SavedPlan, b: SavedPlan): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Merges this tab's plans with the ones another tab stored: by id, the newer `updatedAt`
 * wins, and a plan deleted after its last change stays deleted. Sorted by creation, so two
 * tabs that merge the same plans agree exactly (and stop writing back and forth).
 */
export function mergeSavedPlans(
  mine: readonly SavedPlan[],
  theirs: readonly SavedPlan[],
  deleted: DeletedPlans,
): SavedPlan[] {
  const theirsById = new Map(theirs.map((p) => [p.id, p]));
  const alive = (p: SavedPlan) => !(p.id in deleted) || deleted[p.id]! < p.updatedAt;
  const merged = mine.map((p) => {
    const other = theirsById.get(p.id);
    return other && other.updatedAt > p.updatedAt ? other : p;
  });
  const mineIds = new Set(mine.map((p) => p.id));
  for (const p of theirs) if (!mineIds.has(p.id)) merged.push(p);
  return merged.filter(alive).sort(byCreation).slice(0, MAX_SAVED_PLANS);
}

/** True when two profiles hold the same input (key order does not matter). */
export function sameProfile(a: Profile, b: Profile): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A name not yet used by another plan: "Plan", "Plan (2)", "Plan (3)"… */
export function uniquePlanName(wanted: string, taken: readonly string[]): string {
  const base = wanted.trim().slice(0, MAX_PLAN_NAME_LENGTH) || 'Untitled plan';
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_PLAN_NAME_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
