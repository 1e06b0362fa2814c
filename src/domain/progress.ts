// A living plan: what the user has done so far, read into the plan (recording it is
// progress-record.ts, which the store uses without loading the engine).
// buildPlan (plan.ts) plans from `plannedProfile` (passed exams are held certifications) and
// the schedule (schedule.ts) starts from `scheduleStart`, spends the logged hours on the first
// steps and keeps booked dates and retake waits.
import { addDays, diffDays, weekOf } from '@/domain/dates';
import {
  defaultSessions,
  isTracking,
  MAX_LOG_ENTRIES,
  withBaseline,
} from '@/domain/progress-record';
import type { Baseline } from '@/domain/progress-record';
import type { PracticeResult, Profile, Progress, StepProgress } from '@/domain/schema';
import type { StudyPlan } from '@/domain/study-plan';

export {
  defaultSessions,
  emptyProgress,
  isTracking,
  MAX_LOG_ENTRIES,
  MAX_PROGRESS_STEPS,
  rebaselined,
  SESSION_TIME,
  withStep,
  withWeek,
} from '@/domain/progress-record';
export type { Baseline } from '@/domain/progress-record';
export { retakeFrom, retakeOf, retakeRule } from '@/domain/retake';
export type { RetakeRule } from '@/domain/retake';

/** Hours logged in the weekly check-ins. */
export function loggedHours(progress: Progress): number {
  return progress.log.reduce((sum, entry) => sum + entry.hours, 0);
}

/**
 * Logged hours still to spend on exams not yet passed. Each pass, in the order of its date,
 * takes up to `hoursFor(code)` (the exam's own planned hours) from the hours logged up to the
 * week it was passed, earliest first: those went into it. Whatever is left (hours beyond an
 * exam's own, hours logged after it) goes to the exams still ahead, in the plan's order.
 */
export function unspentHours(progress: Progress, hoursFor: (code: string) => number): number {
  const weeks = progress.log
    .map((entry) => ({ weekOf: entry.weekOf, left: entry.hours }))
    .sort((a, b) => (a.weekOf < b.weekOf ? -1 : a.weekOf > b.weekOf ? 1 : 0));
  const passes = Object.entries(progress.steps)
    .flatMap(([code, step]) => (step.state === 'passed' ? [{ code, week: weekOf(step.date) }] : []))
    .sort((a, b) => (a.week < b.week ? -1 : a.week > b.week ? 1 : a.code < b.code ? -1 : 1));
  for (const pass of passes) {
    let need = hoursFor(pass.code);
    for (const week of weeks) {
      if (week.weekOf > pass.week || need <= 0) break;
      const take = Math.min(week.left, need);
      week.left -= take;
      need -= take;
    }
  }
  return tenths(weeks.reduce((sum, week) => sum + week.left, 0));
}

/** Hours to tenths: the plan keeps its hours in tenths, so sums stay exact. */
export const tenths = (hours: number): number => Math.round(hours * 10) / 10;

/**
 * The progress recorded for a step: under its own code or another exam of its successor
 * family (AI-102 recorded, the plan now says AI-103). A pass of another exam of the family is
 * not this exam's: it is a holding of its own (the plan reads it as one), so it is left out.
 * Returns the code it was recorded under.
 */
export function progressFor(
  progress: Progress,
  code: string,
  lineageOf: (code: string) => string,
): [string, StepProgress] | null {
  const own = progress.steps[code];
  if (own) return [code, own];
  const family = lineageOf(code);
  const found = Object.entries(progress.steps).find(
    ([c, step]) => lineageOf(c) === family && step.state !== 'passed',
  );
  return found ?? null;
}

/** Codes with progress that no step of `planned` shows (off the path, or another exam's pass). */
export function progressOffPlan(
  progress: Progress,
  planned: readonly string[],
  lineageOf: (code: string) => string,
): string[] {
  const shown = new Set(planned.flatMap((c) => progressFor(progress, c, lineageOf)?.[0] ?? []));
  return Object.keys(progress.steps).filter((c) => !planned.includes(c) && !shown.has(c));
}

/**
 * The profile the engine plans from: each passed exam joins the held certifications (earned on
 * the day it was passed).
 */
export function plannedProfile(profile: Profile): Profile {
  // Added even when the user lists it already: a listed holding may have expired, and the
  // plan keeps the holding that lasts longest (plan-context.ts).
  const passed = Object.entries(profile.progress.steps).flatMap(([code, step]) =>
    step.state === 'passed' ? [{ code, earnedOn: step.date }] : [],
  );
  if (passed.length === 0) return profile;
  return { ...profile, certificationsHeld: [...profile.certificationsHeld, ...passed] };
}

/**
 * The profile a share link carries: passed exams join the held certifications (the latest date
 * for each exam), since the link leaves the rest of the progress behind.
 */
export function withPassesHeld(profile: Profile): Profile {
  const passes = new Map(
    Object.entries(profile.progress.steps).flatMap(([code, step]) =>
      step.state === 'passed' ? [[code, step.date] as const] : [],
    ),
  );
  if (passes.size === 0) return profile;
  // A listing of the same exam with a later date stands; an older or undated one gives way.
  const later = (code: string, on: string | null) => on !== null && on > passes.get(code)!;
  const listed = profile.certificationsHeld.filter(
    (h) => !passes.has(h.code) || later(h.code, h.earnedOn),
  );
  const kept = new Set(listed.map((h) => h.code));
  const added = [...passes]
    .filter(([code]) => !kept.has(code))
    .map(([code, earnedOn]) => ({ code, earnedOn }));
  return { ...profile, certificationsHeld: [...listed, ...added].slice(0, 50) };
}

/**
 * Whether a share link would leave out something the user recorded: check-ins, bookings,
 * results other than passes, practice results, away weeks, study days or a readiness target.
 */
export function progressLeftOutOfLinks(progress: Progress): boolean {
  const defaults = defaultSessions();
  return (
    progress.log.length > 0 ||
    Object.values(progress.steps).some((s) => s.state !== 'passed') ||
    Object.keys(progress.practice).length > 0 ||
    progress.away.length > 0 ||
    progress.readinessTarget !== null ||
    progress.sessions.time !== defaults.time ||
    progress.sessions.days.join() !== defaults.days.join()
  );
}

/**
 * The first day the schedule may use: the plan's start date, or, once the user is tracking
 * progress, today if that is later (what is left is planned from now).
 */
export function scheduleStart(profile: Profile, today: string): string {
  const start = profile.startDate;
  return isTracking(profile.progress) && today > start ? today : start;
}

/**
 * The baseline if the user records something now: the plan as it stands, as the user sees it
 * (from its start date until progress is recorded, from today after).
 */
export const baselineOf = (plan: StudyPlan, today: string): Baseline => ({
  finish: plan.totals.finish.likely,
  on: today,
});

export type Pace = 'ahead' | 'on-track' | 'behind';

/** A week either way counts as on track: dates within a plan move by whole study weeks. */
const ON_TRACK_DAYS = 7;

/** Two years of weeks to pick from, at most; always the last eight. */
const MAX_WEEKS_BACK = 103;
const MIN_WEEKS_BACK = 7;

/**
 * The weeks a check-in can be for (their Mondays), newest first: this week back to the week the
 * plan started (hours studied before the first check-in count too), or the last eight at least.
 */
export function checkInWeeks(startDate: string, today: string): string[] {
  const thisWeek = weekOf(today);
  const back = diffDays(weekOf(startDate), thisWeek) / 7;
  const count = Math.min(MAX_WEEKS_BACK, Math.max(MIN_WEEKS_BACK, back)) + 1;
  return Array.from({ length: count }, (_, i) => addDays(thisWeek, -7 * i));
}

/** Whole weeks between the baseline's finish and today's likely one (either way). */
export const weeksApart = (baseline: string, finish: string): number =>
  Math.max(1, Math.round(Math.abs(diffDays(baseline, finish)) / 7));

/** Ahead, on track or behind: today's likely finish against the finish first planned. */
export function paceOf(baselineFinish: string | null, likelyFinish: string): Pace | null {
  if (baselineFinish === null) return null;
  const late = diffDays(baselineFinish, likelyFinish);
  if (late > ON_TRACK_DAYS) return 'behind';
  if (late < -ON_TRACK_DAYS) return 'ahead';
  return 'on-track';
}

// Recorded from the roadmap only, so kept out of progress-record.ts (the first screen's code).
/** Records the latest practice result for an exam (null removes it). Moves no date. */
export function withPractice(
  progress: Progress,
  code: string,
  result: PracticeResult | null,
): Progress {
  const practice = { ...progress.practice };
  if (result === null) delete practice[code];
  else practice[code] = result;
  return { ...progress, practice };
}

/** Marks the week starting `week` (a Monday) as away, or not: the plan skips away weeks. */
export function withAway(
  progress: Progress,
  week: string,
  away: boolean,
  baseline: Baseline,
): Progress {
  const next = withBaseline(progress, baseline);
  const weeks = next.away.filter((w) => w !== week);
  if (away) weeks.push(week);
  weeks.sort();
  return { ...next, away: weeks.slice(-MAX_LOG_ENTRIES) };
}
