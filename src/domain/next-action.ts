// What a plan asks of the user next (a living plan), for the landing page's list of saved
// plans: "Continue: AI-103, week 4 of 12, on track".
import { spellDate } from '@/domain/dates';
import { isTracking, paceOf, retakeOf, weeksApart } from '@/domain/progress';
import type { Pace } from '@/domain/progress';
import type { Progress } from '@/domain/schema';
import type { StudyPlan } from '@/domain/study-plan';
import { stepWeeks } from '@/domain/week-plan';

export interface NextAction {
  /** The exam the next action is about; null when nothing is left to study. */
  code: string | null;
  /** "AI-103, week 4 of 12", "AZ-900, starting 4 Jan 2027", "AI-103 exam booked for …". */
  text: string;
  /** Against the baseline; null until progress is recorded. */
  pace: Pace | null;
  /** "on track", "2 weeks behind", "1 week ahead"; null with no baseline. */
  paceText: string | null;
  /** Studying has begun (a step's dates include today): "Continue", else "Next". */
  started: boolean;
}

function paceWords(pace: Pace, baseline: string, finish: string): string {
  if (pace === 'on-track') return 'on track';
  const weeks = weeksApart(baseline, finish);
  return `${weeks} ${weeks === 1 ? 'week' : 'weeks'} ${pace}`;
}

/** The next thing to do in a plan, read at `today`. */
export function nextAction(studyPlan: StudyPlan, progress: Progress, today: string): NextAction {
  const pace = isTracking(progress)
    ? paceOf(progress.baselineFinish, studyPlan.totals.finish.likely)
    : null;
  const paceText =
    pace && progress.baselineFinish
      ? paceWords(pace, progress.baselineFinish, studyPlan.totals.finish.likely)
      : null;
  const step = studyPlan.steps.find((s) => s.examDate >= today);
  if (!step) {
    const last = studyPlan.steps.at(-1);
    // Every date of the plan has passed and nothing says so: ask, rather than say "continue".
    const text = last
      ? `${last.code}: the plan's last exam was due ${spellDate(last.examDate)}; record where you are`
      : 'Every exam on this path is done';
    return { code: last?.code ?? null, text, pace, paceText, started: true };
  }
  if (step.booked)
    return {
      code: step.code,
      text: `${step.code} exam booked for ${spellDate(step.examDate)}`,
      pace,
      paceText,
      started: today >= step.startDate,
    };
  // A retake is named so (its failures are recorded under the plan's code).
  const name = retakeOf(progress.steps[step.code]) ? `${step.code} retake` : step.code;
  if (today < step.startDate)
    return {
      code: step.code,
      text: `${name}, starting ${spellDate(step.startDate)}`,
      pace,
      paceText,
      started: false,
    };
  const weeks = stepWeeks(step, new Set(progress.away));
  const week = weeks.find((w) => w.firstDay <= today && today <= w.lastDay);
  const text =
    week === undefined || (week.index === null && !week.away)
      ? `${name}, exam ${spellDate(step.examDate)}`
      : week.away
        ? `${name}, away this week`
        : `${name}, week ${week.index} of ${week.of}`;
  return { code: step.code, text, pace, paceText, started: true };
}
