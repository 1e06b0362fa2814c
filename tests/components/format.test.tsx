import {
  formatDate,
  formatHours,
  formatMonth,
  formatUsd,
  formatUsdRange,
} from '@/components/format';

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
  it('formats an ISO day in the requested locale', () => {
    expect(formatDate('2026-03-03', 'en-GB')).toBe('3 Mar 2026');
    expect(formatDate('2026-03-03', 'en-US')).toBe('Mar 3, 2026');
  });

  it('reads the ISO string as a UTC day, so the first of the month never slips back', () => {
    // In a time zone west of UTC a naive `new Date('2026-01-01')` shows 31 Dec 2025.
    expect(formatDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
    expect(formatDate('2026-12-31', 'en-GB')).toBe('31 Dec 2026');
  });

  it('returns text that is not a real day unchanged instead of "Invalid Date"', () => {
    expect(formatDate('2026-02-30', 'en-GB')).toBe('2026-02-30');
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
});

describe('formatMonth', () => {
  it('shows month and year', () => {
    expect(formatMonth('2026-06-30', 'en-GB')).toBe('Jun 2026');
    expect(formatMonth('2027-01-01', 'en-US')).toBe('Jan 2027');
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
