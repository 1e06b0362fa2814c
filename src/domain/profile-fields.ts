/**
 * The rules for the profile's typed fields, without zod: the /plan form checks what people type
 * with these on every keystroke, and zod (~27 KB) stays off that page's first load. schema.ts
 * builds profileSchema from the same limits and messages, and a property test holds the two to
 * the same verdict on any input.
 */
export interface NumberRule {
  min: number;
  max: number;
  integer: boolean;
  nullable: boolean;
  /** For a value that is not a (whole) number. */
  typeMessage: string;
  rangeMessage: string;
}

export const numberRules = {
  yearsExperience: {
    min: 0,
    max: 50,
    integer: true,
    nullable: false,
    typeMessage: 'Years of experience must be a whole number',
    rangeMessage: 'Years of experience must be between 0 and 50',
  },
  relevantYears: {
    min: 0,
    max: 50,
    integer: true,
    nullable: true,
    typeMessage: 'Years of software, data or cloud work must be a whole number',
    rangeMessage: 'Years of software, data or cloud work must be between 0 and 50',
  },
  hoursPerWeek: {
    min: 1,
    max: 60,
    integer: false,
    nullable: false,
    typeMessage: 'Hours per week must be between 1 and 60',
    rangeMessage: 'Hours per week must be between 1 and 60',
  },
  currentSalaryUsd: {
    min: 0,
    max: 2_000_000,
    integer: false,
    nullable: true,
    typeMessage: 'Current salary must be a number of US dollars',
    rangeMessage: 'Current salary must be between 0 and 2,000,000',
  },
} as const satisfies Record<string, NumberRule>;

export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

/** A value against a number rule, with the message profileSchema gives for it. */
export function checkNumber(rule: NumberRule, value: unknown): Check<number | null> {
  if (value === null && rule.nullable) return { ok: true, value: null };
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ok: false, error: rule.typeMessage };
  if (rule.integer && !Number.isSafeInteger(value)) return { ok: false, error: rule.typeMessage };
  if (value < rule.min || value > rule.max) return { ok: false, error: rule.rangeMessage };
  return { ok: true, value };
}

/**
 * The start dates a plan can have: a calendar (.ics) and the date maths need a four-digit
 * year, and a plan a century out is a typo.
 */
export const startDateRule = {
  min: '2000-01-01',
  max: '2099-12-31',
  message: 'Start date must be a date between 1 Jan 2000 and 31 Dec 2099',
} as const;

/** A start date the plan can use: a real day within startDateRule. */
export function isStartDate(value: unknown): value is string {
  return isIsoDate(value) && value >= startDateRule.min && value <= startDateRule.max;
}

/** A calendar day written `YYYY-MM-DD` (what zod's z.iso.date() accepts). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
