import { beforeEach, describe, expect, it } from 'vitest';
import { STORE_NAME, hydrateStore, useAppStore } from '@/store/app-store';
import { unreadableKey } from '@/store/safe-storage';

const state = () => useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true);
  localStorage.clear();
});

describe('persistence', () => {
  it('writes only the inputs, with the version, under "certpath"', () => {
    state().setProfileField('hoursPerWeek', 25);
    state().setDraft('yearsExperience', 'ten');
    const stored = JSON.parse(localStorage.getItem(STORE_NAME) ?? 'null');
    expect(stored.version).toBe(1);
    expect(Object.keys(stored.state).sort()).toEqual(['drafts', 'profile', 'salary', 'showAllCerts', 'theme']);
    expect(stored.state.profile.hoursPerWeek).toBe(25);
    expect(stored.state.drafts).toEqual({ yearsExperience: 'ten' });
  });

  it('restores saved input on the next load', async () => {
    state().setProfileField('targetRole', 'generative-ai-developer');
    state().setTheme('dark');
    const saved = localStorage.getItem(STORE_NAME);
    useAppStore.setState(useAppStore.getInitialState(), true);
    localStorage.setItem(STORE_NAME, saved ?? '');
    await hydrateStore();
    expect(state().profile.targetRole).toBe('generative-ai-developer');
    expect(state().theme).toBe('dark');
  });

  it('repairs an invalid profile stored at the current version', async () => {
    localStorage.setItem(
      STORE_NAME,
      JSON.stringify({ version: 1, state: { profile: { hoursPerWeek: 900, region: 'us-hub' } } }),
    );
    await hydrateStore();
    expect(state().profile.hoursPerWeek).toBe(10);
    expect(state().profile.region).toBe('us-hub');
  });

  it('keeps unreadable data aside, tells the user, and starts clean', async () => {
    localStorage.setItem(STORE_NAME, '{not json');
    await hydrateStore();
    expect(localStorage.getItem(unreadableKey(STORE_NAME))).toBe('{not json');
    expect(state().storageIssue).toEqual({ keptAs: unreadableKey(STORE_NAME) });
    expect(state().profile.hoursPerWeek).toBe(10);
    state().dismissStorageIssue();
    expect(state().storageIssue).toBeNull();
  });

  it('migrates data saved by an older version and saves it back migrated', async () => {
    localStorage.setItem(STORE_NAME, JSON.stringify({ version: 0, state: { hoursPerWeek: 30, azure: 'daily' } }));
    await hydrateStore();
    expect(state().profile.hoursPerWeek).toBe(30);
    expect(state().profile.azure).toBe('daily');
    expect(JSON.parse(localStorage.getItem(STORE_NAME) ?? '{}').version).toBe(1);
  });
});
