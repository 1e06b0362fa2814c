import { renewalSentence } from '@/domain/renewal';
import { formatDate, formatDateBetween, formatHours, formatWeeks, weightText } from '@/lib/format';
import type { Certification } from '@/domain/schema';
import type { AreaHours } from '@/domain/study-hours';
import type { StepInfo } from '@/features/roadmap/step-info';

/** Dates, hours and renewal of the step in this user's plan. */
export function PlannedFacts({ info }: { info: StepInfo }) {
  const { scheduled, renewal, step } = info;
  return (
    <>
      <h3>In your plan</h3>
      <dl className="exam-facts">
        {info.progress && (
          <>
            <dt>Your progress</dt>
            <dd>{info.progress}</dd>
          </>
        )}
        {scheduled ? (
          <>
            <dt>Study</dt>
            <dd>
              {formatDate(scheduled.startDate)} → exam {formatDate(scheduled.examDate)}
              {scheduled.examDates.earliest !== scheduled.examDates.latest && (
                <small className="details-note">
                  Exam {formatDateBetween(scheduled.examDates)}
                </small>
              )}
            </dd>
            <dt>Time</dt>
            <dd>
              {formatHours(scheduled.hours)}, {formatWeeks(scheduled.weeksRange)} ({scheduled.weeks}{' '}
              likely)
            </dd>
          </>
        ) : (
          <>
            <dt>Schedule</dt>
            <dd>
              {step.status === 'held'
                ? 'You hold this: no study time.'
                : 'Not scheduled in your plan.'}
            </dd>
          </>
        )}
        {renewal && info.cert && (
          <>
            <dt>Expires</dt>
            <dd>{formatDate(renewal.expiresOn)}</dd>
            <dt>Renewal</dt>
            <dd>
              {renewalSentence(info.cert, renewal.windowOpensOn, renewal.renewable, formatDate)}
            </dd>
          </>
        )}
      </dl>
    </>
  );
}

/** Skills outline with weights; for the core exam also the user's hours per area. */
export function SkillAreas({
  skills,
  areas,
}: {
  skills: NonNullable<Certification['skills']>;
  areas: AreaHours[];
}) {
  const hours = new Map(areas.map((a) => [a.id, a.hours]));
  const withHours = hours.size > 0;
  return (
    <>
      <h3>Skills measured</h3>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">
            Skills areas ({outlineText(skills.outlineDate)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Weight</th>
              {withHours && <th scope="col">Your hours</th>}
            </tr>
          </thead>
          <tbody>
            {skills.areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{area.name}</th>
                <td>{weightText(area.weight, skills.approximate)}</td>
                {withHours && <td>{hours.has(area.id) ? Math.round(hours.get(area.id)!) : '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted details-outline">{outlineText(skills.outlineDate)}.</p>
    </>
  );
}

const outlineText = (date: string | null) =>
  date === null ? 'Undated outline' : `Outline of ${formatDate(date)}`;
