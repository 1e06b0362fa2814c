import { Link } from 'react-router';
import { Page } from '@/components/page';
import { pageFrames } from '@/components/page-frames';
import { SalarySummaryTable } from '@/components/salary-summary-table';
import { useSalaryPaths } from '@/components/use-salary-paths';
import { AssumptionsPanel } from '@/features/salary/assumptions-panel';
import { BaselineNote } from '@/features/salary/baseline-note';
import { ProjectionView } from '@/features/salary/projection-view';
import { RegionBands } from '@/features/salary/region-bands';
import { SalaryControls } from '@/features/salary/salary-controls';
import { SalaryHeadline } from '@/features/salary/salary-headline';
import { useSalaryAssumptions, useSalaryRegions } from '@/store/use-plan';
import './salary.css';

/** /salary: is the path worth it? Projections, break-even, assumptions. */
export default function SalaryPage({
  chartSize,
}: {
  chartSize?: { width: number; height: number };
}) {
  const { catalog, profile, horizonYears, alternatives, paths, roleName } = useSalaryPaths();
  const assumptions = useSalaryAssumptions();
  const regions = useSalaryRegions();
  const target = paths[0];

  return (
    <Page
      title={pageFrames.salary.title}
      lead={<p>{pageFrames.salary.lead}</p>}
      actions={
        <Link className="button" to="/plan">
          Edit your plan
        </Link>
      }
    >
      <SalaryControls
        catalog={catalog}
        profile={profile}
        horizonYears={horizonYears}
        alternatives={alternatives}
      />
      {target && (
        <>
          <BaselineNote
            catalog={catalog}
            baseline={target.projection.baseline}
            growthRate={assumptions.salary.growthRate}
          />
          <SalaryHeadline path={target} horizonYears={horizonYears} />
          <ProjectionView
            paths={paths}
            horizonYears={horizonYears}
            roleName={roleName}
            chartSize={chartSize}
          />
          <section className="card" aria-labelledby="summary-heading">
            <h2 id="summary-heading">Paths side by side</h2>
            <SalarySummaryTable
              paths={paths}
              horizonYears={horizonYears}
              roleName={roleName}
              caption={`Each path from your start date, over ${horizonYears} years`}
            />
          </section>
        </>
      )}
      <RegionBands catalog={catalog} regions={regions} regionId={profile.region} />
      <AssumptionsPanel catalog={catalog} />
    </Page>
  );
}
