import { certStatusAt, type Catalog } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';

/** The exams the career article compares, in its order. */
export const articleComparison = ['AI-102', 'AZ-900', 'DP-100', 'MLS-C01', 'GCP-PMLE'];

export interface CurrentTerms {
  cert: Certification;
  /** What to look at today instead, when the exam has retired or is retiring. */
  now: Certification | null;
  /** true: the vendor's named successor; false: only the closest current credential. */
  isSuccessor: boolean;
}

/**
 * Maps an exam to its current equivalent: its successor chain while retired, else (with
 * no named successor) the vendor's closest active credential of the same kind.
 */
export function inCurrentTerms(catalog: Catalog, cert: Certification, today: string): CurrentTerms {
  if (certStatusAt(cert, today) === 'active') return { cert, now: null, isSuccessor: false };
  let next = cert.status.successor ? catalog.byCode.get(cert.status.successor) : undefined;
  // Follow a chain (A → B → C) while the successor has itself retired.
  while (next && certStatusAt(next, today) === 'retired' && next.status.successor) {
    next = catalog.byCode.get(next.status.successor);
  }
  if (next) return { cert, now: next, isSuccessor: true };
  // Words every credential of a vendor shares say nothing about what it covers.
  const generic = new Set([
    'certified',
    'associate',
    'professional',
    'specialty',
    'cloud',
    'google',
  ]);
  const words = (c: Certification) =>
    new Set((c.name.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !generic.has(w)));
  const own = words(cert);
  const closest = catalog.certifications
    .filter(
      (c) =>
        c.vendor === cert.vendor && c.code !== cert.code && certStatusAt(c, today) !== 'retired',
    )
    .map((c) => ({ c, shared: [...words(c)].filter((w) => own.has(w)).length }))
    .filter((m) => m.shared > 0)
    .sort((a, b) => b.shared - a.shared)[0];
  return { cert, now: closest?.c ?? null, isSuccessor: false };
}
