import type { Catalog } from '@/domain/catalog-model';
import { baselineOf, isTracking, paceOf, rebaselined, weeksApart } from '@/domain/progress';
import type { Progress, Profile } from '@/domain/schema';
import type { StudyPlan } from '@/domain/study-plan';
import { formatDate } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { ExamProgress } from '@/features/roadmap/exam-progress';
import { PracticePanel } from '@/features/roadmap/practice-panel';
import { StudyLog } from '@/features/roadmap/study-log';
import './progress-panel.css';

interface ProgressPanelProps {
  profile: Profile;
  studyPlan: StudyPlan;
  catalog: Catalog;
  today: string;
}

/** Where the plan stands against the baseline, in words. */
function paceSentence(progress: Progress, finish: string): string {
  const baseline = progress.baselineFinish;
  // Nothing recorded (or all of it cleared): the invitation, not a pace against an old plan.
  const pace = isTracking(progress) ? paceOf(baseline, finish) : null;
  if (pace === null || baseline === null)
    return 'Record what you do as you go: log the hours you study each week and mark each exam as you book, pass or fail it. What is left is then planned from today, and measured against the plan as it stands the first time you record something.';
  const planned = progress.baselineSetOn
    ? `on ${formatDate(progress.baselineSetOn)} you planned ${formatDate(baseline)}`
    : `first planned for ${formatDate(baseline)}`;
  if (pace === 'on-track') return `On track: likely finish ${formatDate(finish)}; ${planned}.`;
  const weeks = weeksApart(baseline, finish);
  const by = `about ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
  return `${pace === 'ahead' ? 'Ahead' : 'Behind'} by ${by}: likely finish ${formatDate(finish)}; ${planned}.`;
}

/**
 * The living plan on /roadmap: a weekly check-in of hours studied, where each exam stands
 * (studying, booked, passed, failed), practice results, and whether the plan is ahead, on
 * track or behind.
 */
export function ProgressPanel({ profile, studyPlan, catalog, today }: ProgressPanelProps) {
  const { progress } = profile;
  const finish = studyPlan.totals.finish.likely;
  const baseline = baselineOf(studyPlan, today);
  const update = useAppStore((s) => s.updateProgress);
  // Ahead or behind: the user may want to measure from the plan as it now stands.
  const measuredElsewhere =
    isTracking(progress) && (paceOf(progress.baselineFinish, finish) ?? 'on-track') !== 'on-track';

  return (
    <section className="card progress-panel" aria-labelledby="progress-title">
      <h2 id="progress-title">Your progress</h2>
      {/* The pace stands out once there is one; before, the intro reads as plain text. */}
      <p className={isTracking(progress) ? 'progress-pace' : 'progress-intro'}>
        {paceSentence(progress, finish)}
      </p>
      {measuredElsewhere && (
        <p className="progress-rebaseline">
          <span className="muted">
            Changed your hours a week or your target since? Measure from the plan as it stands.{' '}
          </span>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => update((p) => rebaselined(p, baseline))}
          >
            Measure from this plan (finish {formatDate(finish)})
          </button>
        </p>
      )}
      <StudyLog profile={profile} today={today} baseline={baseline} />
      <ExamProgress
        profile={profile}
        studyPlan={studyPlan}
        catalog={catalog}
        today={today}
        baseline={baseline}
      />
      <PracticePanel profile={profile} studyPlan={studyPlan} catalog={catalog} today={today} />
    </section>
  );
}
