import { closestMatches } from '@/lib/closest-matches';
import type { Catalog } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';

/** The certification for a URL code, ignoring case ("ai-102" finds AI-102). */
export function findCert(catalog: Catalog, code: string): Certification | undefined {
  const wanted = code.trim().toUpperCase();
  return (
    catalog.byCode.get(wanted) ??
    catalog.certifications.find((c) => c.code.toUpperCase() === wanted)
  );
}

/** Certifications close to an unknown code: same prefix or a typo away, else a name match. */
export function suggestCerts(catalog: Catalog, code: string, limit = 4): Certification[] {
  const codes = closestMatches(
    code,
    catalog.certifications.map((c) => c.code),
    limit,
  );
  const byName =
    code.trim().length >= 3
      ? catalog.certifications.filter((c) =>
          c.name.toLowerCase().includes(code.trim().toLowerCase().replace(/-/g, ' ')),
        )
      : [];
  const found = [...codes.map((c) => catalog.byCode.get(c)!), ...byName];
  return [...new Set(found)].slice(0, limit);
}

/** Certifications that name this one as their successor ("AI-103 replaces AI-102"). */
export function predecessorsOf(catalog: Catalog, code: string): Certification[] {
  return catalog.certifications.filter((c) => c.status.successor === code);
}

/** Certifications that come after this one: it is their prerequisite or advised earlier step. */
export function nextStepsAfter(catalog: Catalog, code: string): Certification[] {
  return catalog.certifications.filter(
    (c) => c.advisedAfter.includes(code) || c.prerequisites.groups.some((g) => g.includes(code)),
  );
}
