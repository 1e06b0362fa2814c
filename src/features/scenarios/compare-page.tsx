import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { Page } from '@/ui/page';
import { frameOf } from '@/routes/routes';
import { HorizonPicker, RolePicker } from '@/shared/salary/salary-pickers';
import { SalarySummaryTable } from '@/shared/salary/salary-summary-table';
import { useSalaryPaths } from '@/shared/salary/use-salary-paths';
import { WhenNearView } from '@/ui/when-near-view';
import { useAppStore } from '@/store/app-store';
import { CompareModePicker, type CompareMode } from '@/features/scenarios/compare-mode-picker';
import { ComparisonHighlights } from '@/features/scenarios/comparison-highlights';
import { ChartNotes } from '@/shared/salary/salary-chart-notes';
import { SavedPlansSection } from '@/features/scenarios/saved-plans-section';
import { StoredDataSection } from '@/features/scenarios/stored-data-section';
import { usePlanPaths } from '@/features/scenarios/use-plan-paths';
import './compare-page.css';
import './saved-plans.css';

/** The heading and lead the build prerendered this page with (src/routes/routes.json). */
const frame = frameOf('/compare');

// The chart library loads when the chart is about to be seen (it is below the table).
import { PLANS_CHART_HEIGHT } from '@/shared/salary/chart-size';

const PlansChart = lazy(() => import('@/features/scenarios/plans-chart'));
const chartPlaceholder = (
  <p className="compare-chart-placeholder muted" style={{ height: PLANS_CHART_HEIGHT }}>
    Loading the chart…
  </p>
);

/**
 * /compare: paths side by side. Either saved plans (each a column, up to four), or the
 * current plan with each chosen role as its goal.
 */
export default function ComparePage() {
  const {
    catalog,
    profile,
    horizonYears,
    alternatives,
    paths: rolePaths,
    roleName,
  } = useSalaryPaths();
  const setHorizon = useAppStore((s) => s.setHorizon);
  const setCompareRoles = useAppStore((s) => s.setCompareRoles);
  const saved = useAppStore((s) => s.savedPlans.length);
  const planPaths = usePlanPaths(horizonYears);
  // Until the user chooses, saved plans come first whenever there are any.
  const [choice, setChoice] = useState<CompareMode | null>(null);
  const mode: CompareMode = choice ?? (saved > 0 ? 'plans' : 'roles');
  const paths = mode === 'plans' ? planPaths : rolePaths;

  return (
    <Page
      title={frame.title}
      lead={<p>{frame.lead}</p>}
      actions={
        <Link className="button" to="/salary">
          See the salary chart
        </Link>
      }
    >
      <section className="card compare-controls" aria-label="Comparison settings">
        <div className="compare-controls-main">
          <CompareModePicker value={mode} onChange={setChoice} saved={saved} />
          {mode === 'roles' && (
            <RolePicker
              roles={catalog.roles}
              targetRole={profile.targetRole}
              selected={alternatives}
              onChange={setCompareRoles}
            />
          )}
        </div>
        <HorizonPicker value={horizonYears} onChange={setHorizon} name="compare-horizon" />
      </section>
      {mode === 'roles' && alternatives.length === 0 && (
        <p className="callout callout-info">
          Pick one or more roles above to see them next to {roleName(profile.targetRole)}.
        </p>
      )}
      {mode === 'plans' && paths.length === 0 && (
        <p className="callout callout-info">
          {saved === 0
            ? 'Save a plan above (then change something and save another) to compare them here.'
            : 'Tick “Compare” on up to four saved plans above to see them side by side.'}
        </p>
      )}
      {paths.length > 0 && (
        <>
          <ComparisonHighlights paths={paths} horizonYears={horizonYears} />
          <section className="card" aria-labelledby="compare-table-heading">
            <h2 id="compare-table-heading">Side by side</h2>
            <SalarySummaryTable
              paths={paths}
              horizonYears={horizonYears}
              showDifference
              caption={
                mode === 'plans'
                  ? `Each saved plan from its start date, over ${horizonYears} years`
                  : `Each path from your start date, over ${horizonYears} years`
              }
            />
            <p className="compare-footnote muted">
              {mode === 'plans'
                ? 'Each column is a saved plan with its own background, goal, hours a week, where you work and start date. '
                : 'Same background, hours a week, where you work and start date in every column; only the goal differs. '}
              Pay ranges are the roles&rsquo; bands in each region, grown by the assumptions you set
              on the <Link to="/salary">salary page</Link>.
            </p>
          </section>
          <section className="card compare-chart" aria-labelledby="compare-chart-heading">
            <h2 id="compare-chart-heading">Pay over time</h2>
            <WhenNearView placeholder={chartPlaceholder}>
              <Suspense fallback={chartPlaceholder}>
                <PlansChart paths={paths} horizonYears={horizonYears} />
              </Suspense>
            </WhenNearView>
            <ChartNotes paths={paths} only="shared" />
            <p className="compare-footnote muted">
              Likely figures; the table above has the ranges.
            </p>
          </section>
        </>
      )}
      {/* The comparison (the answer) first; the plans to pick from and manage below it. */}
      <SavedPlansSection roleName={roleName} onCompareChange={() => setChoice('plans')} />
      <StoredDataSection />
    </Page>
  );
}
