import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, spellDate } from '@/domain/dates';
import { escapeText, foldLine, studyCalendar } from '@/domain/ics';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';

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
  hoursPerWeek: profile.hoursPerWeek,
  certName: (code: string) => catalog.byCode.get(code)?.name ?? code,
};
const ics = studyCalendar(studyPlan, options);
const unfolded = ics.replace(/\r\n /g, '');
const events = unfolded
  .split('BEGIN:VEVENT\r\n')
  .slice(1)
  .map((block) =>
    Object.fromEntries(
      block
        .split('\r\n')
        .filter((l) => l.includes(':'))
        .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]),
    ),
  );
const byDay = (iso: string) => iso.replace(/-/g, '');

describe('studyCalendar', () => {
  it('is a calendar with CRLF line endings and no line over 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has a study block for every week of every step, numbered, back to back up to the exam', () => {
    expect(studyPlan.steps.map((s) => s.code)).toContain('AI-103');
    for (const step of studyPlan.steps) {
      const blocks = events.filter((e) => e.SUMMARY!.startsWith(`Study for ${step.code}:`));
      expect(blocks).toHaveLength(step.weeks);
      expect(blocks[0]!['DTSTART;VALUE=DATE']).toBe(byDay(step.startDate));
      expect(blocks.at(-1)!['DTEND;VALUE=DATE']).toBe(byDay(addDays(step.examDate, 1)));
      expect(blocks.at(-1)!.SUMMARY).toBe(
        `Study for ${step.code}: week ${step.weeks} of ${step.weeks}`,
      );
    }
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
    expect(uids.every((u) => u!.endsWith('@certpath'))).toBe(true);
  });

  it('escapes semicolons and newlines in the text it writes', () => {
    const exam = events.find((e) => e.SUMMARY!.endsWith('exam (target date)'))!;
    expect(exam.DESCRIPTION).toContain('in advance\\; the date');
    const block = events.find((e) => e.SUMMARY!.startsWith('Study for'))!;
    expect(block.DESCRIPTION).toMatch(/\\nAbout \d+ hours this week/);
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
