import { formatMonth } from '@/components/format';
import type { BreakEven, Projection } from '@/domain/salary';

/** "Month 14 (May 2027)" or "Not within 10 years". */
export function breakEvenText(breakEven: BreakEven, horizonYears: number): string {
  if (breakEven.month === null || breakEven.date === null) {
    return `Not within ${horizonYears} ${horizonYears === 1 ? 'year' : 'years'}`;
  }
  return `Month ${breakEven.month} (${formatMonth(breakEven.date)})`;
}

/** The spread between the optimistic (high) and cautious (low) lines, for a second line of text. */
export function breakEvenSpread(projection: Projection, horizonYears: number): string {
  const { low, high } = projection.breakEven;
  const early = high.month === null ? null : `month ${high.month}`;
  const late = low.month === null ? `not within ${horizonYears} years` : `month ${low.month}`;
  if (early === null) return `high and low pay: not within ${horizonYears} years`;
  return early === late ? `same on high and low pay` : `high pay ${early}, low pay ${late}`;
}
