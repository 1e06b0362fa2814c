/**
 * The "Stored data" panel's actions on the copies kept aside (src/store/backups.ts). Apart from
 * the store so the first screen does not carry them.
 */
import { deleteBackup, keepBackup, listBackups } from '@/store/backups';
import type { Backup } from '@/store/backups';
import {
  STORE_NAME,
  flushStored,
  hydrateStore,
  mergeOnNextLoad,
  replaceOnNextLoad,
  useAppStore,
} from '@/store/app-store';

/** The copies of stored data kept aside, oldest first (empty where storage is off). */
export function storedBackups(): Backup[] {
  try {
    return listBackups(localStorage, STORE_NAME);
  } catch {
    return [];
  }
}

/**
 * Deletes one kept-aside copy (the user's choice). When the backups were full and the stored
 * data was left alone for that, it is read again: now it can be kept aside and repaired.
 */
export async function removeBackup(key: string): Promise<void> {
  try {
    deleteBackup(localStorage, key);
  } catch {
    return; // storage is off: nothing to delete
  }
  if (useAppStore.getState().storageIssue?.kind === 'frozen') await hydrateStore();
}

/**
 * Puts a kept-aside copy back as the stored data, after keeping the current data aside (so
 * restoring never loses anything), then reads it in. Refuses when the current data cannot be
 * kept aside first.
 */
export async function restoreBackup(key: string): Promise<{ ok: boolean; message: string }> {
  const backup = storedBackups().find((b) => b.key === key);
  if (!backup) return { ok: false, message: 'That copy is no longer there.' };
  // This tab's latest change belongs to the data kept aside before restoring.
  flushStored();
  try {
    const current = localStorage.getItem(STORE_NAME);
    if (current !== null && current !== backup.text) {
      const kept = keepBackup(
        localStorage,
        STORE_NAME,
        current,
        'replaced by a restored copy',
        new Date().toISOString(),
      );
      if (!kept.ok)
        return {
          ok: false,
          message:
            'Your current data could not be kept aside first (the backups are full). Download and delete a copy you no longer need, then try again.',
        };
    }
    localStorage.setItem(STORE_NAME, backup.text);
  } catch {
    return { ok: false, message: 'This browser is not letting Certpath store anything.' };
  }
  // Written behind the store's back, so nothing may write before it is read in: the store's
  // own write would put this tab's data over the restored copy.
  replaceOnNextLoad();
  try {
    await hydrateStore();
  } catch {
    return {
      ok: false,
      message:
        'The copy is back in place, but part of the app did not download to read it. Check your connection, then reload.',
    };
  } finally {
    mergeOnNextLoad();
  }
  return { ok: true, message: 'Restored the copy. Your data from before is kept aside too.' };
}
