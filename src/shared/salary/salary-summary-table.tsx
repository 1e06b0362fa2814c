import type { ReactNode } from 'react';
import { differenceText, summaryRows } from '@/shared/salary/salary-summary-rows';
import { useMediaQuery } from '@/lib/use-media-query';
import type { ProjectedPath } from '@/domain/compare';
import './salary-summary-table.css';

interface SalarySummaryTableProps {
  paths: readonly ProjectedPath[];
  horizonYears: number;
  caption: ReactNode;
  /** Adds each measure's difference between the paths (on /compare). */
  showDifference?: boolean;
}

/** Where a table of two or more paths no longer fits: each measure becomes a card. */
const PHONE_QUERY = '(max-width: 34rem)';

/**
 * Paths side by side: a table with paths as columns and measures as rows (more paths are more
 * columns); on a phone, one card per measure with every path's figure in it, so no path is off
 * to the side.
 */
export function SalarySummaryTable({
  paths,
  horizonYears,
  caption,
  showDifference = false,
}: SalarySummaryTableProps) {
  const phone = useMediaQuery(PHONE_QUERY);
  const withDifference = showDifference && paths.length >= 2;
  const differenceLabel =
    paths.length === 2 ? `Difference (${paths[1]!.label} − ${paths[0]!.label})` : 'Widest gap';
  const rows = summaryRows(horizonYears);
  if (phone && paths.length >= 2) {
    return (
      <div className="salary-summary-cards" role="region" aria-label="Path summary">
        <p className="salary-summary-caption">
          {caption}
          {withDifference && paths.length === 2 && (
            <small className="salary-cell-note">
              Difference: {paths[1]!.label} − {paths[0]!.label}
            </small>
          )}
        </p>
        {rows.map((row) => (
          <section key={row.label} className="salary-summary-card" aria-label={row.label}>
            <h3>{row.label}</h3>
            <dl>
              {paths.map((p) => (
                <div key={p.id}>
                  <dt>{p.label}</dt>
                  <dd>{row.cell(p)}</dd>
                </div>
              ))}
              {withDifference && row.measure && (
                <div className="salary-difference">
                  <dt>{paths.length === 2 ? 'Difference' : differenceLabel}</dt>
                  <dd>{differenceText(row, paths)}</dd>
                </div>
              )}
            </dl>
          </section>
        ))}
      </div>
    );
  }
  const columns = paths.length + (withDifference ? 1 : 0);
  return (
    // The wrapper scrolls when the paths are wider than the screen (the measure column stays);
    // it is focusable so keyboard users can scroll it too.
    <div
      className="table-scroll salary-summary"
      role="region"
      aria-label="Path summary"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table style={{ minWidth: `${9 + columns * 10}rem` }}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {paths.map((p) => (
              <th scope="col" key={p.id}>
                {p.label}
              </th>
            ))}
            {withDifference && <th scope="col">{differenceLabel}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {paths.map((p) => (
                <td key={p.id}>{row.cell(p)}</td>
              ))}
              {withDifference && (
                <td className="salary-difference">{differenceText(row, paths)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
