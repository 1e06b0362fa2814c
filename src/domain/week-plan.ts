// The study plan week by week (a living plan): each dated step of schedule.ts cut into its
// weeks, with the skills areas studied in each and their hours. Areas come in the outline's
// order, each week filled up to the user's hours a week; weeks the user is away hold nothing.
import { addDays } from '@/domain/dates';
import { isAwayWeek } from '@/domain/schedule';
import type { ScheduledStep } from '@/domain/schedule';
import { weekOf } from '@/domain/progress';

export interface WeekBlock {
  /** The skills area's id; null for an exam without a skills outline (the whole exam). */
  areaId: string | null;
  name: string;
  hours: number;
}

export interface PlanWeek {
  /** The step's exam code. */
  code: string;
  /** First and last day of the week (seven days from the step's start, or the exam day). */
  firstDay: string;
  lastDay: string;
  /** The calendar week (its Monday) this week is marked away by. */
  calendarWeek: string;
  /** Study week number within the step (1-based); null for an away week. */
  index: number | null;
  /** The step's study weeks. */
  of: number;
  away: boolean;
  blocks: WeekBlock[];
  /** The week holds the exam day. */
  exam: boolean;
}

/** Minutes per study session: the week's hours over the study days, to 5 minutes, at least 15. */
export const sessionMinutes = (hoursPerWeek: number, days: number): number =>
  Math.max(15, Math.round((hoursPerWeek * 60) / days / 5) * 5);

/** Tenths of an hour: the plan's hours are kept to tenths, so sums stay exact. */
const units = (hours: number) => Math.round(hours * 10);

/** The weeks of one step, from its start to its exam day. */
export function stepWeeks(
  step: ScheduledStep,
  hoursPerWeek: number,
  away: ReadonlySet<string>,
): PlanWeek[] {
  // What is left to place, area by area; an exam without an outline is one block.
  const queue =
    step.areas.length > 0
      ? step.areas.map((a) => ({
          areaId: a.id as string | null,
          name: a.name,
          left: units(a.hours),
        }))
      : [{ areaId: null, name: `All of ${step.code}`, left: units(step.plannedHours) }];
  const capacity = units(hoursPerWeek);
  const weeks: PlanWeek[] = [];
  let studied = 0;
  // A booked exam whose weeks are all away: its hours go in the exam's week regardless.
  const none = studyWeeksLeft(step, 0, away) === 0;
  for (let w = 0; ; w++) {
    const firstDay = addDays(step.startDate, w * 7);
    if (firstDay > step.examDate) break;
    const lastDay = addDays(firstDay, 6) < step.examDate ? addDays(firstDay, 6) : step.examDate;
    const isAway = isAwayWeek(firstDay, away) && !(none && lastDay === step.examDate);
    const blocks: WeekBlock[] = [];
    if (!isAway) {
      studied++;
      // The last study week takes whatever is left (a booked date may leave fewer weeks).
      const last = none || studyWeeksLeft(step, w, away) === 1;
      let room = last ? Infinity : capacity;
      for (const item of queue) {
        if (room <= 0) break;
        if (item.left <= 0) continue;
        const take = Math.min(item.left, room);
        item.left -= take;
        room -= take;
        blocks.push({ areaId: item.areaId, name: item.name, hours: take / 10 });
      }
    }
    weeks.push({
      code: step.code,
      firstDay,
      lastDay,
      calendarWeek: weekOf(addDays(firstDay, 3)),
      index: isAway ? null : studied,
      of: step.weeks,
      away: isAway,
      blocks,
      exam: lastDay === step.examDate,
    });
  }
  return weeks;
}

/** Study weeks from week `w` of the step (counted from its start) to its exam, away skipped. */
function studyWeeksLeft(step: ScheduledStep, w: number, away: ReadonlySet<string>): number {
  let count = 0;
  for (let i = w; addDays(step.startDate, i * 7) <= step.examDate; i++)
    if (!isAwayWeek(addDays(step.startDate, i * 7), away)) count++;
  return count;
}

/** Every step's weeks, in plan order. */
export function planWeeks(
  steps: ScheduledStep[],
  hoursPerWeek: number,
  away: ReadonlySet<string>,
): PlanWeek[] {
  return steps.flatMap((step) => stepWeeks(step, hoursPerWeek, away));
}
