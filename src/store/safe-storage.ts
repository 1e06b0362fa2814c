import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * A fresh key to keep stored data aside under (`certpath-backup-1764237600000`), so the user
 * (or support) can still recover it. A new key each time: an older backup is never replaced.
 */
export function backupKey(
  name: string,
  storage: Pick<Storage, 'getItem'>,
  now: number = Date.now(),
): string {
  let key = `${name}-backup-${now}`;
  for (let n = 2; storage.getItem(key) !== null; n++) key = `${name}-backup-${now}-${n}`;
  return key;
}

export interface SafeStorageEvents {
  /**
   * Stored text could not be parsed; it was kept aside under `keptAs`. Null if that failed
   * too: the entry is then left where it is and never overwritten.
   */
  onUnreadable: (keptAs: string | null) => void;
  /** Whether the last read or write reached the browser's storage (false: private mode, quota). */
  onAvailability: (available: boolean) => void;
}

export interface SafeStorage<S> extends PersistStorage<S> {
  /** Copies the text last read under `name` to a backup key and returns that key (null: failed, entry frozen). */
  keepAside: (name: string) => string | null;
}

const local = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * localStorage as zustand's PersistStorage, except that: data it cannot parse is kept aside
 * instead of being overwritten; data that is stored but not yet read is never overwritten
 * (a change made before hydration would otherwise replace saved plans with defaults); and
 * storage that throws (private mode, quota) is treated as empty, with `onAvailability` told.
 */
export function safeLocalStorage<S>(events: SafeStorageEvents): SafeStorage<S> {
  const lastRead = new Map<string, string | null>();
  // Entries this tab has read or written: only those may be overwritten.
  const known = new Set<string>();
  // Entries whose backup failed (storage full): never overwrite them, saving stays off.
  const frozen = new Set<string>();

  const keepAside = (name: string): string | null => {
    const text = lastRead.get(name);
    if (text === null || text === undefined) return null;
    try {
      const store = local();
      if (!store) throw new Error('no storage');
      const key = backupKey(name, store);
      store.setItem(key, text);
      return key;
    } catch {
      frozen.add(name);
      return null;
    }
  };

  return {
    keepAside,
    getItem: (name) => {
      let text: string | null;
      try {
        text = local()?.getItem(name) ?? null;
      } catch {
        lastRead.set(name, null);
        events.onAvailability(false);
        return null;
      }
      lastRead.set(name, text);
      known.add(name);
      if (text === null) return null;
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value === 'object' && value !== null && 'state' in value)
          return value as StorageValue<S>;
      } catch {
        // fall through: keep it aside
      }
      events.onUnreadable(keepAside(name));
      return null;
    },
    setItem: (name, value) => {
      try {
        const store = local();
        if (!store || frozen.has(name)) {
          events.onAvailability(false);
          return;
        }
        if (!known.has(name) && store.getItem(name) !== null) return;
        store.setItem(name, JSON.stringify(value));
        known.add(name);
        events.onAvailability(true);
      } catch {
        // Quota or private mode: the session keeps working in memory.
        events.onAvailability(false);
      }
    },
    removeItem: (name) => {
      try {
        local()?.removeItem(name);
      } catch {
        // ignore
      }
    },
  };
}
