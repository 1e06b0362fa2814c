import assumptions from '@data/assumptions.json';
import meta from '@data/catalogue.json';
import certifications from '@data/certifications.json';
import entryBands from '@data/entry-bands.json';
import regions from '@data/regions.json';
import roles from '@data/roles.json';
import sources from '@data/sources.json';
import track from '@data/track.json';
import type { ParsedFiles } from '@/domain/catalog-checks';
import { assembleCatalog } from '@/domain/catalog-model';
import type { Catalog } from '@/domain/catalog-model';

/**
 * The bundled data/ files. They are checked where they change, not on every visit: the
 * build refuses to finish unless parseCatalog accepts them (scripts/prerender-plugin.ts runs checkData in src/prerender.tsx), and
 * tests/data prove the trusted catalogue below equals the parsed one. So the app never
 * loads zod just to read its own catalogue.
 */
export const bundledData = {
  assumptions,
  certifications,
  entryBands,
  meta,
  regions,
  roles,
  sources,
  track,
};

let cached: Catalog | undefined;

/** The bundled catalogue (checked at build time; see above). */
export function realCatalog(): Catalog {
  cached ??= assembleCatalog(bundledData as unknown as ParsedFiles);
  return cached;
}
