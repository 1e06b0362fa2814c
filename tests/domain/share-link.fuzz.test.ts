import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { profileSchema } from '@/domain/schema';
import { decodeShareLink, encodeShareLink } from '@/domain/share-link';
import { profileArb } from './share-link.arbitraries';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const knownCodes = new Set(['AZ-900', 'AI-102', 'AI-103']);

/**
 * Whatever comes back is a schema-valid profile or a rejection a person can read.
 * A throw fails the property too, and fast-check reports the shrunk input.
 */
function isSafe(text: string): boolean {
  const result = decodeShareLink(text, { knownCodes });
  if (!result.ok) return result.error.trim().length > 0;
  const unknown = result.value.certificationsHeld.filter((c) => !knownCodes.has(c.code));
  return (
    profileSchema.safeParse(result.value).success &&
    // Anything kept that the catalogue does not know is named in a warning.
    (unknown.length === 0 || result.warnings.some((w) => w.includes('does not know')))
  );
}

type Mutation =
  | { kind: 'replace'; at: number; char: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    char: fc.oneof(
      fc.constantFrom(...ALPHABET),
      fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
    ),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 10 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
);

function mutate(link: string, m: Mutation): string {
  const at = m.at % (link.length + 1);
  switch (m.kind) {
    case 'replace':
      return link.slice(0, at) + m.char + link.slice(at + 1);
    case 'insert':
      return link.slice(0, at) + m.text + link.slice(at);
    case 'delete':
      return link.slice(0, at) + link.slice(at + m.length);
    case 'truncate':
      return link.slice(0, at);
    case 'swap':
      return (
        link.slice(0, at) + link.slice(at + 1, at + 2) + link.slice(at, at + 1) + link.slice(at + 2)
      );
  }
}

describe('decodeShareLink under fuzzing', () => {
  it('never throws on 10,000 arbitrary strings', { timeout: 30_000 }, () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ maxLength: 300, unit: 'binary' }),
      fc.string({ maxLength: 300, unit: fc.constantFrom(...ALPHABET) }).map((s) => `v1.${s}`),
      fc.tuple(fc.nat({ max: 99 }), fc.string({ maxLength: 50 })).map(([v, s]) => `v${v}.${s}`),
    );
    fc.assert(fc.property(text, isSafe), { numRuns: fuzzRuns(10_000) });
  });

  it('never throws on 10,000 mutated valid links', { timeout: 30_000 }, () => {
    // Encoding is the slow part, so mutate a pool of valid links rather than encode 10,000.
    const pool = fc
      .sample(profileArb, { numRuns: fuzzRuns(300), seed: 20260101 })
      .map((p) => encodeShareLink(p, { name: 'Plan', salaryOverrides: { growthRate: 0.02 } }));
    const mutated = fc
      .tuple(fc.constantFrom(...pool), fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
      .map(([link, mutations]) => mutations.reduce(mutate, link));
    fc.assert(fc.property(mutated, isSafe), { numRuns: fuzzRuns(10_000) });
  });

  it('never throws on 2,000 well-compressed hostile payloads', { timeout: 30_000 }, () => {
    // Valid compression and JSON, hostile contents: wrong types, nesting, __proto__ keys.
    const payload = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 12, maxLength: 13 }),
      fc.constant(
        JSON.parse('[0,4,[],1,1,1,0,10,"2026-01-01",1,null,{"__proto__":2},{"__proto__":{"g":1}}]'),
      ),
    );
    const link = payload.map((p) => `v1.${compressToEncodedURIComponent(JSON.stringify(p))}`);
    fc.assert(fc.property(link, isSafe), { numRuns: fuzzRuns(2_000) });
  });
});
