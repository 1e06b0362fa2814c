import { Link } from 'react-router';
import { UpdateButton } from '@/ui/update-button';
import { summarize } from '@/store/stored-problems';
import type { StorageIssue } from '@/store/ui-slice';

function Message({ issue }: { issue: StorageIssue }) {
  switch (issue.kind) {
    case 'unreadable':
      return (
        <p>
          <strong>Your saved data could not be read</strong>, so Certpath started with a fresh plan.
          Nothing was deleted: a copy is kept in this browser, under <code>{issue.keptAs}</code>.
          You can download or restore it under <Link to="/compare#stored-data">Stored data</Link>.
        </p>
      );
    case 'repaired':
      return (
        <>
          <p>
            <strong>Part of your saved data could not be used</strong>, so Certpath kept everything
            else: {summarize(issue.problems)}. A copy of the data as it was is kept under{' '}
            <Link to="/compare#stored-data">Stored data</Link>.
          </p>
          <details className="storage-notice-details">
            <summary>What was wrong</summary>
            <ul>
              {issue.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </details>
        </>
      );
    case 'newer':
      return (
        <p>
          <strong>Your plans were saved by a newer version of Certpath</strong> (another tab, or a
          later visit). This tab shows them but will not save changes, so nothing newer is
          overwritten. Update to keep working.
        </p>
      );
    case 'frozen':
      return (
        <p>
          <strong>This tab will not change your saved data:</strong> it needed a copy kept aside
          first, and the room for copies is used up. Changes you make here are not stored. Delete a
          copy you no longer need under <Link to="/compare#stored-data">Stored data</Link> (download
          it first if you like), and Certpath tries again.
        </p>
      );
  }
}

/** The notice itself: loaded only when there is something to say (src/app/storage-notice.tsx). */
export default function StorageNoticeBody({
  issue,
  dismiss,
}: {
  issue: StorageIssue;
  dismiss: () => void;
}) {
  return (
    <div className="callout callout-warning storage-notice" role="alert">
      <Message issue={issue} />
      <div className="storage-notice-actions">
        {issue.kind === 'newer' && <UpdateButton />}
        {issue.kind !== 'newer' && (
          <button type="button" className="button" onClick={dismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
