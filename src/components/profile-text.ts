import {
  checkNumber,
  isIsoDate,
  isStartDate,
  numberRules,
  startDateRule,
} from '@/domain/profile-fields';
import type { Profile } from '@/domain/schema';

/** Profile fields the user types as text (numbers and dates). */
export const textFields = [
  'yearsExperience',
  'relevantYears',
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
  // Empty means "work it out from my role".
  relevantYears: (t) => (cleanNumber(t) === '' ? null : Number(cleanNumber(t))),
  hoursPerWeek: (t) => (cleanNumber(t) === '' ? undefined : Number(cleanNumber(t))),
  // The one optional number: empty means "not given".
  currentSalaryUsd: (t) => (cleanNumber(t) === '' ? null : Number(cleanNumber(t))),
  startDate: (t) => t.trim(),
};

export type TextParse<K extends TextField> =
  { ok: true; value: Profile[K] } | { ok: false; error: string };

/**
 * Reads a field's text with the profile schema's own rule and message (profile-fields.ts holds
 * them without zod, so this page does not load it up front).
 */
export function parseFieldText<K extends TextField>(key: K, text: string): TextParse<K> {
  const value = toValue[key](text);
  if (key === 'startDate') {
    // The schema's date message is written for files ("expected a date as YYYY-MM-DD").
    if (!isIsoDate(value)) return { ok: false, error: 'Start date must be a valid date' };
    return isStartDate(value)
      ? { ok: true, value: value as Profile[K] }
      : { ok: false, error: startDateRule.message };
  }
  const checked = checkNumber(numberRules[key as Exclude<TextField, 'startDate'>], value);
  return checked.ok ? { ok: true, value: checked.value as Profile[K] } : checked;
}

/** The text a stored value is shown as. */
export function valueText(value: Profile[TextField]): string {
  return value === null ? '' : String(value);
}
