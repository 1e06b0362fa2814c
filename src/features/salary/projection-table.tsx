import { formatMonth, formatUsd, formatUsdRange } from '@/lib/format';
import type { ProjectedPath } from '@/domain/compare';
import { changeRows } from '@/features/salary/chart-rows';

interface ProjectionTableProps {
  paths: readonly ProjectedPath[];
}

const range = (a: number, b: number) =>
  formatUsdRange({ min: Math.min(a, b), max: Math.max(a, b) });

/**
 * The chart's numbers as a table: a row for each month in which some pay changes (the new
 * role, a raise, a level), a column per path and one for staying. Nothing changes between rows.
 */
export function ProjectionTable({ paths }: ProjectionTableProps) {
  const rows = changeRows(paths);
  if (rows.length === 0) return null;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable on a phone
    <div className="table-scroll" role="region" aria-label="Pay, month by month" tabIndex={0}>
      <table className="salary-projection-table">
        <caption>
          Pay a year from each month in which it changes (USD, before tax): likely, with the
          cautious to optimistic range below
        </caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            {paths.map((p) => (
              <th scope="col" key={p.id}>
                {p.label}
              </th>
            ))}
            <th scope="col">Stay where you are</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">
                Month {row.month}{' '}
                <small className="salary-cell-note">{formatMonth(row.date)}</small>
              </th>
              {row.paths.map((at, k) => (
                <td key={paths[k]!.id}>
                  {formatUsd(at.mid)}
                  <small className="salary-cell-note">{range(at.low, at.high)}</small>
                  <small className="salary-cell-note">{at.level ?? 'current job'}</small>
                </td>
              ))}
              <td>{formatUsd(row.baseline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
