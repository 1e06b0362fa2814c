import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, spellDate } from '@/domain/dates';
import { escapeText, foldLine, studyCalendar, weekdayOf } from '@/domain/ics';
import { weekOf } from '@/domain/dates';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile, emptyProgress } from '@/domain/schema';
import { sessionPlan, stepWeeks } from '@/domain/week-plan';

const catalog = realCatalog();
const today = '2026-09-01';
const profile = {
  ...defaultProfile(today),
  azure: 'none' as const,
  aiml: 'none' as const,
  currentRole: 'career-changer' as const,
};
const { studyPlan } = buildPlan(profile, catalog, catalog.assumptions, today);
const options = {
  stamp: '2026-09-01T08:30:05.123Z',
  planId: 'p123',
  sessions: { days: ['MO' as const, 'WE' as const, 'SA' as const], time: '19:00' },
  limits: catalog.assumptions.sessions,
  away: new Set<string>(),
  certName: (code: string) => catalog.byCode.get(code)?.name ?? code,
};
const ics = studyCalendar(studyPlan, options);
const eventsOf = (text: string) =>
  text
    .replace(/\r\n /g, '')
    .split('BEGIN:VEVENT\r\n')
    .slice(1)
    .map(
      (block) =>
        Object.fromEntries(
          block
            .split('\r\n')
            .filter((l) => l.includes(':'))
            .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]),
        ) as Record<string, string>,
    );
const events = eventsOf(ics);

/** The sessions a recurring event stands for: every BYDAY day from DTSTART to UNTIL, less EXDATE. */
function sessionsOf(event: Record<string, string>): string[] {
  const rule = Object.fromEntries(event.RRULE!.split(';').map((p) => p.split('=')));
  const days = (rule.BYDAY as string).split(',');
  const until = (rule.UNTIL as string).slice(0, 8);
  const except = new Set((event.EXDATE ?? '').split(',').map((d) => d.slice(0, 8)));
  const out: string[] = [];
  const start = event.DTSTART!.slice(0, 8);
  let d = `${start.slice(0, 4)}-${start.slice(4, 6)}-${start.slice(6, 8)}`;
  while (byDay(d) <= until) {
    if (days.includes(weekdayOf(d)) && !except.has(byDay(d))) out.push(d);
    d = addDays(d, 1);
  }
  return out;
}
const byDay = (iso: string) => iso.replace(/-/g, '');

describe('studyCalendar', () => {
  it('is a calendar with CRLF line endings and no line over 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has recurring timed study sessions for every step, on the chosen days, up to the exam', () => {
    expect(studyPlan.steps.map((s) => s.code)).toContain('AI-103');
    expect(sessionPlan(10, options.sessions.days, options.limits).minutes).toBe(200);
    for (const step of studyPlan.steps) {
      const study = events.filter((e) => e.SUMMARY === `Study for ${step.code}`);
      expect(study).toHaveLength(1);
      const event = study[0]!;
      expect(event.DTSTART).toMatch(/^\d{8}T190000$/);
      expect(event.DURATION).toBe('PT3H20M');
      expect(event.RRULE).toBe(
        `FREQ=WEEKLY;BYDAY=MO,WE,SA;UNTIL=${byDay(addDays(step.examDate, -1))}T235959`,
      );
      const sessions = sessionsOf(event);
      expect(sessions[0]! >= step.startDate).toBe(true);
      expect(addDays(sessions[0]!, -7) < step.startDate).toBe(true);
      expect(sessions.at(-1)! < step.examDate).toBe(true);
      expect(sessions.every((d) => ['MO', 'WE', 'SA'].includes(weekdayOf(d)))).toBe(true);
      // The description lists the weeks, each with its skills areas and hours.
      expect(event.DESCRIPTION).toContain(
        `Week 1 of ${step.weeks} (${spellDate(step.startDate)} – ${spellDate(addDays(step.startDate, 6))})`,
      );
      expect(event.DESCRIPTION).toContain(`Week ${step.weeks} of ${step.weeks}`);
    }
  });

  it('leaves out the sessions of exactly the weeks the week view shows away, and the exam moves', () => {
    // A step starting on a Thursday: its study weeks run Thursday to Wednesday, so a marked
    // calendar week (Monday to Sunday) stands for the study week holding most of it.
    const thursday = { ...profile, startDate: '2026-12-10' };
    const plain = buildPlan(thursday, catalog, catalog.assumptions, today).studyPlan;
    const away = '2026-12-21';
    const tracked = { ...thursday, progress: { ...emptyProgress(), away: [away] } };
    const moved = buildPlan(tracked, catalog, catalog.assumptions, today).studyPlan;
    expect(moved.totals.finishDate).toBe(addDays(plain.totals.finishDate, 7));
    const step = moved.steps[0]!;
    const weeks = stepWeeks(step, new Set([away]));
    const awayWeek = weeks.find((w) => w.away)!;
    expect(awayWeek).toMatchObject({ firstDay: '2026-12-24', lastDay: '2026-12-30' });
    const text = studyCalendar(moved, { ...options, away: new Set([away]) });
    const first = eventsOf(text).find((e) => e.SUMMARY === `Study for ${step.code}`)!;
    const sessions = sessionsOf(first);
    // Day for day the week view's away week: no session in it, every other week has its own.
    expect(sessions.filter((d) => d >= awayWeek.firstDay && d <= awayWeek.lastDay)).toEqual([]);
    for (const week of weeks.filter((w) => !w.away && w.lastDay < step.examDate))
      expect(sessions.some((d) => d >= week.firstDay && d <= week.lastDay)).toBe(true);
    expect(first.DESCRIPTION).toContain('Away (24 Dec 2026 – 30 Dec 2026): no study.');
  });

  it('marks a booked exam as booked, and only on its booked day', () => {
    const code = studyPlan.steps[0]!.code;
    const booked = (date: string) =>
      buildPlan(
        {
          ...profile,
          progress: { ...emptyProgress(), steps: { [code]: { state: 'booked', date } } },
        },
        catalog,
        catalog.assumptions,
        today,
      ).studyPlan;
    const kept = booked(addDays(studyPlan.steps[0]!.examDate, 7));
    const exam = eventsOf(studyCalendar(kept, options)).find((e) =>
      e.SUMMARY!.startsWith(`${code} exam`),
    )!;
    expect(exam.SUMMARY).toBe(`${code} exam (booked)`);
    expect(exam['DTSTART;VALUE=DATE']).toBe(byDay(addDays(studyPlan.steps[0]!.examDate, 7)));
    // Booked before the step can start: the plan dates it itself, and says it is a target.
    const early = booked(addDays(today, -30));
    const target = eventsOf(studyCalendar(early, options)).find((e) =>
      e.SUMMARY!.startsWith(`${code} exam`),
    )!;
    expect(target.SUMMARY).toBe(`${code} exam (target date)`);
  });

  it('a booking that leaves fewer weeks spreads the hours over them, in sessions that hold them', () => {
    const code = studyPlan.steps[0]!.code;
    const soon = buildPlan(
      {
        ...profile,
        progress: {
          ...emptyProgress(),
          steps: { [code]: { state: 'booked', date: addDays(today, 13) } },
        },
      },
      catalog,
      catalog.assumptions,
      today,
    ).studyPlan;
    const step = soon.steps[0]!;
    expect(step.booked).toBe(true);
    expect(step.hoursPerWeek).toBeGreaterThan(profile.hoursPerWeek);
    const weeks = stepWeeks(step, new Set());
    const hours = weeks.map((w) => w.blocks.reduce((sum, b) => sum + b.hours, 0));
    // Even weeks, not the user's 10 then the rest.
    expect(Math.max(...hours) - Math.min(...hours)).toBeLessThanOrEqual(1);
    const event = eventsOf(studyCalendar(soon, options)).find(
      (e) => e.SUMMARY === `Study for ${code}`,
    )!;
    const plan = sessionPlan(step.hoursPerWeek, options.sessions.days, options.limits);
    expect(event.DURATION).toBe(`PT${Math.floor(plan.minutes / 60)}H${plan.minutes % 60}M`);
  });

  it('marks each target exam date as an all-day event', () => {
    for (const step of studyPlan.steps) {
      const exam = events.find((e) => e.SUMMARY === `${step.code} exam (target date)`);
      expect(exam).toMatchObject({
        'DTSTART;VALUE=DATE': byDay(step.examDate),
        'DTEND;VALUE=DATE': byDay(addDays(step.examDate, 1)),
      });
    }
  });

  it('opens the renewal window six months before expiry for associate certifications, not fundamentals', () => {
    const core = studyPlan.steps.find((s) => s.code === 'AI-103')!;
    const renewal = events.find((e) => e.SUMMARY === 'Renewal window opens: AI-103');
    const expiry = addMonths(core.examDate, 12);
    expect(renewal?.['DTSTART;VALUE=DATE']).toBe(byDay(addMonths(expiry, -6)));
    expect(renewal?.DESCRIPTION).toContain(`expires on ${spellDate(expiry)}`);
    expect(
      events.some((e) => e.SUMMARY!.includes('AZ-900') && e.SUMMARY!.includes('Renewal')),
    ).toBe(false);
  });

  it('stamps every event with the export time and gives each a unique UID', () => {
    expect(events.every((e) => e.DTSTAMP === '20260901T083005Z')).toBe(true);
    const uids = events.map((e) => e.UID);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((u) => u!.startsWith('p123-') && u!.endsWith('@certpath'))).toBe(true);
  });

  it('keeps every UID when the plan re-dates, and a later export is a later revision', () => {
    // A week later, with hours logged: every date moves, the events stay the same events.
    const later = buildPlan(
      {
        ...profile,
        progress: { ...emptyProgress(), log: [{ weekOf: weekOf(today), hours: 12 }] },
      },
      catalog,
      catalog.assumptions,
      addDays(today, 7),
    ).studyPlan;
    expect(later.steps[0]!.startDate).not.toBe(studyPlan.steps[0]!.startDate);
    const again = eventsOf(studyCalendar(later, { ...options, stamp: '2026-09-08T08:00:00Z' }));
    expect(again.map((e) => e.UID).sort()).toEqual(events.map((e) => e.UID).sort());
    expect(Number(again[0]!.SEQUENCE)).toBeGreaterThan(Number(events[0]!.SEQUENCE));
  });

  it('cancels a passed exam’s sessions and moves its exam to the day passed, under the same UIDs', () => {
    const code = studyPlan.steps[0]!.code;
    const after = buildPlan(
      {
        ...profile,
        progress: {
          ...emptyProgress(),
          steps: { [code]: { state: 'passed', date: '2026-09-20', score: null } },
        },
      },
      catalog,
      catalog.assumptions,
      today,
    ).studyPlan;
    const again = eventsOf(
      studyCalendar(after, { ...options, passed: [{ code, date: '2026-09-20' }] }),
    );
    const uid = (kind: string) => `p123-${kind}-${code}@certpath`;
    expect(events.some((e) => e.UID === uid('study'))).toBe(true);
    expect(again.find((e) => e.UID === uid('study'))).toMatchObject({ STATUS: 'CANCELLED' });
    expect(again.find((e) => e.UID === uid('exam'))).toMatchObject({
      SUMMARY: `${code} exam (passed)`,
      'DTSTART;VALUE=DATE': '20260920',
    });
  });

  it('escapes semicolons and newlines in the text it writes', () => {
    const exam = events.find((e) => e.SUMMARY!.endsWith('exam (target date)'))!;
    expect(exam.DESCRIPTION).toContain('in advance\\; the date');
    const block = events.find((e) => e.SUMMARY!.startsWith('Study for'))!;
    expect(block.DESCRIPTION).toMatch(/\\n3 h 20 min a session on 3 days a week/);
    for (const e of events) expect(e.DESCRIPTION).not.toMatch(/(^|[^\\]);/);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const folded = foldLine(line);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        for (const part of folded.split('\r\n'))
          expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      }),
    );
  });
});
