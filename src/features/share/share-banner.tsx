import { lazy, Suspense, useState } from 'react';
import { useLocation } from 'react-router';
import { storedNow, useAppStore } from '@/store/app-store';
import { useSharedLink } from '@/features/share/use-shared-link';
import './share-banner.css';

// Needed only for a link from a newer version.
const UpdateButton = lazy(() =>
  import('@/components/update-button').then((m) => ({ default: m.UpdateButton })),
);

/**
 * Mounted once above the routes: opens share links, says when one cannot be used, and while
 * a shared plan is shown offers to save it as a new plan or go back to the user's own.
 */
export function ShareBanner() {
  const { error, newer, dismiss } = useSharedLink();
  const shared = useAppStore((s) => s.sharedPlan);
  const savePlan = useAppStore((s) => s.savePlan);
  const close = useAppStore((s) => s.closeSharedPlan);
  const { pathname } = useLocation();
  // The confirmation belongs to the page it was given on.
  const [saved, setSaved] = useState<{ name: string; on: string } | null>(null);

  const [saveError, setSaveError] = useState('');
  const save = () => {
    const result = savePlan(shared?.name ?? 'Shared plan');
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    setSaveError('');
    setSaved({ name: result.name, on: pathname });
  };

  return (
    <>
      {error && (
        <div className="callout callout-danger share-banner" role="alert">
          <p>
            <strong>This share link could not be opened.</strong> Your own plan is unchanged.
          </p>
          <p className="share-banner-detail">{error}</p>
          <div className="share-banner-actions">
            {newer && (
              <Suspense fallback={null}>
                <UpdateButton />
              </Suspense>
            )}
            <button type="button" className="button" onClick={dismiss}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {shared && (
        <section
          className="callout callout-info share-banner"
          aria-label={shared.kind === 'example' ? 'Example plan' : 'Shared plan'}
        >
          {shared.kind === 'example' ? (
            <p>
              <strong>This is an example: {shared.name?.toLowerCase()}.</strong> It is not your
              plan; yours is kept as it was. Change anything to see how the plan moves, or go back.
            </p>
          ) : (
            <p>
              <strong>
                You are looking at a shared plan{shared.name ? <>: “{shared.name}”</> : null}.
              </strong>{' '}
              It is not saved, and your own plan is kept as it was until you choose.
            </p>
          )}
          {shared.warnings.length > 0 && (
            <ul className="share-banner-detail">
              {shared.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {saveError && <p className="callout callout-danger">{saveError}</p>}
          <div className="share-banner-actions">
            <button type="button" className="button button-primary" onClick={save}>
              {shared.kind === 'example' ? 'Save a copy as my plan' : 'Save as new plan'}
            </button>
            <button type="button" className="button" onClick={close}>
              Back to my plan
            </button>
          </div>
        </section>
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
