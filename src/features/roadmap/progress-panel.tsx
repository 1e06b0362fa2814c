import { useState, type FormEvent } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import { addDays, diffDays } from '@/domain/dates';
import { lineages } from '@/domain/lineage';
import { loggedHours, paceOf, progressFor, weekOf, withStep, withWeek } from '@/domain/progress';
import type { Profile, StepProgress } from '@/domain/schema';
import type { StudyPlan } from '@/domain/study-plan';
import { formatDate } from '@/lib/format';
import { typedNumber } from '@/lib/typed-number';
import { useAppStore } from '@/store/app-store';
import { DateField } from '@/ui/date-field';
import { NumberField } from '@/ui/number-field';
import { SelectField } from '@/ui/select-field';
import { PracticePanel } from '@/features/roadmap/practice-panel';
import { useBaseline } from '@/features/roadmap/use-baseline';
import './progress-panel.css';

interface ProgressPanelProps {
  profile: Profile;
  studyPlan: StudyPlan;
  catalog: Catalog;
  today: string;
}

type StateChoice = 'none' | StepProgress['state'];

const STATE_OPTIONS: { value: StateChoice; label: string }[] = [
  { value: 'none', label: 'Not started' },
  { value: 'studying', label: 'Studying' },
  { value: 'booked', label: 'Exam booked' },
  { value: 'passed', label: 'Passed' },
  { value: 'failed', label: 'Failed (retake planned)' },
];

const weeksText = (days: number) => {
  const weeks = Math.max(1, Math.round(Math.abs(days) / 7));
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
};

/** Where the plan stands against the plan as first recorded, in words. */
function paceSentence(baseline: string | null, finish: string): string {
  const pace = paceOf(baseline, finish);
  if (pace === null || baseline === null)
    return 'Record what you do as you go: log the hours you study each week and mark each exam as you book, pass or fail it. What is left is then planned from today, and measured against the plan as it stands the first time you record something.';
  const late = diffDays(baseline, finish);
  if (pace === 'on-track')
    return `On track: likely finish ${formatDate(finish)}, first planned for ${formatDate(baseline)}.`;
  return `${pace === 'ahead' ? 'Ahead' : 'Behind'} by ${weeksText(late)}: likely finish ${formatDate(finish)}, first planned for ${formatDate(baseline)}.`;
}

/**
 * The living plan on /roadmap: a weekly check-in of hours studied, where each exam stands
 * (studying, booked, passed, failed), and whether the plan is ahead, on track or behind.
 */
export function ProgressPanel({ profile, studyPlan, catalog, today }: ProgressPanelProps) {
  const { progress } = profile;
  const finish = studyPlan.totals.finish.likely;
  const baseline = useBaseline(profile, studyPlan, catalog, today);
  const update = useAppStore((s) => s.updateProgress);
  const logWeek = (week: string, hours: number | null, baseline: string) =>
    update((p) => withWeek(p, week, hours, baseline));
  const thisWeek = weekOf(today);
  // This week or one of the seven before it: a check-in missed last week can still be made.
  const weeks = Array.from({ length: 8 }, (_, i) => addDays(thisWeek, -7 * i));
  const [week, setWeek] = useState(thisWeek);
  const logged = progress.log.find((e) => e.weekOf === week);
  const [hoursText, setHoursText] = useState('');
  const [hoursError, setHoursError] = useState('');
  const [message, setMessage] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const hours = typedNumber(hoursText);
    if (hours === null || !Number.isFinite(hours) || hours < 0 || hours > 100) {
      setHoursError('Hours must be a number from 0 to 100');
      return;
    }
    setHoursError('');
    logWeek(week, hours, baseline);
    setHoursText('');
    setMessage(
      `Logged ${hours} ${hours === 1 ? 'hour' : 'hours'} for the week of ${formatDate(week)}.`,
    );
  };

  // One editor per exam family: progress recorded as AI-102 belongs to a step now AI-103.
  const families = lineages(catalog);
  const lineageOf = (code: string) => families.get(code) ?? code;
  const planned = studyPlan.steps.map((s) => s.code);
  const plannedFamilies = new Set(planned.map(lineageOf));
  const codes = [
    ...planned,
    ...Object.keys(progress.steps).filter((c) => !plannedFamilies.has(lineageOf(c))),
  ];
  const total = loggedHours(progress);

  return (
    <section className="card progress-panel" aria-labelledby="progress-title">
      <h2 id="progress-title">Your progress</h2>
      <p className="progress-pace">{paceSentence(progress.baselineFinish, finish)}</p>

      <form className="progress-checkin" onSubmit={submit} noValidate>
        <SelectField
          label="Week"
          value={week}
          options={weeks.map((w, i) => ({
            value: w,
            label: `${i === 0 ? 'This week' : i === 1 ? 'Last week' : `${i} weeks ago`} (from ${formatDate(w)})`,
          }))}
          onChange={setWeek}
        />
        <NumberField
          label="Hours studied"
          help={`${logged ? `Logged so far for this week: ${logged.hours} hours (a new figure replaces it). ` : ''}Logged hours come off the first exams, and what is left is planned from today.`}
          value={hoursText}
          onChange={setHoursText}
          error={hoursError || undefined}
          min={0}
          max={100}
          suffix="hours"
        />
        <button type="submit" className="button button-primary">
          Log hours
        </button>
      </form>
      <p role="status" className="progress-message">
        {message}
      </p>

      {progress.log.length > 0 && (
        <div className="table-scroll">
          <table className="progress-log">
            <caption>
              Study log: {total} {total === 1 ? 'hour' : 'hours'} over {progress.log.length}{' '}
              {progress.log.length === 1 ? 'week' : 'weeks'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Hours</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...progress.log].reverse().map((entry) => (
                <tr key={entry.weekOf}>
                  <th scope="row">{formatDate(entry.weekOf)}</th>
                  <td>{entry.hours}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() => logWeek(entry.weekOf, null, baseline)}
                    >
                      Remove{' '}
                      <span className="visually-hidden">
                        the week of {formatDate(entry.weekOf)}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {codes.length > 0 && (
        <>
          <h3>Your exams</h3>
          <ul className="progress-steps">
            {codes.map((code) => {
              const [recordedAs, step] = progressFor(progress, code, lineageOf) ?? [code, null];
              return (
                <StepProgressEditor
                  // A new state or date starts its fields afresh (an import, another tab, a reset).
                  key={`${code}:${step?.state ?? 'none'}:${step && 'date' in step ? step.date : ''}`}
                  code={code}
                  recordedAs={recordedAs}
                  name={catalog.byCode.get(code)?.name ?? code}
                  step={step}
                  plannedExam={studyPlan.steps.find((s) => s.code === code)?.examDate ?? today}
                  today={today}
                  baseline={baseline}
                />
              );
            })}
          </ul>
        </>
      )}
      <PracticePanel profile={profile} studyPlan={studyPlan} catalog={catalog} today={today} />
    </section>
  );
}

interface StepProgressEditorProps {
  code: string;
  /** The code the progress is recorded under (another exam of the family, or `code`). */
  recordedAs: string;
  name: string;
  step: StepProgress | null;
  plannedExam: string;
  today: string;
  baseline: string;
}

/** One exam's state, with the date (and score) that state needs. */
function StepProgressEditor({
  code,
  recordedAs,
  name,
  step,
  plannedExam,
  today,
  baseline,
}: StepProgressEditorProps) {
  const update = useAppStore((s) => s.updateProgress);
  const setStep = (code: string, step: StepProgress | null, baseline: string) =>
    update((p) => withStep(p, code, step, baseline));
  const [scoreText, setScoreText] = useState(
    step && 'score' in step && step.score !== null ? String(step.score) : '',
  );
  const [scoreError, setScoreError] = useState('');
  const save = (next: StepProgress | null) => {
    // Recorded under the plan's code from now on; the family's old entry goes.
    if (recordedAs !== code) setStep(recordedAs, null, baseline);
    setStep(code, next, baseline);
  };
  // Failed attempts so far: kept through a booked retake.
  const failures =
    step?.state === 'failed' ? step.attempts : step?.state === 'booked' ? (step.attempts ?? 0) : 0;

  const choose = (state: StateChoice) => {
    setScoreError('');
    setScoreText('');
    if (state === 'none') return save(null);
    if (state === 'studying') return save({ state });
    const date = plannedExam < today ? today : plannedExam;
    if (state === 'booked')
      return save(failures > 0 ? { state, date, attempts: failures } : { state, date });
    if (state === 'passed') return save({ state, date: today, score: null });
    return save({ state, date: today, score: null, attempts: Math.min(10, failures + 1) });
  };

  const setDate = (date: string) => {
    if (!date || !step || step.state === 'studying') return;
    save({ ...step, date });
  };

  const setScore = (text: string) => {
    setScoreText(text);
    const score = scoreOf(text);
    if (score === undefined) {
      setScoreError('Score must be a whole number from 0 to 1000');
      return;
    }
    setScoreError('');
    if (step && (step.state === 'passed' || step.state === 'failed')) save({ ...step, score });
  };

  const dateLabel =
    step?.state === 'booked' ? 'Exam date' : step?.state === 'passed' ? 'Passed on' : 'Failed on';
  return (
    <li className="progress-step">
      <p className="progress-step-name">
        <strong>{code}</strong> {name}
      </p>
      <div className="progress-step-fields">
        <SelectField
          label={`Where you are with ${code}`}
          value={step?.state ?? 'none'}
          options={STATE_OPTIONS}
          onChange={choose}
        />
        {step && step.state !== 'studying' && (
          <DateField label={`${dateLabel} (${code})`} value={step.date} onChange={setDate} />
        )}
        {step && (step.state === 'passed' || step.state === 'failed') && (
          <NumberField
            label={`Score (${code}, optional)`}
            value={scoreText}
            onChange={setScore}
            error={scoreError || undefined}
            min={0}
            max={1000}
          />
        )}
      </div>
      {step?.state === 'failed' && (
        <p className="muted progress-step-note">
          Attempt {step.attempts}. The retake is planned after the exam’s waiting period; the hours
          still needed stay in the plan.{' '}
          <button
            type="button"
            className="button button-quiet"
            onClick={() =>
              save({ ...step, date: today, score: null, attempts: Math.min(10, step.attempts + 1) })
            }
          >
            Failed the retake too
          </button>
        </p>
      )}
    </li>
  );
}

/** A typed score: null when empty, undefined when it is not a whole number from 0 to 1000. */
function scoreOf(text: string): number | null | undefined {
  const n = typedNumber(text);
  if (n === null) return null;
  return Number.isInteger(n) && n >= 0 && n <= 1000 ? n : undefined;
}
