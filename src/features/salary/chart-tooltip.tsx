import { formatMonth, formatUsd, formatUsdRange } from '@/components/format';
import type { ProjectedPath } from '@/domain/compare';

interface ChartTooltipProps {
  active?: boolean;
  year: unknown;
  paths: readonly ProjectedPath[];
}

/** Exact figures for one year of every path, drawn from the projections, not the SVG. */
export function ChartTooltip({ active, year, paths }: ChartTooltipProps) {
  const first = paths[0];
  const point = first?.projection.points.find((p) => p.year === year);
  if (!active || !first || !point) return null;
  return (
    <div className="salary-tooltip">
      <p className="salary-tooltip-title">
        Year {point.year} · {formatMonth(point.date)}
      </p>
      <dl>
        {paths.map((p) => {
          const at = p.projection.points.find((q) => q.year === year);
          if (!at) return null;
          return (
            <div key={p.id}>
              <dt>{p.label}</dt>
              <dd>
                {formatUsd(at.mid)}{' '}
                <span className="muted">({formatUsdRange({ min: at.low, max: at.high })})</span>
              </dd>
            </div>
          );
        })}
        <div>
          <dt>Stay where you are</dt>
          <dd>{formatUsd(point.baseline)}</dd>
        </div>
      </dl>
    </div>
  );
}
