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
import { formatUsd } from '@/components/format';
import { BASELINE_STYLE, SERIES_STYLES } from '@/components/salary-series';
import type { ProjectedPath } from '@/domain/compare';

const compactUsd = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 0,
});

interface Series {
  key: string;
  name: string;
  values: number[];
  style: { color: string; dash: string | undefined };
  width: number;
}

/** Each path's mid line, and each different "stay" baseline (plans may hold different salaries). */
function seriesOf(paths: readonly ProjectedPath[]): Series[] {
  const lines = paths.map((p, k) => ({
    key: `mid${k}`,
    name: p.label,
    values: p.projection.points.map((pt) => pt.mid),
    style: SERIES_STYLES[k] ?? SERIES_STYLES[0],
    width: 2.5,
  }));
  const baselines = new Map<string, Series>();
  paths.forEach((p, k) => {
    const values = p.projection.points.map((pt) => pt.baseline);
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

/** The compared paths' yearly mid pay on one chart; the table beside it has the same figures. */
export default function PlansChart({
  paths,
  horizonYears,
  initialSize = { width: 800, height: 340 },
}: PlansChartProps) {
  if (paths.length === 0) return null;
  const series = seriesOf(paths);
  const years = Array.from({ length: horizonYears + 1 }, (_, year) => year);
  const data = years.map((year) =>
    Object.fromEntries([['year', year], ...series.map((s) => [s.key, s.values[year]])]),
  );
  return (
    <ResponsiveContainer width="100%" height={initialSize.height} initialDimension={initialSize}>
      <LineChart
        // recharts lists the legend in the order lines first mounted; remount when paths change.
        key={paths.map((p) => p.id).join(' ')}
        data={data}
        margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
        title={`Mid yearly pay over ${horizonYears} years: ${paths.map((p) => p.label).join(', ')}`}
      >
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="year"
          type="number"
          domain={[0, horizonYears]}
          ticks={years}
          stroke="var(--color-muted)"
          tick={{ fill: 'var(--color-muted)' }}
          label={{
            value: 'Years from each plan’s start',
            position: 'insideBottom',
            offset: -4,
            fill: 'var(--color-muted)',
          }}
          height={44}
        />
        <YAxis
          tickFormatter={(v: number) => compactUsd.format(v)}
          stroke="var(--color-muted)"
          tick={{ fill: 'var(--color-muted)' }}
          width={64}
          domain={['auto', 'auto']}
        />
        <Tooltip
          formatter={(value) => formatUsd(Number(value))}
          labelFormatter={(year) => `Year ${String(year)}`}
          contentStyle={{
            background: 'var(--color-surface)',
            borderColor: 'var(--color-border)',
            color: 'var(--color-text)',
          }}
        />
        <Legend
          verticalAlign="top"
          itemSorter={null}
          wrapperStyle={{ color: 'var(--color-text)', paddingBottom: 8 }}
        />
        {series.map((s) => (
          <Line
            key={s.key}
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
