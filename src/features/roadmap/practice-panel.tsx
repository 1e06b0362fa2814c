import { useState, type FormEvent } from 'react';
import type { Catalog } from '@/domain/catalog-model';
import { withPractice } from '@/domain/progress';
import { readinessOf, readinessTarget } from '@/domain/readiness';
import type { Readiness } from '@/domain/readiness';
import type { Certification, PracticeResult, Profile } from '@/domain/schema';
import type { StudyPlan } from '@/domain/study-plan';
import { formatDate } from '@/lib/format';
import { typedNumber } from '@/lib/typed-number';
import { useAppStore } from '@/store/app-store';
import { NumberField } from '@/ui/number-field';
import { SelectField } from '@/ui/select-field';
import { SourceLink } from '@/ui/source-link';

interface PracticePanelProps {
  profile: Profile;
  studyPlan: StudyPlan;
  catalog: Catalog;
  today: string;
}

/** A typed percent: null when empty, undefined when it is not a number from 0 to 100. */
function percentOf(text: string): number | null | undefined {
  const n = typedNumber(text);
  if (n === null) return null;
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

const percentText = (n: number | null | undefined) => (n == null ? '' : String(n));

/**
 * Practice results and readiness (a living plan): the per-area percents of a practice
 * assessment for one of the plan's exams, readiness against the target, and the target itself.
 */
export function PracticePanel({ profile, studyPlan, catalog, today }: PracticePanelProps) {
  const { progress } = profile;
  const exams = studyPlan.steps.filter(
    (s) => (catalog.byCode.get(s.code)?.skills?.areas ?? []).length > 0,
  );
  const [chosen, setChosen] = useState(exams[0]?.code ?? '');
  const [message, setMessage] = useState('');
  if (exams.length === 0) return null;
  const code = exams.some((s) => s.code === chosen) ? chosen : exams[0]!.code;
  const cert = catalog.byCode.get(code)!;
  const target = readinessTarget(progress, catalog.assumptions);
  const saved = progress.practice[code];
  const readiness = saved ? readinessOf(cert, saved, target) : null;
  const step = studyPlan.steps.find((s) => s.code === code)!;
  const hoursOf = new Map(step.areas.map((a) => [a.id, a.hours]));

  return (
    <section className="practice-panel" aria-labelledby="practice-title">
      <h3 id="practice-title">Practice results and readiness</h3>
      <p className="muted">
        {cert.links.practice
          ? `Take ${code}’s free practice assessment (in the step’s details, under “What to do next”)`
          : `Certpath’s catalogue has no free practice assessment for ${code} yet: take a practice test of its skills outline`}{' '}
        and enter the percent it gives for each skills area, or an overall percent. Weak areas then
        get more of the hours still needed, and the plan says when you are ready to book.
      </p>
      {exams.length > 1 && (
        <SelectField
          label="Practice results for"
          value={code}
          options={exams.map((s) => ({
            value: s.code,
            label: `${s.code} ${catalog.byCode.get(s.code)?.name ?? ''}`.trim(),
          }))}
          onChange={setChosen}
        />
      )}
      {readiness && <ReadinessSummary readiness={readiness} hoursOf={hoursOf} />}
      <PracticeForm
        // Another exam, or a result that arrives from elsewhere (an import, another tab).
        key={`${code}:${JSON.stringify(saved ?? null)}`}
        cert={cert}
        saved={saved ?? null}
        today={today}
        onDone={setMessage}
      />
      <p role="status" className="progress-message">
        {message}
      </p>
      <TargetField
        value={progress.readinessTarget}
        fallback={catalog.assumptions.readiness.targetPercent}
        sourceId={catalog.assumptions.readiness.source}
      />
    </section>
  );
}

function ReadinessSummary({
  readiness,
  hoursOf,
}: {
  readiness: Readiness;
  hoursOf: Map<string, number>;
}) {
  const { range, target } = readiness;
  const value = range.min === range.max ? `${range.min}%` : `${range.min}–${range.max}%`;
  const weak = readiness.areas.filter((a) => a.score !== null && !a.ready);
  return (
    <div className={`readiness${readiness.ready ? ' readiness--ready' : ''}`}>
      <p className="readiness-value">
        <strong>
          Readiness for {readiness.code}: {value}
        </strong>{' '}
        <span className="muted">
          (practice result of {formatDate(readiness.date)}; target {target}% in every area
          {range.min !== range.max &&
            '; a range because the outline gives each area’s weight as a range'}
          )
        </span>
      </p>
      <p role="status" className="readiness-verdict">
        {readiness.ready
          ? `Ready to book: every skills area is at ${target}% or above. Book the exam from the step’s details (“Book the exam”), then mark it booked above.`
          : readiness.unscored > 0
            ? `Not ready to book yet: ${readiness.unscored} of ${readiness.areas.length} skills areas have no score of their own.${weak.length > 0 ? ` Below ${target}%: ${weak.map((a) => a.name).join('; ')}.` : ''}`
            : `Not ready to book yet: ${weak.length} of ${readiness.areas.length} skills areas are below ${target}%. They get more of the hours still needed.`}
      </p>
      <div className="table-scroll">
        <table className="readiness-areas">
          <caption className="visually-hidden">Practice result by skills area</caption>
          <thead>
            <tr>
              <th scope="col">Skills area (weight)</th>
              <th scope="col">Score and hours left</th>
            </tr>
          </thead>
          <tbody>
            {readiness.areas.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.name}{' '}
                  <span className="muted readiness-weight">
                    ({a.weight.min}–{a.weight.max}%)
                  </span>
                </th>
                <td>
                  {a.score === null ? (
                    <span className="muted">not scored</span>
                  ) : (
                    <>
                      {a.score}%{' '}
                      <span className={a.ready ? 'readiness-ok' : 'readiness-low'}>
                        {a.ready ? 'at target' : 'below target'}
                      </span>
                    </>
                  )}
                  <span className="readiness-hours">{hoursOf.get(a.id) ?? 0} h left</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function PracticeForm({
  cert,
  saved,
  today,
  onDone,
}: {
  cert: Certification;
  saved: PracticeResult | null;
  today: string;
  onDone: (message: string) => void;
}) {
  const update = useAppStore((s) => s.updateProgress);
  const areas = cert.skills?.areas ?? [];
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(areas.map((a) => [a.id, percentText(saved?.areas[a.id])])),
  );
  const [overallText, setOverallText] = useState(percentText(saved?.overall));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const scores: Record<string, number> = {};
    for (const a of areas) {
      const n = percentOf(texts[a.id] ?? '');
      if (n === undefined) found[a.id] = 'Enter a percent from 0 to 100, or leave it empty';
      else if (n !== null) scores[a.id] = n;
    }
    const overall = percentOf(overallText);
    if (overall === undefined) found.overall = 'Enter a percent from 0 to 100, or leave it empty';
    if (Object.keys(found).length === 0 && overall === null && Object.keys(scores).length === 0)
      found.overall = 'Enter at least one score: the overall percent or an area’s';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      onDone('');
      return;
    }
    const result = { date: today, overall: overall ?? null, areas: scores };
    update((p) => withPractice(p, cert.code, result));
    onDone(`Saved your ${cert.code} practice result of ${formatDate(today)}.`);
  };

  const clear = () => {
    update((p) => withPractice(p, cert.code, null));
    onDone(`Removed your ${cert.code} practice result.`);
  };

  return (
    <form className="practice-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>
          {saved ? 'Update' : 'Enter'} your {cert.code} practice result (percent per skills area)
        </legend>
        <div className="practice-fields">
          {areas.map((a) => (
            <NumberField
              key={a.id}
              label={a.name}
              help={`${a.weight.min}–${a.weight.max}% of the exam`}
              value={texts[a.id] ?? ''}
              onChange={(text) => setTexts((t) => ({ ...t, [a.id]: text }))}
              error={errors[a.id]}
              min={0}
              max={100}
              suffix="%"
            />
          ))}
          <NumberField
            label="Overall (optional)"
            help="Used for areas you leave empty"
            value={overallText}
            onChange={setOverallText}
            error={errors.overall}
            min={0}
            max={100}
            suffix="%"
          />
        </div>
      </fieldset>
      <div className="practice-actions">
        <button type="submit" className="button button-primary">
          Save practice result
        </button>
        {saved && (
          <button type="button" className="button button-quiet" onClick={clear}>
            Remove result
          </button>
        )}
      </div>
    </form>
  );
}

function TargetField({
  value,
  fallback,
  sourceId,
}: {
  value: number | null;
  fallback: number;
  sourceId: string;
}) {
  const update = useAppStore((s) => s.updateProgress);
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState('');
  const change = (next: string) => {
    setText(next);
    const n = typedNumber(next);
    if (n === null) {
      setError('');
      update((p) => ({ ...p, readinessTarget: null }));
      return;
    }
    if (!Number.isInteger(n) || n < 50 || n > 100) {
      setError('The target must be a whole percent from 50 to 100');
      return;
    }
    setError('');
    update((p) => ({ ...p, readinessTarget: n }));
  };
  return (
    <div className="practice-target">
      <NumberField
        label="Ready to book at"
        value={text}
        onChange={change}
        error={error || undefined}
        placeholder={String(fallback)}
        min={50}
        max={100}
        suffix="% in every area"
        help={
          <>
            Empty: Certpath’s {fallback}%; no vendor says which practice score predicts a pass.{' '}
            <SourceLink sourceId={sourceId} />
          </>
        }
      />
    </div>
  );
}
