import type { ProjectedPath } from '@/domain/compare';
import { levelAtMonth } from '@/domain/salary';

/** One month of the chart: the first path's cautious–optimistic band, every path's likely line, staying. */
export type ChartRow = {
  month: number;
  date: string;
  baseline: number;
  band: [number, number];
} & Record<`mid${number}`, number>;

/** One row a month for the pay chart (steps: each value holds until the next row changes it). */
export function chartRows(paths: readonly ProjectedPath[]): ChartRow[] {
  const first = paths[0];
  if (!first) return [];
  return first.projection.months.map((point, m) => {
    const row: Record<string, unknown> = {
      month: m,
      date: point.date,
      baseline: point.baseline,
      band: [
        Math.min(point.low, point.mid, point.high),
        Math.max(point.low, point.mid, point.high),
      ],
    };
    paths.forEach((p, k) => {
      row[`mid${k}`] = p.projection.months[m]?.mid;
    });
    return row as ChartRow;
  });
}

/** One month of the "extra pay so far" chart, against the first path's two costs. */
export type GainRow = {
  month: number;
  date: string;
  band: [number, number];
} & Record<`gain${number}`, number>;

/** Extra pay over staying, summed month by month (USD), for each path; the first path's range. */
export function gainRows(paths: readonly ProjectedPath[]): GainRow[] {
  const first = paths[0];
  if (!first) return [];
  const { cumulative } = first.projection;
  return cumulative.mid.map((_, m) => {
    const low = cumulative.low[m] ?? 0;
    const high = cumulative.high[m] ?? 0;
    const row: Record<string, unknown> = {
      month: m,
      date: first.projection.months[m]?.date ?? '',
      band: [Math.min(low, high), Math.max(low, high)],
    };
    paths.forEach((p, k) => {
      row[`gain${k}`] = Math.round(p.projection.cumulative.mid[m] ?? 0);
    });
    return row as GainRow;
  });
}

/** A month in which some figure of the projection changes: a row of the chart's table view. */
export interface ChangeRow {
  month: number;
  date: string;
  /** Per path: the pay on each line that month, and the likely line's level. */
  paths: { low: number; mid: number; high: number; level: string | null }[];
  baseline: number;
}

/**
 * The step chart as a table: the first month, then every month in which any path's pay (on any
 * line) or the stay line changes. Between two rows nothing changes, so the table holds every
 * figure the chart draws.
 */
export function changeRows(paths: readonly ProjectedPath[]): ChangeRow[] {
  const first = paths[0];
  if (!first) return [];
  const rows: ChangeRow[] = [];
  const key = (row: ChangeRow) =>
    JSON.stringify([row.baseline, row.paths.map((p) => [p.low, p.mid, p.high, p.level])]);
  let last = '';
  // The final month only closes the last step: it is the horizon's end, not a change.
  for (const point of first.projection.months.slice(0, -1)) {
    const m = point.month;
    const row: ChangeRow = {
      month: m,
      date: point.date,
      baseline: point.baseline,
      paths: paths.map(({ projection }) => {
        const at = projection.months[m]!;
        return { low: at.low, mid: at.mid, high: at.high, level: levelAtMonth(projection, m) };
      }),
    };
    const k = key(row);
    if (k !== last) rows.push(row);
    last = k;
  }
  return rows;
}
