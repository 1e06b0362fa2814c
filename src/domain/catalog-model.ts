import type { ParsedFiles } from '@/domain/catalog-checks';
import type {
  Assumptions,
  Certification,
  EntryBand,
  Track,
  Region,
  Role,
  Source,
} from '@/domain/schema';

// Zod-free on purpose: the app ships the catalogue already checked (see real-catalog.ts), so
// everything here runs on the first screen without loading the validators.

/** The parsed, cross-checked catalogue: everything the engine knows. */
export interface Catalog {
  certifications: Certification[];
  byCode: ReadonlyMap<string, Certification>;
  roles: Role[];
  entryBands: EntryBand[];
  regions: Region[];
  /** The article's path by the codes it names. */
  track: Track;
  assumptions: Assumptions;
  sources: ReadonlyMap<string, Source>;
  /** The newest asOf among the sources: "data as of". */
  asOf: string;
}

/** Builds the lookups of a Catalog from files that have passed their schemas and cross-checks. */
export function assembleCatalog(files: ParsedFiles): Catalog {
  const asOf = files.sources.reduce(
    (newest, s) => (s.asOf !== null && s.asOf > newest ? s.asOf : newest),
    '0000-01-01',
  );
  return {
    ...files,
    byCode: new Map(files.certifications.map((c) => [c.code, c])),
    sources: new Map(files.sources.map((s) => [s.id, s])),
    asOf,
  };
}

export type CertStatus = 'active' | 'retiring' | 'retired';

/** Status of an exam on a day: retired on and after retiresOn, retiring before a known date. */
export function certStatusAt(cert: Certification, date: string): CertStatus {
  const retiresOn = cert.status.retiresOn;
  if (retiresOn === null) return 'active';
  return date >= retiresOn ? 'retired' : 'retiring';
}

/** The exam to sit for `code` on `date`: follows successors while the exam is retired. */
export function resolveCode(catalog: Pick<Catalog, 'byCode'>, code: string, date: string): string {
  let current = code;
  const seen = new Set<string>();
  for (;;) {
    const cert = catalog.byCode.get(current);
    const next = cert?.status.successor;
    if (!cert || !next || seen.has(current) || certStatusAt(cert, date) !== 'retired')
      return current;
    seen.add(current);
    current = next;
  }
}
