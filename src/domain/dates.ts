/**
 * Calendar arithmetic on ISO `YYYY-MM-DD` strings, as UTC days.
 * Strings in, strings out: no time zones, no clock.
 */

const MS_PER_DAY = 86_400_000;

/** A date known as a range: the earliest and latest it may fall on, and the most likely. */
export interface DateRange {
  earliest: string;
  likely: string;
  latest: string;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 for an ISO date. */
export function toDayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The ISO date of a day number (inverse of toDayNumber). */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The Monday of the week `day` falls in (weeks run Monday to Sunday, as check-ins do). */
export function weekOf(day: string): string {
  const weekday = (toDayNumber(day) + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  return addDays(day, -weekday);
}

/** The date `weeks` weeks after `date`. */
export function addWeeks(date: string, weeks: number): string {
  return addDays(date, weeks * 7);
}

/**
 * The same day `months` months later; a day that does not exist in the target month
 * is clamped to its last day (2024-01-31 + 1 month = 2024-02-29).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return fromParts(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Whole months from `from` to `to`: the largest k with addMonths(from, k) <= to (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  // k lands in `to`'s month; one step back is enough when its day is past `to`'s.
  const [y1, m1] = parts(from);
  const [y2, m2] = parts(to);
  const k = (y2 - y1) * 12 + (m2 - m1);
  return compare(addMonths(from, k), to) > 0 ? k - 1 : k;
}

/** -1, 0 or 1 as `a` is before, on or after `b`. ISO dates sort as strings. */
export function compare(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return a >= b ? a : b;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO day written out for sentences the engine composes: "10 Jan 2027" (locale-free,
 * deterministic; the UI formats dates the same way).
 */
export function spellDate(iso: string | null): string {
  if (iso === null) return 'an unknown date';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** The month of an ISO day, "Jan 2027". */
export function spellMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${y}`;
}
