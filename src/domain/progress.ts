// A living plan: what the user has done so far, read into the plan (recording it is
// progress-record.ts, which the store uses without loading the engine).
// buildPlan (plan.ts) plans from `plannedProfile` (passed exams are held certifications) and
// the schedule (schedule.ts) starts from `scheduleStart`, spends the logged hours on the first
// steps and keeps booked dates and retake waits.
import { addDays, diffDays, toDayNumber } from '@/domain/dates';
import { isTracking, MAX_LOG_ENTRIES, withBaseline } from '@/domain/progress-record';
import type {
  Assumptions,
  Certification,
  PracticeResult,
  Profile,
  Progress,
  StepProgress,
} from '@/domain/schema';

export {
  defaultSessions,
  emptyProgress,
  isTracking,
  MAX_LOG_ENTRIES,
  MAX_PROGRESS_STEPS,
  withStep,
  withWeek,
} from '@/domain/progress-record';

/** Hours logged in the weekly check-ins. */
export function loggedHours(progress: Progress): number {
  return progress.log.reduce((sum, entry) => sum + entry.hours, 0);
}

/**
 * Logged hours still to spend on the plan's remaining exams: hours logged up to the week of the
 * latest pass went into the exams passed by then (they are held now and take no time).
 */
export function creditHours(progress: Progress): number {
  const passes = Object.values(progress.steps).flatMap((s) =>
    s.state === 'passed' ? [s.date] : [],
  );
  if (passes.length === 0) return loggedHours(progress);
  const lastPassWeek = weekOf(passes.reduce((a, b) => (a > b ? a : b)));
  return progress.log.reduce((sum, e) => (e.weekOf > lastPassWeek ? sum + e.hours : sum), 0);
}

/**
 * The progress recorded for a step: under its own code or another exam of its successor
 * family (AI-102 recorded, the plan now says AI-103). Returns the code it was recorded under.
 */
export function progressFor(
  progress: Progress,
  code: string,
  lineageOf: (code: string) => string,
): [string, StepProgress] | null {
  const own = progress.steps[code];
  if (own) return [code, own];
  const family = lineageOf(code);
  const found = Object.entries(progress.steps).find(([c]) => lineageOf(c) === family);
  return found ?? null;
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
 * The first day the schedule may use: the plan's start date, or, once the user is tracking
 * progress, today if that is later (what is left is planned from now).
 */
export function scheduleStart(profile: Profile, today: string): string {
  const start = profile.startDate;
  return isTracking(profile.progress) && today > start ? today : start;
}

/** The first day a failed exam can be retaken, by the vendor's waiting period. */
export function retakeFrom(
  cert: Certification,
  failed: Extract<StepProgress, { state: 'failed' }>,
  assumptions: Assumptions,
): string {
  const policy = assumptions.retakes[cert.vendor];
  const waits = policy.waitDays;
  const wait = waits[Math.min(failed.attempts, waits.length) - 1] ?? 0;
  return addDays(failed.date, Math.max(1, wait));
}

export type Pace = 'ahead' | 'on-track' | 'behind';

/** A week either way counts as on track: dates within a plan move by whole study weeks. */
const ON_TRACK_DAYS = 7;

/** Ahead, on track or behind: today's likely finish against the finish first planned. */
export function paceOf(baselineFinish: string | null, likelyFinish: string): Pace | null {
  if (baselineFinish === null) return null;
  const late = diffDays(baselineFinish, likelyFinish);
  if (late > ON_TRACK_DAYS) return 'behind';
  if (late < -ON_TRACK_DAYS) return 'ahead';
  return 'on-track';
}

/** The Monday of the week `day` falls in: check-ins are kept per week. */
export function weekOf(day: string): string {
  const weekday = (toDayNumber(day) + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  return addDays(day, -weekday);
}

/** The plan's exams the user has booked (recorded under the exam or its successor family). */
export function bookedCodes(
  progress: Progress,
  codes: string[],
  lineageOf: (code: string) => string,
): Set<string> {
  return new Set(codes.filter((c) => progressFor(progress, c, lineageOf)?.[1].state === 'booked'));
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
  baseline: string,
): Progress {
  const next = withBaseline(progress, baseline);
  const weeks = next.away.filter((w) => w !== week);
  if (away) weeks.push(week);
  weeks.sort();
  return { ...next, away: weeks.slice(-MAX_LOG_ENTRIES) };
}
