import { Link } from 'react-router';
import { formatUsd } from '@/lib/format';
import { NumberField } from '@/ui/number-field';
import { SourceLink } from '@/ui/source-link';
import { useProfileText } from '@/shared/profile/use-profile-text';
import type { Catalog } from '@/domain/catalog-model';
import type { Projection } from '@/domain/salary';
import type { Profile } from '@/domain/schema';

interface CurrentPayProps {
  catalog: Catalog;
  profile: Profile;
  baseline: Projection['baseline'];
  relevantYears: number;
  growthRate: number;
}

const yearsText = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;

/**
 * The two facts about the user that move every figure below, asked for first: their current
 * pay (the "stay" line and the value of an hour of study) and the years that count.
 */
export function CurrentPay({
  catalog,
  profile,
  baseline,
  relevantYears,
  growthRate,
}: CurrentPayProps) {
  const salary = useProfileText('currentSalaryUsd');
  const growth = `${Number((growthRate * 100).toFixed(2))}% a year`;
  const counts = catalog.assumptions.relevantExperience.counts[profile.currentRole];
  return (
    <section className="card salary-current" aria-labelledby="current-pay-heading">
      <h2 id="current-pay-heading">You today</h2>
      <div className="salary-current-grid">
        <NumberField
          label="Your current salary"
          help="Base pay before tax. It is the “stay where you are” line, and what an hour of your study time is worth."
          suffix="USD a year"
          min={0}
          max={2_000_000}
          step={1000}
          {...salary}
        />
        <div className="salary-current-notes">
          {baseline.isProxy ? (
            <p className="callout callout-warning" role="note">
              <strong>No salary given yet.</strong> Meanwhile Certpath uses the {baseline.label}:{' '}
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
          <p>
            Years that count toward the new role: <strong>{yearsText(relevantYears)}</strong> of
            your {yearsText(profile.yearsExperience)}
            {profile.relevantYears === null
              ? counts
                ? ' (your years in software, data or cloud work).'
                : ' (years outside software, data or cloud work do not count).'
              : ' (as you set it).'}{' '}
            They decide which band you start at.{' '}
            <Link to="/plan">Change them on your background</Link>.
          </p>
        </div>
      </div>
    </section>
  );
}
