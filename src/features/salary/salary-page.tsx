import { Link } from 'react-router';
import { Page } from '@/ui/page';
import { frameOf } from '@/routes/routes';
import { SalarySummaryTable } from '@/shared/salary/salary-summary-table';
import { useSalaryPaths } from '@/shared/salary/use-salary-paths';
import { AssumptionsPanel } from '@/features/salary/assumptions-panel';
import { CurrentPay } from '@/features/salary/current-pay';
import { ProjectionView } from '@/features/salary/projection-view';
import { RegionBands } from '@/features/salary/region-bands';
import { SalaryControls } from '@/features/salary/salary-controls';
import { SalaryFigures } from '@/features/salary/salary-figures';
import { BreakEvenCard } from '@/features/salary/break-even-card';
import { RelevantYears } from '@/features/salary/relevant-years';
import { useSalaryAssumptions, useSalaryRegions } from '@/store/use-plan';
import './salary.css';

/** The heading and lead the build prerendered this page with (src/routes/routes.json). */
const frame = frameOf('/salary');

/** /salary: is the path worth it? Projections, break-even, assumptions. */
export default function SalaryPage({
  chartSize,
}: {
  chartSize?: { width: number; height: number };
}) {
  const { catalog, profile, horizonYears, alternatives, paths } = useSalaryPaths();
  const assumptions = useSalaryAssumptions();
  const regions = useSalaryRegions();
  const target = paths[0];

  return (
    <Page
      title={frame.title}
      lead={<p>{frame.lead}</p>}
      actions={
        <Link className="button" to="/plan">
          Edit your background
        </Link>
      }
    >
      {/* What it is worked out from (the salary first: without it the stay line is a proxy), in
          a few lines; then the answer, break-even and the chart (on a phone within a screen and
          a half), the figures behind them, and the settings that refine it. */}
      {target && (
        <>
          <CurrentPay
            catalog={catalog}
            baseline={target.projection.baseline}
            growthRate={assumptions.salary.growthRate}
          />
          <BreakEvenCard path={target} horizonYears={horizonYears} />
          <ProjectionView paths={paths} horizonYears={horizonYears} chartSize={chartSize} />
          <SalaryFigures
            path={target}
            horizonYears={horizonYears}
            note={
              <RelevantYears
                catalog={catalog}
                profile={profile}
                relevantYears={target.projection.relevantYears}
              />
            }
          />
        </>
      )}
      <SalaryControls
        catalog={catalog}
        profile={profile}
        horizonYears={horizonYears}
        alternatives={alternatives}
      />
      {target && (
        <section className="card" aria-labelledby="summary-heading">
          <h2 id="summary-heading">Paths side by side</h2>
          <SalarySummaryTable
            paths={paths}
            horizonYears={horizonYears}
            caption={`Each path from your start date, over ${horizonYears} years`}
          />
        </section>
      )}
      <RegionBands catalog={catalog} regions={regions} profile={profile} />
      <AssumptionsPanel catalog={catalog} />
    </Page>
  );
}
