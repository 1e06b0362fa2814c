import { beforeEach, describe, expect, it } from 'vitest';
import { defaultProfile } from '@/domain/schema';
import type { Profile } from '@/domain/schema';
import { useAppStore } from '@/store/app-store';
import { todayIso } from '@/store/today';

const state = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
});

describe('profile slice', () => {
  it('starts from the default profile dated today', () => {
    expect(state().profile).toEqual(defaultProfile(todayIso()));
    expect(state().drafts).toEqual({});
  });

  it('sets a valid field and drops that field’s draft', () => {
    state().setDraft('hoursPerWeek', '99');
    state().setProfileField('hoursPerWeek', 20);
    expect(state().profile.hoursPerWeek).toBe(20);
    expect(state().drafts.hoursPerWeek).toBeUndefined();
  });

  it('keeps drafts per field until cleared', () => {
    state().setDraft('yearsExperience', 'abc');
    state().setDraft('hoursPerWeek', '0');
    state().setDraft('yearsExperience', undefined);
    expect(state().drafts).toEqual({ hoursPerWeek: '0' });
  });

  it('replaces the whole profile and clears drafts', () => {
    const next: Profile = { ...defaultProfile('2026-01-05'), targetRole: 'ml-engineer-azure' };
    state().setDraft('hoursPerWeek', 'x');
    state().replaceProfile(next);
    expect(state().profile).toEqual(next);
    expect(state().drafts).toEqual({});
  });

  it('resets to the default profile', () => {
    state().setProfileField('targetRole', 'senior-ai-engineer');
    state().resetProfile();
    expect(state().profile).toEqual(defaultProfile(todayIso()));
  });
});

describe('salary and ui slices', () => {
  it('sets and resets overrides one by one or all together', () => {
    state().setOverride('growthRate', 0.05);
    state().setOverride('hubPremiumMax', 0.3);
    state().resetOverride('growthRate');
    expect(state().salary.overrides).toEqual({ hubPremiumMax: 0.3 });
    state().resetOverrides();
    expect(state().salary.overrides).toEqual({});
  });

  it('sets the horizon, compared roles (without duplicates), theme and catalogue filter', () => {
    state().setHorizon(15);
    state().setCompareRoles(['senior-ai-engineer', 'senior-ai-engineer', 'ml-engineer-azure']);
    state().setTheme('dark');
    state().setShowAllCerts(true);
    expect(state().salary.horizonYears).toBe(15);
    expect(state().salary.compareRoles).toEqual(['senior-ai-engineer', 'ml-engineer-azure']);
    expect(state().theme).toBe('dark');
    expect(state().showAllCerts).toBe(true);
  });
});
