import { z } from 'zod';
import { formatIssues, profileSchema, salaryOverridesSchema } from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import type { SalaryOverrideKey } from '@/domain/share-link-v1';
import { upgradeOverrides } from '@/domain/salary-overrides';
import { upgradeProgress } from '@/domain/progress-upgrade';
import { MAX_PLAN_NAME_LENGTH } from '@/domain/storage-state';
import { asRecord } from '@/domain/records';

/** Written into every file so another JSON file is recognised as "not a Certpath plan". */
export const PLAN_FILE_FORMAT = 'certpath-plan';
/**
 * v2: the profile may hold relevantYears, the salary overrides a job-search lag range.
 * v3: the profile may hold progress (step states, the study log, the baseline finish), which
 * an older version would drop: it reads a v3 file as "from a newer version".
 * v4: progress may hold practice results, a readiness target, away weeks and study sessions.
 * v5: a retake's failures are kept through studying and booking (`retake`), a failed exam
 * keeps its first failure, and the baseline its day; a v4 booked retake's `attempts` is read
 * as a retake whose dates are unknown.
 */
export const PLAN_FILE_VERSION = 5;
/** A real plan file is about 1 KB; anything far bigger is refused before parsing. */
export const MAX_PLAN_FILE_BYTES = 256 * 1024;

/** The salary settings a plan file may carry (the store's horizon and overrides). */
export interface PlanFileSalary {
  horizonYears: 5 | 10 | 15;
  overrides: Partial<Record<SalaryOverrideKey, number>>;
}

/** What a plan file holds: a named profile and, optionally, the salary settings used with it. */
export interface PlanFileContent {
  name: string;
  profile: Profile;
  salary?: PlanFileSalary;
}

const salarySchema = z.object({
  horizonYears: z.union([z.literal(5), z.literal(10), z.literal(15)], {
    error: 'expected 5, 10 or 15',
  }),
  overrides: salaryOverridesSchema.partial().strict(),
});

const fileSchema = z.object({
  format: z.literal(PLAN_FILE_FORMAT, { error: `expected "${PLAN_FILE_FORMAT}"` }),
  version: z.number().int(),
  name: z.string().trim().min(1, 'the plan needs a name').max(MAX_PLAN_NAME_LENGTH),
  profile: profileSchema,
  salary: salarySchema.optional(),
  exportedAt: z.string().max(40).optional(),
});

/** The plan as a pretty-printed JSON file (`exportedAt` is passed in: the domain has no clock). */
export function planFileJson(content: PlanFileContent, exportedAt?: string): string {
  const file = {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    name: content.name,
    ...(exportedAt ? { exportedAt } : {}),
    profile: content.profile,
    ...(content.salary ? { salary: content.salary } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedPlanFile =
  { ok: true; value: PlanFileContent } | { ok: false; error: string; newer?: true };

/**
 * Reads a plan file. Rejections say what is wrong and where (`profile.hoursPerWeek: Hours
 * per week must be between 1 and 60`). Never throws.
 */
export function parsePlanFile(text: unknown): ParsedPlanFile {
  if (typeof text !== 'string' || text.trim() === '') return fail('The file is empty.');
  if (text.length > MAX_PLAN_FILE_BYTES)
    return fail('The file is too big to be a Certpath plan (over 256 KB).');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('The file is not JSON, so it is not a Certpath plan file.');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('The file does not hold a Certpath plan (expected a JSON object).');
  }
  const { format, version } = json as Record<string, unknown>;
  if (format !== PLAN_FILE_FORMAT)
    return fail('This JSON file is not a Certpath plan (its "format" is not "certpath-plan").');
  if (typeof version === 'number' && version > PLAN_FILE_VERSION) {
    return {
      ok: false,
      newer: true,
      error: `This plan was saved by a newer version of Certpath (file version ${version}). Update Certpath to import it.`,
    };
  }
  const parsed = fileSchema.safeParse(upgradeFile(json as Record<string, unknown>));
  if (!parsed.success)
    return fail(`The plan file has values Certpath cannot use:\n${formatIssues(parsed.error)}`);
  const { name, profile, salary } = parsed.data;
  return { ok: true, value: salary ? { name, profile, salary } : { name, profile } };
}

// A v1 file's salary overrides may use the keys v2 replaced; its profile lacks relevantYears,
// which the profile schema fills with null. A v3 or v4 file's booked retake kept only its
// attempt count.
function upgradeFile(json: Record<string, unknown>): Record<string, unknown> {
  const profile = asRecord(json.profile);
  const upgraded =
    profile && profile.progress !== undefined
      ? { ...json, profile: { ...profile, progress: upgradeProgress(profile.progress) } }
      : json;
  const salary = asRecord(upgraded.salary);
  const overrides = asRecord(salary?.overrides);
  if (!salary || !overrides) return upgraded;
  return { ...upgraded, salary: { ...salary, overrides: upgradeOverrides(overrides) } };
}

function fail(error: string): ParsedPlanFile {
  return { ok: false, error };
}
