import type { CatalogueView, SortKey } from '@/features/catalogue/catalogue-view';

interface SortHeaderProps {
  label: string;
  sortKey: SortKey;
  view: CatalogueView;
  onChange: (view: CatalogueView) => void;
  /** Right-aligned like the figures below it. */
  numeric?: boolean;
}

/** A column header whose button sorts by it; aria-sort tells screen readers the order. */
export function SortHeader({ label, sortKey, view, onChange, numeric = false }: SortHeaderProps) {
  const direction = view.sort?.key === sortKey ? view.sort.direction : null;
  const next = direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={direction ?? undefined} className={numeric ? 'numeric' : undefined}>
      <button
        type="button"
        className="sort-button"
        onClick={() => onChange({ ...view, sort: { key: sortKey, direction: next } })}
      >
        {label}
        <span className="sort-icon" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
