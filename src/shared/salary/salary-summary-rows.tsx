import type { ReactNode } from 'react';
import {
  formatDate,
  formatDateBetween,
  formatHours,
  formatMonth,
  formatMonthBetween,
  formatUsd,
  formatUsdRange,
  formatWeeks,
} from '@/lib/format';
import { breakEvenSpread, breakEvenText } from '@/shared/salary/salary-text';
import { pointAtYear } from '@/domain/compare';
import type { ProjectedPath } from '@/domain/compare';
import { lineSpread } from '@/domain/salary';
import type { BreakEven } from '@/domain/salary';

/** A measure of the table: how each path reads, and the number two paths differ by. */
export interface SummaryRow {
  label: string;
  cell: (path: ProjectedPath) => ReactNode;
  /** The figure compared in the difference column; null where it has no single number. */
  measure?: (path: ProjectedPath) => number | null;
  /** How a difference of the measure is written ("+12 weeks", "−$4,000"). */
  difference?: (delta: number) => string;
}

const note = (text: ReactNode) => <small className="salary-cell-note">{text}</small>;
const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text}` : text);
const usdDelta = (d: number) => signed(d, formatUsd(Math.abs(d)));
const monthDelta = (d: number) =>
  d === 0 ? 'same month' : signed(d, `${Math.abs(d)} ${Math.abs(d) === 1 ? 'month' : 'months'}`);
const weekDelta = (d: number) =>
  d === 0 ? 'same' : signed(d, `${Math.abs(d)} ${Math.abs(d) === 1 ? 'week' : 'weeks'}`);

function payAt(year: number, horizonYears: number): SummaryRow {
  return {
    label: `Pay ${year} ${year === 1 ? 'year' : 'years'} after you start (a year)`,
    cell: ({ projection }) => {
      const point = pointAtYear(projection, year);
      if (!point) return <span className="muted">Beyond the {horizonYears}-year horizon</span>;
      return (
        <>
          {formatUsd(point.mid)}
          {note(
            formatUsdRange({
              min: Math.min(point.low, point.high),
              max: Math.max(point.low, point.high),
            }),
          )}
          {note(point.level === null ? 'still in your current job' : `at the ${point.level} band`)}
        </>
      );
    },
    measure: ({ projection }) => pointAtYear(projection, year)?.mid ?? null,
    difference: usdDelta,
  };
}

function breakEvenRow(
  label: string,
  pick: (p: ProjectedPath) => Record<'low' | 'mid' | 'high', BreakEven>,
  horizonYears: number,
): SummaryRow {
  return {
    label,
    cell: (p) => (
      <>
        <strong>{breakEvenText(pick(p).mid, horizonYears)}</strong>
        {note(breakEvenSpread(pick(p), horizonYears))}
      </>
    ),
    measure: (p) => pick(p).mid.month,
    difference: monthDelta,
  };
}

/** The measures of a path summary, each defined where it is shown. */
export function summaryRows(horizonYears: number): SummaryRow[] {
  return [
    {
      label: 'Exams to sit',
      cell: (p) => (p.examCodes.length === 0 ? 'None: you hold them all' : p.examCodes.join(' → ')),
    },
    {
      label: 'Study weeks',
      cell: (p) => (
        <>
          {formatWeeks({ min: p.weeks, max: p.weeks })} likely
          {note(`${formatWeeks(p.weeksRange)} · ${formatHours(p.hours)}`)}
        </>
      ),
      measure: (p) => p.weeks,
      difference: weekDelta,
    },
    {
      label: 'Path finished',
      cell: (p) => (
        <>
          {formatDate(p.finish.likely)}
          {note(formatDateBetween(p.finish))}
        </>
      ),
    },
    {
      label: 'New role from',
      cell: ({ projection }) => (
        <>
          {formatMonth(projection.roleStartDates.likely)}
          {note(formatMonthBetween(projection.roleStartDates))}
        </>
      ),
      measure: ({ projection }) => projection.roleStart.mid,
      difference: monthDelta,
    },
    {
      label: 'Pay in the first 12 months in the role',
      cell: ({ projection }) => (
        <>
          {formatUsd(projection.firstYearInRole.mid)}
          {note(formatUsdRange(lineSpread(projection.firstYearInRole)))}
        </>
      ),
      measure: ({ projection }) => projection.firstYearInRole.mid,
      difference: usdDelta,
    },
    ...[1, 5, 10].map((y) => payAt(y, horizonYears)),
    {
      label: `Extra pay after ${horizonYears} years, before tax`,
      cell: ({ projection: { extraPay } }) => (
        <>
          {formatUsd(extraPay.mid)}
          {note(formatUsdRange(lineSpread(extraPay)))}
        </>
      ),
      measure: ({ projection }) => projection.extraPay.mid,
      difference: usdDelta,
    },
    {
      label: 'Cost, cash (exams and retakes)',
      cell: ({ projection: { cost } }) => (
        <>
          {formatUsd(cost.cashUsd)}
          {note(`exams ${formatUsd(cost.feesUsd)} · retakes ${formatUsd(cost.retakesUsd)}`)}
        </>
      ),
      measure: ({ projection }) => projection.cost.cashUsd,
      difference: usdDelta,
    },
    {
      label: 'Cost with your study time',
      cell: ({ projection: { cost } }) => (
        <>
          {formatUsd(cost.totalUsd.mid)}
          {note(`${Math.round(cost.hours.mid)} hours × ${formatUsd(cost.hourlyValueUsd)}`)}
        </>
      ),
      measure: ({ projection }) => projection.cost.totalUsd.mid,
      difference: usdDelta,
    },
    breakEvenRow('Break-even, cash only', (p) => p.projection.breakEven.cash, horizonYears),
    breakEvenRow(
      'Break-even, counting your time',
      (p) => p.projection.breakEven.time,
      horizonYears,
    ),
  ];
}

/** For two paths the second minus the first; for more, the widest gap and between which two. */
export function differenceText(row: SummaryRow, paths: readonly ProjectedPath[]): ReactNode {
  if (!row.measure || !row.difference) return <span className="muted">—</span>;
  const values = paths.map((p) => ({ label: p.label, value: row.measure!(p) }));
  if (values.some((v) => v.value === null))
    return <span className="muted">Not comparable within the horizon</span>;
  if (values.length === 2) return row.difference(values[1]!.value! - values[0]!.value!);
  const sorted = [...values].sort((a, b) => a.value! - b.value!);
  const low = sorted[0]!;
  const high = sorted.at(-1)!;
  return (
    <>
      {row.difference(high.value! - low.value!).replace(/^\+/, '')}
      {note(`${high.label} vs ${low.label}`)}
    </>
  );
}
