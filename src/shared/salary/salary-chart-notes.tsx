import { formatMonth, formatMonthBetween } from '@/lib/format';
import type { ProjectedPath } from '@/domain/compare';
import { coincidences } from '@/domain/compare';
import { spellMonth } from '@/domain/dates';

const years = (n: number) => {
  const whole = Math.round(n * 10) / 10;
  return `${whole} ${whole === 1 ? 'year' : 'years'}`;
};

/**
 * What the chart's markers and steps mean, in words: when the new role starts (a range), each
 * level the likely line passes with the experience it takes, and where two lines are one.
 */
export function ChartNotes({
  paths,
  only = 'all',
}: {
  paths: readonly ProjectedPath[];
  /** 'shared': only where two lines are one (the compare chart, whose table has the rest). */
  only?: 'all' | 'shared';
}) {
  const first = paths[0];
  if (!first) return null;
  const shared = coincidences(paths);
  if (only === 'shared' && shared.length === 0) return null;
  const { projection } = first;
  const dateOf = (p: ProjectedPath, month: number) => p.projection.months[month]?.date ?? '';
  return (
    <ul className="salary-chart-notes">
      {only === 'all' && (
        <li>
          <strong>New role</strong> ({first.label}): likely from{' '}
          {formatMonth(projection.roleStartDates.likely)},{' '}
          {formatMonthBetween(projection.roleStartDates)} (the path finished, then the job search).
        </li>
      )}
      {only === 'all' &&
        projection.levelChanges.map((change, i) => (
          <li key={change.month}>
            <strong>{change.level.label}</strong> band {i === 0 ? 'on starting' : 'from'}{' '}
            {formatMonth(change.date)}
            {change.level.roleId === null
              ? ': below the first level cert-pass.com’s table gives a band for, so the entry band applies'
              : `, at ${years(change.relevantYears)} of relevant experience`}
            .
          </li>
        ))}
      {shared.map((c) => {
        const a = paths.find((p) => p.label === c.a)!;
        const when =
          c.level === null
            ? 'all the way: same exams, dates and band'
            : `from ${spellMonth(dateOf(a, c.from))} to ${spellMonth(dateOf(a, c.to))}: both pay the ${c.level} band then`;
        return (
          <li key={`${c.a}|${c.b}|${c.from}`}>
            <strong>
              {c.a} and {c.b}
            </strong>{' '}
            draw one line {when}.
          </li>
        );
      })}
    </ul>
  );
}
