import { lazy, Suspense, useState } from 'react';
import { usePrinting } from '@/features/salary/use-printing';
import { WhenNearView } from '@/ui/when-near-view';
import type { ProjectedPath } from '@/domain/compare';
import { ChartNotes } from '@/shared/salary/salary-chart-notes';
import { CHART_HEIGHT } from '@/shared/salary/chart-size';
import { CsvDownload } from '@/features/salary/csv-download';
import { ProjectionTable } from '@/features/salary/projection-table';
import type { ChartMode } from '@/features/salary/salary-chart';

interface ProjectionViewProps {
  paths: readonly ProjectedPath[];
  horizonYears: number;
  /** Passed to the chart: a fixed size for tests. */
  chartSize?: { width: number; height: number };
}

type View = ChartMode | 'table';

const VIEWS: { view: View; label: string }[] = [
  { view: 'pay', label: 'Pay a year' },
  { view: 'gain', label: 'Extra pay so far' },
  { view: 'table', label: 'Table' },
];

// The chart library is most of this page's code: it loads when the chart is about to be seen.
const SalaryChart = lazy(() => import('@/features/salary/salary-chart'));

/** Holds the chart's place (same height: nothing below it moves when it arrives). */
function chartPlaceholder(size: { height: number } | undefined) {
  return (
    <p className="salary-chart-placeholder muted" style={{ height: size?.height ?? CHART_HEIGHT }}>
      Loading the chart…
    </p>
  );
}

const captions: Record<View, (first: string) => string> = {
  pay: (first) =>
    `Pay a year on each path, month by month: the likely line, with ${first}’s range from the cautious case (low end of each band, latest start) to the optimistic one. Until the new role starts, a path pays what you earn now.`,
  gain: (first) =>
    `Extra pay over staying, added up month by month, against what ${first} costs: in cash (exams and retakes), and with your study time. Break-even is where the line crosses each cost.`,
  table: () =>
    'Every month in which some figure changes; nothing changes between two rows. The same numbers as the chart.',
};

/** The projection as a step chart, as the running gain against the cost, or as a table; and as CSV. */
export function ProjectionView({ paths, horizonYears, chartSize }: ProjectionViewProps) {
  const [view, setView] = useState<View>('pay');
  // Paper gets the numbers as a table, whichever view is on screen.
  const printing = usePrinting();
  const first = paths[0];
  if (!first) return null;
  return (
    <section className="card salary-projection" aria-labelledby="projection-heading">
      {/* The chart straight after its heading and switch; what it shows, and the file, under it. */}
      <div className="salary-section-head">
        <h2 id="projection-heading">Pay over {horizonYears} years</h2>
        <div className="salary-toggle" role="group" aria-label="Show the projection as">
          {VIEWS.map((v) => (
            <button
              key={v.view}
              type="button"
              className="button"
              aria-pressed={view === v.view}
              onClick={() => setView(v.view)}
            >
              {v.label}
            </button>
          ))}
        </div>
      </div>
      {view !== 'table' && !printing ? (
        <WhenNearView placeholder={chartPlaceholder(chartSize)}>
          <Suspense fallback={chartPlaceholder(chartSize)}>
            <SalaryChart
              paths={paths}
              horizonYears={horizonYears}
              mode={view}
              initialSize={chartSize}
            />
          </Suspense>
        </WhenNearView>
      ) : (
        <ProjectionTable paths={paths} />
      )}
      <p className="muted salary-projection-caption">{captions[view](first.label)}</p>
      <ChartNotes paths={paths} />
      <div className="salary-projection-file">
        <CsvDownload paths={paths} />
      </div>
    </section>
  );
}
