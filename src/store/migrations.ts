import { profileSchema, targetRoleSchema, salaryOverridesSchema } from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import { sanitizeProfile } from '@/store/sanitize-profile';
import type { ProfileDrafts } from '@/store/profile-slice';
import { upgradeOverrides } from '@/domain/salary-overrides';
import { checkStoredPlans } from '@/store/stored-plans';
import type { StoredPlans } from '@/store/stored-plans';
import { defaultSalarySettings, horizonOptions } from '@/store/salary-slice';
import type { HorizonYears, SalaryOverrides, SalarySettings } from '@/store/salary-slice';
import { todayIso } from '@/store/today';
import type { Theme } from '@/store/ui-slice';

import { STORE_VERSION } from '@/store/store-version';
import { fieldsOf } from '@/domain/records';

export { STORE_VERSION };
// Loaded with the validators: the store words a repair's reason with it.
export { summarize } from '@/store/stored-problems';
export { sanitizeProfile } from '@/store/sanitize-profile';

/** What the store writes to localStorage: the user's input, never derived results. */
export interface PersistedState extends StoredPlans {
  profile: Profile;
  drafts: ProfileDrafts;
  salary: SalarySettings;
  theme: Theme;
  showAllCerts: boolean;
}

const overrideSchemas = salaryOverridesSchema.shape;

function sanitizeSalary(value: unknown): SalarySettings {
  const raw = fieldsOf(value);
  const settings = defaultSalarySettings();
  if (horizonOptions.includes(raw.horizonYears as HorizonYears))
    settings.horizonYears = raw.horizonYears as HorizonYears;
  if (Array.isArray(raw.compareRoles)) {
    const ids = raw.compareRoles.filter((id) => targetRoleSchema.safeParse(id).success);
    settings.compareRoles = [...new Set(ids)] as SalarySettings['compareRoles'];
  }
  const overrides = upgradeOverrides(fieldsOf(raw.overrides));
  for (const key of Object.keys(overrideSchemas) as (keyof SalaryOverrides)[]) {
    if (overrideSchemas[key].safeParse(overrides[key]).success)
      settings.overrides[key] = overrides[key] as number;
  }
  return settings;
}

function sanitizeDrafts(value: unknown): ProfileDrafts {
  const keys = new Set(Object.keys(profileSchema.shape));
  return Object.fromEntries(
    Object.entries(fieldsOf(value)).filter(
      ([k, text]) => keys.has(k) && typeof text === 'string' && text.length <= 200,
    ),
  );
}

/** Turns anything read from storage into a valid persisted state, field by field. */
export function sanitizePersisted(
  value: unknown,
  today: string,
  problems: string[] = [],
): PersistedState {
  const raw = fieldsOf(value);
  return {
    profile: sanitizeProfile(raw.profile, today, problems),
    drafts: sanitizeDrafts(raw.drafts),
    salary: sanitizeSalary(raw.salary),
    theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system',
    showAllCerts: raw.showAllCerts === true,
    ...checkStoredPlans(raw, today, problems),
  };
}

/** A valid state, and what had to be left out or repaired to get it (empty when nothing). */
export interface LoadedState {
  state: PersistedState;
  problems: string[];
}

/**
 * Brings stored state of any version up to STORE_VERSION and validates it. Never throws.
 * - v0 (before the store was versioned) kept the profile fields at the top level.
 * - v1 had no saved plans; v2 adds savedPlans, deletedPlans, activePlanId, comparePlanIds.
 * - v3 adds profile.relevantYears (null: derived from the role) and the job-search lag as a
 *   range (a v2 lag override becomes a range of that one value; the senior step-up override
 *   is gone: levels follow relevant experience).
 * - v4 adds profile.progress (step states, the study log, the baseline finish), empty for a
 *   profile saved before it, in the working plan and in every saved plan.
 * - v5 adds progress.practice, readinessTarget, away and sessions (defaults when absent); a
 *   v4 build would drop them, so it reads v5 data as newer and leaves it alone.
 * - v6 keeps a retake's failures through studying and booking (`retake`: attempts and the
 *   dates of the last and first failure; a v5 booked retake's `attempts` becomes one with
 *   unknown dates), the first failure of a failed exam, and the day the baseline was set.
 */
export function loadPersisted(
  persisted: unknown,
  version: number,
  today: string = todayIso(),
): LoadedState {
  const problems: string[] = [];
  if (persisted !== undefined && fieldsOf(persisted) !== persisted)
    problems.push('the saved state was not an object');
  if (version > STORE_VERSION)
    problems.push(`it was saved by a newer version of Certpath (v${version})`);
  let raw = fieldsOf(persisted);
  if (version < 1 && !('profile' in raw)) raw = { ...raw, profile: raw };
  // v1 → v2 up to v5 → v6 need no change of shape here: new fields start at their defaults
  // when absent (the profile schema's relevantYears and progress defaults, the overrides'
  // upgrade above), and progress is read entry by entry with older steps upgraded
  // (sanitize-profile.ts).
  return { state: sanitizePersisted(raw, today, problems), problems };
}

/** loadPersisted without the report: the state only. */
export function migrate(
  persisted: unknown,
  version: number,
  today: string = todayIso(),
): PersistedState {
  return loadPersisted(persisted, version, today).state;
}
