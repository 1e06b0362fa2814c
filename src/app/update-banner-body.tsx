import { useState } from 'react';
import { UpdateButton } from '@/ui/update-button';

/** The prompt itself: loaded once a new build waits (src/app/update-banner.tsx). */
export default function UpdateBannerBody() {
  const [later, setLater] = useState(false);
  if (later) return null;
  return (
    <section className="callout callout-info update-banner" aria-label="New version">
      <p>
        <strong>A new version of Certpath is ready.</strong> Updating reloads every open Certpath
        tab; your plans and anything you typed are kept.
      </p>
      <div className="update-banner-actions">
        <UpdateButton label="Update now" />
        <button type="button" className="button" onClick={() => setLater(true)}>
          Later
        </button>
      </div>
    </section>
  );
}
