import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { legendProps, monthAxisProps, usdAxisProps } from '@/shared/salary/chart-axes';
import { formatUsd } from '@/lib/format';
import { BASELINE_STYLE, SERIES_STYLES } from '@/shared/salary/salary-series';
import type { ProjectedPath } from '@/domain/compare';

/** The chart's height in CSS pixels; compare-page.css gives its placeholder the same. */
import { PLANS_CHART_HEIGHT } from '@/shared/salary/chart-size';

interface Series {
  key: string;
  name: string;
  values: number[];
  style: { color: string; dash: string | undefined };
  width: number;
}

/** Each path's likely line, and each different "stay" line (plans may hold different salaries). */
function seriesOf(paths: readonly ProjectedPath[]): Series[] {
  const lines = paths.map((p, k) => ({
    key: `mid${k}`,
    name: p.label,
    values: p.projection.months.map((pt) => pt.mid),
    style: SERIES_STYLES[k] ?? SERIES_STYLES[0],
    width: 2.5,
  }));
  const baselines = new Map<string, Series>();
  paths.forEach((p, k) => {
    const values = p.projection.months.map((pt) => pt.baseline);
    const id = values.join(',');
    if (!baselines.has(id))
      baselines.set(id, {
        key: `stay${k}`,
        name: `Stay where you are (${p.label})`,
        values,
        style: BASELINE_STYLE,
        width: 1.5,
      });
  });
  const stays = [...baselines.values()];
  if (stays.length === 1) stays[0]!.name = 'Stay where you are';
  return [...lines, ...stays];
}

interface PlansChartProps {
  paths: readonly ProjectedPath[];
  horizonYears: number;
  initialSize?: { width: number; height: number };
}

/** The compared paths' likely pay, month by month as steps; the table beside it has the figures. */
export default function PlansChart({
  paths,
  horizonYears,
  initialSize = { width: 800, height: PLANS_CHART_HEIGHT },
}: PlansChartProps) {
  if (paths.length === 0) return null;
  const series = seriesOf(paths);
  const months = horizonYears * 12 + 1;
  const data = Array.from({ length: months }, (_, month) =>
    Object.fromEntries([['month', month], ...series.map((s) => [s.key, s.values[month]])]),
  );
  return (
    <ResponsiveContainer width="100%" height={initialSize.height} initialDimension={initialSize}>
      <LineChart
        // recharts lists the legend in the order lines first mounted; remount when paths change.
        key={paths.map((p) => p.id).join(' ')}
        data={data}
        margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
        title={`Likely pay a year over ${horizonYears} years: ${paths.map((p) => p.label).join(', ')}`}
      >
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
        <XAxis {...monthAxisProps(horizonYears, 'Years from each plan’s start')} />
        <YAxis {...usdAxisProps} />
        <Tooltip
          formatter={(value) => `${formatUsd(Number(value))} a year`}
          labelFormatter={(month) => `Month ${String(month)}`}
          contentStyle={{
            background: 'var(--color-surface)',
            borderColor: 'var(--color-border)',
            color: 'var(--color-text)',
          }}
        />
        <Legend {...legendProps} />
        {series.map((s) => (
          <Line
            key={s.key}
            type="stepAfter"
            dataKey={s.key}
            name={s.name}
            stroke={s.style.color}
            strokeDasharray={s.style.dash}
            strokeWidth={s.width}
            dot={false}
            legendType="plainline"
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
