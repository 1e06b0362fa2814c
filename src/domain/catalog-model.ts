import { addMonths } from '@/domain/dates';
import type { ParsedFiles } from '@/domain/catalog-checks';
import type {
  Assumptions,
  CatalogueMeta,
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
  /** When the catalogue was last checked against its sources. */
  meta: CatalogueMeta;
}

/** Builds the lookups of a Catalog from files that have passed their schemas and cross-checks. */
export function assembleCatalog(files: ParsedFiles): Catalog {
  return {
    ...files,
    byCode: new Map(files.certifications.map((c) => [c.code, c])),
    sources: new Map(files.sources.map((s) => [s.id, s])),
  };
}

/** How old a check may be before the app warns that facts may have changed. */
export const STALE_AFTER_MONTHS = 6;

/** True when the catalogue was last checked more than six months before `today`. */
export function isCatalogueStale(checkedOn: string, today: string): boolean {
  return addMonths(checkedOn, STALE_AFTER_MONTHS) < today;
}

export type CertStatus = 'active' | 'retiring' | 'retired';

/**
 * Status of an exam on a day. `retiresOn` is the vendor's retirement date, the last day the
 * exam can be taken (Microsoft: 11:59 PM Central on that day), so it is retired only after it.
 */
export function certStatusAt(cert: Certification, date: string): CertStatus {
  const retiresOn = cert.status.retiresOn;
  if (retiresOn === null) return 'active';
  return date > retiresOn ? 'retired' : 'retiring';
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
