import { formatMonth, formatUsd, formatUsdRange } from '@/lib/format';
import type { ProjectedPath } from '@/domain/compare';
import { levelAtMonth } from '@/domain/salary';
import type { ChartMode } from '@/features/salary/salary-chart';

interface ChartTooltipProps {
  active?: boolean;
  month: unknown;
  paths: readonly ProjectedPath[];
  mode: ChartMode;
}

const range = (a: number, b: number) =>
  formatUsdRange({ min: Math.min(a, b), max: Math.max(a, b) });

/** Exact figures for one month of every path, drawn from the projections, not the SVG. */
export function ChartTooltip({ active, month, paths, mode }: ChartTooltipProps) {
  const first = paths[0];
  const m = typeof month === 'number' ? month : Number.NaN;
  const point = first?.projection.months[m];
  if (!active || !first || !point) return null;
  return (
    <div className="salary-tooltip">
      <p className="salary-tooltip-title">
        Month {m} · {formatMonth(point.date)}
      </p>
      <dl>
        {paths.map((p) => {
          const at = p.projection.months[m];
          if (!at) return null;
          const level = levelAtMonth(p.projection, m);
          if (mode === 'gain') {
            const { low, mid, high } = p.projection.cumulative;
            return (
              <div key={p.id}>
                <dt>{p.label}: extra pay so far</dt>
                <dd>
                  {formatUsd(mid[m] ?? 0)}{' '}
                  <span className="muted">({range(low[m] ?? 0, high[m] ?? 0)})</span>
                </dd>
              </div>
            );
          }
          return (
            <div key={p.id}>
              <dt>
                {p.label}
                <small className="salary-tooltip-level">
                  {level ?? 'still in your current job'}
                </small>
              </dt>
              <dd>
                {formatUsd(at.mid)} a year <span className="muted">({range(at.low, at.high)})</span>
              </dd>
            </div>
          );
        })}
        {mode === 'pay' ? (
          <div>
            <dt>Stay where you are</dt>
            <dd>{formatUsd(point.baseline)} a year</dd>
          </div>
        ) : (
          <div>
            <dt>Cost of {first.label}</dt>
            <dd>
              {formatUsd(first.projection.cost.cashUsd)} cash,{' '}
              {formatUsd(first.projection.cost.totalUsd.mid)} with your time
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
