import assumptions from '@data/assumptions.json';
import certifications from '@data/certifications.json';
import regions from '@data/regions.json';
import roles from '@data/roles.json';
import sources from '@data/sources.json';
import { parseCatalog } from '@/domain/catalog';
import type { Catalog } from '@/domain/catalog';
import type { Result } from '@/domain/schema';

let cached: Result<Catalog> | undefined;

/** The bundled catalogue from data/, parsed and cross-checked once. */
export function loadRealCatalog(): Result<Catalog> {
  cached ??= parseCatalog({ assumptions, certifications, regions, roles, sources });
  return cached;
}

/** The bundled catalogue; throws if data/ is invalid (a build-time bug, caught by tests). */
export function realCatalog(): Catalog {
  const result = loadRealCatalog();
  if (!result.ok) throw new Error(`Invalid catalogue data:\n${result.error}`);
  return result.value;
}
