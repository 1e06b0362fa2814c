import type { Projection } from '@/domain/salary';
import type { TargetRoleId } from '@/domain/schema';

/** One labelled path of a CSV export: the column a person picked or saved. */
export interface CsvPath {
  label: string;
  projection: Projection;
}

export const PROJECTION_CSV_HEADER = [
  'Path',
  'Year',
  'Date',
  'Role band applied',
  'Low (USD a year)',
  'Mid (USD a year)',
  'High (USD a year)',
  'Stay baseline (USD a year)',
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

/** The chart's yearly data of every path as CSV (CRLF line ends, whole dollars). */
export function projectionCsv(
  paths: readonly CsvPath[],
  roleName: (id: TargetRoleId) => string,
): string {
  const rows: (string | number)[][] = [[...PROJECTION_CSV_HEADER]];
  for (const { label, projection } of paths) {
    for (const p of projection.points) {
      rows.push([
        label,
        p.year,
        p.date,
        p.roleId === null ? '' : roleName(p.roleId),
        Math.round(p.low),
        Math.round(p.mid),
        Math.round(p.high),
        Math.round(p.baseline),
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
