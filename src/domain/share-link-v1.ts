import { upgradeOverrides } from '@/domain/salary-overrides';
import type {
  CurrentRole,
  Confidence,
  Profile,
  RegionId,
  SalaryOverrides,
  TargetRoleId,
} from '@/domain/schema';

/**
 * The share link's positional format: the profile as an array with enum indexes. These tables
 * are frozen copies, not the schema's enums: reordering the schema must not change what an
 * old link means. New options may only be appended (a test checks coverage).
 * - v1: 12 profile fields, then optional settings.
 * - v2: appends `relevantYears` (index 12) and the current role "career changer from outside
 *   tech" (index 5), then optional settings. A v1 link reads as relevantYears null.
 */
export const V1_CURRENT_ROLES: readonly CurrentRole[] = [
  'software-developer',
  'data-scientist',
  'cloud-engineer',
  'career-changer',
  'student',
  'career-changer-outside',
];
export const V1_TARGET_ROLES: readonly TargetRoleId[] = [
  'azure-ai-engineer',
  'senior-ai-engineer',
  'ai-solutions-architect',
  'ml-engineer-azure',
  'generative-ai-developer',
];
export const V1_REGIONS: readonly RegionId[] = ['us-hub', 'us-other', 'us-remote'];
export const V1_PYTHON: readonly Profile['python'][] = ['none', 'basic', 'proficient'];
export const V1_AZURE: readonly Profile['azure'][] = ['none', 'some', 'daily'];
export const V1_AIML: readonly Profile['aiml'][] = ['none', 'basic', 'proficient'];
export const V1_CONFIDENCE: readonly Confidence[] = ['none', 'some', 'strong'];

/** The keys of the store's salary overrides a link may carry. */
export type SalaryOverrideKey = keyof SalaryOverrides;

/** Plan settings a link may carry beside the profile. */
export interface ShareExtras {
  /** The saved plan's name. */
  name?: string;
  horizonYears?: number;
  salaryOverrides?: Partial<Record<SalaryOverrideKey, number>>;
}

// Written keys. v1 links may also hold 'l' (one job-search lag) and 'p' (the senior step-up
// year), read as legacy keys and upgraded.
const OVERRIDE_KEYS: Record<SalaryOverrideKey, string> = {
  growthRate: 'g',
  jobSearchLagMinMonths: 'm',
  jobSearchLagMaxMonths: 'x',
  hourlyValueUsd: 'h',
  retakeAllowance: 'r',
  hubPremiumMin: 'a',
  hubPremiumMax: 'b',
};

const LEGACY_OVERRIDE_KEYS = { jobSearchLagMonths: 'l', promotionYears: 'p' };

/** Profile → v2 positional array. */
export function packProfile(p: Profile): unknown[] {
  return [
    V1_CURRENT_ROLES.indexOf(p.currentRole),
    p.yearsExperience,
    p.certificationsHeld.map((c) => (c.earnedOn === null ? c.code : [c.code, c.earnedOn])),
    V1_PYTHON.indexOf(p.python),
    V1_AZURE.indexOf(p.azure),
    V1_AIML.indexOf(p.aiml),
    V1_TARGET_ROLES.indexOf(p.targetRole),
    p.hoursPerWeek,
    p.startDate,
    V1_REGIONS.indexOf(p.region),
    p.currentSalaryUsd,
    Object.fromEntries(
      Object.entries(p.areaConfidence).map(([id, c]) => [id, V1_CONFIDENCE.indexOf(c)]),
    ),
    p.relevantYears,
  ];
}

/**
 * v1 or v2 positional array → an unvalidated profile-shaped object for profileSchema.
 * Anything out of shape is passed through untouched so the schema names the field.
 */
export function expandProfile(a: readonly unknown[], version: number): Record<string, unknown> {
  return {
    relevantYears: version >= 2 ? a[12] : null,
    currentRole: option(V1_CURRENT_ROLES, a[0]),
    yearsExperience: a[1],
    certificationsHeld: Array.isArray(a[2]) ? a[2].map(expandHeld) : a[2],
    python: option(V1_PYTHON, a[3]),
    azure: option(V1_AZURE, a[4]),
    aiml: option(V1_AIML, a[5]),
    targetRole: option(V1_TARGET_ROLES, a[6]),
    hoursPerWeek: a[7],
    startDate: a[8],
    region: option(V1_REGIONS, a[9]),
    currentSalaryUsd: a[10],
    areaConfidence: isPlainObject(a[11])
      ? Object.fromEntries(Object.entries(a[11]).map(([id, c]) => [id, option(V1_CONFIDENCE, c)]))
      : a[11],
  };
}

/** Settings → compact object, or null when there is nothing to carry. */
export function packExtras(e: ShareExtras): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  if (e.name !== undefined) out.n = e.name;
  if (e.horizonYears !== undefined) out.y = e.horizonYears;
  for (const [key, short] of Object.entries(OVERRIDE_KEYS)) {
    const value = e.salaryOverrides?.[key as SalaryOverrideKey];
    if (value !== undefined) out[short] = value;
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** Compact settings → an unvalidated ShareExtras-shaped object. */
export function expandExtras(packed: unknown): unknown {
  if (!isPlainObject(packed)) return packed;
  const read: Record<string, unknown> = {};
  for (const [key, short] of Object.entries({ ...OVERRIDE_KEYS, ...LEGACY_OVERRIDE_KEYS })) {
    if (Object.hasOwn(packed, short)) read[key] = packed[short];
  }
  const overrides = upgradeOverrides(read);
  return {
    name: packed.n,
    horizonYears: packed.y,
    salaryOverrides: Object.keys(overrides).length > 0 ? overrides : undefined,
  };
}

function expandHeld(entry: unknown): unknown {
  if (typeof entry === 'string') return { code: entry, earnedOn: null };
  if (Array.isArray(entry) && entry.length === 2) return { code: entry[0], earnedOn: entry[1] };
  return entry;
}

function option<T>(list: readonly T[], index: unknown): unknown {
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < list.length
    ? list[index]
    : index;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
