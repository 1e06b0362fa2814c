import { useState } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import { ASSUMPTION_FIELDS, toShown } from '@/features/salary/assumption-fields';
import type { AssumptionField } from '@/features/salary/assumption-fields';
import { AssumptionInput } from '@/features/salary/assumption-input';
import { useAppStore } from '@/store/app-store';
import type { SalaryOverrides } from '@/store/salary-slice';

const byKey = (key: keyof SalaryOverrides) =>
  ASSUMPTION_FIELDS.find((f) => f.key === key) as AssumptionField;

/** Every number the projection uses, editable, each with its default, rationale and source. */
export function AssumptionsPanel({ catalog }: { catalog: Catalog }) {
  const overrides = useAppStore((s) => s.salary.overrides);
  const setOverride = useAppStore((s) => s.setOverride);
  const resetOverride = useAppStore((s) => s.resetOverride);
  const resetOverrides = useAppStore((s) => s.resetOverrides);
  // Bumped by "Reset all" so every field drops the text the user typed.
  const [generation, setGeneration] = useState(0);

  const current = (key: keyof SalaryOverrides) =>
    overrides[key] ?? byKey(key).defaultValue(catalog) ?? 0;
  const checks: Partial<Record<keyof SalaryOverrides, (v: number) => string | null>> = {
    jobSearchLagMinMonths: (v) =>
      v > current('jobSearchLagMaxMonths')
        ? `The shortest search must not be longer than the longest (${current('jobSearchLagMaxMonths')} months)`
        : null,
    jobSearchLagMaxMonths: (v) =>
      v < current('jobSearchLagMinMonths')
        ? `The longest search must not be shorter than the shortest (${current('jobSearchLagMinMonths')} months)`
        : null,
    hubPremiumMin: (v) =>
      v > current('hubPremiumMax')
        ? `The low end must not be above the high end (${toShown(byKey('hubPremiumMax'), current('hubPremiumMax'))}%)`
        : null,
    hubPremiumMax: (v) =>
      v < current('hubPremiumMin')
        ? `The high end must not be below the low end (${toShown(byKey('hubPremiumMin'), current('hubPremiumMin'))}%)`
        : null,
  };
  const changed = Object.keys(overrides).length;

  return (
    <section className="card salary-assumptions below-fold" aria-labelledby="assumptions-heading">
      <div className="salary-section-head">
        <h2 id="assumptions-heading">Assumptions</h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            resetOverrides();
            setGeneration((g) => g + 1);
          }}
          disabled={changed === 0}
        >
          Reset all assumptions
        </button>
      </div>
      <p className="muted">
        Every number the projection uses. Change one and the chart, table and summary update at
        once;{' '}
        {changed === 0 ? 'all are at their defaults.' : `${changed} changed from the default.`}
      </p>
      <div className="salary-assumption-grid">
        {ASSUMPTION_FIELDS.map((field) => (
          <AssumptionInput
            key={`${field.key}-${generation}`}
            field={field}
            catalog={catalog}
            override={overrides[field.key]}
            check={checks[field.key]}
            onValid={(value) => setOverride(field.key, value)}
            onReset={() => resetOverride(field.key)}
          />
        ))}
      </div>
    </section>
  );
}
