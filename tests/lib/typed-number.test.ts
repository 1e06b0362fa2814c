import { typedNumber } from '@/lib/typed-number';
import { parseFieldText } from '@/shared/profile/profile-text';
import { ASSUMPTION_FIELDS, parseAssumption } from '@/features/salary/assumption-fields';

describe('typedNumber: one reading of a typed number for every field', () => {
  it.each([
    ['120000', 120000],
    ['120,000', 120000],
    ['1,200,000.50', 1200000.5],
    ['$120 000', 120000],
    ['1_000', 1000],
    [' 7.5 ', 7.5],
    ['3%', 3],
    ['.5', 0.5],
    ['-2', -2],
    ['1e3', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(typedNumber(text)).toBe(value);
  });

  it.each([
    '0x10',
    '12abc',
    '1,2.3.4',
    '$',
    '%',
    'NaN',
    'Infinity',
    '5$',
    '%5',
    '1.2.3',
    // A decimal comma: "1,5" hours is not 15 hours.
    '1,5',
    '7,25',
    '1,0000',
  ])('reads %j as not a number', (text) => {
    expect(typedNumber(text)).toBeNaN();
  });

  it('reads nothing typed as null', () => {
    expect(typedNumber('')).toBeNull();
    expect(typedNumber('   ')).toBeNull();
  });

  it('the profile form and the salary assumptions agree on $, % and _', () => {
    const growth = ASSUMPTION_FIELDS.find((f) => f.unit === '%');
    expect(growth).toBeDefined();
    for (const text of ['$90,000', '1_200', '40 000']) {
      const salary = parseFieldText('currentSalaryUsd', text);
      expect(salary.ok, text).toBe(true);
    }
    expect(parseAssumption(growth!, '3%')).toEqual(parseAssumption(growth!, '3'));
    expect(parseAssumption(growth!, '0_3')).toEqual(parseAssumption(growth!, '03'));
    expect(parseFieldText('hoursPerWeek', '0x10').ok).toBe(false);
    expect('error' in parseAssumption(growth!, '0x1')).toBe(true);
  });
});
