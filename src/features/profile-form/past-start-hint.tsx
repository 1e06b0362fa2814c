import { useAppStore } from '@/store/app-store';
import { todayIso } from '@/store/today';

/**
 * A plan saved weeks ago still starts on its old date; say so and offer today, rather than
 * silently moving what the user chose.
 */
export function PastStartHint() {
  const startDate = useAppStore((s) => s.profile.startDate);
  const setField = useAppStore((s) => s.setProfileField);
  const today = todayIso();
  if (startDate >= today) return null;
  return (
    <div className="callout callout-info past-start-hint" role="status">
      <p>Your start date is in the past, so some planned dates may already have gone by.</p>
      <button type="button" className="button" onClick={() => setField('startDate', today)}>
        Start from today
      </button>
    </div>
  );
}
