import { useId, useState } from 'react';
import { useAppStore } from '@/store/app-store';

/**
 * The address of the current plan (the roadmap page with the plan in the hash, never sent to a
 * server), and what it leaves out, in words: share links carry the background and the exams
 * passed, not the rest of the progress.
 */
async function shareUrl(): Promise<{ url: string; leftOut: string }> {
  const [{ encodeShareLink }, { progressLeftOutOfLinks }] = await Promise.all([
    import('@/domain/share-link'),
    import('@/domain/progress'),
  ]);
  const s = useAppStore.getState();
  const active = s.savedPlans.find((p) => p.id === s.activePlanId);
  const token = encodeShareLink(s.profile, {
    name: active?.name ?? s.sharedPlan?.name ?? undefined,
    horizonYears: s.salary.horizonYears,
    salaryOverrides: s.salary.overrides,
  });
  const leftOut = progressLeftOutOfLinks(s.profile.progress)
    ? ' It carries your background and the exams you passed; your study log, bookings, practice results and study days stay in this browser.'
    : '';
  return { url: `${window.location.origin}${import.meta.env.BASE_URL}roadmap#p=${token}`, leftOut };
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
    let link: Awaited<ReturnType<typeof shareUrl>>;
    try {
      link = await shareUrl();
    } catch {
      // The part of the app that writes links did not download (offline, a flaky network).
      onCopied('The link could not be made: part of the app did not download. Try again.', false);
      return;
    }
    const { url, leftOut } = link;
    try {
      await navigator.clipboard.writeText(url);
      setManual(null);
      onCopied(
        `Link copied. Whoever opens it sees this plan; nothing is uploaded anywhere.${leftOut}`,
        false,
      );
    } catch {
      setManual(url);
      onCopied(
        `This browser did not allow copying the link: copy it from the box under “Copy link”.${leftOut}`,
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
