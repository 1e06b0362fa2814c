import { addDays, spellDate } from '@/domain/dates';
import type { StudyPlan } from '@/domain/study-plan';

/** What the calendar needs besides the study plan; `stamp` is the export time (the domain has no clock). */
export interface CalendarOptions {
  /** When the file is made, ISO (`2026-03-02T10:00:00.000Z`): every event's DTSTAMP. */
  stamp: string;
  /** The user's study hours per week, for the text of the study blocks. */
  hoursPerWeek: number;
  /** "Azure AI Engineer Associate" for "AI-103"; the code itself when unknown. */
  certName: (code: string) => string;
  /** The level of a certification; renewal windows are added for associate and expert ones. */
}

interface CalendarEvent {
  uid: string;
  /** First day, ISO; all-day events end the day after `lastDay` (DTEND is exclusive). */
  firstDay: string;
  lastDay: string;
  summary: string;
  description: string;
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
const utcStamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

function studyBlocks(plan: StudyPlan, options: CalendarOptions): CalendarEvent[] {
  return plan.steps.flatMap((step) =>
    Array.from({ length: step.weeks }, (_, week) => {
      const firstDay = addDays(step.startDate, week * 7);
      return {
        uid: `study-${step.code}-${firstDay}`,
        firstDay,
        lastDay: addDays(firstDay, 6),
        summary: `Study for ${step.code}: week ${week + 1} of ${step.weeks}`,
        description: `${options.certName(step.code)}.\nAbout ${options.hoursPerWeek} hours this week; ${step.plannedHours} hours planned in all (${step.hours.min}–${step.hours.max}).\nTarget exam date: ${spellDate(step.examDate)} (between ${spellDate(step.examDates.earliest)} and ${spellDate(step.examDates.latest)}).`,
      };
    }),
  );
}

function exams(plan: StudyPlan, options: CalendarOptions): CalendarEvent[] {
  return plan.steps.map((step) => ({
    uid: `exam-${step.code}-${step.examDate}`,
    firstDay: step.examDate,
    lastDay: step.examDate,
    summary: `${step.code} exam (target date)`,
    description: `Sit ${options.certName(step.code)}. Exam fee: US$${step.feeUsd}. The most likely date from your hours a week; it may fall between ${spellDate(step.examDates.earliest)} and ${spellDate(step.examDates.latest)}. Book the exam in advance; the date is a target.`,
  }));
}

// Every certification with a renewal window gets an event on the day it opens (the same list
// the study plan shows); one that cannot be renewed gets its expiry instead.
function renewals(plan: StudyPlan, options: CalendarOptions): CalendarEvent[] {
  return plan.renewals.flatMap((r) => {
    const day = r.renewable ? r.windowOpensOn : r.expiresOn;
    if (day === null) return [];
    return [
      {
        uid: `renewal-${r.code}-${r.expiresOn}`,
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
 * The study plan as an iCalendar file (RFC 5545): a block per study week, each target exam
 * date, and the renewal window of associate and expert certifications. CRLF line endings.
 */
export function studyCalendar(plan: StudyPlan, options: CalendarOptions): string {
  const events = [
    ...studyBlocks(plan, options),
    ...exams(plan, options),
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
      `DTSTART;VALUE=DATE:${day(e.firstDay)}`,
      `DTEND;VALUE=DATE:${day(addDays(e.lastDay, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
