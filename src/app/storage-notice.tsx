import { lazy, Suspense } from 'react';
import { useAppStore } from '@/store/app-store';

// Rarely shown, so its words load only when there is something to say.
const StorageNoticeBody = lazy(() => import('@/app/storage-notice-body'));

/** Tells the user what happened to their stored data, and what they can do about it. */
export function StorageNotice() {
  const issue = useAppStore((s) => s.storageIssue);
  const dismiss = useAppStore((s) => s.dismissStorageIssue);
  if (!issue) return null;
  return (
    <Suspense fallback={null}>
      <StorageNoticeBody issue={issue} dismiss={dismiss} />
    </Suspense>
  );
}
