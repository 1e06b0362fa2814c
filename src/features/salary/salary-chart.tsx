import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMonth } from '@/components/format';
import type { ProjectedPath } from '@/domain/compare';
import { ChartTooltip } from '@/features/salary/chart-tooltip';
import { BASELINE_STYLE, SERIES_STYLES } from '@/components/salary-series';
import { chartRows } from '@/features/salary/chart-rows';
import { CHART_HEIGHT } from '@/features/salary/chart-size';

const compactUsd = new Intl.NumberFormat(undefined, {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 0,
});

interface SalaryChartProps {
  paths: readonly ProjectedPath[];
  horizonYears: number;
  /** Fixed size for tests (jsdom cannot measure); the app lets the container size it. */
  initialSize?: { width: number; height: number };
}

/** Draws the projections: the target's band and mid line, other paths' mid lines, the baseline. */
export default function SalaryChart({
  paths,
  horizonYears,
  initialSize = { width: 800, height: CHART_HEIGHT },
}: SalaryChartProps) {
  const first = paths[0];
  if (!first) return null;
  const data = chartRows(paths);
  const breakEven = first.projection.breakEven.mid;
  const ticks = Array.from({ length: horizonYears + 1 }, (_, i) => i);
  return (
    <ResponsiveContainer width="100%" height={initialSize.height} initialDimension={initialSize}>
      <ComposedChart
        data={data}
        margin={{ top: 24, right: 16, bottom: 8, left: 8 }}
        title={`Yearly pay over ${horizonYears} years: ${paths.map((p) => p.label).join(', ')}, and staying where you are`}
      >
        <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="year"
          type="number"
          domain={[0, horizonYears]}
          ticks={ticks}
          tickFormatter={(y: number) => `${y}`}
          stroke="var(--color-muted)"
          tick={{ fill: 'var(--color-muted)' }}
          label={{
            value: 'Years from start',
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
          content={(props) => (
            <ChartTooltip active={props.active} year={props.label} paths={paths} />
          )}
        />
        <Legend
          verticalAlign="top"
          itemSorter={null}
          wrapperStyle={{ color: 'var(--color-text)', paddingBottom: 8 }}
        />
        <Area
          dataKey="band"
          name={`${first.label}: low–high`}
          stroke="none"
          fill={SERIES_STYLES[0].color}
          fillOpacity={0.18}
          legendType="square"
          isAnimationActive={false}
        />
        {paths.map((p, k) => {
          const style = SERIES_STYLES[k] ?? SERIES_STYLES[0];
          return (
            <Line
              key={p.id}
              dataKey={`mid${k}`}
              name={`${p.label}: mid`}
              stroke={style.color}
              strokeDasharray={style.dash}
              strokeWidth={k === 0 ? 3 : 2.5}
              dot={false}
              legendType="plainline"
              isAnimationActive={false}
            />
          );
        })}
        <Line
          dataKey="baseline"
          name="Stay where you are"
          stroke={BASELINE_STYLE.color}
          strokeDasharray={BASELINE_STYLE.dash}
          strokeWidth={2}
          dot={false}
          legendType="plainline"
          isAnimationActive={false}
        />
        {breakEven.month !== null && breakEven.date !== null && (
          <ReferenceLine
            x={breakEven.month / 12}
            stroke="var(--color-text)"
            strokeDasharray="2 2"
            ifOverflow="extendDomain"
            label={{
              value: `Break-even ${formatMonth(breakEven.date)}`,
              position: 'insideTopLeft',
              fill: 'var(--color-text)',
              fontSize: 12,
            }}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
