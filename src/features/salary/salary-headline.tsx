import { formatMonth, formatUsd, formatUsdRange } from '@/components/format';
import { breakEvenSpread, breakEvenText } from '@/components/salary-text';
import type { ProjectedPath } from '@/domain/compare';

/** The answer first: when the target path pays back, what it costs and what it adds. */
export function SalaryHeadline({
  path,
  horizonYears,
}: {
  path: ProjectedPath;
  horizonYears: number;
}) {
  const { projection } = path;
  const { breakEven, cost, extraPay } = projection;
  return (
    <section className="salary-headline" aria-labelledby="headline-heading">
      <h2 id="headline-heading" className="visually-hidden">
        Key figures: {path.label}
      </h2>
      <div className="card salary-stat">
        <h3 className="salary-stat-label">Break-even</h3>
        <p className="salary-stat-value">{breakEvenText(breakEven.mid, horizonYears)}</p>
        <p className="salary-stat-note">On mid pay; {breakEvenSpread(projection, horizonYears)}.</p>
      </div>
      <div className="card salary-stat">
        <h3 className="salary-stat-label">New role from</h3>
        <p className="salary-stat-value">{formatMonth(projection.entryDate)}</p>
        <p className="salary-stat-note">
          Month {projection.entryMonth}: path done, plus the job search.
          {projection.stepUp && ` Senior band from ${formatMonth(projection.stepUp.date)}.`}
        </p>
      </div>
      <div className="card salary-stat">
        <h3 className="salary-stat-label">Cost of the path</h3>
        <p className="salary-stat-value">{formatUsd(cost.totalUsd)}</p>
        <p className="salary-stat-note">
          Exam fees {formatUsd(cost.feesUsd)}, retakes {formatUsd(cost.retakesUsd)}, your time{' '}
          {formatUsd(cost.timeUsd)}.
        </p>
      </div>
      <div className="card salary-stat">
        <h3 className="salary-stat-label">Extra pay over {horizonYears} years</h3>
        <p className="salary-stat-value">{formatUsd(extraPay.mid)}</p>
        <p className="salary-stat-note">
          Range {formatUsdRange({ min: extraPay.low, max: extraPay.high })}, before tax.
        </p>
      </div>
    </section>
  );
}
