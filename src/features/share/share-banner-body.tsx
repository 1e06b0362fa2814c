import { lazy, Suspense, useEffect, useState } from 'react';
import { useAppStore } from '@/store/app-store';
import { useSharedLink } from '@/features/share/use-shared-link';

// Needed only for a link from a newer version.
const UpdateButton = lazy(() =>
  import('@/ui/update-button').then((m) => ({ default: m.UpdateButton })),
);

interface ShareBannerBodyProps {
  onSaved: (name: string) => void;
}

/**
 * Opens the share link or example in the address, then says what came of it: a link that could
 * not be opened, or the shared plan on show with the offer to save it.
 */
export default function ShareBannerBody({ onSaved }: ShareBannerBodyProps) {
  const { error, newer, dismiss } = useSharedLink();
  const shared = useAppStore((s) => s.sharedPlan);
  const savePlan = useAppStore((s) => s.savePlan);
  const close = useAppStore((s) => s.closeSharedPlan);
  const [saveError, setSaveError] = useState('');
  // A shared plan lives in this tab only: once edited, leaving asks first (the browser's own
  // "leave this page?"), and the banner says why.
  const edited = useAppStore(
    (s) =>
      s.sharedPlan !== null &&
      (s.profile !== s.sharedPlan.opened || Object.keys(s.drafts).length > 0),
  );
  useEffect(() => {
    if (!edited) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [edited]);
  const save = () => {
    const result = savePlan(shared?.name ?? 'Shared plan');
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    setSaveError('');
    onSaved(result.name);
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
          {edited && (
            <p className="share-banner-detail">
              Your changes to it are kept in this tab only: save it as a plan to keep them. A reload
              or closing the tab drops them; your browser asks first.
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
    </>
  );
}
