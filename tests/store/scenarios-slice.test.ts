import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { MAX_COMPARED_PLANS } from '@/store/scenarios-slice';

const state = () => useAppStore.getState();
/** Saves a plan and returns its id (the test fails if saving was refused). */
function saveId(name: string): string {
  const result = state().savePlan(name);
  if (!result.ok) throw new Error(result.error);
  return result.id;
}
const names = () => state().savedPlans.map((p) => p.name);

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('saved plans', () => {
  it('saves the working profile under a name and marks it active', () => {
    state().setProfileField('hoursPerWeek', 15);
    const id = saveId('  Evenings  ');
    expect(state().savedPlans).toEqual([
      expect.objectContaining({
        id,
        name: 'Evenings',
        profile: expect.objectContaining({ hoursPerWeek: 15 }),
      }),
    ]);
    expect(state().activePlanId).toBe(id);
  });

  it('gives a taken name a number instead of replacing the other plan', () => {
    state().savePlan('Plan');
    state().savePlan('plan');
    state().savePlan('Plan');
    expect(names()).toEqual(['Plan', 'plan (2)', 'Plan (3)']);
  });

  it('saves changes into the active plan only', () => {
    const a = saveId('A');
    state().savePlan('B');
    state().openPlan(a);
    state().setProfileField('hoursPerWeek', 40);
    state().saveChanges();
    expect(state().savedPlans.map((p) => p.profile.hoursPerWeek)).toEqual([40, 10]);
  });

  it('opens a plan as the working profile, and undo brings back what was there', () => {
    state().setProfileField('hoursPerWeek', 33);
    const a = saveId('A');
    state().setProfileField('hoursPerWeek', 5);
    state().setDraft('yearsExperience', 'lots');
    state().openPlan(a);
    expect(state().profile.hoursPerWeek).toBe(33);
    expect(state().drafts).toEqual({});
    expect(state().undo?.message).toBe('Opened “A”.');
    state().runUndo();
    expect(state().profile.hoursPerWeek).toBe(5);
    expect(state().drafts).toEqual({ yearsExperience: 'lots' });
    expect(state().undo).toBeNull();
  });

  it('renames without clashing and stamps the change', () => {
    const a = saveId('A');
    state().savePlan('B');
    const before = state().savedPlans[0]!.updatedAt;
    state().renamePlan(a, 'B');
    expect(names()).toEqual(['B (2)', 'B']);
    expect(state().savedPlans[0]!.updatedAt >= before).toBe(true);
  });

  it('duplicates a plan with a new id and a "(copy)" name', () => {
    const a = saveId('A');
    const copy = state().duplicatePlan(a);
    expect(copy).toMatchObject({ ok: true, name: 'A (copy)' });
    expect(copy.ok && copy.id).not.toBe(a);
    expect(names()).toEqual(['A', 'A (copy)']);
    expect(state().savedPlans[1]!.profile).toEqual(state().savedPlans[0]!.profile);
    expect(state().duplicatePlan('nope')).toMatchObject({ ok: false });
  });

  it('deletes with a tombstone and undo puts the plan back where it was', () => {
    const a = saveId('A');
    const b = saveId('B');
    state().savePlan('C');
    state().setComparePlans([a, b]);
    state().openPlan(b);
    state().deletePlan(b);
    expect(names()).toEqual(['A', 'C']);
    expect(state().activePlanId).toBeNull();
    expect(state().comparePlanIds).toEqual([a]);
    expect(Object.keys(state().deletedPlans)).toEqual([b]);
    expect(state().undo?.message).toBe('Deleted “B”.');

    state().runUndo();
    expect(names()).toEqual(['A', 'B', 'C']);
    expect(state().activePlanId).toBe(b);
    expect(state().comparePlanIds).toEqual([a, b]);
    expect(state().deletedPlans).toEqual({});
  });

  it('compares at most four plans, each once', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    state().setComparePlans(['a', ...ids]);
    expect(state().comparePlanIds).toEqual(['a', 'b', 'c', 'd']);
    expect(MAX_COMPARED_PLANS).toBe(4);
  });
});

describe('shared plans', () => {
  it('shows a shared plan without touching the own input, and saving keeps it as a new plan', () => {
    state().setProfileField('hoursPerWeek', 12);
    const mine = saveId('Mine');
    state().setOverride('growthRate', 0.05);
    const shared = {
      ...state().profile,
      hoursPerWeek: 44,
      targetRole: 'ml-engineer-azure' as const,
    };
    state().openSharedPlan(
      shared,
      { name: 'From Ana', horizonYears: 15, salaryOverrides: { growthRate: 0.01 } },
      [],
    );
    expect(state().profile.hoursPerWeek).toBe(44);
    expect(state().salary.horizonYears).toBe(15);
    expect(state().salary.overrides).toEqual({ growthRate: 0.01 });
    expect(state().sharedPlan?.own.profile.hoursPerWeek).toBe(12);
    expect(state().sharedPlan?.own.activePlanId).toBe(mine);

    const id = saveId(state().sharedPlan!.name!);
    expect(state().sharedPlan).toBeNull();
    expect(names()).toEqual(['Mine', 'From Ana']);
    expect(state().activePlanId).toBe(id);
    expect(state().profile.hoursPerWeek).toBe(44);
    expect(state().salary.overrides).toEqual({ growthRate: 0.05 });
    expect(state().savedPlans[0]!.profile.hoursPerWeek).toBe(12);
  });

  it('closing a shared plan brings the own input back untouched', () => {
    state().setProfileField('hoursPerWeek', 12);
    state().setDraft('yearsExperience', 'x');
    state().openSharedPlan({ ...state().profile, hoursPerWeek: 44 }, {}, ['a warning']);
    state().openSharedPlan({ ...state().profile, hoursPerWeek: 45 }, {}, []);
    state().closeSharedPlan();
    expect(state().profile.hoursPerWeek).toBe(12);
    expect(state().drafts).toEqual({ yearsExperience: 'x' });
    expect(state().sharedPlan).toBeNull();
  });
});
