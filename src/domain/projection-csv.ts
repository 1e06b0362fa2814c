import { levelAtMonth } from '@/domain/salary';
import type { Projection } from '@/domain/salary';

/** One labelled path of a CSV export: the column a person picked or saved. */
export interface CsvPath {
  label: string;
  projection: Projection;
}

export const PROJECTION_CSV_HEADER = [
  'Path',
  'Month',
  'Date',
  'Pay level (likely)',
  'Cautious (USD a year)',
  'Likely (USD a year)',
  'Optimistic (USD a year)',
  'Stay (USD a year)',
  'Extra pay so far, likely (USD)',
] as const;

/**
 * Quotes one CSV field per RFC 4180, and defuses spreadsheet formulas: a cell that starts
 * with = + - @ (or a tab/CR) is prefixed with an apostrophe, because labels are user text.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The chart's data of every path as CSV, one row a month (the pay rate paid that month on each
 * line, the level the likely line is at, extra pay so far), CRLF line ends, whole dollars.
 */
export function projectionCsv(paths: readonly CsvPath[]): string {
  const rows: (string | number)[][] = [[...PROJECTION_CSV_HEADER]];
  for (const { label, projection } of paths) {
    for (const p of projection.months) {
      rows.push([
        label,
        p.month,
        p.date,
        levelAtMonth(projection, p.month) ?? 'Current job',
        p.low,
        p.mid,
        p.high,
        p.baseline,
        Math.round(projection.cumulative.mid[p.month] ?? 0),
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
