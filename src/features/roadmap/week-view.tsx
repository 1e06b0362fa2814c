import { useState } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import { weekOf } from '@/domain/dates';
import { baselineOf, SESSION_TIME, withAway } from '@/domain/progress';
import type { Profile, Weekday } from '@/domain/schema';
import type { StudyPlan } from '@/domain/study-plan';
import { sessionLength, sessionPlan, stepWeeks } from '@/domain/week-plan';
import type { PlanWeek } from '@/domain/week-plan';
import { formatDate, formatDateSpan } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { Field, FieldError } from '@/ui/field';
import { SourceLink } from '@/ui/source-link';
import './week-view.css';

interface WeekViewProps {
  profile: Profile;
  studyPlan: StudyPlan;
  catalog: Catalog;
  today: string;
}

const DAYS: { value: Weekday; label: string; short: string }[] = [
  { value: 'MO', label: 'Monday', short: 'Mon' },
  { value: 'TU', label: 'Tuesday', short: 'Tue' },
  { value: 'WE', label: 'Wednesday', short: 'Wed' },
  { value: 'TH', label: 'Thursday', short: 'Thu' },
  { value: 'FR', label: 'Friday', short: 'Fri' },
  { value: 'SA', label: 'Saturday', short: 'Sat' },
  { value: 'SU', label: 'Sunday', short: 'Sun' },
];

/**
 * The study plan week by week: which skills areas each week holds and for how long, with the
 * user's study days and time (for the calendar file) and a switch per week for being away.
 */
export function WeekView({ profile, studyPlan, catalog, today }: WeekViewProps) {
  const { progress, hoursPerWeek } = profile;
  const update = useAppStore((s) => s.updateProgress);
  const baseline = baselineOf(studyPlan, today);
  const [daysError, setDaysError] = useState('');
  const away = new Set(progress.away);
  const { days, time } = progress.sessions;
  const limits = catalog.assumptions.sessions;
  const sessions = sessionPlan(hoursPerWeek, days, limits);
  const thisWeek = weekOf(today);
  if (studyPlan.steps.length === 0) return null;

  const toggleDay = (day: Weekday, on: boolean) => {
    const next = DAYS.map((d) => d.value).filter((d) => (d === day ? on : days.includes(d)));
    if (next.length === 0) {
      setDaysError('Keep at least one study day.');
      return;
    }
    setDaysError('');
    update((p) => ({ ...p, sessions: { ...p.sessions, days: next } }));
  };
  const setTime = (value: string) => {
    if (!SESSION_TIME.test(value)) return;
    update((p) => ({ ...p, sessions: { ...p.sessions, time: value } }));
  };
  const setAway = (week: string, on: boolean) => update((p) => withAway(p, week, on, baseline));

  return (
    <section className="card week-view" aria-labelledby="week-view-title">
      <h2 id="week-view-title">Week by week</h2>
      <p className="muted">
        Each week’s skills areas, in the order of the exam’s outline, with the hours for each. Mark
        a week you will be away: nothing is planned then and the exams after it move a week later.
        The calendar file (Share and export) has your study sessions on these days.
      </p>
      <div className="week-sessions">
        <fieldset
          className="week-days"
          aria-describedby={daysError ? 'week-days-error' : undefined}
        >
          <legend>Study days</legend>
          <div className="week-days-options">
            {DAYS.map((d) => (
              <label key={d.value} className="week-day">
                <input
                  type="checkbox"
                  checked={days.includes(d.value)}
                  onChange={(e) => toggleDay(d.value, e.target.checked)}
                />
                <span aria-hidden="true">{d.short}</span>
                <span className="visually-hidden">{d.label}</span>
              </label>
            ))}
          </div>
          <div aria-live="polite">
            {daysError && <FieldError id="week-days-error" message={daysError} />}
          </div>
        </fieldset>
        <TimeField value={time} onChange={setTime} />
        <SessionsText sessions={sessions} hoursPerWeek={hoursPerWeek} chosen={days.length} />
      </div>
      <p className="muted week-sessions-why">
        One session on a study day, from {sessionLength(limits.minMinutes)} to{' '}
        {sessionLength(limits.maxMinutes)} long: <SourceLink sourceId={limits.source} />
      </p>
      {studyPlan.steps.map((step, i) => {
        const weeks = stepWeeks(step, away);
        const current = step.startDate <= today && today <= step.examDate;
        return (
          <details
            key={step.code}
            className="week-step"
            open={current || (i === 0 && studyPlan.steps[0]!.startDate > today)}
          >
            <summary>
              <strong>{step.code}</strong> {catalog.byCode.get(step.code)?.name}: {step.weeks} study{' '}
              {step.weeks === 1 ? 'week' : 'weeks'},{' '}
              {formatDateSpan({
                earliest: step.startDate,
                likely: step.startDate,
                latest: step.examDate,
              })}
              {step.awayWeeks > 0 && ` (${step.awayWeeks} away)`}
              {step.hoursPerWeek > hoursPerWeek &&
                `: your booking needs about ${step.hoursPerWeek} hours a week`}
            </summary>
            <div className="table-scroll">
              <table className="week-table">
                <caption className="visually-hidden">
                  {step.code}, week by week: skills areas and hours
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Week</th>
                    <th scope="col">Skills areas (hours)</th>
                    <th scope="col">Away</th>
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((w) => (
                    <WeekRow
                      key={w.firstDay}
                      week={w}
                      now={w.calendarWeek === thisWeek}
                      onAway={(on) => setAway(w.calendarWeek, on)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
    </section>
  );
}

function WeekRow({
  week,
  now,
  onAway,
}: {
  week: PlanWeek;
  now: boolean;
  onAway: (on: boolean) => void;
}) {
  const dates = formatDateSpan({
    earliest: week.firstDay,
    likely: week.firstDay,
    latest: week.lastDay,
  });
  return (
    <tr className={`${week.away ? 'week-away' : ''}${now ? ' week-now' : ''}`.trim() || undefined}>
      <th scope="row">
        {week.away ? 'Away' : week.index === null ? 'Exam day' : `${week.index} of ${week.of}`}
        {now && <span className="week-now-label"> (this week)</span>}
        <span className="week-dates">{dates}</span>
      </th>
      <td>
        {week.away ? (
          <span className="muted">No study planned</span>
        ) : week.index === null ? null : week.blocks.length === 0 ? (
          <span className="muted">Review and practice</span>
        ) : (
          <ul className="week-blocks">
            {week.blocks.map((b) => (
              <li key={b.areaId ?? b.name}>
                {b.name} <span className="muted">({b.hours} h)</span>
              </li>
            ))}
          </ul>
        )}
        {week.exam && <strong className="week-exam"> Exam {formatDate(week.lastDay)}</strong>}
      </td>
      <td>
        <label className="week-away-toggle">
          <input type="checkbox" checked={week.away} onChange={(e) => onAway(e.target.checked)} />
          <span className="visually-hidden">Away {dates}</span>
        </label>
      </td>
    </tr>
  );
}

interface SessionsTextProps {
  sessions: ReturnType<typeof sessionPlan>;
  hoursPerWeek: number;
  chosen: number;
}

/** "3 sessions of 3 h 20 min a week (about 10 hours)", and why it differs from the days chosen. */
function SessionsText({ sessions, hoursPerWeek, chosen }: SessionsTextProps) {
  const { days, minutes } = sessions;
  const hours = `${hoursPerWeek} ${hoursPerWeek === 1 ? 'hour' : 'hours'} a week`;
  return (
    <p className="week-session-length" role="status">
      {days.length} {days.length === 1 ? 'session' : 'sessions'} of {sessionLength(minutes)} a week
      {sessions.fewerDays &&
        ` (${hours}: ${days.length} of your ${chosen} days, so that no session is shorter)`}
      {!sessions.fewerDays && !sessions.capped && ` (about ${hours})`}
      {sessions.capped && (
        <strong className="week-session-capped">
          {' '}
          ({sessions.hoursPerWeek} of your {hours}: {hoursPerWeek} hours do not fit {chosen}{' '}
          {chosen === 1 ? 'day' : 'days'}; pick more study days)
        </strong>
      )}
    </p>
  );
}

function TimeField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <Field label="Sessions start at" canError={false} className="field week-time">
      {(control) => (
        <input {...control} type="time" value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
