import {
  formatDateBetween,
  formatDateSpan,
  formatMonthBetween,
  formatMonthSpan,
  formatWeeks,
  formatDate,
  formatHours,
  formatMonth,
  formatUsd,
  formatUsdRange,
} from '@/lib/format';

describe('formatUsd', () => {
  it.each([
    [120000, '$120,000'],
    [99, '$99'],
    [165.4, '$165'],
    [0, '$0'],
    [-2500, '-$2,500'],
  ])('%d → %s without cents', (n, expected) => {
    expect(formatUsd(n, 'en-US')).toBe(expected);
  });

  it("uses the user's locale when none is given", () => {
    expect(formatUsd(1234)).toBe(
      new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0,
      }).format(1234),
    );
  });
});

describe('formatUsdRange', () => {
  it('joins both ends with an en dash', () => {
    expect(formatUsdRange({ min: 120000, max: 155000 }, 'en-US')).toBe('$120,000–$155,000');
  });
  it('shows one figure when both ends are the same dollar amount', () => {
    expect(formatUsdRange({ min: 165, max: 165.2 }, 'en-US')).toBe('$165');
  });
});

describe('formatDate', () => {
  it('writes every day one way, whatever the locale: day, short month, year', () => {
    expect(formatDate('2026-03-03')).toBe('3 Mar 2026');
    expect(formatDate('2026-09-30')).toBe('30 Sep 2026');
  });

  it('reads the ISO string as a calendar day, so the first of the month never slips back', () => {
    // In a time zone west of UTC a naive `new Date('2026-01-01')` shows 31 Dec 2025.
    expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
  });

  it('returns text that is not a real day unchanged instead of "Invalid Date"', () => {
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatMonth', () => {
  it('shows month and year, also for a month-only date', () => {
    expect(formatMonth('2026-06-30')).toBe('Jun 2026');
    expect(formatMonth('2027-01')).toBe('Jan 2027');
  });
});

describe('date ranges', () => {
  const range = (earliest: string, latest: string) => ({ earliest, likely: earliest, latest });
  it.each([
    [range('2027-02-03', '2027-02-10'), '3–10 Feb 2027', 'between 3 and 10 Feb 2027'],
    [range('2027-02-03', '2027-03-10'), '3 Feb – 10 Mar 2027', 'between 3 Feb and 10 Mar 2027'],
    [
      range('2026-12-30', '2027-01-02'),
      '30 Dec 2026 – 2 Jan 2027',
      'between 30 Dec 2026 and 2 Jan 2027',
    ],
    [range('2027-02-03', '2027-02-03'), '3 Feb 2027', 'between 3 Feb 2027'],
  ])('%o is %s', (r, span, between) => {
    expect(formatDateSpan(r)).toBe(span);
    expect(formatDateBetween(r)).toBe(between);
  });

  it('shares the year between two months, and says "in" for a single month', () => {
    expect(formatMonthSpan(range('2027-03-05', '2027-09-01'))).toBe('Mar – Sep 2027');
    expect(formatMonthBetween(range('2027-11-05', '2028-02-01'))).toBe(
      'between Nov 2027 and Feb 2028',
    );
    expect(formatMonthBetween(range('2027-03-05', '2027-03-30'))).toBe('in Mar 2027');
  });

  it('writes weeks as a range, and a range below zero with "to"', () => {
    expect(formatWeeks({ min: 39, max: 62 })).toBe('39–62 weeks');
    expect(formatWeeks({ min: 1, max: 1 })).toBe('1 week');
    expect(formatUsdRange({ min: -4000, max: 12000 }, 'en-US')).toBe('-$4,000 to $12,000');
  });
});

describe('formatHours', () => {
  it.each([
    [{ min: 80, max: 120 }, '80–120 hours'],
    [{ min: 79.6, max: 120.4 }, '80–120 hours'],
    [{ min: 12, max: 12 }, '12 hours'],
    [{ min: 1, max: 1 }, '1 hour'],
    [{ min: 0, max: 0 }, '0 hours'],
    [{ min: 1000, max: 1500 }, '1,000–1,500 hours'],
  ])('%o → %s', (range, expected) => {
    expect(formatHours(range, 'en-US')).toBe(expected);
  });
});
