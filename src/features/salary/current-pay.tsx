import { formatUsd } from '@/lib/format';
import { NumberField } from '@/ui/number-field';
import { SourceLink } from '@/ui/source-link';
import { useProfileText } from '@/shared/profile/use-profile-text';
import type { Catalog } from '@/domain/catalog-model';
import type { Projection } from '@/domain/salary';

interface CurrentPayProps {
  catalog: Catalog;
  baseline: Projection['baseline'];
  growthRate: number;
}

/**
 * The fact about the user that moves every figure below, asked for first: their current pay
 * (the "stay" line and the value of an hour of study). The years that count, which set the
 * band, are under the figures (relevant-years.tsx).
 */
export function CurrentPay({ catalog, baseline, growthRate }: CurrentPayProps) {
  const salary = useProfileText('currentSalaryUsd');
  const growth = `${Number((growthRate * 100).toFixed(2))}% a year`;
  return (
    <section className="card salary-current" aria-labelledby="current-pay-heading">
      <h2 id="current-pay-heading">You today</h2>
      <div className="salary-current-grid">
        <NumberField
          label="Current salary (optional)"
          help="Before tax: the “stay where you are” line."
          suffix="USD a year"
          min={0}
          max={2_000_000}
          step={1000}
          {...salary}
        />
        {/* Short: on a phone the break-even and the chart come straight after. */}
        <div className="salary-current-notes">
          {baseline.isProxy ? (
            <p className="callout callout-warning" role="note">
              <strong>No salary given yet:</strong> staying uses the {baseline.label}:{' '}
              {formatUsd(baseline.salaryUsd)} a year, growing {growth}.
              {baseline.note && <> {baseline.note}</>}
              {baseline.sourceId && (
                <>
                  {' '}
                  Source: <SourceLink sourceId={baseline.sourceId} catalog={catalog} />.
                </>
              )}
            </p>
          ) : (
            <p>
              Staying where you are: {formatUsd(baseline.salaryUsd)} a year, growing {growth}.
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
