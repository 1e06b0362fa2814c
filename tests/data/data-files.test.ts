import { z } from 'zod';
import assumptions from '@data/assumptions.json';
import certifications from '@data/certifications.json';
import entryBands from '@data/entry-bands.json';
import regions from '@data/regions.json';
import roles from '@data/roles.json';
import sources from '@data/sources.json';
import track from '@data/track.json';
import { parseCatalog } from '@/domain/catalog';
import { bundledData, realCatalog } from '@/domain/real-catalog';
import {
  assumptionsSchema,
  certificationSchema,
  entryBandSchema,
  regionSchema,
  roleSchema,
  sourceSchema,
  trackSchema,
} from '@/domain/schema';

const catalog = realCatalog();
const cert = (code: string) => {
  const found = catalog.byCode.get(code);
  if (!found) throw new Error(`missing ${code}`);
  return found;
};

describe('data files', () => {
  it.each([
    ['sources.json', z.array(sourceSchema), sources],
    ['certifications.json', z.array(certificationSchema), certifications],
    ['roles.json', z.array(roleSchema), roles],
    ['regions.json', z.array(regionSchema), regions],
    ['assumptions.json', assumptionsSchema, assumptions],
    ['entry-bands.json', z.array(entryBandSchema), entryBands],
    ['track.json', trackSchema, track],
  ] as const)('%s matches its schema', (_name, schema, data) => {
    const parsed = schema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('ships exactly what the validators accept (the app reads it without them)', () => {
    const parsed = parseCatalog(bundledData);
    expect(parsed.ok ? null : parsed.error).toBeNull();
    // Same content, no field the schemas would strip: the trusted catalogue is the parsed one.
    expect(realCatalog()).toEqual(parsed.ok ? parsed.value : null);
  });

  it('passes the cross-checks and is dated by its newest source', () => {
    expect(catalog.asOf).toBe('2026-12-03');
    // The footer's date is set at build time (vite.config.ts) from the same file.
    expect(__DATA_AS_OF__).toBe(catalog.asOf);
    expect(catalog.certifications).toHaveLength(15);
  });

  it('holds every exam named in the facts', () => {
    const expected = [
      'AZ-900',
      'AI-900',
      'AI-901',
      'AI-102',
      'AI-103',
      'AZ-104',
      'AZ-204',
      'AI-200',
      'AZ-305',
      'AZ-400',
      'DP-100',
      'AI-300',
      'MLS-C01',
      'MLA-C01',
      'GCP-PMLE',
    ];
    expect([...catalog.byCode.keys()].sort()).toEqual(expected.sort());
  });
});

describe('numbers from the career article', () => {
  it.each([
    ['azure-ai-engineer', 120_000, 155_000, 3, 'career-article', 'Very high', []],
    [
      'senior-ai-engineer',
      155_000,
      195_000,
      5,
      'career-article',
      'Very high',
      ['azure-ai-engineer'],
    ],
    [
      'ai-solutions-architect',
      160_000,
      210_000,
      8,
      'estimate-architect-years',
      'High',
      ['azure-ai-engineer', 'senior-ai-engineer'],
    ],
    ['ml-engineer-azure', 130_000, 170_000, 3, 'estimate-mid-level-years', 'High', []],
    ['generative-ai-developer', 135_000, 175_000, 3, 'estimate-mid-level-years', 'Surging', []],
  ])(
    '%s pays %i–%i from %i years (%s), demand %s, above %j',
    (id, min, max, years, yearsSource, demand, ladder) => {
      const role = catalog.roles.find((r) => r.id === id);
      expect(role?.salaryUsd).toMatchObject({ min, max, source: 'career-article' });
      expect(role?.experience).toMatchObject({ minYears: years, source: yearsSource });
      expect(role?.demand).toBe(demand);
      expect(role?.ladder).toEqual(ladder);
      expect(role?.certifications.required).toContain('AI-102');
    },
  );

  it('starts every role below its level at US software developers’ 10th–25th percentile (BLS)', () => {
    expect(catalog.entryBands).toEqual([
      expect.objectContaining({
        id: 'entry-software',
        salaryUsd: { min: 79_850, max: 103_050, source: 'bls-oews-software-developers' },
      }),
    ]);
    expect(catalog.roles.every((r) => r.entryBand === 'entry-software')).toBe(true);
  });

  it('puts tech hubs 15–25% above the rest of the US', () => {
    const hub = catalog.regions.find((r) => r.id === 'us-hub');
    expect(hub?.multiplier).toEqual({ min: 1.15, max: 1.25 });
    expect(catalog.regions.find((r) => r.id === 'us-other')?.multiplier).toEqual({
      min: 1,
      max: 1,
    });
  });

  it('names the path AZ-900 → AI-900 → AI-102 → AZ-305 / AZ-400 as the article does', () => {
    expect(catalog.track).toEqual({
      cloudBasics: 'AZ-900',
      aiBasics: 'AI-900',
      core: 'AI-102',
      specialisations: ['AZ-305', 'AZ-400'],
      source: 'career-article',
    });
  });

  it('sizes AI-102 as 8–12 focused weeks', () => {
    const week = catalog.assumptions.study.focusedWeekHours;
    expect(cert('AI-102').studyHours).toEqual({
      min: 8 * week,
      max: 12 * week,
      source: 'career-article',
    });
  });

  it('gives each successor the typical study hours of the exam it replaces (plans stay monotone across a retirement)', () => {
    const replaced = catalog.certifications.filter((c) => c.status.successor !== null);
    expect(replaced.map((c) => c.code).sort()).toEqual(['AI-102', 'AI-900', 'AZ-204', 'DP-100']);
    for (const original of replaced) {
      const next = cert(original.status.successor ?? '');
      expect([next.studyHours.min, next.studyHours.max]).toEqual([
        original.studyHours.min,
        original.studyHours.max,
      ]);
    }
  });

  it('orders the seed path AZ-900 → AI-900 → AI-102 → AZ-305 / AZ-400', () => {
    expect(cert('AI-900').advisedAfter).toEqual(['AZ-900']);
    expect(cert('AI-102').advisedAfter).toEqual(['AI-900']);
    expect(cert('AZ-305').advisedAfter).toContain('AI-102');
    expect(cert('AZ-400').advisedAfter).toContain('AI-102');
  });
});

describe('vendor facts', () => {
  it.each([
    ['AZ-900', 99, 45, 700, null],
    ['AI-900', 99, 45, 700, null],
    ['AI-102', 165, 100, 700, 12],
    ['AZ-305', 165, 100, 700, 12],
    ['MLS-C01', 300, 180, 750, 36],
    ['MLA-C01', 150, 130, 720, 36],
    ['GCP-PMLE', 200, 120, null, 24],
  ])(
    '%s costs $%i, lasts %i min, pass %s, valid %s months',
    (code, price, minutes, pass, months) => {
      const c = cert(code);
      expect(c.exam).toMatchObject({
        priceUsd: price,
        durationMinutes: minutes,
        passingScore: pass,
      });
      expect(c.validity.months).toBe(months);
    },
  );

  it('requires AZ-104 for AZ-305 and AZ-104 or AZ-204 for AZ-400, nothing for the rest', () => {
    expect(cert('AZ-305').prerequisites.groups).toEqual([['AZ-104']]);
    expect(cert('AZ-400').prerequisites.groups).toEqual([['AZ-104', 'AZ-204']]);
    const others = catalog.certifications.filter((c) => !['AZ-305', 'AZ-400'].includes(c.code));
    expect(others.every((c) => c.prerequisites.groups.length === 0)).toBe(true);
  });

  it.each([
    ['AI-900', '2026-06-30', 'AI-901'],
    ['AI-102', '2026-06-30', 'AI-103'],
    ['DP-100', '2026-06-01', 'AI-300'],
    ['AZ-204', '2026-07-31', 'AI-200'],
    ['MLS-C01', '2026-03-31', null],
  ])('%s retires on %s, succeeded by %s', (code, retiresOn, successor) => {
    expect(cert(code).status).toMatchObject({ retiresOn, successor });
  });

  it('ends AI-102 renewals with the exam', () => {
    expect(cert('AI-102').status.renewalEndsOn).toBe('2026-06-30');
  });

  it('keeps the AI-102 and AI-103 outlines as published', () => {
    expect(cert('AI-102').skills?.areas.map((a) => [a.id, a.weight.min, a.weight.max])).toEqual([
      ['plan', 20, 25],
      ['generative', 15, 20],
      ['agentic', 5, 10],
      ['vision', 10, 15],
      ['nlp', 15, 20],
      ['knowledge', 15, 20],
    ]);
    expect(cert('AI-103').skills?.areas.map((a) => a.id)).toEqual([
      'plan',
      'generative-agentic',
      'vision',
      'text',
      'extraction',
    ]);
  });

  it('flags credentials known only from third-party pages', () => {
    const flagged = catalog.certifications.filter((c) => c.thirdParty).map((c) => c.code);
    expect(flagged.sort()).toEqual(['AI-103', 'AI-200', 'AI-300', 'AI-901']);
  });
});

describe('sources', () => {
  const pages = [...catalog.sources.values()].flatMap((s) => (s.kind === 'page' ? [s] : []));
  const vendorHosts = [
    'learn.microsoft.com',
    'aws.amazon.com',
    'docs.aws.amazon.com',
    'cloud.google.com',
    'www.bls.gov',
  ];

  it('marks every page not on a vendor or government site as third-party', () => {
    for (const source of pages) {
      const host = new URL(source.url).hostname;
      expect({ id: source.id, thirdParty: source.thirdParty }).toEqual({
        id: source.id,
        thirdParty: !vendorHosts.includes(host),
      });
    }
  });

  it('links every page over https', () => {
    for (const source of pages) expect(source.url).toMatch(/^https:\/\//);
  });

  it('cites the seed article by its own address and date', () => {
    expect(catalog.sources.get('career-article')).toMatchObject({
      kind: 'page',
      publisher: 'cert-pass.com',
      url: 'https://cert-pass.com/blog/azure-ai-engineer-career-path-2026-salary-skills-and-job-market-demand',
      asOf: '2026-05-30',
    });
  });

  it('gives Certpath estimates reasoning and no address to pretend to back them', () => {
    const estimates = [...catalog.sources.values()].filter((s) => s.kind === 'estimate');
    expect(estimates.length).toBeGreaterThan(5);
    for (const e of estimates) {
      expect(e).not.toHaveProperty('url');
      expect(e.kind === 'estimate' && e.reasoning.length).toBeGreaterThan(80);
    }
  });

  it('cites each figure for the stay baseline from BLS, by background', () => {
    const proxy = catalog.assumptions.baselineProxy;
    expect(proxy['software-developer']).toMatchObject({
      salaryUsd: 133_080,
      source: 'bls-oews-software-developers',
    });
    expect(proxy['data-scientist']).toMatchObject({
      salaryUsd: 112_590,
      source: 'bls-oews-data-scientists',
    });
    for (const role of ['career-changer', 'career-changer-outside', 'student'] as const)
      expect(proxy[role]).toMatchObject({ salaryUsd: 49_500, source: 'bls-oews-all-occupations' });
  });

  it('counts years toward the target only from software, data or cloud work', () => {
    expect(catalog.assumptions.relevantExperience.counts).toEqual({
      'software-developer': true,
      'data-scientist': true,
      'cloud-engineer': true,
      'career-changer': false,
      'career-changer-outside': false,
      student: false,
    });
  });
});
