import { formatUsd, formatWeeks } from '@/lib/format';
import { breakEvenText } from '@/shared/salary/salary-text';
import type { ProjectedPath } from '@/domain/compare';

interface Highlight {
  label: string;
  /** Every path that reaches the best value (ties are named together). */
  winners: ProjectedPath[];
  value: string;
}

function winners<T>(
  paths: readonly ProjectedPath[],
  score: (p: ProjectedPath) => T,
  better: (a: T, b: T) => boolean,
) {
  const best = paths.reduce((winner, p) => (better(score(p), score(winner)) ? p : winner));
  return paths.filter((p) => !better(score(best), score(p)) && !better(score(p), score(best)));
}

// Each highlight is a row of the table below it, named the same way, on its likely figure.
function highlights(paths: readonly ProjectedPath[], horizonYears: number): Highlight[] {
  if (paths.length < 2) return [];
  const less = (a: number, b: number) => a < b;
  const fastest = winners(paths, (p) => p.weeks, less);
  const cheapest = winners(paths, (p) => p.projection.cost.totalUsd.mid, less);
  const richest = winners(
    paths,
    (p) => p.projection.extraPay.mid,
    (a, b) => a > b,
  );
  const payback = winners(paths, (p) => p.projection.breakEven.time.mid.month ?? Infinity, less);
  const weeks = fastest[0]!.weeks;
  return [
    {
      label: 'Fewest study weeks',
      winners: fastest,
      value: `${formatWeeks({ min: weeks, max: weeks })} likely`,
    },
    {
      label: 'Costs least, with your study time',
      winners: cheapest,
      value: formatUsd(cheapest[0]!.projection.cost.totalUsd.mid),
    },
    {
      label: `Most extra pay after ${horizonYears} years, before tax`,
      winners: richest,
      value: formatUsd(richest[0]!.projection.extraPay.mid),
    },
    {
      label: 'Pays back first, counting your time',
      winners: payback,
      value: breakEvenText(payback[0]!.projection.breakEven.time.mid, horizonYears),
    },
  ];
}

const names = (paths: readonly ProjectedPath[]) =>
  paths.length === 1
    ? paths[0]!.label
    : `${paths
        .slice(0, -1)
        .map((p) => p.label)
        .join(', ')} and ${paths.at(-1)!.label}`;

/** The comparison's answers in words: which path wins on each measure (likely figures). */
export function ComparisonHighlights({
  paths,
  horizonYears,
}: {
  paths: readonly ProjectedPath[];
  horizonYears: number;
}) {
  const items = highlights(paths, horizonYears);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="highlights-heading">
      <h2 id="highlights-heading" className="visually-hidden">
        Highlights
      </h2>
      <ul className="compare-highlights">
        {items.map((h) => (
          <li key={h.label} className="card">
            <span className="compare-highlight-label">{h.label}</span>
            <strong className="compare-highlight-path">{names(h.winners)}</strong>
            <span className="compare-highlight-value">{h.value}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
