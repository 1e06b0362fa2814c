import { useAppStore } from '@/store/app-store';

/** Tells the user when saved data could not be read (it was kept aside, not deleted). */
export function StorageNotice() {
  const issue = useAppStore((s) => s.storageIssue);
  const dismiss = useAppStore((s) => s.dismissStorageIssue);
  if (!issue) return null;
  return (
    <div className="callout callout-warning storage-notice" role="alert">
      <p>
        <strong>Your saved data could not be read</strong>, so Certpath started with a fresh plan.
        Nothing was deleted: the old data is kept in this browser&rsquo;s storage under{' '}
        <code>{issue.keptAs}</code>.
      </p>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
