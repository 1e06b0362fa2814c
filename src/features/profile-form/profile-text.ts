import { profileSchema } from '@/domain/schema';
import type { Profile } from '@/domain/schema';

/** Profile fields the user types as text (numbers and dates). */
export const textFields = [
  'yearsExperience',
  'hoursPerWeek',
  'currentSalaryUsd',
  'startDate',
] as const;
export type TextField = (typeof textFields)[number];

/** True when some typed field holds text the profile cannot take. */
export function hasFieldErrors(drafts: Partial<Record<string, string>>): boolean {
  return textFields.some(
    (key) => drafts[key] !== undefined && !parseFieldText(key, drafts[key]).ok,
  );
}

// People write "120,000" or "$120 000"; only separators and a leading dollar sign are dropped.
const cleanNumber = (text: string) =>
  text
    .trim()
    .replace(/^\$/, '')
    .replace(/[,\s_]/g, '');

const toValue: Record<TextField, (text: string) => unknown> = {
  yearsExperience: (t) => (cleanNumber(t) === '' ? undefined : Number(cleanNumber(t))),
  hoursPerWeek: (t) => (cleanNumber(t) === '' ? undefined : Number(cleanNumber(t))),
  // The one optional number: empty means "not given".
  currentSalaryUsd: (t) => (cleanNumber(t) === '' ? null : Number(cleanNumber(t))),
  startDate: (t) => t.trim(),
};

export type TextParse<K extends TextField> =
  { ok: true; value: Profile[K] } | { ok: false; error: string };

/** Reads a field's text with the profile schema's own rule and message. */
export function parseFieldText<K extends TextField>(key: K, text: string): TextParse<K> {
  const parsed = profileSchema.shape[key].safeParse(toValue[key](text));
  if (parsed.success) return { ok: true, value: parsed.data as Profile[K] };
  // The schema's date message is written for files ("expected a date as YYYY-MM-DD").
  const error =
    key === 'startDate'
      ? 'Start date must be a valid date'
      : (parsed.error.issues[0]?.message ?? 'Invalid value');
  return { ok: false, error };
}

/** The text a stored value is shown as. */
export function valueText(value: Profile[TextField]): string {
  return value === null ? '' : String(value);
}
