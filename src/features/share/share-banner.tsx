import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'react-router';
import { storedNow, useAppStore } from '@/store/app-store';
import { useHydrated } from '@/lib/use-hydrated';
import { readExampleId, readShareToken } from '@/features/share/read-share-token';
import './share-banner.css';

const DOWNLOAD_FAILED =
  'Part of the app did not download, so the link could not be read. Check your connection, then reload the page.';

// Opening a link (its decoder, the catalogue, the examples) and the banner's words load only
// when the address carries a link or an example: the first screen of every page stays small.
// A failed download leaves the link in the address for the reload the message asks for.
const ShareBannerBody = lazy(() =>
  import('@/features/share/share-banner-body').catch(() => ({
    default: () => (
      <div className="callout callout-danger share-banner" role="alert">
        <p>
          <strong>This link could not be opened.</strong> Your own plan is unchanged.
        </p>
        <p className="share-banner-detail">{DOWNLOAD_FAILED}</p>
      </div>
    ),
  })),
);

/**
 * Mounted once above the routes: opens share links, says when one cannot be used, and while
 * a shared plan is shown offers to save it as a new plan or go back to the user's own.
 */
export function ShareBanner() {
  const { pathname, search, hash } = useLocation();
  const shared = useAppStore((s) => s.sharedPlan);
  // After hydration (the HTML the build wrote has no banner), and from the first link on: the
  // body removes the link from the address once read, and says what came of it.
  const hydrated = useHydrated();
  const [opened, setOpened] = useState(false);
  const asked = readShareToken(search, hash) !== null || readExampleId(search) !== null;
  if (hydrated && asked && !opened) setOpened(true);
  // The confirmation belongs to the page it was given on, and outlives the banner.
  const [saved, setSaved] = useState<{ name: string; on: string } | null>(null);

  return (
    <>
      {(opened || shared) && (
        <Suspense fallback={null}>
          <ShareBannerBody onSaved={(name) => setSaved({ name, on: pathname })} />
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
