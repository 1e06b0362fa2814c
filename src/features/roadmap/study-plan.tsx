import { renewalSentence } from '@/domain/renewal';
import { formatDate, formatDateBetween, formatHours, formatUsd, formatWeeks } from '@/lib/format';
import type { Catalog } from '@/domain/catalog-model';
import type { StudyPlan as StudyPlanData } from '@/domain/study-plan';
import { lineages } from '@/domain/lineage';
import { emptyProgress, progressFor } from '@/domain/progress';
import type { Progress } from '@/domain/schema';
import { progressText } from '@/features/roadmap/step-info';
import './study-plan.css';

interface StudyPlanProps {
  studyPlan: StudyPlanData;
  catalog: Catalog;
  /** What the user recorded per exam (a living plan): shown on each step. */
  progress?: Progress['steps'];
}

/** The dated timeline of study blocks and exams, with totals and renewal dates. */
export function StudyPlan({ studyPlan, catalog, progress = {} }: StudyPlanProps) {
  const { steps, totals, renewals } = studyPlan;
  const nameOf = (code: string) => catalog.byCode.get(code)?.name ?? code;
  const families = lineages(catalog);
  const recorded = { ...emptyProgress(), steps: progress };
  const stateOf = (code: string) =>
    progressText(progressFor(recorded, code, (c) => families.get(c) ?? c)?.[1]);
  return (
    <section className="study-plan card" aria-labelledby="study-plan-title">
      <h2 id="study-plan-title">Study plan</h2>
      {steps.length === 0 ? (
        <p>Nothing to study: you already hold every step this role needs.</p>
      ) : (
        <ol className="timeline" aria-label="Study timeline">
          {steps.map((s) => (
            <li key={s.code} className="timeline-step">
              <div className="timeline-when">
                {formatDate(s.startDate)} → <strong>exam {formatDate(s.examDate)}</strong>
                {s.examDates.earliest !== s.examDates.latest && (
                  <span className="muted"> ({formatDateBetween(s.examDates)})</span>
                )}
              </div>
              <div className="timeline-what">
                <strong>{s.code}</strong> {nameOf(s.code)}
                {stateOf(s.code) && <span className="timeline-progress"> · {stateOf(s.code)}</span>}
              </div>
              <div className="timeline-facts muted">
                {s.booked
                  ? `${s.weeks} study ${s.weeks === 1 ? 'week' : 'weeks'} to the booked exam`
                  : `${formatWeeks(s.weeksRange)} (${s.weeks} likely)`}{' '}
                · {formatHours(s.hours)} · {formatUsd(s.feeUsd)} exam fee
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="study-plan-total">
        <strong>Total:</strong> {formatHours(totals.hours)} over {formatWeeks(totals.weeksRange)} (
        {totals.weeks} likely), exam fees {formatUsd(totals.feesUsd)}, finishing{' '}
        {formatDate(totals.finish.likely)}
        {totals.finish.earliest !== totals.finish.latest &&
          ` (${formatDateBetween(totals.finish)})`}
        .
      </p>
      {renewals.length > 0 && (
        <>
          <h3 id="renewals-title">Renewals</h3>
          <ul className="renewals" aria-labelledby="renewals-title">
            {renewals.map((r) => (
              <li key={r.code}>
                <strong>{r.code}</strong> expires {formatDate(r.expiresOn)}.{' '}
                <span className={r.renewable ? undefined : 'renewal-impossible'}>
                  {renewalSentence(
                    catalog.byCode.get(r.code)!,
                    r.windowOpensOn,
                    r.renewable,
                    formatDate,
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
