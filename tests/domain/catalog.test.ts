import fc from 'fast-check';
import assumptions from '@data/assumptions.json';
import meta from '@data/catalogue.json';
import certifications from '@data/certifications.json';
import entryBands from '@data/entry-bands.json';
import regions from '@data/regions.json';
import roles from '@data/roles.json';
import sources from '@data/sources.json';
import track from '@data/track.json';
import { certStatusAt, parseCatalog, resolveCode } from '@/domain/catalog';
import type { Catalog, RawCatalog } from '@/domain/catalog';
import { realCatalog } from '@/domain/real-catalog';
import type { Certification } from '@/domain/schema';

// Deep copies of the real files so each test can break one thing.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const fresh = () =>
  structuredClone({
    assumptions,
    certifications,
    entryBands,
    meta,
    regions,
    roles,
    sources,
    track,
  }) as Record<keyof RawCatalog, Json>;
const indexOf = (raw: Record<keyof RawCatalog, Json>, code: string) =>
  (raw.certifications as { code: string }[]).findIndex((c) => c.code === code);

function errorOf(raw: RawCatalog): string {
  const result = parseCatalog(raw);
  if (result.ok) throw new Error('expected the catalogue to be rejected');
  return result.error;
}

describe('parseCatalog', () => {
  it('accepts the real data and indexes it', () => {
    const result = parseCatalog(fresh());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.byCode.get('AI-102')?.name).toBe('Azure AI Engineer Associate');
    expect(result.value.sources.get('career-article')).toMatchObject({
      url: expect.stringMatching(/cert-pass\.com/),
    });
  });

  it('says when the catalogue was last checked', () => {
    const result = parseCatalog(fresh());
    expect(result.ok && result.value.meta.checkedOn).toBe('2026-12-03');
    const raw = fresh();
    raw.meta.checkedOn = 'last week';
    expect(errorOf(raw)).toMatch(/^catalogue\.checkedOn: expected a date as YYYY-MM-DD/m);
  });

  it('names the file, index and field of a value of the wrong type', () => {
    const raw = fresh();
    raw.certifications[3].exam.priceUsd = '165';
    expect(errorOf(raw)).toBe('certifications[3].exam.priceUsd: expected a number');
  });

  it('says a required field is missing', () => {
    const raw = fresh();
    delete raw.roles[1].demand;
    expect(errorOf(raw)).toBe('roles[1].demand: missing (expected a string)');
  });

  it('lists the allowed values of an enum', () => {
    const raw = fresh();
    raw.regions[0].id = 'eu';
    expect(errorOf(raw)).toMatch(/^regions\[0\]\.id: expected one of us-hub, us-other, us-remote/);
  });

  it('reports problems in several files together', () => {
    const raw = fresh();
    raw.assumptions.study.focusedWeekHours = -1;
    raw.sources[2].url = 'not a url';
    const error = errorOf(raw);
    expect(error).toMatch(/^sources\[2\]\.url: /m);
    expect(error).toMatch(/^assumptions\.study\.focusedWeekHours: /m);
  });

  it('rejects an unknown prerequisite code', () => {
    const raw = fresh();
    const i = indexOf(raw, 'AZ-305');
    raw.certifications[i].prerequisites.groups = [['AZ-999']];
    expect(errorOf(raw)).toBe(
      `certifications[${i}] (AZ-305).prerequisites.groups[0][0]: unknown prerequisite code "AZ-999"`,
    );
  });

  it('rejects an unknown advisedAfter code', () => {
    const raw = fresh();
    const i = indexOf(raw, 'AI-102');
    raw.certifications[i].advisedAfter = ['AI-9000'];
    expect(errorOf(raw)).toContain(
      `certifications[${i}] (AI-102).advisedAfter[0]: unknown advisedAfter code "AI-9000"`,
    );
  });

  it('names the codes of a cycle in prerequisites and advised order', () => {
    const raw = fresh();
    raw.certifications[indexOf(raw, 'AZ-104')].advisedAfter = ['AZ-305'];
    const error = errorOf(raw);
    expect(error).toMatch(
      /prerequisites\/advisedAfter form a cycle: (AZ-305 → AZ-104 → AZ-305|AZ-104 → AZ-305 → AZ-104)$/,
    );
  });

  it('rejects a successor that does not exist', () => {
    const raw = fresh();
    const i = indexOf(raw, 'AI-102');
    raw.certifications[i].status.successor = 'AI-104';
    expect(errorOf(raw)).toBe(
      `certifications[${i}] (AI-102).status.successor: unknown successor code "AI-104"`,
    );
  });

  it('rejects an exam that succeeds itself', () => {
    const raw = fresh();
    const i = indexOf(raw, 'AI-900');
    raw.certifications[i].status.successor = 'AI-900';
    expect(errorOf(raw)).toContain(
      `certifications[${i}] (AI-900).status.successor: an exam cannot succeed itself`,
    );
  });

  it('rejects successors that loop back', () => {
    const raw = fresh();
    raw.certifications[indexOf(raw, 'AI-103')].status.successor = 'AI-102';
    expect(errorOf(raw)).toMatch(/successors form a cycle: AI-10[23] → AI-10[23] → AI-10[23]/);
  });

  it('rejects skills weights that cannot sum to 100%', () => {
    const raw = fresh();
    const i = indexOf(raw, 'AI-102');
    raw.certifications[i].skills.areas[0].weight = { min: 50, max: 55 };
    expect(errorOf(raw)).toBe(
      `certifications[${i}] (AI-102).skills.areas: weights 110–140% cannot sum to 100%`,
    );
    raw.certifications[i].skills.areas = raw.certifications[i].skills.areas.slice(0, 2);
    expect(errorOf(raw)).toContain('cannot sum to 100%');
  });

  it('rejects an unknown source id and says where it is cited', () => {
    const raw = fresh();
    raw.roles[2].salaryUsd.source = 'glassdoor-2031';
    raw.assumptions.baselineProxy.student.source = 'nowhere';
    const error = errorOf(raw);
    expect(error).toContain('roles[2].salaryUsd.source: unknown source id "glassdoor-2031"');
    expect(error).toContain(
      'assumptions.baselineProxy.student.source: unknown source id "nowhere"',
    );
  });

  it('rejects duplicate exam codes', () => {
    const raw = fresh();
    raw.certifications.push(structuredClone(raw.certifications[0]));
    expect(errorOf(raw)).toContain('certifications: duplicate code "AZ-900"');
  });

  it('rejects roles naming unknown exams or a missing role of their ladder', () => {
    const raw = fresh();
    raw.roles[0].certifications.optional.push('AZ-999');
    raw.roles = raw.roles.filter((r: { id: string }) => r.id !== 'azure-ai-engineer');
    const error = errorOf(raw);
    expect(error).toContain('roles: missing role "azure-ai-engineer"');
    expect(error).toContain(
      'roles[0] (senior-ai-engineer).ladder[0]: unknown role "azure-ai-engineer"',
    );
  });

  it('rejects a ladder whose levels do not climb in years and pay', () => {
    const raw = fresh();
    const senior = raw.roles.find((r: { id: string }) => r.id === 'senior-ai-engineer');
    senior.experience.minYears = 2;
    senior.salaryUsd.min = 100_000;
    const error = errorOf(raw);
    expect(error).toContain(
      'roles[1] (senior-ai-engineer).ladder: senior-ai-engineer must need more years than azure-ai-engineer',
    );
    expect(error).toContain(
      'roles[1] (senior-ai-engineer).ladder: senior-ai-engineer pays less than azure-ai-engineer below it',
    );
  });

  it('rejects an entry band that is not in entry-bands.json', () => {
    const raw = fresh();
    raw.roles[0].entryBand = 'entry-nowhere';
    expect(errorOf(raw)).toContain(
      'roles[0] (azure-ai-engineer).entryBand: unknown entry band "entry-nowhere"',
    );
  });

  it('never throws, whatever it is given', () => {
    const anyFile = fc.oneof(fc.anything(), fc.array(fc.anything()));
    fc.assert(
      fc.property(anyFile, anyFile, anyFile, anyFile, anyFile, anyFile, (a, b, c, d, e, f) => {
        const result = parseCatalog({
          assumptions: a,
          certifications: b,
          entryBands: f,
          track: f,
          meta: f,
          regions: c,
          roles: d,
          sources: e,
        });
        return result.ok || result.error.length > 0;
      }),
    );
  });
});

describe('certStatusAt', () => {
  const catalog = realCatalog();
  const cert = (code: string) => catalog.byCode.get(code) as Certification;

  // Microsoft's retirement date is the last day the exam can be taken.
  it.each([
    ['AI-102', '2026-01-01', 'retiring'],
    ['AI-102', '2026-06-29', 'retiring'],
    ['AI-102', '2026-06-30', 'retiring'],
    ['AI-102', '2026-07-01', 'retired'],
    ['AI-102', '2030-01-01', 'retired'],
    ['AZ-900', '2026-06-30', 'active'],
    ['MLS-C01', '2026-04-01', 'retired'],
  ])('%s on %s is %s', (code, date, status) => {
    expect(certStatusAt(cert(code), date)).toBe(status);
  });
});

describe('resolveCode', () => {
  const catalog = realCatalog();

  it.each([
    ['AI-102', '2026-06-29', 'AI-102'],
    ['AI-102', '2026-06-30', 'AI-102'],
    ['AI-102', '2026-07-01', 'AI-103'],
    ['AI-900', '2026-07-01', 'AI-901'],
    ['AZ-204', '2026-07-31', 'AZ-204'],
    ['AZ-204', '2026-08-01', 'AI-200'],
    ['DP-100', '2026-06-01', 'DP-100'],
    ['DP-100', '2026-06-02', 'AI-300'],
    ['MLS-C01', '2027-01-01', 'MLS-C01'],
    ['AZ-305', '2030-01-01', 'AZ-305'],
    ['XYZ-1', '2026-01-01', 'XYZ-1'],
  ])('%s on %s is sat as %s', (code, date, expected) => {
    expect(resolveCode(catalog, code, date)).toBe(expected);
  });

  // Synthetic chains: a catalogue built by hand, not by parseCatalog.
  const chain = (links: [string, string | null, string | null][]): Pick<Catalog, 'byCode'> => {
    const base = catalog.byCode.get('AZ-900') as Certification;
    return {
      byCode: new Map(
        links.map(([code, successor, retiresOn]) => [
          code,
          { ...base, code, status: { ...base.status, successor, retiresOn } },
        ]),
      ),
    };
  };

  it('follows a chain of retirements as far as the date reaches', () => {
    const c = chain([
      ['A-1', 'A-2', '2026-01-01'],
      ['A-2', 'A-3', '2027-01-01'],
      ['A-3', null, null],
    ]);
    expect(resolveCode(c, 'A-1', '2026-06-01')).toBe('A-2');
    expect(resolveCode(c, 'A-1', '2027-06-01')).toBe('A-3');
  });

  it('stops on a successor loop instead of hanging', () => {
    const c = chain([
      ['A-1', 'A-2', '2026-01-01'],
      ['A-2', 'A-1', '2026-01-01'],
    ]);
    expect(['A-1', 'A-2']).toContain(resolveCode(c, 'A-1', '2026-06-01'));
  });
});
