import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { keepBackup } from '@/store/backups';
import type { KeepResult } from '@/store/backups';

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
  /**
   * Keeps the text last read under `name` aside (one copy per content). When that fails, the
   * entry is frozen: this tab never writes over it.
   */
  keepAside: (name: string, reason: string) => KeepResult;
  /** Read-only: the tab reads `name` but never writes it (newer data, or no room for a backup). */
  setReadOnly: (name: string, readOnly: boolean) => void;
  isReadOnly: (name: string) => boolean;
  /** Whether the last write of `name` reached storage (written now if pending): "Saved" is only said when it did. */
  lastWriteOk: (name: string) => boolean;
  /** Writes whatever is pending now. */
  flush: () => void;
}

/** A deferred write happens within this, even on a busy page. */
const WRITE_WITHIN_MS = 500;

const local = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

/**
 * localStorage as zustand's PersistStorage, except that: data it cannot parse is kept aside
 * instead of being overwritten; data that is stored but not yet read is never overwritten
 * (a change made before hydration would otherwise replace saved plans with defaults); an entry
 * can be made read-only (it was written by a newer version, or could not be backed up); and
 * storage that throws (private mode, quota) is treated as empty, with `onAvailability` told.
 * With `deferWrites`, a write waits for an idle moment (at most WRITE_WITHIN_MS), so typing
 * never waits for storage; a read, `lastWriteOk` and leaving the page write it first.
 */
export function safeLocalStorage<S>(
  events: SafeStorageEvents,
  now: () => string = () => new Date().toISOString(),
  options: { deferWrites?: boolean } = {},
): SafeStorage<S> {
  const lastRead = new Map<string, string | null>();
  // Entries this tab has read or written: only those may be overwritten.
  const known = new Set<string>();
  const readOnly = new Set<string>();
  const writeOk = new Map<string, boolean>();

  const keepAside = (name: string, reason: string): KeepResult => {
    const text = lastRead.get(name);
    const store = local();
    if (text === null || text === undefined || !store) return { ok: false, why: 'failed' };
    const kept = keepBackup(store, name, text, reason, now());
    if (!kept.ok) readOnly.add(name);
    return kept;
  };

  const pending = new Map<string, StorageValue<S>>();
  let scheduled: number | null = null;
  const idle =
    options.deferWrites && typeof requestIdleCallback === 'function' ? requestIdleCallback : null;

  /** Writes `name`'s pending value now (no-op when nothing is pending). */
  const flush = (name: string) => {
    if (!pending.has(name)) return;
    const value = pending.get(name);
    pending.delete(name);
    try {
      const store = local();
      if (!store) {
        writeOk.set(name, false);
        events.onAvailability(false);
        return;
      }
      if (readOnly.has(name)) {
        writeOk.set(name, false);
        return;
      }
      if (!known.has(name) && store.getItem(name) !== null) return;
      const text = JSON.stringify(value);
      store.setItem(name, text);
      lastRead.set(name, text);
      known.add(name);
      writeOk.set(name, true);
      events.onAvailability(true);
    } catch {
      // Quota or private mode: the session keeps working in memory.
      writeOk.set(name, false);
      events.onAvailability(false);
    }
  };
  const flushAll = () => {
    scheduled = null;
    for (const name of [...pending.keys()]) flush(name);
  };
  if (idle && typeof window !== 'undefined') {
    // Leaving the page (a reload, a closed tab, a phone switching apps) writes what is pending.
    window.addEventListener('pagehide', flushAll);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushAll();
    });
  }

  return {
    flush: flushAll,
    keepAside,
    setReadOnly: (name, on) => (on ? readOnly.add(name) : readOnly.delete(name)),
    isReadOnly: (name) => readOnly.has(name),
    lastWriteOk: (name) => {
      flush(name);
      return writeOk.get(name) ?? false;
    },
    getItem: (name) => {
      flush(name); // a read after a write sees it
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
      const kept = keepAside(name, 'it could not be read');
      events.onUnreadable(kept.ok ? kept.key : null);
      return null;
    },
    setItem: (name, value) => {
      pending.set(name, value);
      if (idle) {
        // Typing writes once the browser is idle, not on every keystroke.
        scheduled ??= idle(() => flushAll(), { timeout: WRITE_WITHIN_MS });
      } else flush(name);
    },
    removeItem: (name) => {
      pending.delete(name);
      try {
        if (!readOnly.has(name)) local()?.removeItem(name);
      } catch {
        // ignore
      }
    },
  };
}
