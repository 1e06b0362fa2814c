import type { ReactNode } from 'react';
import { formatDate, formatHours, formatUsd, formatUsdRange } from '@/components/format';
import { breakEvenSpread, breakEvenText } from '@/components/salary-text';
import { pointAtYear } from '@/domain/compare';
import type { ProjectedPath } from '@/domain/compare';
import type { TargetRoleId } from '@/domain/schema';
import './salary-summary-table.css';

interface Row {
  label: string;
  cell: (path: ProjectedPath) => ReactNode;
}

function payAt(year: number, horizonYears: number, roleName: (id: TargetRoleId) => string): Row {
  return {
    label: `Pay in year ${year}`,
    cell: ({ projection, roleId }) => {
      const point = pointAtYear(projection, year);
      if (!point) return <span className="muted">Beyond the {horizonYears}-year horizon</span>;
      return (
        <>
          {formatUsdRange({ min: point.low, max: point.high })}
          {point.roleId === null && (
            <small className="salary-cell-note">still in your current role</small>
          )}
          {point.roleId !== null && point.roleId !== roleId && (
            <small className="salary-cell-note">
              as {roleName(point.roleId)}, after the senior step-up
            </small>
          )}
        </>
      );
    },
  };
}

function rows(horizonYears: number, roleName: (id: TargetRoleId) => string): Row[] {
  return [
    {
      label: 'Exams to sit',
      cell: (p) => (p.examCodes.length === 0 ? 'None: you hold them all' : p.examCodes.join(' → ')),
    },
    {
      label: 'Path finished',
      cell: (p) => (
        <>
          {formatDate(p.finishDate)}
          <small className="salary-cell-note">
            {p.weeks} weeks · {formatHours(p.hours)}
          </small>
        </>
      ),
    },
    payAt(1, horizonYears, roleName),
    payAt(5, horizonYears, roleName),
    payAt(10, horizonYears, roleName),
    {
      label: `Extra pay over ${horizonYears} years`,
      cell: ({ projection: { extraPay } }) =>
        formatUsdRange({ min: extraPay.low, max: extraPay.high }),
    },
    {
      label: 'Cost of the path',
      cell: ({ projection: { cost } }) => (
        <>
          {formatUsd(cost.totalUsd)}
          <small className="salary-cell-note">
            fees {formatUsd(cost.feesUsd)} · retakes {formatUsd(cost.retakesUsd)} · your time{' '}
            {formatUsd(cost.timeUsd)}
          </small>
        </>
      ),
    },
    {
      label: 'Break-even',
      cell: ({ projection }) => (
        <>
          <strong>{breakEvenText(projection.breakEven.mid, horizonYears)}</strong>
          <small className="salary-cell-note">{breakEvenSpread(projection, horizonYears)}</small>
        </>
      ),
    },
  ];
}

interface SalarySummaryTableProps {
  paths: readonly ProjectedPath[];
  horizonYears: number;
  roleName: (id: TargetRoleId) => string;
  caption: ReactNode;
}

/** Paths as columns, measures as rows, so more paths (saved plans) are just more columns. */
export function SalarySummaryTable({
  paths,
  horizonYears,
  roleName,
  caption,
}: SalarySummaryTableProps) {
  return (
    // The wrapper scrolls on a phone; it is focusable so keyboard users can scroll it too.
    <div
      className="table-scroll salary-summary"
      role="region"
      aria-label="Path summary"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {/* Wide enough for each path's figures; on a phone the wrapper scrolls sideways. */}
      <table style={{ minWidth: `${8 + paths.length * 10}rem` }}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {paths.map((p) => (
              <th scope="col" key={p.id}>
                {p.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows(horizonYears, roleName).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {paths.map((p) => (
                <td key={p.id}>{row.cell(p)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
