import { useAppStore } from '@/store/app-store';

/**
 * Says so when the browser refuses to store anything (private browsing, full storage): the
 * app keeps working, but plans last only as long as the tab. Shown once per page, above it.
 */
export function SavingOffNotice() {
  const savingOff = useAppStore((s) => s.savingOff);
  if (!savingOff) return null;
  return (
    <p className="callout callout-warning" role="status">
      <strong>Saving is off.</strong> This browser is not letting Certpath store anything (private
      browsing, or its storage is full), so your plans last only until you close this tab. Download
      a plan to keep it.
    </p>
  );
}
