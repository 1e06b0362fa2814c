// Successor lineage: which exams form one family (AI-102 → AI-103) and the chain of successors
// of a code. Read first in the flow: plan-context.ts keys holdings by these families, and
// path-slots.ts, slot-order.ts, schedule.ts and the reasons and notices read the chains.
import type { Catalog } from '@/domain/catalog-model';
import type { Certification } from '@/domain/schema';

const lineageCache = new WeakMap<Catalog, Map<string, string>>();

// Families never change for a catalogue, and the catalogue object is created once.
export function lineages(catalog: Catalog): Map<string, string> {
  const cached = lineageCache.get(catalog);
  if (cached) return cached;
  const parent = new Map<string, string>(catalog.certifications.map((c) => [c.code, c.code]));
  const find = (code: string): string => {
    let root = code;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(code, root);
    return root;
  };
  for (const cert of catalog.certifications) {
    const next = cert.status.successor;
    if (!next || !parent.has(next)) continue;
    const [a, b] = [find(cert.code), find(next)];
    // The smaller code becomes the key so the result does not depend on data order.
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const result = new Map(catalog.certifications.map((c) => [c.code, find(c.code)]));
  lineageCache.set(catalog, result);
  return result;
}

/** The exam, its successor, that one's successor … (stops on unknown codes or loops). */
export function successorChain(catalog: Catalog, code: string): Certification[] {
  const chain: Certification[] = [];
  for (let cert = catalog.byCode.get(code); cert && !chain.includes(cert);) {
    chain.push(cert);
    cert = cert.status.successor ? catalog.byCode.get(cert.status.successor) : undefined;
  }
  return chain;
}

/** Whether `code` is a later exam of `option`'s family (AI-200 for AZ-204). */
export function isSuccessorOf(catalog: Catalog, option: string, code: string): boolean {
  return successorChain(catalog, option)
    .slice(1)
    .some((c) => c.code === code);
}

/** Prerequisite groups of an exam and of every successor it may resolve to. */
export function prerequisiteGroups(catalog: Catalog, code: string): string[][] {
  const seen = new Set<string>();
  return successorChain(catalog, code)
    .flatMap((c) => c.prerequisites.groups)
    .filter((g) => !seen.has(g.join('|')) && (seen.add(g.join('|')), true));
}
