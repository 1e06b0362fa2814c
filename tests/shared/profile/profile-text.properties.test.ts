import { fuzzRuns } from '../../fuzz-runs';
import fc from 'fast-check';
import { profileSchema } from '@/domain/schema';
import { typedNumber } from '@/lib/typed-number';
import { parseFieldText, textFields } from '@/shared/profile/profile-text';

// The form checks typed text without zod; stored profiles, files and links are checked with
// profileSchema. Both must give the same verdict, and the same message, on anything typed.
const numberish = fc.oneof(
  fc.integer({ min: -100, max: 3_000_000 }).map(String),
  fc.double({ min: -10, max: 2_100_000, noNaN: true }).map(String),
  fc.constantFrom(
    '',
    ' ',
    '1e999',
    '1e16',
    '-1e16',
    '-0',
    '0x10',
    '12abc',
    '$120,000',
    '60.5',
    '50',
    '51',
    'NaN',
  ),
  fc.string({ maxLength: 8 }),
);
const dateish = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', ' 2026-11-27 ', 'x'),
  fc.string({ maxLength: 12 }),
);

describe('typed profile fields', () => {
  it.each(textFields.filter((k) => k !== 'startDate'))(
    '%s: the form and profileSchema agree on any text',
    (key) => {
      fc.assert(
        fc.property(numberish, (text) => {
          const form = parseFieldText(key, text);
          const typed = typedNumber(text);
          const empty = key === 'currentSalaryUsd' || key === 'relevantYears' ? null : undefined;
          const value = typed === null ? empty : typed;
          const schema = profileSchema.shape[key].safeParse(value);
          expect(form.ok).toBe(schema.success);
          if (!form.ok && !schema.success) expect(form.error).toBe(schema.error.issues[0]?.message);
        }),
        { numRuns: fuzzRuns(2000) },
      );
    },
  );

  it('startDate: the form and profileSchema agree on any text', () => {
    fc.assert(
      fc.property(dateish, (text) => {
        expect(parseFieldText('startDate', text).ok).toBe(
          profileSchema.shape.startDate.safeParse(text.trim()).success,
        );
      }),
      { numRuns: fuzzRuns(3000) },
    );
  });
});
