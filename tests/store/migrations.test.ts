import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultProfile,
  emptyProgress,
  MAX_CONFIDENCE_AREAS,
  profileSchema,
} from '@/domain/schema';
import { loadPersisted, migrate, sanitizePersisted, STORE_VERSION } from '@/store/migrations';

const today = '2026-03-02';

describe('migrate', () => {
  it.each([null, undefined, 42, 'text', [], [1, 2], { profile: 'nope' }, { salary: null }])(
    'turns garbage (%j) into the default state',
    (garbage) => {
      const state = migrate(garbage, 0, today);
      expect(state.profile).toEqual(defaultProfile(today));
      expect(state.salary).toEqual({ horizonYears: 10, compareRoles: [], overrides: {} });
      expect(state.theme).toBe('system');
      expect(state.showAllCerts).toBe(false);
      expect(state.drafts).toEqual({});
    },
  );

  it('reads a version-0 shape (profile fields at the top level, held certs as codes)', () => {
    const state = migrate(
      {
        currentRole: 'data-scientist',
        yearsExperience: 7,
        hoursPerWeek: 'lots',
        certificationsHeld: ['AZ-900', 'AZ-900', 7],
      },
      0,
      today,
    );
    expect(state.profile.currentRole).toBe('data-scientist');
    expect(state.profile.yearsExperience).toBe(7);
    expect(state.profile.hoursPerWeek).toBe(10);
    expect(state.profile.certificationsHeld).toEqual([{ code: 'AZ-900', earnedOn: null }]);
  });

  it('keeps every valid field and replaces only the bad ones', () => {
    const state = migrate(
      {
        profile: {
          ...defaultProfile('2025-11-01'),
          targetRole: 'ai-solutions-architect',
          yearsExperience: -3,
          currentSalaryUsd: 140000,
          certificationsHeld: [
            { code: 'AI-102', earnedOn: '2025-01-10' },
            { code: '', earnedOn: null },
          ],
          areaConfidence: { 'plan-manage': 'strong', vision: 'expert' },
        },
        drafts: { hoursPerWeek: '0', nonsense: 'x', yearsExperience: 5 },
        salary: {
          horizonYears: 7,
          compareRoles: ['ml-engineer-azure', 'astronaut'],
          overrides: { growthRate: 0.04, retakeAllowance: 9 },
        },
        theme: 'dark',
        showAllCerts: 'yes',
      },
      STORE_VERSION,
      today,
    );
    expect(state.profile.targetRole).toBe('ai-solutions-architect');
    expect(state.profile.startDate).toBe('2025-11-01');
    expect(state.profile.yearsExperience).toBe(4);
    expect(state.profile.currentSalaryUsd).toBe(140000);
    expect(state.profile.certificationsHeld).toEqual([{ code: 'AI-102', earnedOn: '2025-01-10' }]);
    expect(state.profile.areaConfidence).toEqual({ 'plan-manage': 'strong' });
    expect(state.drafts).toEqual({ hoursPerWeek: '0' });
    expect(state.salary).toEqual({
      horizonYears: 10,
      compareRoles: ['ml-engineer-azure'],
      overrides: { growthRate: 0.04 },
    });
    expect(state.theme).toBe('dark');
    expect(state.showAllCerts).toBe(false);
  });

  it('always returns a profile the schema accepts, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: -1, max: 5 }), (input, version) => {
        const state = migrate(input, version, today);
        expect(profileSchema.safeParse(state.profile).success).toBe(true);
        expect(sanitizePersisted(state, today)).toEqual(state);
      }),
    );
  });

  it('sanitizes random objects shaped like a stored profile', () => {
    const profileish = fc.record({
      profile: fc.dictionary(fc.constantFrom(...Object.keys(profileSchema.shape)), fc.anything()),
    });
    fc.assert(
      fc.property(profileish, (input) => {
        expect(profileSchema.safeParse(migrate(input, 1, today).profile).success).toBe(true);
      }),
    );
  });
});

describe('saved plans (v2)', () => {
  const good = (id: string, name = id) => ({
    id,
    name,
    profile: defaultProfile(today),
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
  });

  it('gives a v1 state an empty list of saved plans and reports nothing', () => {
    const { state, problems } = loadPersisted(
      { profile: defaultProfile(today), theme: 'dark' },
      1,
      today,
    );
    expect(state.savedPlans).toEqual([]);
    expect(state.deletedPlans).toEqual({});
    expect(state.activePlanId).toBeNull();
    expect(state.comparePlanIds).toEqual([]);
    expect(state.theme).toBe('dark');
    expect(problems).toEqual([]);
  });

  it('keeps valid plans, leaves out invalid ones and says which and why', () => {
    const { state, problems } = loadPersisted(
      {
        savedPlans: [
          good('a'),
          { ...good('b'), profile: { ...defaultProfile(today), hoursPerWeek: 0 } },
          good('a', 'duplicate id'),
          { ...good('c'), name: '' },
          '<script>alert(1)</script>',
          good('d'),
          // No core answers: not a plan, never a default one under the user's name.
          { ...good('e'), profile: { hoursPerWeek: 'many' } },
        ],
        activePlanId: 'b',
        comparePlanIds: ['d', 'b', 'd', 'a'],
        deletedPlans: { x: '2026-03-01T09:00:00.000Z', y: 'yesterday' },
      },
      STORE_VERSION,
      today,
    );
    // A bad value in a plan's profile costs that value, not the plan.
    expect(state.savedPlans.map((p) => p.id)).toEqual(['a', 'b', 'd']);
    expect(state.savedPlans[1]!.profile.hoursPerWeek).toBe(defaultProfile(today).hoursPerWeek);
    expect(state.activePlanId).toBe('b');
    expect(state.comparePlanIds).toEqual(['d', 'b', 'a']);
    expect(state.deletedPlans).toEqual({ x: '2026-03-01T09:00:00.000Z' });
    expect(problems).toEqual([
      expect.stringMatching(
        /^savedPlans\[1\]\.profile\.hoursPerWeek: Hours per week must be between 1 and 60/,
      ),
      expect.stringMatching(/^savedPlans\[2\] was left out: a duplicate/),
      expect.stringMatching(/^savedPlans\[3\] was left out: name/),
      expect.stringMatching(/^savedPlans\[4\] was left out/),
      expect.stringMatching(
        /^savedPlans\[6\] was left out: profile: expected a profile with currentRole, targetRole, hoursPerWeek/,
      ),
    ]);
  });

  it('reports a bad profile field and a state saved by a newer version', () => {
    expect(
      loadPersisted({ profile: { hoursPerWeek: 900 } }, STORE_VERSION, today).problems,
    ).toEqual(['profile.hoursPerWeek: Hours per week must be between 1 and 60']);
    expect(loadPersisted({}, STORE_VERSION + 1, today).problems).toEqual([
      `it was saved by a newer version of Certpath (v${STORE_VERSION + 1})`,
    ]);
    expect(loadPersisted('garbage', STORE_VERSION, today).problems).toEqual([
      'the saved state was not an object',
    ]);
  });
});

describe('relevant experience and ranges (v3)', () => {
  it('reads a v2 state: profiles without relevantYears, a single job-search lag, the step-up year', () => {
    const { relevantYears: _dropped, ...v2Profile } = defaultProfile(today);
    const plan = {
      id: 'p1',
      name: 'Old plan',
      profile: { ...v2Profile, currentRole: 'career-changer' },
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    };
    const { state, problems } = loadPersisted(
      {
        profile: v2Profile,
        salary: {
          horizonYears: 15,
          compareRoles: [],
          overrides: { jobSearchLagMonths: 6, promotionYears: 4, growthRate: 0.02 },
        },
        savedPlans: [plan],
      },
      2,
      today,
    );
    expect(problems).toEqual([]);
    expect(state.profile.relevantYears).toBeNull();
    expect(state.savedPlans[0]!.profile).toMatchObject({
      currentRole: 'career-changer',
      relevantYears: null,
    });
    expect(state.salary.overrides).toEqual({
      growthRate: 0.02,
      jobSearchLagMinMonths: 6,
      jobSearchLagMaxMonths: 6,
    });
  });

  it('reads a v3 state: the plan and every saved plan start with no progress', () => {
    const { progress: _none, ...v3Profile } = defaultProfile(today);
    const saved = {
      id: 'p1',
      name: 'Before progress',
      profile: v3Profile,
      createdAt: '2026-09-01T09:00:00.000Z',
      updatedAt: '2026-09-01T09:00:00.000Z',
    };
    const { state, problems } = loadPersisted(
      { profile: v3Profile, savedPlans: [saved] },
      3,
      today,
    );
    expect(problems).toEqual([]);
    expect(state.profile.progress).toEqual(emptyProgress());
    expect(state.savedPlans[0]!.profile.progress).toEqual(emptyProgress());
  });

  it('keeps valid progress, and drops unreadable progress with a note', () => {
    const progress = {
      steps: { 'AI-103': { state: 'passed', date: '2026-11-20', score: 780 } },
      log: [{ weekOf: '2026-11-16', hours: 6 }],
      baselineFinish: '2027-04-01',
    };
    const kept = loadPersisted({ profile: { ...defaultProfile(today), progress } }, 4, today);
    expect(kept.problems).toEqual([]);
    // A v4 state has no practice results, target, away weeks or study days: the defaults.
    expect(kept.state.profile.progress).toEqual({ ...emptyProgress(), ...progress });
    const bad = loadPersisted(
      {
        profile: {
          ...defaultProfile(today),
          progress: { ...progress, log: [...progress.log, { weekOf: 'x', hours: -1 }] },
        },
      },
      4,
      today,
    );
    // The bad check-in goes; the pass, the other check-in and the baseline stay.
    expect(bad.state.profile.progress).toEqual({ ...emptyProgress(), ...progress });
    expect(bad.problems).toEqual([
      'profile.progress.log[1]: expected a week (YYYY-MM-DD) and hours from 0 to 100',
    ]);
  });

  it('keeps every readable part of progress, entry by entry, and names each one left out', () => {
    const progress = {
      steps: {
        'AZ-900': { state: 'passed', date: '2026-11-02', score: null },
        'AI-103': { state: 'teleported' },
      },
      // A Wednesday is kept by its Monday; a second check-in for a week replaces the first.
      log: [
        { weekOf: '2026-11-11', hours: 4 },
        { weekOf: '2026-11-09', hours: 6 },
        { weekOf: '2026-11-16', hours: 'lots' },
      ],
      baselineFinish: 'soon',
      practice: { 'AI-103': { date: '2026-11-30', overall: 300, areas: {} } },
      away: ['2026-12-23', 'never'],
    };
    const { state, problems } = loadPersisted(
      { profile: { ...defaultProfile(today), progress } },
      STORE_VERSION,
      today,
    );
    expect(state.profile.progress).toEqual({
      ...emptyProgress(),
      steps: { 'AZ-900': { state: 'passed', date: '2026-11-02', score: null } },
      log: [{ weekOf: '2026-11-09', hours: 6 }],
      away: ['2026-12-21'],
    });
    expect(problems).toEqual([
      expect.stringMatching(/^profile\.progress\.steps\.AI-103: /),
      'profile.progress.log[1]: a second check-in for the same week',
      'profile.progress.log[2]: expected a week (YYYY-MM-DD) and hours from 0 to 100',
      'profile.progress.baselineFinish: expected a date as YYYY-MM-DD',
      'profile.progress.practice.AI-103: an unreadable practice result',
      'profile.progress.away[1]: expected a date as YYYY-MM-DD',
    ]);
  });

  it('never throws on stored progress the schema would refuse as a whole: empty codes, too many results', () => {
    const practice = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        `X-${i}`,
        { date: '2026-11-30', overall: 50, areas: {} },
      ]),
    );
    const progress = { steps: { '': { state: 'studying' } }, practice, log: 'lots' };
    const { state, problems } = loadPersisted(
      { profile: { ...defaultProfile(today), progress } },
      STORE_VERSION,
      today,
    );
    expect(Object.keys(state.profile.progress.steps)).toEqual([]);
    expect(Object.keys(state.profile.progress.practice)).toHaveLength(50);
    expect(problems).toContain('profile.progress.steps: an exam code of 0 characters');
    expect(problems).toContain('profile.progress.log: expected a list of check-ins');
    expect(problems.filter((p) => p.startsWith('profile.progress.practice.'))).toHaveLength(10);
  });

  it('reads a v5 booked retake: its attempts are kept, the dates of its failures unknown', () => {
    const progress = {
      ...emptyProgress(),
      steps: { 'AI-103': { state: 'booked', date: '2027-01-20', attempts: 2 } },
    };
    const { state, problems } = loadPersisted(
      { profile: { ...defaultProfile(today), progress } },
      5,
      today,
    );
    expect(problems).toEqual([]);
    expect(state.profile.progress.steps['AI-103']).toEqual({
      state: 'booked',
      date: '2027-01-20',
      retake: { attempts: 2, failedOn: null, firstFailedOn: null },
    });
  });

  it('reads a v5 state: practice results, the target, away weeks and study days are kept', () => {
    const progress = {
      ...emptyProgress(),
      practice: { 'AI-103': { date: '2026-11-30', overall: 71, areas: { 'plan-manage': 64 } } },
      readinessTarget: 75,
      away: ['2026-12-21'],
      sessions: { days: ['TU', 'TH'], time: '06:30' },
    };
    const kept = loadPersisted({ profile: { ...defaultProfile(today), progress } }, 5, today);
    expect(kept.problems).toEqual([]);
    expect(kept.state.profile.progress).toEqual(progress);
    const bad = loadPersisted(
      {
        profile: {
          ...defaultProfile(today),
          progress: { ...progress, sessions: { days: [], time: '25:00' } },
        },
      },
      5,
      today,
    );
    expect(bad.state.profile.progress).toEqual({ ...progress, sessions: emptyProgress().sessions });
    expect(bad.problems.join('\n')).toMatch(/^profile\.progress\.sessions: /);
  });

  it('keeps the years that count when set, and drops an impossible value with a note', () => {
    const ok = loadPersisted({ profile: { ...defaultProfile(today), relevantYears: 3 } }, 3, today);
    expect(ok.state.profile.relevantYears).toBe(3);
    const bad = loadPersisted(
      { profile: { ...defaultProfile(today), relevantYears: -2 } },
      3,
      today,
    );
    expect(bad.state.profile.relevantYears).toBeNull();
    expect(bad.problems).toEqual([
      'profile.relevantYears: Years of software, data or cloud work must be between 0 and 50',
    ]);
  });
});

describe('bounds on stored input', () => {
  it('keeps at most MAX_CONFIDENCE_AREAS skills-area answers', () => {
    const areaConfidence = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`area-${i}`, 'strong']),
    );
    const { state } = loadPersisted({ profile: { areaConfidence } }, STORE_VERSION, today);
    expect(Object.keys(state.profile.areaConfidence)).toHaveLength(MAX_CONFIDENCE_AREAS);
    expect(profileSchema.safeParse({ ...state.profile, areaConfidence }).success).toBe(false);
  });

  it.each(['9999-12-31', '1899-01-01', '0001-01-01'])(
    'replaces a start date a calendar cannot hold (%s), and says so',
    (startDate) => {
      const { state, problems } = loadPersisted({ profile: { startDate } }, STORE_VERSION, today);
      expect(state.profile.startDate).toBe(today);
      expect(problems).toEqual([expect.stringContaining('between 1 Jan 2000 and 31 Dec 2099')]);
    },
  );
});
