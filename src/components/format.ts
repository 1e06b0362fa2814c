import type { Range } from '@/domain/schema';

/*
 * Display formatting with Intl in the user's locale. Every helper takes an optional
 * `locale` so tests (and print) can pin one; the app passes none.
 */

// Building an Intl formatter costs far more than using one (it showed in startup profiles):
// each locale-and-options pair is built once.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions) {
  const key = `n|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key) as Intl.NumberFormat | undefined;
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `d|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

const usdOptions: Intl.NumberFormatOptions = {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
};
const usdFormat = (locale?: string) => numberFormat(locale, usdOptions);

/** US dollars, no cents: 120000 → "$120,000". */
export function formatUsd(n: number, locale?: string): string {
  return usdFormat(locale).format(Math.round(n));
}

/** A dollar range, "$120,000–$155,000"; one figure when both ends round to the same. */
export function formatUsdRange(r: Range, locale?: string): string {
  const min = formatUsd(r.min, locale);
  const max = formatUsd(r.max, locale);
  return min === max ? min : `${min}–${max}`;
}

/** Parses `YYYY-MM-DD` as a UTC day, so the day shown never shifts with the time zone. */
function parseIsoDay(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

const dayOptions: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
};
const monthOptions: Intl.DateTimeFormatOptions = {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
};

/** A day in the user's locale, e.g. "3 Mar 2026" (en-GB) or "Mar 3, 2026" (en-US). */
export function formatDate(iso: string, locale?: string): string {
  const date = parseIsoDay(iso);
  if (!date) return iso;
  return dateFormat(locale, dayOptions).format(date);
}

/** A month in the user's locale, e.g. "Mar 2026". */
export function formatMonth(iso: string, locale?: string): string {
  const date = parseIsoDay(iso);
  if (!date) return iso;
  return dateFormat(locale, monthOptions).format(date);
}

/** Whole hours as a range: "80–120 hours", "12 hours", "1 hour". */
export function formatHours(r: Range, locale?: string): string {
  const number = numberFormat(locale, { maximumFractionDigits: 0 });
  const min = Math.round(r.min);
  const max = Math.round(r.max);
  const unit = max === 1 ? 'hour' : 'hours';
  return min === max
    ? `${number.format(min)} ${unit}`
    : `${number.format(min)}–${number.format(max)} ${unit}`;
}

/** "Never expires", "1 year", "3 years", "18 months". */
export function validityLabel(months: number | null): string {
  if (months === null) return 'Never expires';
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return `${months} months`;
}

/** "700 of 1000", or "Not published" when the vendor gives no passing score. */
export function passingScoreLabel(exam: {
  passingScore: number | null;
  scoreScale: number;
}): string {
  return exam.passingScore === null
    ? 'Not published'
    : `${exam.passingScore} of ${exam.scoreScale}`;
}
