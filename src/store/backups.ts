/**
 * Copies of stored data kept aside instead of being overwritten: text that could not be read,
 * or an entry that had to be repaired. One copy per distinct content (the key names a hash of
 * it), at most MAX_BACKUPS of them: a copy is never dropped to make room, since it may be the
 * only one of its content; when the room is used up the main entry is left alone instead.
 */

export const MAX_BACKUPS = 5;
/** Together the copies stay well under the usual 5 MB of localStorage. */
export const MAX_BACKUP_CHARS = 1_500_000;

export interface Backup {
  key: string;
  /** When it was kept aside (ISO); null for a copy that does not say. */
  keptAt: string | null;
  /** Why it was kept aside, in words. */
  reason: string;
  /** The stored text, exactly as it was. */
  text: string;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** FNV-1a, 32 bits, with the length: enough to tell one stored entry from another. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}${text.length.toString(36)}`;
}

const prefix = (name: string) => `${name}-backup-`;

/** Every backup of `name` in the store, oldest first (older releases wrote the bare text). */
export function listBackups(store: Store, name: string): Backup[] {
  const found: Backup[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix(name))) continue;
    const raw = store.getItem(key);
    if (raw === null) continue;
    found.push(readBackup(key, raw, name));
  }
  return found.sort((a, b) => (a.keptAt ?? '').localeCompare(b.keptAt ?? ''));
}

function readBackup(key: string, raw: string, name: string): Backup {
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (value && typeof value.text === 'string' && value.format === 'certpath-backup')
      return {
        key,
        keptAt: typeof value.keptAt === 'string' ? value.keptAt : null,
        reason: typeof value.reason === 'string' ? value.reason : '',
        text: value.text,
      };
  } catch {
    // an older backup: the bare text
  }
  // Older releases named backups by the time they were made: certpath-backup-1764237600000.
  const ms = Number(/^(\d{13})/.exec(key.slice(prefix(name).length))?.[1]);
  const keptAt = Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  return { key, keptAt, reason: 'kept aside by an earlier version of Certpath', text: raw };
}

export type KeepResult =
  { ok: true; key: string; added: boolean } | { ok: false; why: 'full' | 'failed' };

/**
 * Keeps `text` aside under a key of its content. The same content again returns the existing
 * copy (no new write, so reloading never multiplies copies). Refuses when MAX_BACKUPS distinct
 * copies (or MAX_BACKUP_CHARS) are already kept.
 */
export function keepBackup(
  store: Store,
  name: string,
  text: string,
  reason: string,
  keptAt: string,
): KeepResult {
  const key = `${prefix(name)}${contentHash(text)}`;
  try {
    const existing = listBackups(store, name);
    if (existing.some((b) => b.key === key || b.text === text))
      return {
        ok: true,
        key: existing.find((b) => b.key === key || b.text === text)!.key,
        added: false,
      };
    const chars = existing.reduce((sum, b) => sum + b.text.length, 0);
    if (existing.length >= MAX_BACKUPS || chars + text.length > MAX_BACKUP_CHARS)
      return { ok: false, why: 'full' };
    store.setItem(key, JSON.stringify({ format: 'certpath-backup', keptAt, reason, text }));
    return { ok: true, key, added: true };
  } catch {
    return { ok: false, why: 'failed' };
  }
}

/** Removes one backup (the user's choice, after downloading it if they wish). */
export function deleteBackup(store: Store, key: string): void {
  store.removeItem(key);
}
