import type { Assumptions, Certification, Region, Result, Role, Source } from '@/domain/schema';

/** The parsed, cross-checked catalogue: everything the engine knows. */
export interface Catalog {
  certifications: Certification[];
  byCode: ReadonlyMap<string, Certification>;
  roles: Role[];
  regions: Region[];
  assumptions: Assumptions;
  sources: ReadonlyMap<string, Source>;
  /** The newest asOf among the sources: "data as of". */
  asOf: string;
}

export interface RawCatalog {
  certifications: unknown;
  roles: unknown;
  regions: unknown;
  assumptions: unknown;
  sources: unknown;
}

/** Parses and cross-checks raw data into a Catalog, or says where it is wrong. */
export function parseCatalog(_raw: RawCatalog): Result<Catalog> {
  throw new Error('TODO');
}
