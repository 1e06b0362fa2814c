import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { realCatalog } from '@/domain/real-catalog';
import {
  aimlLevelSchema,
  azureLevelSchema,
  confidenceSchema,
  currentRoleSchema,
  defaultProfile,
  pythonLevelSchema,
  regionIdSchema,
  targetRoleSchema,
} from '@/domain/schema';
import { emptyProgress } from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import { decodeShareLink, encodeShareLink, MAX_SHARE_LINK_LENGTH } from '@/domain/share-link';
import {
  V1_AIML,
  V1_AZURE,
  V1_CONFIDENCE,
  V1_CURRENT_ROLES,
  V1_PYTHON,
  V1_REGIONS,
  V1_TARGET_ROLES,
} from '@/domain/share-link-v1';
import { profileArb } from './share-link.arbitraries';

const knownCodes = new Set(realCatalog().certifications.map((c) => c.code));

const hubPlan: Profile = {
  currentRole: 'data-scientist',
  yearsExperience: 6,
  relevantYears: null,
  certificationsHeld: [
    { code: 'AZ-900', earnedOn: null },
    { code: 'AI-102', earnedOn: '2025-09-14' },
  ],
  python: 'proficient',
  azure: 'some',
  aiml: 'proficient',
  targetRole: 'ml-engineer-azure',
  hoursPerWeek: 7.5,
  startDate: '2026-03-02',
  region: 'us-hub',
  currentSalaryUsd: 118_000,
  areaConfidence: { vision: 'strong', nlp: 'none' },
  progress: emptyProgress(),
};

/** The raw v1 token for a hand-written payload, as an attacker or an old app would make it. */
const token = (payload: unknown) => `v1.${compressToEncodedURIComponent(JSON.stringify(payload))}`;
const packedDefault = () => [0, 4, [], 1, 1, 1, 0, 10, '2026-01-01', 1, null, {}];

function errorOf(text: unknown): string {
  const result = decodeShareLink(text);
  if (result.ok) throw new Error('expected the link to be rejected');
  return result.error;
}

describe('encodeShareLink / decodeShareLink', () => {
  it('round-trips a full profile with its plan settings', () => {
    const extras = {
      name: 'Hub plan ✨',
      horizonYears: 15,
      salaryOverrides: { growthRate: 0.04, hubPremiumMax: 0.3 },
    };
    const result = decodeShareLink(encodeShareLink(hubPlan, extras), { knownCodes });
    expect(result).toEqual({ ok: true, value: hubPlan, extras, warnings: [] });
  });

  it('round-trips any valid profile', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const result = decodeShareLink(encodeShareLink(profile));
        expect(result).toEqual({ ok: true, value: profile, extras: {}, warnings: [] });
      }),
      { numRuns: fuzzRuns(500) },
    );
  });

  it('makes a short, versioned token of URL-safe characters', () => {
    const link = encodeShareLink(defaultProfile('2026-01-01'));
    expect(link).toMatch(/^v2\.[A-Za-z0-9+$-]+$/);
    expect(link.length).toBeLessThan(80);
    expect(encodeShareLink(hubPlan).length).toBeLessThan(200);
  });

  it('still opens a link made by the first release (format v1 is frozen)', () => {
    const old =
      'v1.NoRgNAbGwEQIIC0C0BOADGm14EkkjQCYsZCiBWJNFfAFhgF0GxCxxWBmMAdgDpywpIhCocqxMGjYgAHBikBvGADcAlgGdVAewB2MAFysYOgDYAHA2gC+YJXv0wAEgFcARgAIzJgIZ7BATwMQARgAc0teNForBiA';
    const result = decodeShareLink(old);
    expect(result).toEqual({
      ok: true,
      value: hubPlan,
      extras: { name: 'Hub plan', horizonYears: 15, salaryOverrides: { growthRate: 0.04 } },
      warnings: [],
    });
  });

  it('carries the years that count and the outside-tech career changer (format v2)', () => {
    const changer: Profile = {
      ...hubPlan,
      currentRole: 'career-changer-outside',
      relevantYears: 2,
    };
    const result = decodeShareLink(encodeShareLink(changer), { knownCodes });
    expect(result).toEqual({ ok: true, value: changer, extras: {}, warnings: [] });
  });

  it('reads a v1 link’s old salary settings: one job-search lag, the dropped step-up year', () => {
    const old = token([...packedDefault(), { l: 6, p: 5, g: 0.02 }]);
    const result = decodeShareLink(old);
    expect(result.ok && result.extras.salaryOverrides).toEqual({
      jobSearchLagMinMonths: 6,
      jobSearchLagMaxMonths: 6,
      growthRate: 0.02,
    });
  });

  it('accepts a token whose "+" became spaces in a query string, or with its leading "#"', () => {
    const link = encodeShareLink(hubPlan);
    expect(decodeShareLink(`#${link}`).ok).toBe(true);
    expect(decodeShareLink(` ${link.replace(/\+/g, ' ')} `).ok).toBe(true);
  });

  it('keeps the v1 option tables covering every option of the schema', () => {
    // A new option must be appended to its table; an old link must never change meaning.
    const cases: [readonly string[], readonly string[]][] = [
      [V1_CURRENT_ROLES, currentRoleSchema.options],
      [V1_TARGET_ROLES, targetRoleSchema.options],
      [V1_REGIONS, regionIdSchema.options],
      [V1_PYTHON, pythonLevelSchema.options],
      [V1_AZURE, azureLevelSchema.options],
      [V1_AIML, aimlLevelSchema.options],
      [V1_CONFIDENCE, confidenceSchema.options],
    ];
    for (const [table, options] of cases) expect([...table].sort()).toEqual([...options].sort());
  });
});

describe('decodeShareLink rejects bad links with a message', () => {
  it.each([
    ['an empty string', '', /no plan/],
    ['not a string', 42, /no plan/],
    ['a random word', 'hello', /not a Certpath share link/],
    ['a newer format', 'v3.NoBgNAbGwEQ', /newer version of Certpath \(format v3\)/],
    ['a retired format', 'v0.NoBgNAbGwEQ', /older version of Certpath/],
    ['foreign characters', 'v1.abc<script>', /damaged: it contains characters/],
    ['broken compression', 'v1.----', /damaged: its compressed data is broken/],
    ['compression that makes lz-string throw', 'v1.y', /damaged: its compressed data is broken/],
    [
      'compressed text that is not JSON',
      `v1.${compressToEncodedURIComponent('{plan: oops')}`,
      /not readable/,
    ],
    ['JSON of the wrong shape', token({ role: 1 }), /wrong shape/],
    ['too few fields', token([0, 4]), /wrong shape/],
  ])('%s', (_label, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  it('marks only a newer format as needing an update', () => {
    expect(decodeShareLink('v3.NoBgNAbGwEQ')).toMatchObject({ ok: false, newer: true });
    expect(decodeShareLink('v1.----')).not.toHaveProperty('newer');
  });

  it('refuses anything over 8 KB before decompressing it', () => {
    expect(errorOf(`v1.${'A'.repeat(MAX_SHARE_LINK_LENGTH)}`)).toMatch(/too long/);
  });

  it('names the field and the rule when a value is out of range', () => {
    const packed = packedDefault();
    packed[7] = 99;
    expect(errorOf(token(packed))).toContain(
      'hoursPerWeek: Hours per week must be between 1 and 60',
    );
  });

  it('names every bad field, including an unknown option index and a bad date', () => {
    const packed = packedDefault();
    packed[6] = 9;
    packed[2] = [['AI-102', '2025-13-40']];
    packed[10] = -5;
    const error = errorOf(token(packed));
    expect(error).toMatch(/^targetRole: /m);
    expect(error).toMatch(/^certificationsHeld\[0\]\.earnedOn: expected a date as YYYY-MM-DD/m);
    expect(error).toMatch(/^currentSalaryUsd: Current salary must be between 0 and 2,000,000/m);
  });
});

describe('decodeShareLink keeps the plan but warns', () => {
  it('keeps certifications the app does not know as typed, and says which', () => {
    const packed = packedDefault();
    packed[2] = ['AI-102', ['XYZ-999', null]];
    const result = decodeShareLink(token(packed), { knownCodes });
    expect(result.ok && result.value.certificationsHeld).toEqual([
      { code: 'AI-102', earnedOn: null },
      { code: 'XYZ-999', earnedOn: null },
    ]);
    expect(result.ok && result.warnings).toEqual([
      'Kept certifications Certpath does not know, as written: XYZ-999. They do not shorten the path.',
    ]);
  });

  it('keeps unknown codes when the caller passes no list', () => {
    const packed = packedDefault();
    packed[2] = ['XYZ-999'];
    const result = decodeShareLink(token(packed));
    expect(result.ok && result.value.certificationsHeld).toEqual([
      { code: 'XYZ-999', earnedOn: null },
    ]);
  });

  it('ignores bad plan settings with a warning instead of losing the profile', () => {
    const result = decodeShareLink(token([...packedDefault(), { g: 7, n: 'ok' }]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.hoursPerWeek).toBe(10);
    expect(result.extras).toEqual({});
    expect(result.warnings[0]).toMatch(/salaryOverrides\.growthRate/);
  });
});
