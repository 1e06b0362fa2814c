import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultProfile } from '@/domain/schema';
import { STORE_NAME, hydrateStore, useAppStore } from '@/store/app-store';
import { listBackups } from '@/store/backups';
import { STORE_VERSION } from '@/store/store-version';

const state = () => useAppStore.getState();
/** Saves a plan and returns its id (the test fails if saving was refused). */
function saveId(name: string): string {
  const result = state().savePlan(name);
  if (!result.ok) throw new Error(result.error);
  return result.id;
}
const stored = () => JSON.parse(localStorage.getItem(STORE_NAME) ?? 'null');
/** The copies kept aside, as [key, the stored text exactly as it was]. */
const backups = () => listBackups(localStorage, STORE_NAME).map((b) => [b.key, b.text] as const);

/** A stored entry the way another tab (or an earlier session) would have written it. */
function plan(id: string, name: string, updatedAt: string, hours = 10) {
  return {
    id,
    name,
    profile: { ...defaultProfile('2026-03-02'), hoursPerWeek: hours },
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt,
  };
}

beforeEach(async () => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await hydrateStore();
});

describe('persistence', () => {
  it('writes only the inputs, with the version, under "certpath"', () => {
    state().setProfileField('hoursPerWeek', 25);
    state().setDraft('yearsExperience', 'ten');
    state().savePlan('Evenings');
    expect(stored().version).toBe(STORE_VERSION);
    expect(Object.keys(stored().state).sort()).toEqual([
      'activePlanId',
      'comparePlanIds',
      'deletedPlans',
      'drafts',
      'profile',
      'salary',
      'savedPlans',
      'showAllCerts',
      'theme',
    ]);
    expect(stored().state.profile.hoursPerWeek).toBe(25);
    expect(stored().state.drafts).toEqual({ yearsExperience: 'ten' });
    expect(stored().state.savedPlans.map((p: { name: string }) => p.name)).toEqual(['Evenings']);
  });

  it('restores saved input and saved plans on the next load', async () => {
    state().setProfileField('targetRole', 'generative-ai-developer');
    state().setTheme('dark');
    const id = saveId('Gen AI');
    const saved = localStorage.getItem(STORE_NAME);
    useAppStore.setState(useAppStore.getInitialState(), true);
    localStorage.setItem(STORE_NAME, saved ?? '');
    await hydrateStore();
    expect(state().profile.targetRole).toBe('generative-ai-developer');
    expect(state().theme).toBe('dark');
    expect(state().savedPlans.map((p) => p.name)).toEqual(['Gen AI']);
    expect(state().activePlanId).toBe(id);
  });

  it('repairs an invalid profile, keeps the raw data aside and tells the user', async () => {
    const raw = JSON.stringify({
      version: STORE_VERSION,
      state: { profile: { hoursPerWeek: 900, region: 'us-hub' } },
    });
    localStorage.setItem(STORE_NAME, raw);
    await hydrateStore();
    expect(state().profile.hoursPerWeek).toBe(10);
    expect(state().profile.region).toBe('us-hub');
    const [[key, text]] = backups() as [[string, string]];
    expect(text).toBe(raw);
    expect(state().storageIssue).toEqual({
      kind: 'repaired',
      keptAs: key,
      problems: [expect.stringContaining('profile.hoursPerWeek')],
    });
    // The repaired entry replaces the stored one, so the next load has nothing to repair.
    expect(stored().state.profile.hoursPerWeek).toBe(10);
    expect(stored().state.profile.region).toBe('us-hub');
  });

  it('keeps unreadable data aside under a backup key, tells the user, and starts clean', async () => {
    localStorage.setItem(STORE_NAME, '{not json');
    await hydrateStore();
    const [[key, text]] = backups() as [[string, string]];
    expect(key).toMatch(/^certpath-backup-[0-9a-z]+$/);
    expect(text).toBe('{not json');
    expect(state().storageIssue).toEqual({ kind: 'unreadable', keptAs: key });
    expect(state().profile.hoursPerWeek).toBe(10);
    state().dismissStorageIssue();
    expect(state().storageIssue).toBeNull();
  });

  it('drops an invalid saved plan but keeps the good ones and the raw copy', async () => {
    const bad = {
      ...plan('p2', 'Broken', '2026-03-01T10:00:00.000Z'),
      profile: 'many hours',
    };
    const raw = JSON.stringify({
      version: STORE_VERSION,
      state: { savedPlans: [plan('p1', 'Good', '2026-03-01T10:00:00.000Z'), bad] },
    });
    localStorage.setItem(STORE_NAME, raw);
    await hydrateStore();
    expect(state().savedPlans.map((p) => p.name)).toEqual(['Good']);
    expect(backups().map(([, text]) => text)).toEqual([raw]);
    expect(state().storageIssue).not.toBeNull();
  });

  it('migrates data saved by an older version and saves it back migrated, without alarming anyone', async () => {
    localStorage.setItem(
      STORE_NAME,
      JSON.stringify({ version: 0, state: { hoursPerWeek: 30, azure: 'daily' } }),
    );
    await hydrateStore();
    expect(state().profile.hoursPerWeek).toBe(30);
    expect(state().profile.azure).toBe('daily');
    expect(stored().version).toBe(STORE_VERSION);
    expect(stored().state.savedPlans).toEqual([]);
    expect(state().storageIssue).toBeNull();
    expect(backups()).toEqual([]);
  });
});

describe('two tabs', () => {
  it('takes in a plan saved in the other tab and keeps its own newer copy of another', async () => {
    state().savePlan('Mine');
    const mine = state().savedPlans[0]!;
    // The other tab knows an older copy of "Mine" and a plan of its own.
    const otherTab = {
      version: STORE_VERSION,
      state: {
        ...stored().state,
        savedPlans: [
          { ...mine, name: 'Stale', updatedAt: '2000-01-01T00:00:00.000Z' },
          plan('p9', 'Theirs', '2026-03-01T10:00:00.000Z'),
        ],
      },
    };
    localStorage.setItem(STORE_NAME, JSON.stringify(otherTab));
    window.dispatchEvent(new StorageEvent('storage', { key: STORE_NAME }));
    await vi.waitFor(() => expect(state().savedPlans).toHaveLength(2));
    expect(
      state()
        .savedPlans.map((p) => p.name)
        .sort(),
    ).toEqual(['Mine', 'Theirs']);
    // The union is written back so the other tab gets "Mine" too.
    await vi.waitFor(() =>
      expect(
        stored()
          .state.savedPlans.map((p: { name: string }) => p.name)
          .sort(),
      ).toEqual(['Mine', 'Theirs']),
    );
  });

  it('does not bring back a plan the other tab deleted', async () => {
    const id = saveId('Doomed');
    const otherTab = {
      version: STORE_VERSION,
      state: {
        ...stored().state,
        savedPlans: [],
        deletedPlans: { [id]: '2999-01-01T00:00:00.000Z' },
        activePlanId: null,
      },
    };
    localStorage.setItem(STORE_NAME, JSON.stringify(otherTab));
    window.dispatchEvent(new StorageEvent('storage', { key: STORE_NAME }));
    await vi.waitFor(() => expect(state().savedPlans).toEqual([]));
  });
});

describe('storage that refuses', () => {
  it('keeps working in memory and says saving is off when the quota is full', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    state().savePlan('Kept in memory');
    expect(state().savedPlans).toHaveLength(1);
    await vi.waitFor(() => expect(state().savingOff).toBe(true));
    setItem.mockRestore();
    state().setProfileField('hoursPerWeek', 12);
    await vi.waitFor(() => expect(state().savingOff).toBe(false));
    expect(stored().state.savedPlans).toHaveLength(1);
  });

  it('never overwrites stored data it has not read yet', async () => {
    vi.resetModules();
    const fresh = await import('@/store/app-store');
    const raw = JSON.stringify({
      version: STORE_VERSION,
      state: { savedPlans: [plan('p1', 'Precious', '2026-03-01T10:00:00.000Z')] },
    });
    localStorage.setItem(STORE_NAME, raw);
    fresh.useAppStore.getState().setProfileField('hoursPerWeek', 20);
    expect(localStorage.getItem(STORE_NAME)).toBe(raw);
    await fresh.hydrateStore();
    expect(fresh.useAppStore.getState().savedPlans.map((p) => p.name)).toEqual(['Precious']);
  });
});
