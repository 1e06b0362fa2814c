import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlanFile, planFileJson } from '@/domain/plan-file';
import { emptyProgress, profileSchema } from '@/domain/schema';
import { profileArb, progressArb } from './share-link.arbitraries';

/** Whatever comes back is a schema-valid plan or a rejection a person can read; a throw fails. */
function isSafe(text: string): boolean {
  const result = parsePlanFile(text);
  if (!result.ok) return typeof result.error === 'string' && result.error.trim().length > 0;
  const { name, profile } = result.value;
  return name.trim().length > 0 && name.length <= 80 && profileSchema.safeParse(profile).success;
}

const emptyParts = emptyProgress();
const file = (profile: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'certpath-plan', version: 1, name: 'Plan', profile, ...extra });

describe('parsePlanFile under fuzzing', () => {
  it('never throws on 10,000 arbitrary texts', { timeout: 30_000 }, () => {
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ maxLength: 400, unit: 'binary' }),
      fc.json({ maxDepth: 3 }),
    );
    fc.assert(fc.property(text, isSafe), { numRuns: fuzzRuns(10_000) });
  });

  it('never throws on 10,000 plan-shaped files with hostile values', { timeout: 30_000 }, () => {
    const keys = Object.keys(profileSchema.shape);
    const hostileProfile = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor'), fc.anything()),
      profileArb.chain((p) =>
        fc
          .record({ key: fc.constantFrom(...keys), value: fc.anything() })
          .map(({ key, value }) => ({ ...p, [key]: value })),
      ),
    );
    const extra = fc.record(
      { name: fc.anything(), version: fc.anything(), salary: fc.anything(), format: fc.anything() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(hostileProfile, extra, (p, e) => isSafe(file(p, e))),
      { numRuns: fuzzRuns(10_000) },
    );
  });

  it(
    'never throws on 10,000 files whose progress is hostile, part by part',
    { timeout: 30_000 },
    () => {
      const parts = Object.keys(emptyParts);
      const hostile = fc.tuple(profileArb, progressArb).chain(([p, progress]) =>
        fc
          .record({
            part: fc.constantFrom(...parts),
            value: fc.oneof(
              fc.anything(),
              // An entry that looks right but is not: a Wednesday, a retake without attempts.
              fc.constant([{ weekOf: '2026-12-09', hours: 4 }]),
              fc.constant({ 'AI-103': { state: 'booked', date: '2027-01-04', retake: {} } }),
              fc.constant({ 'AI-103': { state: 'booked', date: '2027-01-04', attempts: 2 } }),
            ),
          })
          .map(({ part, value }) => ({ ...p, progress: { ...progress, [part]: value } })),
      );
      fc.assert(
        fc.property(hostile, fc.constantFrom(3, 4, 5), (p, version) =>
          isSafe(file(p, { version })),
        ),
        { numRuns: fuzzRuns(10_000) },
      );
    },
  );

  it('never throws on 10,000 damaged valid files', { timeout: 30_000 }, () => {
    const pool = fc
      .sample(fc.tuple(profileArb, progressArb), { numRuns: fuzzRuns(200), seed: 7 })
      .map(([profile, progress]) =>
        planFileJson({ name: 'Plan', profile: { ...profile, progress } }),
      );
    const damaged = fc
      .tuple(fc.constantFrom(...pool), fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 6 }))
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(fc.property(damaged, isSafe), { numRuns: fuzzRuns(10_000) });
  });

  it('accepts every valid file it wrote (no false rejections)', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        expect(parsePlanFile(planFileJson({ name: 'x', profile })).ok).toBe(true);
      }),
      { numRuns: fuzzRuns(1_000) },
    );
  });
});
