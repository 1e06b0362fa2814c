import { z } from 'zod';
import { formatIssues } from '@/domain/schema';
import { MAX_PLAN_NAME_LENGTH, MAX_SAVED_PLANS } from '@/domain/storage-state';
import type { DeletedPlans, SavedPlan } from '@/domain/storage-state';
import { MAX_COMPARED_PLANS } from '@/store/scenarios-slice';
import { sanitizeProfile } from '@/store/sanitize-profile';
import { fieldsOf } from '@/domain/records';

/** The saved-plans part of what the store writes. */
export interface StoredPlans {
  savedPlans: SavedPlan[];
  deletedPlans: DeletedPlans;
  activePlanId: string | null;
  comparePlanIds: string[];
}

const planId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a plan id');
const stamp = z.iso.datetime({ error: 'expected a timestamp' });

// The profile is read field by field (sanitize-profile.ts): a bad value in it never costs the
// whole plan. A profile without its core answers is no plan at all: left out, not turned into
// a default plan under the user's name.
const CORE_ANSWERS = ['currentRole', 'targetRole', 'hoursPerWeek'];
const savedPlanSchema = z.object({
  id: planId,
  name: z.string().trim().min(1, 'a plan needs a name').max(MAX_PLAN_NAME_LENGTH),
  profile: z
    .record(z.string(), z.unknown(), { error: 'expected a profile' })
    .refine((p) => CORE_ANSWERS.every((key) => p[key] !== undefined), {
      error: `expected a profile with ${CORE_ANSWERS.join(', ')}`,
    }),
  createdAt: stamp,
  updatedAt: stamp,
});

/**
 * Validates stored saved plans one by one: a plan without a readable id, name or dates is left
 * out and described in `problems`, the others are kept; each profile keeps its valid fields
 * (its repairs described too). Never throws.
 */
export function checkStoredPlans(
  raw: Record<string, unknown>,
  today: string,
  problems: string[],
): StoredPlans {
  const savedPlans: SavedPlan[] = [];
  const list = raw.savedPlans;
  if (list !== undefined && !Array.isArray(list))
    problems.push('savedPlans: expected a list of plans');
  const seen = new Set<string>();
  for (const [i, item] of (Array.isArray(list) ? list : []).entries()) {
    const parsed = savedPlanSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(`savedPlans[${i}] was left out: ${formatIssues(parsed.error).split('\n')[0]}`);
    } else if (seen.has(parsed.data.id) || savedPlans.length >= MAX_SAVED_PLANS) {
      problems.push(`savedPlans[${i}] was left out: a duplicate or one too many`);
    } else {
      seen.add(parsed.data.id);
      const repairs: string[] = [];
      const profile = sanitizeProfile(parsed.data.profile, today, repairs);
      problems.push(...repairs.map((p) => `savedPlans[${i}].${p}`));
      savedPlans.push({ ...parsed.data, profile });
    }
  }
  const deletedPlans: DeletedPlans = {};
  for (const [id, at] of Object.entries(fieldsOf(raw.deletedPlans))) {
    if (planId.safeParse(id).success && typeof at === 'string' && stamp.safeParse(at).success)
      deletedPlans[id] = at;
  }
  const activePlanId =
    typeof raw.activePlanId === 'string' && seen.has(raw.activePlanId) ? raw.activePlanId : null;
  const compare = Array.isArray(raw.comparePlanIds) ? raw.comparePlanIds : [];
  const comparePlanIds = [
    ...new Set(compare.filter((id): id is string => typeof id === 'string' && seen.has(id))),
  ];
  return {
    savedPlans,
    deletedPlans,
    activePlanId,
    comparePlanIds: comparePlanIds.slice(0, MAX_COMPARED_PLANS),
  };
}
