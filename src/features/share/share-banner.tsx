import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'react-router';
import { storedNow, useAppStore } from '@/store/app-store';
import { useSharedLink } from '@/features/share/use-shared-link';
import './share-banner.css';

// Shown only for a share link or an example: its words load when there is something to say.
const ShareBannerBody = lazy(() => import('@/features/share/share-banner-body'));

/**
 * Mounted once above the routes: opens share links, says when one cannot be used, and while
 * a shared plan is shown offers to save it as a new plan or go back to the user's own.
 */
export function ShareBanner() {
  const { error, newer, dismiss } = useSharedLink();
  const shared = useAppStore((s) => s.sharedPlan);
  const { pathname } = useLocation();
  // The confirmation belongs to the page it was given on, and outlives the banner.
  const [saved, setSaved] = useState<{ name: string; on: string } | null>(null);

  return (
    <>
      {(error || shared) && (
        <Suspense fallback={null}>
          <ShareBannerBody
            error={error}
            newer={newer}
            dismiss={dismiss}
            onSaved={(name) => setSaved({ name, on: pathname })}
          />
        </Suspense>
      )}
      <p role="status" className="share-banner-status">
        {saved && !shared && saved.on === pathname
          ? storedNow()
            ? `Saved the plan as “${saved.name}”. It is now your open plan.`
            : `“${saved.name}” is open, but this browser did not store it: download it to keep it.`
          : ''}
      </p>
    </>
  );
}
