import { UpdateButton } from '@/ui/update-button';

interface ActionErrorProps {
  /** What went wrong, or '' for nothing. */
  error: string;
  /** It needs a newer Certpath (a plan file from a later version): offer the update. */
  newer?: boolean;
  className: string;
}

/** Why a save or an import did not happen, announced as it appears. */
export function ActionError({ error, newer = false, className }: ActionErrorProps) {
  return (
    <div role="alert" className={className}>
      {error && (
        <div className="callout callout-danger">
          <p>{error}</p>
          {newer && <UpdateButton />}
        </div>
      )}
    </div>
  );
}
