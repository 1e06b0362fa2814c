import { z } from 'zod';
import assumptions from '@data/assumptions.json';
import certifications from '@data/certifications.json';
import entryBands from '@data/entry-bands.json';
import regions from '@data/regions.json';
import roles from '@data/roles.json';
import sources from '@data/sources.json';
import track from '@data/track.json';
import { parseCatalog } from '@/domain/catalog';
import { certStatusAt } from '@/domain/catalog-model';
import { bundledData, realCatalog } from '@/domain/real-catalog';
import { expiryOf } from '@/domain/renewal';
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

  it('passes the cross-checks and says when it was last checked', () => {
    expect(catalog.meta.checkedOn).toBe('2026-12-03');
    // The footer's date is set at build time (vite.config.ts) from the same file.
    expect(__CATALOGUE_CHECKED_ON__).toBe(catalog.meta.checkedOn);
    expect(catalog.certifications).toHaveLength(30);
  });
  it('holds the path, its 2026 successors, the comparison and what people in these roles hold', () => {
    const expected = [
      ...['AZ-900', 'AI-900', 'AI-901', 'AI-102', 'AI-103', 'AZ-104', 'AZ-204', 'AI-200'],
      ...['AZ-305', 'AZ-400', 'DP-100', 'AI-300', 'AB-100'],
      ...['AZ-500', 'SC-500', 'DP-203', 'DP-700', 'DP-300', 'DP-900', 'PL-300', 'SC-900'],
      ...['AZ-700', 'AZ-800', 'AZ-801', 'AZ-802'],
      ...['MLS-C01', 'MLA-C01', 'AIF-C01', 'AIP-C01', 'GCP-PMLE'],
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
    expect(replaced.map((c) => c.code).sort()).toEqual([
      'AI-102',
      'AI-900',
      'AZ-204',
      'AZ-500',
      'AZ-800',
      'AZ-801',
      'DP-100',
    ]);
    for (const original of replaced) {
      const next = cert(original.status.successor ?? '');
      expect([next.studyHours.min, next.studyHours.max]).toEqual([
        original.studyHours.min,
        original.studyHours.max,
      ]);
    }
  });
  it('orders the path AZ-900 → AI-900 → AI-102 → AZ-305 / AZ-400, advising today’s core exam first', () => {
    expect(cert('AI-900').advisedAfter).toEqual(['AZ-900']);
    expect(cert('AI-102').advisedAfter).toEqual(['AI-900']);
    // The "advised earlier step" names the current exam, not the retired AI-102.
    expect(cert('AZ-305').advisedAfter).toEqual(['AI-103']);
    expect(cert('AZ-400').advisedAfter).toEqual(['AI-103']);
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
    ['AI-103', 165, 120, 700, 12],
    ['AI-200', 165, 120, 700, 12],
    ['AI-300', 165, 120, 700, 12],
    ['AIF-C01', 100, 90, 700, 36],
    ['AIP-C01', 300, 180, 750, 36],
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

  it('requires AZ-104 for AZ-305, AZ-104 or AZ-204 for AZ-400, an AI associate for AB-100, nothing else', () => {
    expect(cert('AZ-305').prerequisites.groups).toEqual([['AZ-104']]);
    expect(cert('AZ-400').prerequisites.groups).toEqual([['AZ-104', 'AZ-204']]);
    expect(cert('AB-100').prerequisites.groups).toEqual([['AI-103', 'AI-300']]);
    const others = catalog.certifications.filter(
      (c) => !['AZ-305', 'AZ-400', 'AB-100'].includes(c.code),
    );
    expect(others.every((c) => c.prerequisites.groups.length === 0)).toBe(true);
  });

  it('names a successor meeting its predecessor’s prerequisite as a labelled assumption', () => {
    expect(catalog.assumptions.prerequisites).toEqual({
      successorsCount: true,
      source: 'estimate-successor-prerequisites',
    });
    expect(catalog.sources.get('estimate-successor-prerequisites')?.kind).toBe('estimate');
  });
  it.each([
    ['AI-900', '2026-06-30', 'AI-901'],
    ['AI-102', '2026-06-30', 'AI-103'],
    ['DP-100', '2026-06-01', 'AI-300'],
    ['AZ-204', '2026-07-31', 'AI-200'],
    ['AZ-500', '2026-08-31', 'SC-500'],
    ['AZ-800', '2026-09-30', 'AZ-802'],
    ['AZ-801', '2026-09-30', 'AZ-802'],
    ['DP-203', '2025-03-31', null],
    ['MLS-C01', '2026-03-31', null],
    ['MLA-C01', '2026-09-28', null],
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

  it('flags credentials whose facts rest on third-party pages', () => {
    const flagged = catalog.certifications.filter((c) => c.thirdParty).map((c) => c.code);
    expect(flagged.sort()).toEqual(['AB-100', 'AZ-802', 'SC-900']);
  });
});

describe('sources', () => {
  const pages = [...catalog.sources.values()].flatMap((s) => (s.kind === 'page' ? [s] : []));
  const vendorHosts = [
    'learn.microsoft.com',
    'aka.ms',
    'aws.amazon.com',
    'docs.aws.amazon.com',
    'cloud.google.com',
    'services.google.com',
    'support.google.com',
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

describe('data truth', () => {
  const pages = [...catalog.sources.values()].flatMap((s) => (s.kind === 'page' ? [s] : []));
  const estimates = [...catalog.sources.values()].filter((s) => s.kind === 'estimate');

  it.each([
    [
      'AI-103',
      'Developing AI Apps and Agents on Azure',
      'Azure AI Apps and Agents Developer Associate',
    ],
    ['AI-200', 'Developing AI Cloud Solutions on Azure', 'Azure AI Cloud Developer Associate'],
    [
      'AI-300',
      'Operationalizing Machine Learning and Generative AI Solutions',
      'Machine Learning Operations Engineer Associate',
    ],
    ['AI-901', 'Microsoft Azure AI Fundamentals', 'Azure AI Fundamentals'],
    [
      'SC-500',
      'Implementing End-to-End Security Controls for Cloud and AI Workloads',
      'Cloud and AI Security Engineer Associate',
    ],
  ])('%s is the exam "%s" for "%s"', (code, examTitle, name) => {
    expect(cert(code)).toMatchObject({ examTitle, name });
  });

  it('never repeats an exam code in a name, and says nothing a status badge says already', () => {
    for (const c of catalog.certifications) {
      expect(c.name).not.toContain(c.code);
      expect(c.status.note).not.toMatch(/^Active\b/);
      expect(c.bestFor).not.toMatch(/before AI-102/);
    }
    expect(cert('AI-103').status.note).not.toMatch(/beta\)|\(beta/);
  });

  it('treats the retirement date as the last day the exam can be taken', () => {
    expect(certStatusAt(cert('AI-102'), '2026-06-30')).toBe('retiring');
    expect(certStatusAt(cert('AI-102'), '2026-07-01')).toBe('retired');
  });

  it('takes validity from each exam, never from its level', () => {
    // An AWS foundational certification lasts three years; Microsoft's fundamentals never expire.
    expect(cert('AIF-C01').level).toBe('fundamentals');
    expect(expiryOf(cert('AIF-C01'), '2025-01-01')).toBe('2028-01-01');
    expect(expiryOf(cert('AZ-900'), '2025-01-01')).toBeNull();
    expect(cert('GCP-PMLE').validity.renewalWindow).toEqual({ days: 60, by: 'exam' });
    expect(cert('AI-103').validity.renewalWindow).toEqual({ months: 6, by: 'free-assessment' });
    expect(cert('MLA-C01').validity.renewalWindow).toBeNull();
  });

  it('dates every page by the page itself: no placeholder date shared across unrelated pages', () => {
    const byDate = new Map<string, string[]>();
    for (const p of pages) {
      if (p.asOf === null) continue;
      expect(p.asOf <= catalog.meta.checkedOn).toBe(true);
      byDate.set(p.asOf, [...(byDate.get(p.asOf) ?? []), p.id]);
    }
    // Pages that really share a day: the BLS tables of one release, outlines of one update.
    for (const [date, ids] of byDate) {
      const publishers = new Set(
        ids.map((id) => (catalog.sources.get(id) as { publisher: string }).publisher),
      );
      expect({ date, ids: ids.length <= 3 || publishers.size === 1 }).toEqual({ date, ids: true });
    }
    // Every study guide of an exam offered today shows its "skills measured as of" date.
    for (const c of catalog.certifications.filter(
      (x) => x.vendor === 'microsoft' && x.status.retiresOn === null,
    )) {
      const guide = catalog.sources.get(c.links.studyGuide ?? '');
      expect({ code: c.code, dated: guide?.asOf != null }).toEqual({ code: c.code, dated: true });
    }
  });

  it('labels every Certpath estimate with its reasoning and the day it was made', () => {
    expect(estimates.length).toBeGreaterThanOrEqual(10);
    for (const e of estimates) {
      expect(e.title).toMatch(/^Certpath (estimate|assumption):/);
      // Made at the catalogue's last check, or since (a model added later says its own day).
      expect(e.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.asOf >= catalog.meta.checkedOn).toBe(true);
    }
  });

  it('credits the career article only with what it says', () => {
    const cited: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value === 'career-article') cited.push(path);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    };
    walk(
      catalog.certifications.map((c) => ({ ...c, sources: [] })),
      'certifications',
    );
    walk(catalog.roles, 'roles');
    walk(catalog.regions, 'regions');
    walk(catalog.assumptions, 'assumptions');
    walk(catalog.track, 'track');
    expect(cited.sort()).toEqual(
      [
        'certifications[3].studyHours.source', // AI-102: "8 to 12 weeks of focused study"
        ...catalog.roles.map((_, i) => `roles[${i}].salaryUsd.source`), // the salary table
        'roles[0].experience.source', // "Mid-level (3 to 5 years)"
        'roles[1].experience.source', // "Senior (5+ years)"
        'regions[0].source', // "15 to 25% higher"
        'regions[2].source', // "remote roles … often match or exceed local rates"
        'track.source', // the path
      ].sort(),
    );
    expect(cert('AI-103').studyHours.source).toBe('estimate-ai-103-hours');
    expect(catalog.assumptions.study.source).toBe('estimate-study-factors');
  });

  it('gives every Microsoft exam on the path a skills outline and its Microsoft Learn pages', () => {
    const path = ['AZ-900', 'AI-900', 'AI-901', 'AI-102', 'AI-103', 'AZ-104', 'AZ-204', 'AI-200'];
    for (const code of [...path, 'AZ-305', 'AZ-400', 'DP-100', 'AI-300']) {
      const c = cert(code);
      expect({ code, outline: c.skills !== null }).toEqual({ code, outline: true });
      const guide = catalog.sources.get(c.links.studyGuide ?? '');
      expect(guide).toMatchObject({ kind: 'page', publisher: 'Microsoft Learn' });
    }
    for (const code of ['AZ-900', 'AI-103', 'AZ-104', 'AZ-305', 'AZ-400', 'AI-200', 'AI-300']) {
      const { links } = cert(code);
      expect({ code, sandbox: links.sandbox, booking: !!links.booking }).toEqual({
        code,
        sandbox: 'ms-exam-sandbox',
        booking: true,
      });
    }
  });
});
