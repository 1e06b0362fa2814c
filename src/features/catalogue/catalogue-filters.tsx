import { SelectField } from '@/ui/select-field';
import type { Level, Vendor } from '@/domain/schema';
import { levelLabels, vendorLabels, type CatalogueView } from '@/features/catalogue/catalogue-view';

const vendorOptions = [
  { value: 'all' as const, label: 'All vendors' },
  ...(Object.keys(vendorLabels) as Vendor[]).map((v) => ({ value: v, label: vendorLabels[v] })),
];
const levelOptions = [
  { value: 'all' as const, label: 'All levels' },
  ...(Object.keys(levelLabels) as Level[]).map((l) => ({ value: l, label: levelLabels[l] })),
];

interface CatalogueFiltersProps {
  view: CatalogueView;
  onChange: (view: CatalogueView) => void;
}

/** Vendor and level filters for the catalogue table. */
export function CatalogueFilters({ view, onChange }: CatalogueFiltersProps) {
  const filtered = view.vendor !== 'all' || view.level !== 'all';
  return (
    <div className="catalogue-filters" role="group" aria-label="Filter certifications">
      <SelectField
        label="Vendor"
        value={view.vendor}
        options={vendorOptions}
        onChange={(vendor) => onChange({ ...view, vendor })}
      />
      <SelectField
        label="Level"
        value={view.level}
        options={levelOptions}
        onChange={(level) => onChange({ ...view, level })}
      />
      {filtered && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ ...view, vendor: 'all', level: 'all' })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
