import type { Certification, Level, Vendor } from '@/domain/schema';

/*
 * What the /certs table shows: filters and sort, kept in the URL (?vendor=aws&sort=price)
 * so a filtered view can be bookmarked and survives the back button.
 */

export const vendorLabels: Record<Vendor, string> = {
  microsoft: 'Microsoft',
  aws: 'AWS',
  google: 'Google Cloud',
};

export const levelLabels: Record<Level, string> = {
  fundamentals: 'Fundamentals',
  associate: 'Associate',
  specialty: 'Specialty',
  professional: 'Professional',
  expert: 'Expert',
};

// Ordered by depth: AWS specialty and Google professional sit beside Microsoft's expert tier.
const levelRank: Record<Level, number> = {
  fundamentals: 1,
  associate: 2,
  specialty: 3,
  professional: 3,
  expert: 3,
};

export type SortKey = 'price' | 'level';
export type SortDirection = 'ascending' | 'descending';

export interface CatalogueView {
  vendor: Vendor | 'all';
  level: Level | 'all';
  sort: { key: SortKey; direction: SortDirection } | null;
}

const isVendor = (v: string | null): v is Vendor => v !== null && v in vendorLabels;
const isLevel = (v: string | null): v is Level => v !== null && v in levelLabels;

/** Reads the view from search params; anything unknown falls back to "all" / unsorted. */
export function parseView(params: URLSearchParams): CatalogueView {
  const vendor = params.get('vendor');
  const level = params.get('level');
  const sort = params.get('sort');
  const [key, dir] = (sort ?? '').split('-');
  return {
    vendor: isVendor(vendor) ? vendor : 'all',
    level: isLevel(level) ? level : 'all',
    sort:
      key === 'price' || key === 'level'
        ? { key, direction: dir === 'desc' ? 'descending' : 'ascending' }
        : null,
  };
}

/** The search params for a view (defaults left out, so the plain URL is /certs). */
export function viewToParams(view: CatalogueView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.vendor !== 'all') params.set('vendor', view.vendor);
  if (view.level !== 'all') params.set('level', view.level);
  if (view.sort)
    params.set('sort', `${view.sort.key}-${view.sort.direction === 'descending' ? 'desc' : 'asc'}`);
  return params;
}

/** The rows to show: filtered by vendor and level, then sorted (ties keep catalogue order). */
export function visibleCerts(
  certs: readonly Certification[],
  view: CatalogueView,
): Certification[] {
  const rows = certs.filter(
    (c) =>
      (view.vendor === 'all' || c.vendor === view.vendor) &&
      (view.level === 'all' || c.level === view.level),
  );
  if (!view.sort) return rows;
  const { key, direction } = view.sort;
  const value = (c: Certification) => (key === 'price' ? c.exam.priceUsd : levelRank[c.level]);
  const sign = direction === 'ascending' ? 1 : -1;
  // Array.prototype.sort is stable, so equal prices keep the catalogue's own order.
  return rows.sort((a, b) => sign * (value(a) - value(b)));
}
