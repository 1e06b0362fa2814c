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
  usePlotArea,
  useXAxisScale,
} from 'recharts';
import { legendProps, monthAxisProps, usdAxisProps } from '@/shared/salary/chart-axes';
import { BASELINE_STYLE, SERIES_STYLES } from '@/shared/salary/salary-series';
import type { ProjectedPath } from '@/domain/compare';
import type { BreakEven } from '@/domain/salary';
import { ChartTooltip } from '@/features/salary/chart-tooltip';
import { chartRows, gainRows } from '@/features/salary/chart-rows';
import { CHART_HEIGHT } from '@/shared/salary/chart-size';
import { placeLabels } from '@/features/salary/marker-labels';

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

const LABEL_FONT = 12;
/** A generous width per character of a 12 px label: estimated wide, never overlapping. */
const LABEL_CHAR_WIDTH = 7;
/** A row of labels under the one before: a glyph's height and its halo, so none touch. */
const LABEL_ROW = LABEL_FONT + 4;

/** Vertical markers for the new role's start and the break-even months (labels drawn apart). */
function markerLines(markers: readonly Marker[]) {
  return markers.map((m) => (
    <ReferenceLine
      key={m.label}
      x={m.month}
      stroke="var(--color-text)"
      strokeDasharray="2 2"
      ifOverflow="extendDomain"
    />
  ));
}

/**
 * The markers' names at the top of the plot, placed so that no two meet and none runs off the
 * chart however narrow it is (placeLabels): a phone's chart has a few pixels a month.
 */
function MarkerLabels({ markers }: { markers: readonly Marker[] }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  const sorted = [...markers].sort((a, b) => a.month - b.month);
  const boxes = sorted.map((m) => ({
    x: scale(m.month) ?? plot.x,
    width: m.label.length * LABEL_CHAR_WIDTH,
  }));
  const placed = placeLabels(boxes, plot.x, plot.x + plot.width);
  return (
    <g className="salary-marker-labels">
      {placed.map((p, i) => (
        <text
          key={sorted[i]!.label}
          x={p.x}
          y={plot.y + LABEL_FONT + p.row * LABEL_ROW}
          textAnchor={p.anchor}
          fill="var(--color-text)"
          fontSize={LABEL_FONT}
          // A halo in the card's colour: a dotted line or a series passing behind never cuts a word.
          stroke="var(--color-surface)"
          strokeWidth={4}
          strokeLinejoin="round"
          paintOrder="stroke"
        >
          {sorted[i]!.label}
        </text>
      ))}
    </g>
  );
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
  const markerList = markersOf(projection.roleStart.mid, cash.mid, time.mid);
  const markers = (
    <>
      {markerLines(markerList)}
      <MarkerLabels markers={markerList} />
    </>
  );
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
