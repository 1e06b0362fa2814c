import { useId, useState } from 'react';
import { isTracking } from '@/domain/progress-record';
import { useAppStore } from '@/store/app-store';

/** The address of the current plan: the roadmap page with the plan in the hash (never sent to a server). */
async function shareUrl(): Promise<string> {
  const { encodeShareLink } = await import('@/domain/share-link');
  const s = useAppStore.getState();
  const active = s.savedPlans.find((p) => p.id === s.activePlanId);
  const token = encodeShareLink(s.profile, {
    name: active?.name ?? s.sharedPlan?.name ?? undefined,
    horizonYears: s.salary.horizonYears,
    salaryOverrides: s.salary.overrides,
  });
  return `${window.location.origin}${import.meta.env.BASE_URL}roadmap#p=${token}`;
}

interface CopyLinkButtonProps {
  /** `manual`: the link is shown to copy by hand, so whatever holds it should stay open. */
  onCopied: (message: string, manual: boolean) => void;
}

/** "Copy link": the whole plan in a URL. Where the clipboard is not allowed, shows the link to copy by hand. */
export function CopyLinkButton({ onCopied }: CopyLinkButtonProps) {
  const [manual, setManual] = useState<string | null>(null);
  const id = useId();

  const copy = async () => {
    const url = await shareUrl();
    try {
      await navigator.clipboard.writeText(url);
      setManual(null);
      // Share links carry the background, not the study log or exam results.
      const tracking = isTracking(useAppStore.getState().profile.progress);
      onCopied(
        `Link copied. Whoever opens it sees this plan${tracking ? ' (your background, not your progress)' : ''}; nothing is uploaded anywhere.`,
        false,
      );
    } catch {
      setManual(url);
      onCopied(
        'This browser did not allow copying the link: copy it from the box under “Copy link”.',
        true,
      );
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      {manual && (
        <div className="copy-link-manual">
          <label htmlFor={id}>Link to this plan, to copy by hand</label>
          <input id={id} readOnly value={manual} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </>
  );
}
