import { formatUsd } from '@/components/format';
import { breakEvenText } from '@/components/salary-text';
import type { ProjectedPath } from '@/domain/compare';

interface Highlight {
  label: string;
  path: ProjectedPath;
  value: string;
}

function best(paths: readonly ProjectedPath[], horizonYears: number): Highlight[] {
  if (paths.length < 2) return [];
  const by = <T,>(score: (p: ProjectedPath) => T, better: (a: T, b: T) => boolean) =>
    paths.reduce((winner, p) => (better(score(p), score(winner)) ? p : winner));
  const fastest = by((p) => p.finishDate, (a, b) => a < b);
  const cheapest = by((p) => p.projection.cost.totalUsd, (a, b) => a < b);
  const richest = by((p) => p.projection.extraPay.mid, (a, b) => a > b);
  const payback = by(
    (p) => p.projection.breakEven.mid.month ?? Infinity,
    (a, b) => a < b,
  );
  return [
    { label: 'Finishes first', path: fastest, value: `${fastest.weeks} weeks` },
    { label: 'Costs least', path: cheapest, value: formatUsd(cheapest.projection.cost.totalUsd) },
    {
      label: `Most extra pay over ${horizonYears} years`,
      path: richest,
      value: formatUsd(richest.projection.extraPay.mid),
    },
    { label: 'Pays back first', path: payback, value: breakEvenText(payback.projection.breakEven.mid, horizonYears) },
  ];
}

/** The comparison's answers in words: which path wins on each measure (mid figures). */
export function ComparisonHighlights({ paths, horizonYears }: { paths: readonly ProjectedPath[]; horizonYears: number }) {
  const highlights = best(paths, horizonYears);
  if (highlights.length === 0) return null;
  return (
    <section aria-labelledby="highlights-heading">
      <h2 id="highlights-heading" className="visually-hidden">
        Highlights
      </h2>
      <ul className="compare-highlights">
        {highlights.map((h) => (
          <li key={h.label} className="card">
            <span className="compare-highlight-label">{h.label}</span>
            <strong className="compare-highlight-path">{h.path.label}</strong>
            <span className="compare-highlight-value">{h.value}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
