// Recording progress (a living plan): pure updates of profile.progress, with no imports, so the
// store and the default profile use them without loading the engine (progress.ts reads them).
import type { Progress, Sessions, StepProgress } from '@/domain/schema';

/** Ten years of weekly check-ins: a bound on stored and imported input. */
export const MAX_LOG_ENTRIES = 520;
/** More steps than any path has: a bound on stored and imported input. */
export const MAX_PROGRESS_STEPS = 50;

/** A session's start: local time, 24-hour `HH:MM`. */
export const SESSION_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Three evenings a week until the user picks their own days and time (a Certpath default). */
export const defaultSessions = (): Sessions => ({ days: ['MO', 'WE', 'SA'], time: '19:00' });

/** No progress recorded yet (a new plan, or one saved before progress existed). */
export const emptyProgress = (): Progress => ({
  steps: {},
  log: [],
  baselineFinish: null,
  baselineSetOn: null,
  practice: {},
  readinessTarget: null,
  away: [],
  sessions: defaultSessions(),
});

/**
 * True once the user has recorded anything the plan's dates depend on: the plan then runs from
 * today, not its start. (Practice results, study days and the target move no date.)
 */
export function isTracking(progress: Progress): boolean {
  return (
    Object.keys(progress.steps).length > 0 || progress.log.length > 0 || progress.away.length > 0
  );
}

/** What ahead, on track and behind are measured against: a likely finish, and when it was set. */
export interface Baseline {
  finish: string;
  /** The day it was set (the plan's today). */
  on: string;
}

/** Progress with the first baseline kept: set from the plan's likely finish when first recorded. */
// Also for progress that arrived without one (a plan file written by hand, say).
export const withBaseline = (progress: Progress, baseline: Baseline): Progress =>
  progress.baselineFinish === null
    ? { ...progress, baselineFinish: baseline.finish, baselineSetOn: baseline.on }
    : progress;

/** Measures from now on against `baseline` (the plan as it stands), whatever was kept before. */
export const rebaselined = (progress: Progress, baseline: Baseline): Progress => ({
  ...progress,
  baselineFinish: baseline.finish,
  baselineSetOn: baseline.on,
});

/**
 * Records where the user is with one step (null clears it). `baseline` is the plan's likely
 * finish before this change: it becomes the baseline if this is the first progress recorded.
 */
export function withStep(
  progress: Progress,
  code: string,
  step: StepProgress | null,
  baseline: Baseline,
): Progress {
  const next = withBaseline(progress, baseline);
  const steps = { ...next.steps };
  if (step === null) delete steps[code];
  else steps[code] = step;
  return { ...next, steps };
}

/**
 * Records the hours studied in the week starting `week` (a later check-in for the same week
 * replaces it; null removes it). The log stays in date order and keeps its newest weeks.
 */
export function withWeek(
  progress: Progress,
  week: string,
  hours: number | null,
  baseline: Baseline,
): Progress {
  const next = withBaseline(progress, baseline);
  const log = next.log.filter((entry) => entry.weekOf !== week);
  if (hours !== null) log.push({ weekOf: week, hours });
  log.sort((a, b) => (a.weekOf < b.weekOf ? -1 : a.weekOf > b.weekOf ? 1 : 0));
  return { ...next, log: log.slice(-MAX_LOG_ENTRIES) };
}
