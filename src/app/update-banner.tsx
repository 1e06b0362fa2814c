import { lazy, Suspense } from 'react';
import { useUpdateReady } from '@/lib/app-updates';

// Shown once in a while, so it loads only when a new build waits.
const UpdateBannerBody = lazy(() => import('@/app/update-banner-body'));

/**
 * "A new version is ready": shown when a new build has installed and waits for the go-ahead.
 * It floats over the page (a release found mid-visit never pushes what the user is reading)
 * and is announced once to screen readers.
 */
export function UpdateBanner() {
  const ready = useUpdateReady();
  return (
    <>
      <p role="status" className="visually-hidden">
        {ready ? 'A new version of Certpath is ready.' : ''}
      </p>
      {ready && (
        <Suspense fallback={null}>
          <UpdateBannerBody />
        </Suspense>
      )}
    </>
  );
}
