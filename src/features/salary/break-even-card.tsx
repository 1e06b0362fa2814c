import { breakEvenSpread, breakEvenText } from '@/shared/salary/salary-text';
import type { ProjectedPath } from '@/domain/compare';

interface BreakEvenCardProps {
  path: ProjectedPath;
  horizonYears: number;
}

/** The answer to "is it worth it?": the month the path pays back, in cash and counting time. */
export function BreakEvenCard({ path, horizonYears }: BreakEvenCardProps) {
  const { cash, time } = path.projection.breakEven;
  return (
    <section className="card salary-stat salary-break-even" aria-labelledby="break-even-heading">
      <h2 id="break-even-heading" className="salary-stat-label">
        Break-even
      </h2>
      <div className="salary-stat-pair">
        <div>
          <p className="salary-stat-sub">Cash only</p>
          <p className="salary-stat-value">{breakEvenText(cash.mid, horizonYears)}</p>
          <p className="salary-stat-note">{breakEvenSpread(cash, horizonYears)}</p>
        </div>
        <div>
          <p className="salary-stat-sub">Counting your time</p>
          <p className="salary-stat-value">{breakEvenText(time.mid, horizonYears)}</p>
          <p className="salary-stat-note">{breakEvenSpread(time, horizonYears)}</p>
        </div>
      </div>
    </section>
  );
}
