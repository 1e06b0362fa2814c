import fc from 'fast-check';
import { emptyProgress } from '@/domain/schema';
import { describe, expect, it } from 'vitest';
import { parsePlanFile, planFileJson, PLAN_FILE_FORMAT } from '@/domain/plan-file';
import type { PlanFileContent } from '@/domain/plan-file';
import { defaultProfile } from '@/domain/schema';
import { fuzzRuns } from '../fuzz-runs';
import { profileArb, progressArb } from './share-link.arbitraries';

const profile = {
  ...defaultProfile('2026-03-02'),
  certificationsHeld: [{ code: 'AZ-104', earnedOn: '2025-06-01' }],
};
const content: PlanFileContent = {
  name: 'Architect, evenings',
  profile,
  salary: { horizonYears: 15, overrides: { growthRate: 0.04, hubPremiumMax: 0.3 } },
};

describe('planFileJson', () => {
  it('writes a readable, versioned file with the export time', () => {
    const text = planFileJson(content, '2026-03-02T10:00:00.000Z');
    const json = JSON.parse(text);
    expect(json).toMatchObject({
      format: PLAN_FILE_FORMAT,
      version: 5,
      name: 'Architect, evenings',
      exportedAt: '2026-03-02T10:00:00.000Z',
    });
    expect(text).toContain('\n  "profile": {');
  });
});

describe('parsePlanFile', () => {
  it('reads back exactly what was written', () => {
    expect(parsePlanFile(planFileJson(content, '2026-03-02T10:00:00.000Z'))).toEqual({
      ok: true,
      value: content,
    });
    const { salary: _omit, ...withoutSalary } = content;
    expect(parsePlanFile(planFileJson(withoutSalary))).toEqual({ ok: true, value: withoutSalary });
  });

  it('round-trips any valid plan exactly', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 80 })
      .filter((s) => s.trim() === s && s !== '');
    const salary = fc.option(
      fc.record({
        horizonYears: fc.constantFrom(5 as const, 10 as const, 15 as const),
        overrides: fc.record(
          { growthRate: fc.double({ min: -0.5, max: 0.5, noNaN: true }).map((v) => v + 0) },
          { requiredKeys: [] },
        ),
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(name, profileArb, salary, (n, p, s) => {
        const value: PlanFileContent = s
          ? { name: n, profile: p, salary: s }
          : { name: n, profile: p };
        expect(parsePlanFile(planFileJson(value))).toEqual({ ok: true, value });
      }),
    );
  });

  it.each([
    ['', 'The file is empty.'],
    ['{"format": "certpath-plan"', 'not JSON'],
    ['[1, 2]', 'expected a JSON object'],
    ['{"name": "x"}', 'not a Certpath plan'],
    ['{"format": "certpath-plan", "version": 9}', 'newer version of Certpath (file version 9)'],
    ['x'.repeat(300 * 1024), 'too big'],
  ])('refuses %j with a message (%s)', (text, message) => {
    const result = parsePlanFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('round-trips a plan with its progress: step states, the study log and the baseline', () => {
    fc.assert(
      fc.property(profileArb, progressArb, (p, progress) => {
        const value: PlanFileContent = { name: 'Tracked', profile: { ...p, progress } };
        const read = parsePlanFile(planFileJson(value, '2026-12-03T10:00:00.000Z'));
        expect(read).toEqual({ ok: true, value });
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('reads a v4 file’s booked retake, and names a week that is not a Monday or logged twice', () => {
    const withProgress = (progress: Record<string, unknown>, version = 4) =>
      JSON.stringify({
        ...JSON.parse(planFileJson(content)),
        version,
        profile: { ...content.profile, progress: { ...emptyProgress(), ...progress } },
      });
    const booked = parsePlanFile(
      withProgress({ steps: { 'AI-103': { state: 'booked', date: '2027-01-20', attempts: 2 } } }),
    );
    expect(booked.ok && booked.value.profile.progress.steps['AI-103']).toEqual({
      state: 'booked',
      date: '2027-01-20',
      retake: { attempts: 2, failedOn: null, firstFailedOn: null },
    });
    // A v3 file: step states, the study log and the baseline, nothing newer.
    const v3 = parsePlanFile(
      withProgress(
        {
          steps: { 'AZ-900': { state: 'passed', date: '2026-11-20', score: 801 } },
          log: [{ weekOf: '2026-11-16', hours: 6 }],
          baselineFinish: '2027-04-01',
        },
        3,
      ),
    );
    expect(v3.ok && v3.value.profile.progress).toEqual({
      ...emptyProgress(),
      steps: { 'AZ-900': { state: 'passed', date: '2026-11-20', score: 801 } },
      log: [{ weekOf: '2026-11-16', hours: 6 }],
      baselineFinish: '2027-04-01',
    });
    const wednesday = parsePlanFile(withProgress({ log: [{ weekOf: '2026-12-09', hours: 3 }] }));
    expect(!wednesday.ok && wednesday.error).toContain(
      'profile.progress.log[0].weekOf: expected the Monday the week starts on',
    );
    const twice = parsePlanFile(
      withProgress({
        log: [
          { weekOf: '2026-12-07', hours: 3 },
          { weekOf: '2026-12-07', hours: 5 },
        ],
      }),
    );
    expect(!twice.ok && twice.error).toContain('profile.progress.log: a week is logged twice');
  });

  it('marks a file from a newer version, so the app can offer the update', () => {
    expect(parsePlanFile('{"format": "certpath-plan", "version": 9}')).toMatchObject({
      ok: false,
      newer: true,
      error: expect.stringContaining('Update Certpath to import it'),
    });
    expect(parsePlanFile('{"format": "certpath-plan", "version": 1}')).not.toHaveProperty('newer');
  });

  it('names every bad field by its path', () => {
    const file = JSON.parse(planFileJson(content));
    file.profile.hoursPerWeek = 0;
    file.profile.certificationsHeld[0].earnedOn = 'last June';
    file.salary.horizonYears = 7;
    file.name = '';
    const result = parsePlanFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.split('\n')).toEqual([
      'The plan file has values Certpath cannot use:',
      'name: the plan needs a name',
      'profile.certificationsHeld[0].earnedOn: expected a date as YYYY-MM-DD',
      'profile.hoursPerWeek: Hours per week must be between 1 and 60',
      'salary.horizonYears: expected 5, 10 or 15',
    ]);
  });

  it('keeps a hostile name as plain text and ignores unknown fields', () => {
    const file = {
      ...JSON.parse(planFileJson(content)),
      name: '<img src=x onerror=alert(1)>',
      __proto__x: 1,
      extra: { a: 1 },
    };
    const result = parsePlanFile(JSON.stringify(file));
    expect(result).toEqual({
      ok: true,
      value: { ...content, name: '<img src=x onerror=alert(1)>' },
    });
  });
});
