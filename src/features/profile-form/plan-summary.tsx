import { useId } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateBetween, formatHours, formatUsd, formatWeeks } from '@/lib/format';
import type { Catalog } from '@/domain/catalog-model';
import type { Plan } from '@/store/use-plan';

interface PlanSummaryProps {
  catalog: Catalog;
  plan: Plan;
  /** Some field holds a bad value: the summary still shows the last valid profile. */
  hasErrors: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The plan's headline numbers, updated as the user types. */
export function PlanSummary({ catalog, plan, hasErrors }: PlanSummaryProps) {
  const headingId = useId();
  const { roadmap, studyPlan } = plan;
  const core = roadmap.steps.find((s) => s.code === roadmap.coreCode);
  const coreName = catalog.byCode.get(roadmap.coreCode)?.name;
  const { totals } = studyPlan;
  const stepCount = studyPlan.steps.length;

  return (
    <aside className="card plan-summary" id="plan-summary" aria-labelledby={headingId}>
      <h2 id={headingId}>Your plan so far</h2>
      <div aria-live="polite">
        {hasErrors && (
          <p className="callout callout-warning plan-summary-note">
            Some fields need fixing; this uses your last valid answers.
          </p>
        )}
        <dl className="summary-list">
          <div>
            <dt>Core exam</dt>
            <dd>
              <code>{roadmap.coreCode}</code> {coreName}
              {core?.replaces && <span className="summary-replaces">replaces {core.replaces}</span>}
              {core?.status === 'held' && <span className="summary-replaces">you hold it</span>}
            </dd>
          </div>
          <div>
            <dt>Exams to take</dt>
            <dd>
              {stepCount === 0 ? 'None: nothing left to study' : plural(stepCount, 'exam', 'exams')}
            </dd>
          </div>
          <div>
            <dt>Study time</dt>
            <dd>
              {formatWeeks(totals.weeksRange)}
              <span className="summary-sub">
                {plural(totals.weeks, 'week', 'weeks')} likely · {formatHours(totals.hours)}
              </span>
            </dd>
          </div>
          <div>
            <dt>Finish</dt>
            <dd>
              {formatDate(totals.finish.likely)}
              {totals.finish.earliest !== totals.finish.latest && (
                <span className="summary-sub">likely; {formatDateBetween(totals.finish)}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Exam fees</dt>
            <dd>{formatUsd(totals.feesUsd)}</dd>
          </div>
        </dl>
        {roadmap.notices.length > 0 && (
          <div className="summary-notices">
            <h3>Good to know</h3>
            <ul>
              {roadmap.notices.map((notice) => (
                <li key={`${notice.kind}-${notice.code}`}>{notice.message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <Link to="/roadmap" className="button button-primary plan-summary-link">
        See your roadmap
      </Link>
    </aside>
  );
}
