import { useState } from 'react';
import { applyUpdate } from '@/lib/app-updates';

/**
 * "Update Certpath": moves this tab (and every other open one) to the newest build. Where
 * something was made by a newer version (a link, a file, stored data), this is the advice that
 * works; a plain reload would keep serving the build the service worker holds.
 */
export function UpdateButton({ label = 'Update Certpath' }: { label?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-primary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void applyUpdate().finally(() => setBusy(false));
      }}
    >
      {busy ? 'Updating…' : label}
    </button>
  );
}
