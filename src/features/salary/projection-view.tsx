import { lazy, Suspense, useState } from 'react';
import { usePrinting } from '@/components/use-printing';
import { WhenNearView } from '@/components/when-near-view';
import type { ProjectedPath } from '@/domain/compare';
import type { TargetRoleId } from '@/domain/schema';
import { CHART_HEIGHT } from '@/features/salary/chart-size';
import { CsvDownload } from '@/features/salary/csv-download';
import { ProjectionTable } from '@/features/salary/projection-table';

interface ProjectionViewProps {
  paths: readonly ProjectedPath[];
  horizonYears: number;
  roleName: (id: TargetRoleId) => string;
  /** Passed to the chart: a fixed size for tests. */
  chartSize?: { width: number; height: number };
}

type View = 'chart' | 'table';

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

/** The projection as a chart or as a table of the same numbers, and as a CSV download. */
export function ProjectionView({ paths, horizonYears, roleName, chartSize }: ProjectionViewProps) {
  const [view, setView] = useState<View>('chart');
  // Paper gets the numbers as a table, whichever view is on screen.
  const printing = usePrinting();
  return (
    <section className="card salary-projection" aria-labelledby="projection-heading">
      <div className="salary-section-head">
        <h2 id="projection-heading">Pay over {horizonYears} years</h2>
        <div className="salary-view-actions">
          <div className="salary-toggle" role="group" aria-label="Show the projection as">
            {(['chart', 'table'] as const).map((v) => (
              <button
                key={v}
                type="button"
                className="button"
                aria-pressed={view === v}
                onClick={() => setView(v)}
              >
                {v === 'chart' ? 'Chart' : 'Table'}
              </button>
            ))}
          </div>
          <CsvDownload paths={paths} roleName={roleName} />
        </div>
      </div>
      <p className="muted">
        Yearly pay on each path (mid line; the shaded band is {paths[0]?.label}&rsquo;s low–high
        range) against staying where you are. Before the new role starts, a path pays what you earn
        now. Hover or focus the chart for exact figures.
      </p>
      {view === 'chart' && !printing ? (
        <WhenNearView placeholder={chartPlaceholder(chartSize)}>
          <Suspense fallback={chartPlaceholder(chartSize)}>
            <SalaryChart paths={paths} horizonYears={horizonYears} initialSize={chartSize} />
          </Suspense>
        </WhenNearView>
      ) : (
        <ProjectionTable paths={paths} />
      )}
    </section>
  );
}
