import {
  checkNumber,
  isIsoDate,
  isStartDate,
  numberRules,
  startDateRule,
} from '@/domain/profile-fields';
import type { Profile } from '@/domain/schema';
import { typedNumber } from '@/lib/typed-number';

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

// Empty means "not given" for the optional numbers, and "work it out from my role" for
// relevant years; for the others it is missing (the schema's own message).
const typed = (empty: null | undefined) => (t: string) => {
  const n = typedNumber(t);
  return n === null ? empty : n;
};

const toValue: Record<TextField, (text: string) => unknown> = {
  yearsExperience: typed(undefined),
  relevantYears: typed(null),
  hoursPerWeek: typed(undefined),
  currentSalaryUsd: typed(null),
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
