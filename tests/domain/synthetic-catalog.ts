import assumptions from '@data/assumptions.json';
import meta from '@data/catalogue.json';
import certifications from '@data/certifications.json';
import regions from '@data/regions.json';
import entryBands from '@data/entry-bands.json';
import roles from '@data/roles.json';
import sources from '@data/sources.json';
import track from '@data/track.json';
import { parseCatalog } from '@/domain/catalog';
import type { Catalog } from '@/domain/catalog';
import { addDays } from '@/domain/dates';
import type { Certification, Level } from '@/domain/schema';

/** Small seeded PRNG (mulberry32): the same seed always builds the same catalogue. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS: Level[] = ['fundamentals', 'associate', 'associate', 'expert', 'specialty'];
const SOURCE = 'certpath-estimate';

export interface SyntheticOptions {
  seed?: number;
  /**
   * Real successors take over their predecessor's prerequisites, which keeps successor
   * families acyclic. `tangled` drops that rule so merged families can form loops: the
   * engine must still return a DAG.
   */
  tangled?: boolean;
}

/**
 * A valid Catalog of `size` certifications: the real ones plus generated SYN-nnnn exams that
 * form a random DAG (prerequisites and advised order only point at earlier SYN exams), some
 * retiring in 2025–2028 with a later successor. The real AI-102 and AZ-305 are made to depend
 * on late SYN exams so that plans pull a large part of the graph onto the path. Real roles,
 * regions and assumptions are reused. Throws if the loader rejects it (that would be a bug here).
 */
export function syntheticCatalog(
  size: number,
  { seed = 1, tangled = false }: SyntheticOptions = {},
): Catalog {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const count = Math.max(0, size - certifications.length);
  const code = (i: number) => `SYN-${String(i).padStart(4, '0')}`;
  const earlier = (i: number, n: number) => [
    ...new Set(Array.from({ length: n }, () => code(Math.floor(rand() * i)))),
  ];
  const predecessor = new Map<number, number>();
  const generated: Certification[] = [];

  for (let i = 0; i < count; i++) {
    const level = pick(LEVELS);
    const min = 10 + Math.floor(rand() * 70);
    const free = Array.from({ length: 20 }, (_, k) => i + 1 + k).filter(
      (j) => j < count && !predecessor.has(j),
    );
    const next = free.length > 0 && rand() < 0.15 ? pick(free) : undefined;
    if (next !== undefined) predecessor.set(next, i);
    const retiresOn = next !== undefined ? addDays('2025-01-01', Math.floor(rand() * 1460)) : null;
    const inherited =
      predecessor.has(i) && !tangled ? generated[predecessor.get(i) ?? 0] : undefined;
    generated.push({
      code: code(i),
      name: `Synthetic certification ${i}`,
      examTitle: `Exam ${code(i)}`,
      vendor: 'microsoft',
      level,
      focus: 'Generated for benchmarks and property tests.',
      bestFor: 'Nobody: synthetic.',
      exam: {
        priceUsd: pick([99, 165, 200]),
        durationMinutes: 100,
        passingScore: 700,
        scoreScale: 1000,
        source: SOURCE,
      },
      validity: {
        months: level === 'fundamentals' ? null : 12,
        renewalWindow: level === 'fundamentals' ? null : { months: 6, by: 'free-assessment' },
        renewal: 'Synthetic.',
        source: SOURCE,
      },
      prerequisites: {
        groups:
          inherited?.prerequisites.groups ??
          (i < 5
            ? []
            : Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
                earlier(i, 1 + Math.floor(rand() * 3)),
              )),
        source: SOURCE,
      },
      advisedAfter: inherited?.advisedAfter ?? (i < 5 ? [] : earlier(i, Math.floor(rand() * 3))),
      skills: null,
      studyHours: { min, max: min + 10 + Math.floor(rand() * 60), source: SOURCE },
      status: {
        retiresOn,
        successor: next !== undefined ? code(next) : null,
        renewalEndsOn: retiresOn !== null && rand() < 0.5 ? retiresOn : null,
        note: '',
        source: null,
      },
      thirdParty: false,
      links: {},
      sources: [SOURCE],
    });
  }

  const late = (n: number) => (count === 0 ? [] : earlier(count, n));
  const real = (certifications as Certification[]).map((cert) => {
    if (cert.code === 'AI-102')
      return { ...cert, prerequisites: { ...cert.prerequisites, groups: late(8).map((c) => [c]) } };
    if (cert.code === 'AZ-305')
      return { ...cert, advisedAfter: [...cert.advisedAfter, ...late(3)] };
    return cert;
  });
  const result = parseCatalog({
    assumptions,
    certifications: [...real, ...generated],
    entryBands,
    meta,
    regions,
    roles,
    sources,
    track,
  });
  if (!result.ok) throw new Error(`synthetic catalogue rejected:\n${result.error}`);
  return result.value;
}
