import type { ReactNode } from 'react';
import { formatMonth, formatMonthBetween, formatUsd, formatUsdRange } from '@/lib/format';
import type { ProjectedPath } from '@/domain/compare';
import { lineSpread } from '@/domain/salary';

interface SalaryFiguresProps {
  path: ProjectedPath;
  horizonYears: number;
  /** A line under the figures, across them (which years count, and so the band). */
  note?: ReactNode;
}

/**
 * The figures behind the break-even and the chart, each saying what it is: what the path adds,
 * when the new role starts, what its first year pays, what the path costs.
 */
export function SalaryFigures({ path, horizonYears, note }: SalaryFiguresProps) {
  const { projection } = path;
  const { cost, extraPay, firstYearInRole, roleStartDates } = projection;
  const firstLevel = projection.levelChanges[0]?.level;
  const hours = Math.round(cost.hours.mid);
  return (
    <section className="salary-figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="visually-hidden">
        Key figures: {path.label}
      </h2>
      <div className="card salary-stat">
        <h3 className="salary-stat-label">Extra pay after {horizonYears} years</h3>
        <p className="salary-stat-value">{formatUsd(extraPay.mid)}</p>
        <p className="salary-stat-note">
          Above staying, before tax; {formatUsdRange(lineSpread(extraPay))}.
        </p>
      </div>
      <div className="card salary-stat">
        <h3 className="salary-stat-label">New role from</h3>
        <p className="salary-stat-value">{formatMonth(roleStartDates.likely)}</p>
        <p className="salary-stat-note">
          Likely; {formatMonthBetween(roleStartDates)}: the path done, then a job search.
        </p>
      </div>
      <div className="card salary-stat">
        <h3 className="salary-stat-label">Pay in the first 12 months in the role</h3>
        <p className="salary-stat-value">{formatUsd(firstYearInRole.mid)}</p>
        <p className="salary-stat-note">
          Before tax; {formatUsdRange(lineSpread(firstYearInRole))}
          {firstLevel && `, at the ${firstLevel.label} band`}.
        </p>
      </div>
      <div className="card salary-stat">
        <h3 className="salary-stat-label">Cost of the path, with your time</h3>
        <p className="salary-stat-value">{formatUsd(cost.totalUsd.mid)}</p>
        <p className="salary-stat-note">
          Exams {formatUsd(cost.feesUsd)} + retakes {formatUsd(cost.retakesUsd)} + {hours} hours of
          study × {formatUsd(cost.hourlyValueUsd)}
          {cost.hourlyIsPay ? ' (your hourly pay)' : ''}.
        </p>
      </div>
      {note}
    </section>
  );
}
