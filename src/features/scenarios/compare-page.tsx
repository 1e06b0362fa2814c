import { Link } from 'react-router';
import { Page } from '@/components/page';
import { HorizonPicker, RolePicker } from '@/components/salary-pickers';
import { SalarySummaryTable } from '@/components/salary-summary-table';
import { useSalaryPaths } from '@/components/use-salary-paths';
import { useAppStore } from '@/store/app-store';
import { ComparisonHighlights } from '@/features/scenarios/comparison-highlights';
import './compare-page.css';

/**
 * /compare: paths side by side. Until saved plans exist, the columns are the current plan
 * with each chosen role as its goal; a saved plan becomes one more labelled column.
 */
export default function ComparePage() {
  const { catalog, profile, horizonYears, alternatives, paths, roleName } = useSalaryPaths();
  const setHorizon = useAppStore((s) => s.setHorizon);
  const setCompareRoles = useAppStore((s) => s.setCompareRoles);

  return (
    <Page
      title="Compare paths"
      lead={
        <p>
          Your plan with {roleName(profile.targetRole)} as the goal, next to the same plan aimed at other roles: how long
          each takes, what it costs, what it pays at 1, 5 and 10 years, and when it pays back.
        </p>
      }
      actions={
        <Link className="button" to="/salary">
          See the salary chart
        </Link>
      }
    >
      <section className="card compare-controls" aria-label="Comparison settings">
        <RolePicker
          roles={catalog.roles}
          targetRole={profile.targetRole}
          selected={alternatives}
          onChange={setCompareRoles}
        />
        <HorizonPicker value={horizonYears} onChange={setHorizon} name="compare-horizon" />
      </section>
      {alternatives.length === 0 && (
        <p className="callout callout-info">
          Pick one or more roles above to see them next to {roleName(profile.targetRole)}.
        </p>
      )}
      <ComparisonHighlights paths={paths} horizonYears={horizonYears} />
      <section className="card" aria-labelledby="compare-table-heading">
        <h2 id="compare-table-heading">Side by side</h2>
        <SalarySummaryTable
          paths={paths}
          horizonYears={horizonYears}
          roleName={roleName}
          caption={`Each path from your start date, over ${horizonYears} years`}
        />
        <p className="compare-footnote muted">
          Same background, hours a week, region and start date in every column; only the goal differs. Pay ranges
          are the roles&rsquo; bands in your region, grown by the assumptions you set on the{' '}
          <Link to="/salary">salary page</Link>.
        </p>
      </section>
    </Page>
  );
}
