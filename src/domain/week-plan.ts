// The study plan week by week (a living plan): each dated step of schedule.ts cut into its
// weeks, with the skills areas studied in each and their hours, and the study sessions that
// hold them. Areas come in the outline's order, each week filled up to the step's hours a week;
// weeks the user is away hold nothing.
import { addDays, weekOf } from '@/domain/dates';
import { isAwayWeek } from '@/domain/study-weeks';
import type { ScheduledStep } from '@/domain/schedule';
import type { Assumptions, Weekday } from '@/domain/schema';

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
  /** The calendar week (its Monday) this week is marked away by: the one holding most of it. */
  calendarWeek: string;
  /**
   * Study week number within the step (1-based, after weeks already studied); null when away,
   * or for the exam day alone when it falls on the first day of a week.
   */
  index: number | null;
  /** The step's study weeks, those already studied included. */
  of: number;
  away: boolean;
  blocks: WeekBlock[];
  /** The week holds the exam day. */
  exam: boolean;
}

/** A week's hours as calendar sessions: one on each of some study days, all the same length. */
export interface SessionPlan {
  /** The days that get a session: the user's, or fewer of them when the hours are few. */
  days: Weekday[];
  /** Minutes per session, to 5 minutes. */
  minutes: number;
  /** Hours a week the sessions hold: about the hours asked for, less when `capped`. */
  hoursPerWeek: number;
  /** Fewer days than chosen, so that no session is below the shortest. */
  fewerDays: boolean;
  /** The chosen days cannot hold the hours at the longest session: pick more days. */
  capped: boolean;
}

type SessionLimits = Pick<Assumptions['sessions'], 'minMinutes' | 'maxMinutes'>;

/**
 * The sessions for `hoursPerWeek` over the chosen `days`: one a day, within the assumptions'
 * shortest and longest session (data/assumptions.json). Few hours use fewer of the days,
 * spread over the week; more hours than the days can hold are capped, and say so.
 */
export function sessionPlan(
  hoursPerWeek: number,
  days: readonly Weekday[],
  limits: SessionLimits,
): SessionPlan {
  const total = hoursPerWeek * 60;
  const fitting = Math.max(1, Math.floor(total / limits.minMinutes));
  const count = Math.min(days.length, fitting);
  // Spread over the week rather than the first few days.
  const used = Array.from(
    { length: count },
    (_, i) => days[Math.floor(((i + 0.5) * days.length) / count)]!,
  );
  const exact = total / count;
  const capped = exact > limits.maxMinutes;
  const minutes = capped
    ? limits.maxMinutes
    : Math.max(limits.minMinutes, Math.round(exact / 5) * 5);
  return {
    days: used,
    minutes,
    hoursPerWeek: Math.round(((minutes * count) / 60) * 10) / 10,
    fewerDays: count < days.length,
    capped,
  };
}

/** A session's length in words: "3 h 20 min", "45 min", "8 h". */
export function sessionLength(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** Tenths of an hour: the plan's hours are kept to tenths, so sums stay exact. */
const units = (hours: number) => Math.round(hours * 10);

/** The weeks of one step, from its start to its exam day. */
export function stepWeeks(step: ScheduledStep, away: ReadonlySet<string>): PlanWeek[] {
  // What is left to place, area by area; an exam without an outline is one block.
  const queue =
    step.areas.length > 0
      ? step.areas.map((a) => ({
          areaId: a.id as string | null,
          name: a.name,
          left: units(a.hours),
        }))
      : [{ areaId: null, name: `All of ${step.code}`, left: units(step.plannedHours) }];
  const capacity = units(step.hoursPerWeek);
  const weeks: PlanWeek[] = [];
  let studied = 0;
  // A booked exam whose weeks are all away: its hours go in the exam's week regardless.
  const none = studyWeeksLeft(step, 0, away) === 0;
  for (let w = 0; ; w++) {
    const firstDay = addDays(step.startDate, w * 7);
    if (firstDay > step.examDate) break;
    const lastDay = addDays(firstDay, 6) < step.examDate ? addDays(firstDay, 6) : step.examDate;
    const isAway = isAwayWeek(firstDay, away) && !(none && lastDay === step.examDate);
    // An exam on the first day of a week: that day is the exam, not a week of study.
    const examOnly = w > 0 && firstDay === step.examDate;
    const blocks: WeekBlock[] = [];
    if (!isAway && !examOnly) {
      studied++;
      // The step's hours a week (more when a booking leaves fewer weeks), never less than an
      // even share of what is left; the last study week takes whatever remains.
      const weeksLeft = none ? 1 : studyWeeksLeft(step, w, away);
      const left = queue.reduce((sum, item) => sum + item.left, 0);
      const share = Math.max(capacity, Math.ceil(left / Math.max(1, weeksLeft)));
      let room = weeksLeft <= 1 ? left : Math.min(left, share);
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
      index: isAway || examOnly ? null : step.studiedWeeks + studied,
      of: step.studiedWeeks + step.weeks,
      away: isAway,
      blocks,
      exam: lastDay === step.examDate,
    });
  }
  return weeks;
}

/**
 * Study weeks from week `w` of the step (counted from its start) to its exam, away weeks and a
 * week that is only the exam day left out.
 */
function studyWeeksLeft(step: ScheduledStep, w: number, away: ReadonlySet<string>): number {
  let count = 0;
  for (let i = w; addDays(step.startDate, i * 7) <= step.examDate; i++) {
    const day = addDays(step.startDate, i * 7);
    if (!isAwayWeek(day, away) && (i === 0 || day < step.examDate)) count++;
  }
  return count;
}

/** Every step's weeks, in plan order. */
export function planWeeks(steps: ScheduledStep[], away: ReadonlySet<string>): PlanWeek[] {
  return steps.flatMap((step) => stepWeeks(step, away));
}
