import { spellDate, spellMonth } from '@/domain/dates';
import type { DateRange } from '@/domain/dates';
import { isIsoDate } from '@/domain/profile-fields';
import type { Range } from '@/domain/schema';

/*
 * Display formatting. Numbers and currency use Intl in the user's locale (an optional
 * `locale` pins one in tests). Dates have one format everywhere, "3 Mar 2026", written by the
 * engine's own spellDate, so a page never mixes "Mar 3, 2026" with "3 March 2026".
 */

// Building an Intl formatter costs far more than using one (it showed in startup profiles):
// each locale-and-options pair is built once.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions) {
  const key = `n|${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
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

/**
 * A dollar range, "$120,000–$155,000" ("−$4,000 to $12,000" when it starts below zero, where a
 * dash would read as a minus); one figure when both ends round to the same.
 */
export function formatUsdRange(r: Range, locale?: string): string {
  const min = formatUsd(r.min, locale);
  const max = formatUsd(r.max, locale);
  if (min === max) return min;
  return Math.round(r.min) < 0 ? `${min} to ${max}` : `${min}–${max}`;
}

/** A day, "3 Mar 2026" (an unreadable date is shown as it is). */
export function formatDate(iso: string): string {
  return isIsoDate(iso) ? spellDate(iso) : iso;
}

/** A month, "Mar 2026" (a `YYYY-MM` month works too). */
export function formatMonth(iso: string): string {
  const day = iso.length === 7 ? `${iso}-01` : iso;
  return isIsoDate(day) ? spellMonth(day) : iso;
}

/**
 * The earliest and latest day of a range, sharing what the two ends have in common:
 * "3–10 Feb 2027", "3 Feb – 10 Mar 2027", "30 Dec 2026 – 2 Jan 2027"; one day when they agree.
 */
export function formatDateSpan(range: DateRange, joiner: 'dash' | 'and' = 'dash'): string {
  const { earliest: a, latest: b } = range;
  const [dash, and] = [joiner === 'dash', ' and '];
  if (!isIsoDate(a) || !isIsoDate(b)) return `${a}${dash ? ' – ' : and}${b}`;
  if (a === b) return spellDate(a);
  const [da, db] = [spellDate(a).split(' '), spellDate(b).split(' ')];
  if (a.slice(0, 7) === b.slice(0, 7))
    return dash ? `${da[0]}–${db.join(' ')}` : `${da[0]}${and}${db.join(' ')}`;
  if (a.slice(0, 4) === b.slice(0, 4))
    return `${da[0]} ${da[1]}${dash ? ' – ' : and}${db.join(' ')}`;
  return `${da.join(' ')}${dash ? ' – ' : and}${db.join(' ')}`;
}

/** "between 3 Feb and 10 Mar 2027", for a sentence. */
export const formatDateBetween = (range: DateRange) => `between ${formatDateSpan(range, 'and')}`;

/** The earliest and latest month of a range, "Feb – Jul 2027", "Nov 2027 – Feb 2028". */
export function formatMonthSpan(range: DateRange, joiner: 'dash' | 'and' = 'dash'): string {
  const { earliest: a, latest: b } = range;
  const sep = joiner === 'dash' ? ' – ' : ' and ';
  if (!isIsoDate(a) || !isIsoDate(b)) return `${a}${sep}${b}`;
  if (a.slice(0, 7) === b.slice(0, 7)) return spellMonth(a);
  const [ma, mb] = [spellMonth(a).split(' '), spellMonth(b)];
  return a.slice(0, 4) === b.slice(0, 4) ? `${ma[0]}${sep}${mb}` : `${ma.join(' ')}${sep}${mb}`;
}

/** "between Mar and Sep 2027" (or "in Mar 2027" when both ends agree), for a sentence. */
export const formatMonthBetween = (range: DateRange) =>
  range.earliest.slice(0, 7) === range.latest.slice(0, 7)
    ? `in ${formatMonthSpan(range)}`
    : `between ${formatMonthSpan(range, 'and')}`;

/** A whole-number range of weeks, "39–62 weeks", or "11 weeks". */
export function formatWeeks(r: Range): string {
  const unit = r.max === 1 ? 'week' : 'weeks';
  return r.min === r.max ? `${r.min} ${unit}` : `${r.min}–${r.max} ${unit}`;
}

/** Dollars in few characters, "$125K", for chart axes. */
export function formatUsdCompact(n: number, locale?: string): string {
  return numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 0,
  }).format(n);
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
  scoreScale: number | null;
}): string {
  if (exam.passingScore === null) return 'Not published';
  return exam.scoreScale === null
    ? String(exam.passingScore)
    : `${exam.passingScore} of ${exam.scoreScale}`;
}

/** A skills area's share of an exam: "20–25%", "24%", or "about 13%" for rounded figures. */
export function weightText(w: Range, approximate = false): string {
  if (w.min !== w.max) return `${w.min}–${w.max}%`;
  return approximate ? `about ${w.min}%` : `${w.min}%`;
}
