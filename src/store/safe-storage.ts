import type { PersistStorage, StorageValue } from 'zustand/middleware';

/** Where unreadable stored data is moved, so the user (or support) can still recover it. */
export const unreadableKey = (name: string) => `${name}:unreadable`;

/**
 * localStorage as zustand's PersistStorage, except that data it cannot parse is kept
 * aside under `unreadableKey(name)` instead of being overwritten, and `onUnreadable`
 * is told. Storage that throws (private mode, quota) is treated as empty.
 */
export function safeLocalStorage<S>(onUnreadable: (keptAs: string) => void): PersistStorage<S> {
  const store = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);
  return {
    getItem: (name) => {
      let text: string | null = null;
      try {
        text = store()?.getItem(name) ?? null;
      } catch {
        return null;
      }
      if (text === null) return null;
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value === 'object' && value !== null && 'state' in value) return value as StorageValue<S>;
      } catch {
        // fall through: keep it aside
      }
      try {
        store()?.setItem(unreadableKey(name), text);
      } catch {
        // Nothing more we can do; the app still starts clean.
      }
      onUnreadable(unreadableKey(name));
      return null;
    },
    setItem: (name, value) => {
      try {
        store()?.setItem(name, JSON.stringify(value));
      } catch {
        // Quota or private mode: the session keeps working in memory.
      }
    },
    removeItem: (name) => {
      try {
        store()?.removeItem(name);
      } catch {
        // ignore
      }
    },
  };
}
