import { formatMonth, formatUsd, formatUsdRange } from '@/components/format';
import type { ProjectedPath } from '@/domain/compare';

interface ProjectionTableProps {
  paths: readonly ProjectedPath[];
}

/** The chart's numbers as a table: one row per year, a column per path, and the baseline. */
export function ProjectionTable({ paths }: ProjectionTableProps) {
  const first = paths[0];
  if (!first) return null;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable on a phone
    <div className="table-scroll" role="region" aria-label="Projection by year" tabIndex={0}>
      <table className="salary-projection-table">
        <caption>Yearly pay (USD a year): mid, with the low–high range below</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {paths.map((p) => (
              <th scope="col" key={p.id}>
                {p.label}
              </th>
            ))}
            <th scope="col">Stay where you are</th>
          </tr>
        </thead>
        <tbody>
          {first.projection.points.map((point, i) => (
            <tr key={point.year}>
              <th scope="row">
                {point.year} <small className="salary-cell-note">{formatMonth(point.date)}</small>
              </th>
              {paths.map((p) => {
                const at = p.projection.points[i];
                return (
                  <td key={p.id}>
                    {at && (
                      <>
                        {formatUsd(at.mid)}
                        <small className="salary-cell-note">
                          {formatUsdRange({ min: at.low, max: at.high })}
                        </small>
                      </>
                    )}
                  </td>
                );
              })}
              <td>{formatUsd(point.baseline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
