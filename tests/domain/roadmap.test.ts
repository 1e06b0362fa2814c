import { buildPlan } from '@/domain/plan';
import type { Plan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import type { RoadmapStep } from '@/domain/roadmap';
import { defaultProfile } from '@/domain/schema';
import type { Profile } from '@/domain/schema';

const catalog = realCatalog();

function planFor(overrides: Partial<Profile>, today = overrides.startDate ?? '2026-03-01'): Plan {
  const profile = { ...defaultProfile(today), ...overrides };
  return buildPlan(profile, catalog, catalog.assumptions, today);
}

const step = (plan: Plan, code: string): RoadmapStep => {
  const found = plan.roadmap.steps.find((s) => s.code === code);
  if (!found)
    throw new Error(`no step ${code} in ${plan.roadmap.steps.map((s) => s.code).join(', ')}`);
  return found;
};
const position = (plan: Plan, code: string) => plan.roadmap.steps.findIndex((s) => s.code === code);
const scheduled = (plan: Plan) => plan.studyPlan.steps.map((s) => s.code);

const personas: Record<string, Partial<Profile>> = {
  'software developer': {
    currentRole: 'software-developer',
    yearsExperience: 4,
    python: 'proficient',
    azure: 'some',
    aiml: 'basic',
  },
  'data scientist': {
    currentRole: 'data-scientist',
    yearsExperience: 5,
    python: 'proficient',
    azure: 'none',
    aiml: 'proficient',
    targetRole: 'ml-engineer-azure',
  },
  'cloud engineer': {
    currentRole: 'cloud-engineer',
    yearsExperience: 6,
    python: 'basic',
    azure: 'daily',
    aiml: 'basic',
    targetRole: 'ai-solutions-architect',
    certificationsHeld: [{ code: 'AZ-104', earnedOn: '2025-12-01' }],
  },
  'career changer': {
    currentRole: 'career-changer',
    yearsExperience: 1,
    python: 'basic',
    azure: 'none',
    aiml: 'none',
    hoursPerWeek: 20,
  },
  student: {
    currentRole: 'student',
    yearsExperience: 0,
    python: 'basic',
    azure: 'none',
    aiml: 'basic',
    targetRole: 'generative-ai-developer',
    hoursPerWeek: 20,
  },
};
const personaNames = Object.keys(personas);

describe('successor resolution by date, per persona', () => {
  it.each(personaNames)(
    '%s starting 2026-03-01 plans the original exams AI-102 and AI-900',
    (name) => {
      const plan = planFor({ ...personas[name], startDate: '2026-03-01' });
      expect(plan.roadmap.coreCode).toBe('AI-102');
      expect(step(plan, 'AI-102')).toMatchObject({ replaces: null, status: 'required' });
      expect(step(plan, 'AI-900').replaces).toBeNull();
      expect(scheduled(plan)).toContain('AI-102');
      expect(plan.roadmap.notices.some((n) => /uses its successor AI-103/.test(n.message))).toBe(
        false,
      );
    },
  );

  it.each(personaNames)(
    '%s starting 2026-08-01 plans AI-103 and AI-901, each saying what it replaces',
    (name) => {
      const plan = planFor({ ...personas[name], startDate: '2026-08-01' });
      expect(plan.roadmap.coreCode).toBe('AI-103');
      expect(step(plan, 'AI-103')).toMatchObject({ replaces: 'AI-102', status: 'required' });
      expect(step(plan, 'AI-103').reason).toMatch(/replaces AI-102, which retired on 30 Jun 2026/);
      expect(step(plan, 'AI-901').replaces).toBe('AI-900');
      expect(plan.roadmap.steps.some((s) => s.code === 'AI-102' || s.code === 'AI-900')).toBe(
        false,
      );
    },
  );

  it.each(personaNames)('%s: every catalogue certification appears exactly once', (name) => {
    const plan = planFor({ ...personas[name], startDate: '2026-05-15' });
    const codes = plan.roadmap.steps.flatMap((s) => (s.replaces ? [s.code, s.replaces] : [s.code]));
    expect([...codes].sort()).toEqual(catalog.certifications.map((c) => c.code).sort());
  });

  it('a May 2026 start whose AI-102 exam would fall after 2026-06-30 switches to AI-103 with a notice', () => {
    const plan = planFor({
      ...personas['software developer'],
      startDate: '2026-05-01',
      hoursPerWeek: 8,
    });
    expect(plan.roadmap.coreCode).toBe('AI-103');
    expect(step(plan, 'AI-103').replaces).toBe('AI-102');
    const notice = plan.roadmap.notices.find(
      (n) => n.kind === 'retires-during-plan' && n.code === 'AI-102',
    );
    expect(notice?.message).toMatch(
      /AI-102 retires on 30 Jun 2026, before your planned exam date \(\d+ Jul 2026\)/,
    );
    expect(notice?.message).toMatch(/successor AI-103/);
  });

  it('the same May start with enough hours keeps AI-102 and warns that it cannot be renewed', () => {
    const plan = planFor({
      ...personas['software developer'],
      startDate: '2026-05-01',
      hoursPerWeek: 20,
    });
    expect(scheduled(plan)).toEqual(['AI-102']);
    const notice = plan.roadmap.notices.find((n) => n.kind === 'renewal-impossible');
    expect(notice?.message).toMatch(
      /AI-102, planned for \d+ Jun 2026, would be valid until \d+ Jun 2027 but cannot be renewed/,
    );
  });
});

describe('retirement day and renewal, as of the plan’s today', () => {
  it('an exam on its retirement date is still sat: Microsoft’s date is the last bookable day', () => {
    // At 10 h a week the developer's AI-102 takes 10 weeks: from 22 Apr the exam is 30 Jun.
    const plan = planFor({ ...personas['software developer'], startDate: '2026-04-22' });
    expect(plan.studyPlan.steps[0]).toMatchObject({ code: 'AI-102', examDate: '2026-06-30' });
    const dayLater = planFor({ ...personas['software developer'], startDate: '2026-04-23' });
    expect(dayLater.studyPlan.steps[0]).toMatchObject({ code: 'AI-103' });
  });

  it('an AI-102 earned 2025-12-20, seen on 2026-12-03: valid until 20 Dec, no renewal offered, AI-103 recommended', () => {
    const plan = planFor(
      {
        ...personas['software developer'],
        startDate: '2026-12-03',
        certificationsHeld: [{ code: 'AI-102', earnedOn: '2025-12-20' }],
      },
      '2026-12-03',
    );
    expect(step(plan, 'AI-102').status).toBe('held');
    expect(step(plan, 'AI-102').reason).toMatch(/valid until 20 Dec 2026/);
    expect(step(plan, 'AI-103').status).toBe('recommended');
    const renewal = plan.studyPlan.renewals.find((r) => r.code === 'AI-102');
    expect(renewal).toMatchObject({ expiresOn: '2026-12-20', renewable: false });
    const notice = plan.roadmap.notices.find((n) => n.kind === 'renewal-impossible');
    expect(notice?.message).toBe(
      'AI-102 is valid until 20 Dec 2026 but cannot be renewed; AI-103 recommended before then.',
    );
  });

  it('the same holder seen in late June could still renew before renewals ended', () => {
    const plan = planFor(
      {
        ...personas['software developer'],
        startDate: '2026-06-25',
        certificationsHeld: [{ code: 'AI-102', earnedOn: '2025-12-20' }],
      },
      '2026-06-25',
    );
    expect(plan.studyPlan.renewals.find((r) => r.code === 'AI-102')).toMatchObject({
      windowOpensOn: '2026-06-20',
      renewable: true,
    });
  });
});

describe('successors and prerequisites (a labelled assumption)', () => {
  const holder: Partial<Profile> = {
    ...personas['software developer'],
    startDate: '2026-12-03',
    targetRole: 'senior-ai-engineer',
    certificationsHeld: [{ code: 'AI-200', earnedOn: '2026-10-01' }],
  };

  it('lets a held AI-200 meet AZ-400’s AZ-204 option, and says it assumes so', () => {
    const plan = planFor(holder, '2026-12-03');
    expect(scheduled(plan)).toEqual(['AI-103', 'AZ-400']);
    const notice = plan.roadmap.notices.find((n) => n.kind === 'assumed-prerequisite');
    expect(notice?.message).toBe(
      'AZ-400 needs AZ-104 or AZ-204; you hold AI-200, which replaces AZ-204. Microsoft has not yet confirmed that it counts, so Certpath assumes it does.',
    );
  });

  it('without the assumption, the plan takes the confirmed route through AZ-104', () => {
    const strict = {
      ...catalog.assumptions,
      prerequisites: { ...catalog.assumptions.prerequisites, successorsCount: false },
    };
    const plan = buildPlan(
      { ...defaultProfile('2026-12-03'), ...holder },
      catalog,
      strict,
      '2026-12-03',
    );
    expect(scheduled(plan)).toEqual(['AI-103', 'AZ-104', 'AZ-400']);
    expect(plan.roadmap.notices.some((n) => n.kind === 'assumed-prerequisite')).toBe(false);
  });
});

describe('fundamentals: recommended only for people new to them', () => {
  it('career changer (no Azure, no AI/ML) gets AZ-900 and AI-901 recommended, with reasons about their background', () => {
    const plan = planFor({ ...personas['career changer'], startDate: '2026-08-01' });
    expect(step(plan, 'AZ-900')).toMatchObject({
      status: 'recommended',
      reason:
        'You have no Azure hands-on experience and hold no Azure certification, so Azure Fundamentals gives you the cloud basics first.',
    });
    expect(step(plan, 'AI-901').status).toBe('recommended');
    expect(step(plan, 'AI-901').reason).toMatch(/^You have no AI\/ML background/);
    expect(scheduled(plan)).toEqual(['AZ-900', 'AI-901', 'AI-103']);
  });

  it.each([
    ['software developer', /some Azure hands-on experience/],
    ['cloud engineer', /As a cloud engineer/],
  ])('%s: AZ-900 is optional and the reason says why', (name, why) => {
    const s = step(planFor(personas[name] ?? {}), 'AZ-900');
    expect(s.status).toBe('optional');
    expect(s.reason).toMatch(why);
  });

  it('holding any Azure certification makes AZ-900 optional even without hands-on experience', () => {
    const plan = planFor({
      ...personas.student,
      certificationsHeld: [{ code: 'AI-900', earnedOn: '2025-10-01' }],
    });
    expect(step(plan, 'AZ-900')).toMatchObject({
      status: 'optional',
      reason: expect.stringMatching(/already hold an Azure certification/),
    });
  });

  it('a data scientist with no AI/ML basics flagged still skips AI-900 as optional', () => {
    const plan = planFor({ ...personas['data scientist'], aiml: 'none' });
    expect(step(plan, 'AI-900')).toMatchObject({
      status: 'optional',
      reason: expect.stringMatching(/As a data scientist/),
    });
    expect(step(plan, 'AZ-900').status).toBe('recommended');
  });
});

describe('specialisation by target role', () => {
  it('cloud engineer holding AZ-104 → AI Solutions Architect: AZ-305 required after the held AZ-104', () => {
    const plan = planFor(personas['cloud engineer'] ?? {});
    expect(step(plan, 'AZ-104')).toMatchObject({
      status: 'held',
      reason: expect.stringMatching(/valid until 1 Dec 2026/),
    });
    expect(step(plan, 'AZ-305').status).toBe('required');
    expect(position(plan, 'AZ-104')).toBeLessThan(position(plan, 'AZ-305'));
    expect(plan.roadmap.edges).toContainEqual({
      from: 'AZ-104',
      to: 'AZ-305',
      kind: 'prerequisite',
    });
    expect(scheduled(plan)).toEqual(['AI-102', 'AZ-305']);
  });

  it('AI Solutions Architect without AZ-104 adds it as a required prerequisite', () => {
    const plan = planFor({
      ...personas['software developer'],
      targetRole: 'ai-solutions-architect',
    });
    expect(step(plan, 'AZ-104')).toMatchObject({
      status: 'required',
      reason: expect.stringMatching(/official prerequisite of AZ-305/),
    });
    expect(scheduled(plan)).toEqual(['AI-102', 'AZ-104', 'AZ-305']);
  });

  it('Senior AI Engineer: AZ-400 recommended, its prerequisite AZ-104 recommended too', () => {
    const plan = planFor({ ...personas['software developer'], targetRole: 'senior-ai-engineer' });
    expect(step(plan, 'AZ-400').status).toBe('recommended');
    expect(step(plan, 'AZ-104')).toMatchObject({
      status: 'recommended',
      reason: expect.stringMatching(/AZ-400 needs one of AZ-104 or AZ-204/),
    });
    expect(step(plan, 'AZ-305').status).toBe('optional');
  });

  it('holding AZ-204 satisfies AZ-400 (either prerequisite will do), so AZ-104 is not needed', () => {
    const plan = planFor({
      ...personas['software developer'],
      targetRole: 'senior-ai-engineer',
      certificationsHeld: [{ code: 'AZ-204', earnedOn: '2025-11-01' }],
    });
    expect(step(plan, 'AZ-204').status).toBe('held');
    // AZ-400 asks for AZ-104 or AZ-204: the edge says either will do.
    expect(plan.roadmap.edges).toContainEqual({
      from: 'AZ-204',
      to: 'AZ-400',
      kind: 'prerequisite',
      anyOf: ['AZ-104', 'AZ-204'],
    });
    expect(scheduled(plan)).toEqual(['AI-102', 'AZ-400']);
  });

  it('ML Engineer (Azure): DP-100 recommended, switching to AI-300 when it retires before the exam', () => {
    const plan = planFor({ ...personas['software developer'], targetRole: 'ml-engineer-azure' });
    expect(scheduled(plan)).toEqual(['AI-102', 'AI-300']);
    expect(step(plan, 'AI-300')).toMatchObject({ status: 'recommended', replaces: 'DP-100' });
  });

  it.each(['azure-ai-engineer', 'generative-ai-developer'] as const)(
    '%s: only the core exam is required; AZ-305 and AZ-400 optional',
    (role) => {
      const plan = planFor({ ...personas['software developer'], targetRole: role });
      expect(plan.roadmap.steps.filter((s) => s.status === 'required').map((s) => s.code)).toEqual([
        'AI-102',
      ]);
      expect(step(plan, 'AZ-305').status).toBe('optional');
      expect(step(plan, 'AZ-400').status).toBe('optional');
    },
  );
});

describe('certifications held', () => {
  const heldAi102 = (earnedOn: string | null) =>
    planFor(
      {
        ...personas['software developer'],
        startDate: '2026-09-01',
        certificationsHeld: [{ code: 'AI-102', earnedOn }],
      },
      '2026-09-01',
    );

  it('AI-102 earned 2026-01-10, seen on 2026-09-01: held until 2027-01-10, cannot be renewed, AI-103 recommended', () => {
    const plan = heldAi102('2026-01-10');
    expect(step(plan, 'AI-102')).toMatchObject({
      status: 'held',
      reason: expect.stringMatching(/valid until 10 Jan 2027/),
    });
    expect(plan.roadmap.notices).toContainEqual({
      kind: 'renewal-impossible',
      code: 'AI-102',
      message:
        'AI-102 is valid until 10 Jan 2027 but cannot be renewed; AI-103 recommended before then.',
    });
    expect(step(plan, 'AI-103')).toMatchObject({ status: 'recommended', replaces: 'AI-102' });
    expect(step(plan, 'AI-103').reason).toMatch(/valid until 10 Jan 2027 but it cannot be renewed/);
    expect(plan.roadmap.steps.filter((s) => s.status === 'required')).toEqual([]);
    expect(scheduled(plan)).toEqual(['AI-103']);
    expect(position(plan, 'AI-102')).toBeLessThan(position(plan, 'AI-103'));
  });

  it('an AI-102 whose date earned is unknown still counts and still cannot be renewed', () => {
    const plan = heldAi102(null);
    expect(step(plan, 'AI-102').status).toBe('held');
    expect(plan.roadmap.notices.map((n) => n.kind)).toContain('renewal-impossible');
    expect(step(plan, 'AI-103').status).toBe('recommended');
  });

  it('an expired AI-102 no longer counts: notice, and the core exam is required again as AI-103', () => {
    const plan = heldAi102('2025-03-01');
    expect(plan.roadmap.notices).toContainEqual(
      expect.objectContaining({ kind: 'held-expired', code: 'AI-102' }),
    );
    expect(plan.roadmap.notices.find((n) => n.kind === 'held-expired')?.message).toMatch(
      /expired on 1 Mar 2026/,
    );
    expect(step(plan, 'AI-103')).toMatchObject({ status: 'required', replaces: 'AI-102' });
  });

  it('holding the successor AI-901 satisfies the AI-900 step', () => {
    const plan = planFor({
      ...personas['career changer'],
      certificationsHeld: [{ code: 'AI-901', earnedOn: null }],
    });
    expect(step(plan, 'AI-901')).toMatchObject({ status: 'held', replaces: 'AI-900' });
    expect(scheduled(plan)).not.toContain('AI-900');
  });

  it('a retired fundamentals exam still counts: held-retired notice, its successor not needed', () => {
    const plan = planFor(
      {
        ...personas['career changer'],
        startDate: '2026-09-01',
        certificationsHeld: [{ code: 'AI-900', earnedOn: '2025-05-01' }],
      },
      '2026-09-01',
    );
    expect(step(plan, 'AI-900').status).toBe('held');
    expect(plan.roadmap.notices).toContainEqual(
      expect.objectContaining({ kind: 'held-retired', code: 'AI-900' }),
    );
    expect(step(plan, 'AI-901')).toMatchObject({
      status: 'not-needed',
      reason: expect.stringMatching(/you hold AI-900/),
    });
  });

  it('a held certification off the path is shown as held, not as not-needed', () => {
    const plan = planFor({
      ...personas['data scientist'],
      certificationsHeld: [{ code: 'MLA-C01', earnedOn: '2025-06-01' }],
    });
    expect(step(plan, 'MLA-C01')).toMatchObject({
      status: 'held',
      reason: expect.stringMatching(/valid until 1 Jun 2028/),
    });
  });
});

describe('not needed, order and edges', () => {
  const plan = planFor(personas['software developer'] ?? {});

  it('other vendors are listed as not needed, for comparison', () => {
    for (const code of ['MLA-C01', 'MLS-C01', 'GCP-PMLE']) {
      expect(step(plan, code)).toMatchObject({
        status: 'not-needed',
        reason: expect.stringMatching(/shown for comparison/),
      });
    }
  });

  it('an unused prerequisite option says which step already meets it', () => {
    expect(step(plan, 'AZ-204')).toMatchObject({
      status: 'not-needed',
      reason: 'Not needed: AZ-104 already meets the prerequisite of AZ-400 on your path.',
    });
    expect(step(plan, 'DP-100').reason).toMatch(/ML Engineer \(Azure\) path calls for it/);
  });

  it('follows the seed order AZ-900 → AI-900 → AI-102 → specialisations, with not-needed steps last', () => {
    const path = plan.roadmap.steps.filter((s) => s.status !== 'not-needed').map((s) => s.code);
    expect(path).toEqual(['AZ-900', 'AI-900', 'AI-102', 'AZ-104', 'AZ-305', 'AZ-400']);
    const firstHidden = plan.roadmap.steps.findIndex((s) => s.status === 'not-needed');
    expect(plan.roadmap.steps.slice(firstHidden).every((s) => s.status === 'not-needed')).toBe(
      true,
    );
  });

  it('edges join only steps on the path and always point forward', () => {
    for (const edge of plan.roadmap.edges) {
      expect(step(plan, edge.from).status).not.toBe('not-needed');
      expect(position(plan, edge.from)).toBeLessThan(position(plan, edge.to));
    }
    expect(plan.roadmap.edges).toContainEqual({ from: 'AI-102', to: 'AZ-305', kind: 'order' });
    // AZ-400 asks for AZ-104 or AZ-204: the edge says either will do.
    expect(plan.roadmap.edges).toContainEqual({
      from: 'AZ-104',
      to: 'AZ-400',
      kind: 'prerequisite',
      anyOf: ['AZ-104', 'AZ-204'],
    });
  });

  it('every reason is one sentence for the user', () => {
    for (const s of plan.roadmap.steps) expect(s.reason).toMatch(/^[A-Z][^\n]*\.$/);
  });
});
