import { formatMonth, formatMonthBetween, formatUsd, formatUsdRange } from '@/lib/format';
import { breakEvenSpread, breakEvenText } from '@/shared/salary/salary-text';
import type { ProjectedPath } from '@/domain/compare';
import { lineSpread } from '@/domain/salary';

interface SalaryHeadlineProps {
  path: ProjectedPath;
  horizonYears: number;
}

/**
 * The answer first, each figure saying what it is: when the new role starts, what its first
 * year pays, when the path pays back (cash, and counting time), what it costs, what it adds.
 */
export function SalaryHeadline({ path, horizonYears }: SalaryHeadlineProps) {
  const { projection } = path;
  const { breakEven, cost, extraPay, firstYearInRole, roleStartDates } = projection;
  const firstLevel = projection.levelChanges[0]?.level;
  const hours = Math.round(cost.hours.mid);
  return (
    <section className="salary-headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="visually-hidden">
        Key figures: {path.label}
      </h2>
      <div className="card salary-stat salary-stat-wide">
        <h3 className="salary-stat-label">Break-even</h3>
        <div className="salary-stat-pair">
          <div>
            <p className="salary-stat-sub">Cash only</p>
            <p className="salary-stat-value">{breakEvenText(breakEven.cash.mid, horizonYears)}</p>
            <p className="salary-stat-note">{breakEvenSpread(breakEven.cash, horizonYears)}</p>
          </div>
          <div>
            <p className="salary-stat-sub">Counting your time</p>
            <p className="salary-stat-value">{breakEvenText(breakEven.time.mid, horizonYears)}</p>
            <p className="salary-stat-note">{breakEvenSpread(breakEven.time, horizonYears)}</p>
          </div>
        </div>
      </div>
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
    </section>
  );
}
