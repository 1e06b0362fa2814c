import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addWeeks,
  compare,
  daysInMonth,
  diffDays,
  fromDayNumber,
  maxDate,
  monthsBetween,
  toDayNumber,
} from '@/domain/dates';

const isoDay = fc
  .integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2040-12-31') })
  .map(fromDayNumber);

describe('addDays / addWeeks', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('%s + %i day = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('a week is seven days, across a month end', () => {
    expect(addWeeks('2026-06-26', 1)).toBe('2026-07-03');
    expect(addWeeks('2026-03-01', 10)).toBe('2026-05-10');
  });

  it('diffDays undoes addDays', () => {
    fc.assert(
      fc.property(
        isoDay,
        fc.integer({ min: -5000, max: 5000 }),
        (d, n) => diffDays(d, addDays(d, n)) === n,
      ),
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-10', 12, '2027-01-10'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-08-31', -2, '2026-06-30'],
    ['2027-01-10', -6, '2026-07-10'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('never overshoots into the following month', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: -60, max: 60 }), (d, n) => {
        const result = addMonths(d, n);
        return Number(result.slice(8)) <= Number(d.slice(8)) && monthsBetween(d, result) === n;
      }),
    );
  });
});

describe('monthsBetween', () => {
  it.each([
    ['2026-01-10', '2027-01-10', 12],
    ['2026-01-10', '2027-01-09', 11],
    ['2024-01-31', '2024-02-29', 1],
    ['2026-03-15', '2026-03-14', -1],
    ['2026-03-15', '2026-03-15', 0],
  ])('%s → %s is %i whole months', (from, to, expected) => {
    expect(monthsBetween(from, to)).toBe(expected);
  });
});

describe('compare, maxDate, daysInMonth', () => {
  it('orders ISO dates', () => {
    expect(compare('2026-06-30', '2026-07-01')).toBe(-1);
    expect(compare('2026-07-01', '2026-06-30')).toBe(1);
    expect(compare('2026-07-01', '2026-07-01')).toBe(0);
    expect(maxDate('2026-06-30', '2025-12-31')).toBe('2026-06-30');
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('day numbers round-trip and sort like the strings', () => {
    fc.assert(
      fc.property(
        isoDay,
        isoDay,
        (a, b) =>
          fromDayNumber(toDayNumber(a)) === a && Math.sign(diffDays(b, a)) === compare(a, b),
      ),
    );
  });
});
