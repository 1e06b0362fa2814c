import type { ProjectedPath } from '@/domain/compare';

export type ChartRow = {
  year: number;
  date: string;
  baseline: number;
  band: [number, number];
} & Record<`mid${number}`, number>;

/** One row per year: the first path's low–high band, every path's mid line, the baseline. */
export function chartRows(paths: readonly ProjectedPath[]): ChartRow[] {
  const first = paths[0];
  if (!first) return [];
  return first.projection.points.map((point, i) => {
    const row: Record<string, unknown> = {
      year: point.year,
      date: point.date,
      baseline: point.baseline,
      band: [point.low, point.high],
    };
    paths.forEach((p, k) => {
      row[`mid${k}`] = p.projection.points[i]?.mid;
    });
    return row as ChartRow;
  });
}
