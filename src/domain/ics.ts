import { addDays, spellDate, toDayNumber } from '@/domain/dates';
import type { Assumptions, Sessions, Weekday } from '@/domain/schema';
import type { StudyPlan } from '@/domain/study-plan';
import { sessionLength, sessionPlan, stepWeeks } from '@/domain/week-plan';
import type { PlanWeek } from '@/domain/week-plan';

/** What the calendar needs besides the study plan; `stamp` is the export time (the domain has no clock). */
export interface CalendarOptions {
  /** When the file is made, ISO (`2026-03-02T10:00:00.000Z`): every event's DTSTAMP. */
  stamp: string;
  /**
   * Names the plan in every event's UID, which stays the same however the plan re-dates: a
   * calendar that imports a newer file updates the events instead of adding them twice.
   */
  planId: string;
  /** The study days and the time a session starts (local, floating: the device's time zone). */
  sessions: Sessions;
  /** How a week's hours become sessions (data/assumptions.json). */
  limits: Pick<Assumptions['sessions'], 'minMinutes' | 'maxMinutes'>;
  /** The Mondays of the weeks the user is away: no sessions then. */
  away: ReadonlySet<string>;
  /** "Azure AI Engineer Associate" for "AI-103"; the code itself when unknown. */
  certName: (code: string) => string;
  /**
   * Exams the user passed: an earlier file's study sessions for them are cancelled, and their
   * exam event moves to the day passed.
   */
  passed?: readonly { code: string; date: string }[];
}

interface CalendarEvent {
  /** Unique within the plan and stable across exports (see CalendarOptions.planId). */
  uid: string;
  /** First day, ISO; all-day events end the day after `lastDay` (DTEND is exclusive). */
  firstDay: string;
  lastDay: string;
  summary: string;
  description: string;
  /** A timed, recurring event instead of an all-day one. */
  recurring?: Recurrence;
  /** Cancels the event of that UID an earlier file added. */
  cancelled?: boolean;
}

/** Weekly sessions: from `firstDay` at `time`, on `days`, until `untilDay`, minus `except`. */
interface Recurrence {
  time: string;
  minutes: number;
  days: Weekday[];
  untilDay: string;
  except: string[];
}

/** Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const day = (iso: string) => iso.replace(/-/g, '');
/** A floating local date-time (no time zone: the calendar shows it at the user's own time). */
const localTime = (iso: string, time: string) => `${day(iso)}T${time.replace(':', '')}00`;

const allDay = (e: CalendarEvent) => [
  `DTSTART;VALUE=DATE:${day(e.firstDay)}`,
  `DTEND;VALUE=DATE:${day(addDays(e.lastDay, 1))}`,
];

const timed = (firstDay: string, r: Recurrence) => [
  `DTSTART:${localTime(firstDay, r.time)}`,
  `DURATION:PT${Math.floor(r.minutes / 60)}H${r.minutes % 60}M`,
  `RRULE:FREQ=WEEKLY;BYDAY=${r.days.join(',')};UNTIL=${day(r.untilDay)}T235959`,
  ...(r.except.length > 0 ? [`EXDATE:${r.except.map((d) => localTime(d, r.time)).join(',')}`] : []),
];
const utcStamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
/** Minutes from 2026-01-01 to the export: grows with every export, so calendars take the newest. */
const revision = (iso: string) =>
  Math.max(0, Math.floor((Date.parse(iso) - Date.parse('2026-01-01T00:00:00Z')) / 60_000));

const WEEKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
/** The weekday of an ISO day (1970-01-01 was a Thursday). */
export const weekdayOf = (iso: string): Weekday => WEEKDAYS[(toDayNumber(iso) + 3) % 7]!;

const hoursText = (hours: number) => `${hours} ${hours === 1 ? 'hour' : 'hours'}`;

function weekLine(week: PlanWeek): string {
  const when = `${spellDate(week.firstDay)} – ${spellDate(week.lastDay)}`;
  if (week.away) return `Away (${when}): no study.`;
  if (week.index === null) return `Exam day (${spellDate(week.lastDay)}).`;
  const areas = week.blocks.map((b) => `${b.name} (${hoursText(b.hours)})`).join('; ');
  return `Week ${week.index} of ${week.of} (${when}): ${areas || 'review and practice'}.`;
}

// One recurring event per step: a session on each of its study days from the step's start to
// the day before its exam, with the sessions of the weeks the week view shows away left out
// (EXDATE): the same weeks, day for day.
function studyBlocks(plan: StudyPlan, options: CalendarOptions): CalendarEvent[] {
  const { time } = options.sessions;
  return plan.steps.flatMap((step) => {
    const sessions = sessionPlan(step.hoursPerWeek, options.sessions.days, options.limits);
    const { days, minutes } = sessions;
    const lastDay = addDays(step.examDate, -1);
    const weeks = stepWeeks(step, options.away);
    const awayWeeks = weeks.filter((w) => w.away);
    const isAway = (d: string) => awayWeeks.some((w) => w.firstDay <= d && d <= w.lastDay);
    const sessionDays: string[] = [];
    for (let d = step.startDate; d <= lastDay; d = addDays(d, 1))
      if (days.includes(weekdayOf(d))) sessionDays.push(d);
    const first = sessionDays.find((d) => !isAway(d));
    if (first === undefined) return [];
    const perWeek = `about ${hoursText(sessions.hoursPerWeek)} a week`;
    return [
      {
        uid: `${options.planId}-study-${step.code}`,
        firstDay: first,
        lastDay,
        summary: `Study for ${step.code}`,
        description: [
          `${options.certName(step.code)}.`,
          `${sessionLength(minutes)} a session on ${days.length === 1 ? 'one day' : `${days.length} days`} a week: ${perWeek}; ${hoursText(step.plannedHours)} still needed in all (${step.hours.min}–${step.hours.max}).`,
          ...(sessions.capped
            ? [
                `${hoursText(step.hoursPerWeek)} a week do not fit your study days at ${sessionLength(minutes)} a day at most: pick more days.`,
              ]
            : []),
          step.booked
            ? `Exam booked for ${spellDate(step.examDate)}.`
            : `Target exam date: ${spellDate(step.examDate)} (between ${spellDate(step.examDates.earliest)} and ${spellDate(step.examDates.latest)}).`,
          '',
          ...weeks.map(weekLine),
        ].join('\n'),
        recurring: {
          time,
          minutes,
          days,
          untilDay: lastDay,
          except: sessionDays.filter((d) => isAway(d) && d > first),
        },
      },
    ];
  });
}

function exams(plan: StudyPlan, options: CalendarOptions): CalendarEvent[] {
  return plan.steps.map((step) => ({
    uid: `${options.planId}-exam-${step.code}`,
    firstDay: step.examDate,
    lastDay: step.examDate,
    summary: `${step.code} exam (${step.booked ? 'booked' : 'target date'})`,
    description: step.booked
      ? `Sit ${options.certName(step.code)}: your booked exam. Exam fee: US$${step.feeUsd}.`
      : `Sit ${options.certName(step.code)}. Exam fee: US$${step.feeUsd}. The most likely date from your hours a week; it may fall between ${spellDate(step.examDates.earliest)} and ${spellDate(step.examDates.latest)}. Book the exam in advance; the date is a target.`,
  }));
}

// An exam passed: its sessions end (an earlier file's recurring event is cancelled) and its
// exam event says when it was passed.
function passes(plan: StudyPlan, options: CalendarOptions): CalendarEvent[] {
  const planned = new Set(plan.steps.map((s) => s.code));
  return (options.passed ?? [])
    .filter((p) => !planned.has(p.code))
    .flatMap(({ code, date }) => [
      {
        uid: `${options.planId}-study-${code}`,
        firstDay: date,
        lastDay: date,
        summary: `Study for ${code}`,
        description: `${options.certName(code)}: passed on ${spellDate(date)}, no more sessions.`,
        cancelled: true,
      },
      {
        uid: `${options.planId}-exam-${code}`,
        firstDay: date,
        lastDay: date,
        summary: `${code} exam (passed)`,
        description: `${options.certName(code)}: passed on ${spellDate(date)}.`,
      },
    ]);
}

// Every certification with a renewal window gets an event on the day it opens (the same list
// the study plan shows); one that cannot be renewed gets its expiry instead.
function renewals(plan: StudyPlan, options: CalendarOptions): CalendarEvent[] {
  return plan.renewals.flatMap((r) => {
    const day = r.renewable ? r.windowOpensOn : r.expiresOn;
    if (day === null) return [];
    return [
      {
        uid: `${options.planId}-renewal-${r.code}`,
        firstDay: day,
        lastDay: day,
        summary: r.renewable ? `Renewal window opens: ${r.code}` : `${r.code} expires`,
        description: r.renewable
          ? `Renewal for ${options.certName(r.code)} is open from today until it expires on ${spellDate(r.expiresOn)}.`
          : `${options.certName(r.code)} expires today and cannot be renewed. Plan its successor before then.`,
      },
    ];
  });
}

/**
 * The study plan as an iCalendar file (RFC 5545): recurring timed study sessions per step
 * (the user's days and time, away weeks left out, the week-by-week areas in the description),
 * each exam date, and the renewal window of associate and expert certifications. CRLF endings.
 */
export function studyCalendar(plan: StudyPlan, options: CalendarOptions): string {
  const events = [
    ...studyBlocks(plan, options),
    ...exams(plan, options),
    ...passes(plan, options),
    ...renewals(plan, options),
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Certpath//Study plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Certpath study plan',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}@certpath`,
      `DTSTAMP:${utcStamp(options.stamp)}`,
      // A later export is a later revision of the same events.
      `SEQUENCE:${revision(options.stamp)}`,
      ...(e.recurring ? timed(e.firstDay, e.recurring) : allDay(e)),
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.cancelled ? ['STATUS:CANCELLED'] : []),
      // Study sessions block the time; the all-day markers do not.
      e.recurring ? 'TRANSP:OPAQUE' : 'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
