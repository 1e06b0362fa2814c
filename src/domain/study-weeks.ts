// Weeks of study on the calendar (a living plan): which study weeks the user is away, the
// last day of so many study weeks, and how many weeks the first step has been studied already.
// schedule.ts dates the steps with them; week-plan.ts cuts a step into its weeks.
import { addDays, maxDate, weekOf } from '@/domain/dates';
import type { PlanContext } from '@/domain/plan-context';
import { isTracking } from '@/domain/progress-record';

/**
 * Whether the study week starting `day` is one the user is away: the calendar week (Monday to
 * Sunday) holding most of it, its fourth day, is marked away.
 */
export const isAwayWeek = (day: string, away: ReadonlySet<string>): boolean =>
  away.size > 0 && away.has(weekOf(addDays(day, 3)));

/** The last day of `weeks` study weeks from `start`, away weeks skipped, and how many were. */
export function studyEnd(
  start: string,
  weeks: number,
  away: ReadonlySet<string>,
): { end: string; skipped: number } {
  let counted = 0;
  let skipped = 0;
  let week = 0;
  // Ends: every away week is skipped at most once.
  while (counted < weeks) {
    if (isAwayWeek(addDays(start, week * 7), away)) skipped++;
    else counted++;
    week++;
  }
  return { end: addDays(start, week * 7 - 1), skipped };
}

/**
 * Whole weeks the first step has been studied before the plan's start (today, once tracking):
 * from the plan's start date, or the day after the last exam the user sat, if later. Away
 * weeks do not count.
 */
export function studiedWeeks(ctx: PlanContext, start: string): number {
  const { progress } = ctx.profile;
  if (!isTracking(progress)) return 0;
  const sat = Object.values(progress.steps).flatMap((s) =>
    s.state === 'passed' || s.state === 'failed' ? [s.date] : [],
  );
  const began = sat.reduce(
    (latest, day) => maxDate(latest, addDays(day, 1)),
    ctx.profile.startDate,
  );
  let weeks = 0;
  for (let day = began; addDays(day, 7) <= start; day = addDays(day, 7))
    if (!isAwayWeek(day, ctx.awayWeeks)) weeks++;
  return weeks;
}
