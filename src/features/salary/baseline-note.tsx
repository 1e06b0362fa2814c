import { Link } from 'react-router';
import { formatUsd } from '@/components/format';
import { SourceLink } from '@/components/source-link';
import type { Catalog } from '@/domain/catalog-model';
import type { Projection } from '@/domain/salary';

interface BaselineNoteProps {
  catalog: Catalog;
  baseline: Projection['baseline'];
  growthRate: number;
}

/** Says what "stay where you are" means here, and when it is a proxy, says so plainly. */
export function BaselineNote({ catalog, baseline, growthRate }: BaselineNoteProps) {
  const growth = `${Number((growthRate * 100).toFixed(2))}% a year`;
  if (!baseline.isProxy) {
    return (
      <p className="callout callout-info">
        <strong>Stay where you are:</strong> your current salary of {formatUsd(baseline.salaryUsd)},
        growing {growth}. <Link to="/plan">Change it on your plan</Link>.
      </p>
    );
  }
  return (
    <div className="callout callout-warning" role="note">
      <p>
        <strong>No current salary given:</strong> using the {baseline.label},{' '}
        {formatUsd(baseline.salaryUsd)}, as a proxy for staying where you are (growing {growth}).
      </p>
      <p>
        {baseline.sourceId && (
          <>
            Source: <SourceLink sourceId={baseline.sourceId} catalog={catalog} />.{' '}
          </>
        )}
        <Link to="/plan">Enter your current salary</Link> for a break-even that fits you.
      </p>
    </div>
  );
}
