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
import { legendProps, monthAxisProps, usdAxisProps } from '@/shared/salary/chart-axes';
import { BASELINE_STYLE, SERIES_STYLES } from '@/shared/salary/salary-series';
import type { ProjectedPath } from '@/domain/compare';
import type { BreakEven } from '@/domain/salary';
import { ChartTooltip } from '@/features/salary/chart-tooltip';
import { chartRows, gainRows } from '@/features/salary/chart-rows';
import { CHART_HEIGHT } from '@/shared/salary/chart-size';

export type ChartMode = 'pay' | 'gain';

interface SalaryChartProps {
  paths: readonly ProjectedPath[];
  horizonYears: number;
  mode: ChartMode;
  /** Fixed size for tests (jsdom cannot measure); the app lets the container size it. */
  initialSize?: { width: number; height: number };
}

interface Marker {
  month: number;
  label: string;
}

/**
 * Vertical markers (new role, break-even) whose labels never overlap: markers closer than a
 * year to the one before take the next row of text.
 */
function markerLines(markers: readonly Marker[]) {
  const sorted = [...markers].sort((a, b) => a.month - b.month);
  let row = 0;
  return sorted.map((m, i) => {
    row = i > 0 && m.month - sorted[i - 1]!.month < 12 ? row + 1 : 0;
    const line = row;
    return (
      <ReferenceLine
        key={m.label}
        x={m.month}
        stroke="var(--color-text)"
        strokeDasharray="2 2"
        ifOverflow="extendDomain"
        label={(props: { viewBox?: { x?: number; y?: number } }) => (
          <text
            x={(props.viewBox?.x ?? 0) + 4}
            y={(props.viewBox?.y ?? 0) + 12 + line * 14}
            fill="var(--color-text)"
            fontSize={12}
          >
            {m.label}
          </text>
        )}
      />
    );
  });
}

function markersOf(roleStart: number, cash: BreakEven, time: BreakEven): Marker[] {
  const markers: Marker[] = [{ month: roleStart, label: 'New role' }];
  if (cash.month !== null && cash.month === time.month)
    return [...markers, { month: cash.month, label: 'Break-even, cash and with your time' }];
  if (cash.month !== null) markers.push({ month: cash.month, label: 'Break-even, cash' });
  if (time.month !== null) markers.push({ month: time.month, label: 'Break-even, with your time' });
  return markers;
}

/**
 * Draws the projections as steps (pay changes on the month it changes, never in between):
 * pay a year on each path with the target's cautious–optimistic band, or the extra pay so far
 * against the path's cost. Marks the new role's start and the two break-even months.
 */
export default function SalaryChart({
  paths,
  horizonYears,
  mode,
  initialSize = { width: 800, height: CHART_HEIGHT },
}: SalaryChartProps) {
  const first = paths[0];
  if (!first) return null;
  const { projection } = first;
  const { cash, time } = projection.breakEven;
  const names = paths.map((p) => p.label).join(', ');
  const common = (
    <>
      <CartesianGrid stroke="var(--color-border)" strokeDasharray="3 3" vertical={false} />
      <XAxis {...monthAxisProps(horizonYears, 'Years from start')} />
      <YAxis {...usdAxisProps} />
      <Legend {...legendProps} />
    </>
  );
  const markers = markerLines(markersOf(projection.roleStart.mid, cash.mid, time.mid));
  if (mode === 'gain') {
    return (
      <ResponsiveContainer width="100%" height={initialSize.height} initialDimension={initialSize}>
        <ComposedChart
          data={gainRows(paths)}
          margin={{ top: 24, right: 16, bottom: 8, left: 8 }}
          title={`Extra pay so far over ${horizonYears} years: ${names}, against the cost of ${first.label}`}
        >
          {common}
          <Tooltip
            content={(props) => (
              <ChartTooltip active={props.active} month={props.label} paths={paths} mode="gain" />
            )}
          />
          <Area
            dataKey="band"
            name={`${first.label}: cautious to optimistic`}
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
                dataKey={`gain${k}`}
                name={`${p.label}: likely`}
                stroke={style.color}
                strokeDasharray={style.dash}
                strokeWidth={k === 0 ? 3 : 2.5}
                dot={false}
                legendType="plainline"
                isAnimationActive={false}
              />
            );
          })}
          <ReferenceLine
            y={projection.cost.cashUsd}
            stroke="var(--series-baseline)"
            strokeDasharray="5 5"
            label={{
              value: 'Cost, cash',
              position: 'insideBottomRight',
              fill: 'var(--color-text)',
              fontSize: 12,
            }}
          />
          <ReferenceLine
            y={projection.cost.totalUsd.mid}
            stroke="var(--series-baseline)"
            label={{
              value: 'Cost with your time',
              position: 'insideTopRight',
              fill: 'var(--color-text)',
              fontSize: 12,
            }}
          />
          {markers}
        </ComposedChart>
      </ResponsiveContainer>
    );
  }
  return (
    <ResponsiveContainer width="100%" height={initialSize.height} initialDimension={initialSize}>
      <ComposedChart
        data={chartRows(paths)}
        margin={{ top: 24, right: 16, bottom: 8, left: 8 }}
        title={`Pay a year over ${horizonYears} years: ${names}, and staying where you are`}
      >
        {common}
        <Tooltip
          content={(props) => (
            <ChartTooltip active={props.active} month={props.label} paths={paths} mode="pay" />
          )}
        />
        <Area
          type="stepAfter"
          dataKey="band"
          name={`${first.label}: cautious to optimistic`}
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
              type="stepAfter"
              dataKey={`mid${k}`}
              name={`${p.label}: likely`}
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
          type="stepAfter"
          dataKey="baseline"
          name="Stay where you are"
          stroke={BASELINE_STYLE.color}
          strokeDasharray={BASELINE_STYLE.dash}
          strokeWidth={2}
          dot={false}
          legendType="plainline"
          isAnimationActive={false}
        />
        {markers}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
