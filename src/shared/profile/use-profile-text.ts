import { useAppStore } from '@/store/app-store';
import { parseFieldText, valueText } from '@/shared/profile/profile-text';
import type { TextField } from '@/shared/profile/profile-text';

/**
 * Binds a typed field to the store: a valid value goes to the profile (the engine's input);
 * the raw text is kept as a draft whenever it differs, so a bad value is explained, never lost.
 */
export function useProfileText(key: TextField) {
  const stored = useAppStore((s) => s.profile[key]);
  const draft = useAppStore((s) => s.drafts[key]);
  const setProfileField = useAppStore((s) => s.setProfileField);
  const setDraft = useAppStore((s) => s.setDraft);

  const text = draft ?? valueText(stored);
  const parsed = draft === undefined ? null : parseFieldText(key, draft);
  const error = parsed && !parsed.ok ? parsed.error : undefined;

  const onChange = (next: string) => {
    const result = parseFieldText(key, next);
    if (!result.ok) {
      setDraft(key, next);
      return;
    }
    setProfileField(key, result.value);
    // "10." or "120,000" are valid but shown as typed, not reformatted under the cursor.
    if (next !== valueText(result.value)) setDraft(key, next);
  };

  return { value: text, error, onChange };
}
