import { formatMonth } from '@/lib/format';
import type { BreakEven, ByLine } from '@/domain/salary';

const never = (horizonYears: number) =>
  `not within ${horizonYears} ${horizonYears === 1 ? 'year' : 'years'}`;

/** "Month 14 (May 2027)" or "Not within 10 years"; the month and its year never split a line. */
export function breakEvenText(breakEven: BreakEven, horizonYears: number): string {
  if (breakEven.month === null || breakEven.date === null) {
    const text = never(horizonYears);
    return text[0]!.toUpperCase() + text.slice(1);
  }
  return `Month\u00a0${breakEven.month} (${formatMonth(breakEven.date).replace(/ /g, '\u00a0')})`;
}

/**
 * The spread of a break-even across the cautious and optimistic cases, for a second line:
 * "month 9 to month 20", "month 9, or not within 10 years", "the same in every case".
 */
export function breakEvenSpread(lines: ByLine<BreakEven>, horizonYears: number): string {
  const months = [lines.high.month, lines.mid.month, lines.low.month];
  const reached = months.filter((m): m is number => m !== null);
  if (reached.length === 0) return `${never(horizonYears)} in any case`;
  const first = Math.min(...reached);
  const last = Math.max(...reached);
  const unreached = reached.length < months.length;
  if (first === last && !unreached) return 'the same in every case';
  const span = first === last ? `month ${first}` : `month ${first} to month ${last}`;
  return unreached ? `${span}, or ${never(horizonYears)}` : span;
}
