import { useEffect, useMemo, useState } from 'react';
import { downloadFile } from '@/lib/download';
import { formatDate } from '@/lib/format';
import { removeBackup, restoreBackup, storedBackups } from '@/store/stored-data';
import { MAX_BACKUPS } from '@/store/backups';
import type { Backup } from '@/store/backups';

/** The copies kept aside, read again when storage changes (another tab) or `refresh` is called. */
function useBackups(): [Backup[], () => void] {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((t) => t + 1);
    window.addEventListener('storage', listener);
    return () => window.removeEventListener('storage', listener);
  }, []);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- tick is the signal to read again
  const backups = useMemo(() => storedBackups(), [tick]);
  return [backups, () => setTick((t) => t + 1)];
}

/** "3 Dec 2026 at 12:34 UTC": when a copy was kept aside. */
const when = (b: Backup) =>
  b.keptAt
    ? `${formatDate(b.keptAt.slice(0, 10))} at ${b.keptAt.slice(11, 16)} UTC`
    : 'Undated copy';

const size = (text: string) =>
  text.length < 1024 ? `${text.length} characters` : `${Math.round(text.length / 1024)} KB`;

/**
 * Copies of stored data Certpath kept aside rather than overwrite (unreadable, repaired or
 * replaced data): when and why, and a way to download, restore or delete each.
 */
export function StoredDataSection() {
  const [backups, reread] = useBackups();
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const refresh = () => {
    reread();
    setConfirming(null);
  };
  return (
    <section className="card stored-data" id="stored-data" aria-labelledby="stored-data-heading">
      <h2 id="stored-data-heading">Stored data</h2>
      {backups.length === 0 ? (
        <p className="muted">
          No copies kept aside. When saved data cannot be read or has to be repaired, Certpath keeps
          a copy here instead of deleting it.
        </p>
      ) : (
        <>
          <p className="muted">
            Copies of your saved data that Certpath kept aside instead of overwriting them (at most{' '}
            {MAX_BACKUPS}; one per distinct content). Restoring one keeps your current data aside
            too.
          </p>
          <ul className="stored-data-list" aria-label="Copies kept aside">
            {backups.map((b) => (
              <li key={b.key} className="stored-data-item">
                <p>
                  <strong>{when(b)}</strong>: {b.reason} ·{' '}
                  <span className="muted">{size(b.text)}</span>
                </p>
                <div className="stored-data-actions">
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      downloadFile(`${b.key}.json`, b.text, 'application/json;charset=utf-8')
                    }
                  >
                    Download <span className="visually-hidden">the copy of {when(b)}</span>
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      void restoreBackup(b.key).then((r) => {
                        setMessage(r.message);
                        refresh();
                      })
                    }
                  >
                    Restore <span className="visually-hidden">the copy of {when(b)}</span>
                  </button>
                  {confirming === b.key ? (
                    <button
                      type="button"
                      className="button button-danger"
                      onClick={() =>
                        void removeBackup(b.key).then(() => {
                          setMessage('Deleted the copy.');
                          refresh();
                        })
                      }
                    >
                      Delete for good
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => setConfirming(b.key)}
                    >
                      Delete… <span className="visually-hidden">the copy of {when(b)}</span>
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" className="stored-data-message">
        {message}
      </p>
    </section>
  );
}
