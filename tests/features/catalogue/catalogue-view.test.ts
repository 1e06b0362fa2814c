import { validityLabel } from '@/lib/format';
import { realCatalog } from '@/domain/real-catalog';
import { parseView, viewToParams, visibleCerts } from '@/features/catalogue/catalogue-view';
import { inCurrentTerms } from '@/features/catalogue/current-terms';
import {
  findCert,
  nextStepsAfter,
  predecessorsOf,
  suggestCerts,
} from '@/features/catalogue/find-cert';

const catalog = realCatalog();
const cert = (code: string) => catalog.byCode.get(code)!;

describe('catalogue view in the URL', () => {
  it('reads filters and sort, ignoring unknown values', () => {
    expect(parseView(new URLSearchParams('vendor=aws&level=associate&sort=price-desc'))).toEqual({
      vendor: 'aws',
      level: 'associate',
      sort: { key: 'price', direction: 'descending' },
    });
    expect(parseView(new URLSearchParams('vendor=oracle&level=guru&sort=name-asc'))).toEqual({
      vendor: 'all',
      level: 'all',
      sort: null,
    });
  });

  it('round-trips through search params and leaves defaults out', () => {
    const view = parseView(new URLSearchParams('vendor=google&sort=level-asc'));
    expect(viewToParams(view).toString()).toBe('vendor=google&sort=level-asc');
    expect(viewToParams(parseView(new URLSearchParams())).toString()).toBe('');
  });
});

describe('visibleCerts', () => {
  it('keeps catalogue order for equal prices (stable sort)', () => {
    const rows = visibleCerts(catalog.certifications, {
      vendor: 'microsoft',
      level: 'all',
      sort: { key: 'price', direction: 'ascending' },
    });
    const at165 = rows.filter((c) => c.exam.priceUsd === 165).map((c) => c.code);
    const inCatalogue = catalog.certifications
      .filter((c) => c.vendor === 'microsoft' && c.exam.priceUsd === 165)
      .map((c) => c.code);
    expect(at165).toEqual(inCatalogue);
  });

  it('does not reorder the catalogue itself', () => {
    const before = catalog.certifications.map((c) => c.code);
    visibleCerts(catalog.certifications, {
      vendor: 'all',
      level: 'all',
      sort: { key: 'price', direction: 'descending' },
    });
    expect(catalog.certifications.map((c) => c.code)).toEqual(before);
  });
});

it.each([
  [null, 'Never expires'],
  [12, '1 year'],
  [24, '2 years'],
  [36, '3 years'],
  [18, '18 months'],
])('validity %s → %s', (months, label) => {
  expect(validityLabel(months)).toBe(label);
});

describe('finding certifications', () => {
  it('finds codes case-insensitively', () => {
    expect(findCert(catalog, 'ai-102')?.code).toBe('AI-102');
    expect(findCert(catalog, ' gcp-pmle ')?.code).toBe('GCP-PMLE');
    expect(findCert(catalog, 'AI-999')).toBeUndefined();
  });

  it('suggests by code prefix, by typo and by name', () => {
    expect(
      suggestCerts(catalog, 'AI-10')
        .map((c) => c.code)
        .slice(0, 2),
    ).toEqual(['AI-102', 'AI-103']);
    expect(suggestCerts(catalog, 'az-350').map((c) => c.code)).toContain('AZ-305');
    expect(suggestCerts(catalog, 'administrator').map((c) => c.code)).toContain('AZ-104');
  });

  it('knows predecessors and what each exam leads to', () => {
    expect(predecessorsOf(catalog, 'AI-103').map((c) => c.code)).toEqual(['AI-102']);
    expect(predecessorsOf(catalog, 'AZ-305')).toEqual([]);
    expect(
      nextStepsAfter(catalog, 'AZ-104')
        .map((c) => c.code)
        .sort(),
    ).toEqual(['AZ-305', 'AZ-400']);
  });
});

describe('inCurrentTerms', () => {
  it('maps a retired exam to its named successor', () => {
    expect(inCurrentTerms(catalog, cert('AI-102'), '2026-09-01')).toMatchObject({
      now: { code: 'AI-103' },
      isSuccessor: true,
    });
    expect(inCurrentTerms(catalog, cert('DP-100'), '2026-09-01')).toMatchObject({
      now: { code: 'AI-300' },
      isSuccessor: true,
    });
  });

  it('leaves an active exam alone', () => {
    expect(inCurrentTerms(catalog, cert('AZ-900'), '2026-09-01').now).toBeNull();
  });

  it('offers the closest current credential when the vendor names no successor, and says it is not one', () => {
    expect(inCurrentTerms(catalog, cert('MLS-C01'), '2026-09-01')).toMatchObject({
      now: { code: 'MLA-C01' },
      isSuccessor: false,
    });
  });
});
