import { useState } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import { lineages } from '@/domain/lineage';
import { progressFor, progressOffPlan, retakeOf, retakeRule, withStep } from '@/domain/progress';
import { failedAgain, failedStep, retakeSentence } from '@/domain/retake';
import type { Baseline } from '@/domain/progress';
import type { Profile, Retake, StepProgress } from '@/domain/schema';
import type { ScheduledStep } from '@/domain/schedule';
import type { StudyPlan } from '@/domain/study-plan';
import { formatDate } from '@/lib/format';
import { typedNumber } from '@/lib/typed-number';
import { useAppStore } from '@/store/app-store';
import { DateField } from '@/ui/date-field';
import { NumberField } from '@/ui/number-field';
import { SelectField } from '@/ui/select-field';
import { SourceLink } from '@/ui/source-link';

type StateChoice = 'none' | StepProgress['state'];

const STATE_OPTIONS: { value: StateChoice; label: string }[] = [
  { value: 'none', label: 'Not started' },
  { value: 'studying', label: 'Studying' },
  { value: 'booked', label: 'Exam booked' },
  { value: 'passed', label: 'Passed' },
  { value: 'failed', label: 'Failed (retake planned)' },
];

interface ExamProgressProps {
  profile: Profile;
  studyPlan: StudyPlan;
  catalog: Catalog;
  today: string;
  baseline: Baseline;
}

/** Where the user is with each exam of the plan (and any recorded off it). */
export function ExamProgress({ profile, studyPlan, catalog, today, baseline }: ExamProgressProps) {
  const { progress } = profile;
  // One editor per exam family: progress recorded as AI-102 belongs to a step now AI-103.
  const families = lineages(catalog);
  const lineageOf = (code: string) => families.get(code) ?? code;
  const planned = studyPlan.steps.map((s) => s.code);
  const codes = [...planned, ...progressOffPlan(progress, planned, lineageOf)];
  if (codes.length === 0) return null;
  return (
    <>
      <h3>Your exams</h3>
      <ul className="progress-steps">
        {codes.map((code) => {
          const [recordedAs, step] = progressFor(progress, code, lineageOf) ?? [code, null];
          return (
            <StepProgressEditor
              // A new state or attempt starts its fields afresh (an import, another tab, a
              // retake failed too); a new date does not, so typing a date keeps the field.
              key={`${code}:${step?.state ?? 'none'}:${step?.state === 'failed' ? step.attempts : ''}`}
              code={code}
              recordedAs={recordedAs}
              catalog={catalog}
              step={step}
              scheduled={studyPlan.steps.find((s) => s.code === code)}
              today={today}
              baseline={baseline}
            />
          );
        })}
      </ul>
    </>
  );
}

interface StepProgressEditorProps {
  code: string;
  /** The code the progress is recorded under (another exam of the family, or `code`). */
  recordedAs: string;
  catalog: Catalog;
  step: StepProgress | null;
  scheduled: ScheduledStep | undefined;
  today: string;
  baseline: Baseline;
}

/** A date a person means: a complete date from this century (not 0002-03-15 mid-typing). */
const plausible = (date: string) => /^(20|21)\d\d-\d\d-\d\d$/.test(date);

/** One exam's state, with the date (and score) that state needs. */
function StepProgressEditor({
  code,
  recordedAs,
  catalog,
  step,
  scheduled,
  today,
  baseline,
}: StepProgressEditorProps) {
  const update = useAppStore((s) => s.updateProgress);
  const cert = catalog.byCode.get(code);
  const [scoreText, setScoreText] = useState(
    step && 'score' in step && step.score !== null ? String(step.score) : '',
  );
  const [scoreError, setScoreError] = useState('');
  const save = (next: StepProgress | null) =>
    update((p) => {
      // Recorded under the plan's code from now on; the family's old entry goes.
      const moved = recordedAs !== code ? withStep(p, recordedAs, null, baseline) : p;
      return withStep(moved, code, next, baseline);
    });
  // Failed attempts so far: kept through studying for and booking the retake.
  const retake = retakeOf(step);
  const rule = retake && cert ? retakeRule(cert, retake, catalog.assumptions) : null;

  const choose = (state: StateChoice) => {
    setScoreError('');
    setScoreText('');
    if (state === 'none') return save(null);
    if (state === 'studying') return save(retake ? { state, retake } : { state });
    if (state === 'booked') {
      const planned = scheduled?.examDate ?? today;
      const date = planned < today ? today : planned;
      return save(retake ? { state, date, retake } : { state, date });
    }
    if (state === 'passed') return save({ state, date: today, score: null });
    return save(failedStep(failedAgain(retake, today), null));
  };

  const setDate = (date: string) => {
    if (!plausible(date) || !step || step.state === 'studying') return;
    // An exam passed or failed has been sat: not a day still to come.
    if ((step.state === 'passed' || step.state === 'failed') && date > today) return;
    if (step.state === 'failed' && step.attempts === 1)
      return save({ ...step, date, firstFailedOn: date });
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
        <strong>{code}</strong> {cert?.name ?? code}
      </p>
      <div className="progress-step-fields">
        <SelectField
          label={`Where you are with ${code}`}
          value={step?.state ?? 'none'}
          options={STATE_OPTIONS}
          onChange={choose}
        />
        {step && step.state !== 'studying' && (
          <DateField
            label={`${dateLabel} (${code})`}
            value={step.date}
            onChange={setDate}
            min="2000-01-01"
            max={step.state === 'booked' ? undefined : today}
          />
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
      {retake && cert && rule && (
        <RetakeNote
          retake={retake}
          rule={rule}
          sentence={retakeSentence(cert, retake, rule)}
          scheduled={scheduled}
          onFailedAgain={
            step?.state === 'failed'
              ? () => save(failedStep(failedAgain(retake, today), null))
              : undefined
          }
        />
      )}
    </li>
  );
}

interface RetakeNoteProps {
  retake: Retake;
  rule: ReturnType<typeof retakeRule>;
  /** The vendor's rule in words, with the retake's first day. */
  sentence: string;
  scheduled: ScheduledStep | undefined;
  onFailedAgain?: () => void;
}

/** The attempt count, the vendor's waiting period with its source, and the retake's date. */
function RetakeNote({ retake, rule, sentence, scheduled, onFailedAgain }: RetakeNoteProps) {
  return (
    <p className="muted progress-step-note">
      {retake.attempts} failed {retake.attempts === 1 ? 'attempt' : 'attempts'}
      {retake.failedOn && `, the last on ${formatDate(retake.failedOn)}`}. {sentence} (
      <SourceLink sourceId={rule.sourceId} />)
      {scheduled &&
        ` The plan dates the retake ${formatDate(scheduled.examDate)}, with ${scheduled.plannedHours} hours still to study.`}{' '}
      {onFailedAgain && (
        <button type="button" className="button button-quiet" onClick={onFailedAgain}>
          Failed the retake too
        </button>
      )}
    </p>
  );
}

/** A typed score: null when empty, undefined when it is not a whole number from 0 to 1000. */
function scoreOf(text: string): number | null | undefined {
  const n = typedNumber(text);
  if (n === null) return null;
  return Number.isInteger(n) && n >= 0 && n <= 1000 ? n : undefined;
}
