import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importPlanFile } from '@/shared/plans/import-plan';
import { planFileJson } from '@/domain/plan-file';
import { defaultProfile } from '@/domain/schema';
import { MAX_SAVED_PLANS } from '@/domain/storage-state';
import { STORE_NAME, hydrateStore, storedNow, useAppStore } from '@/store/app-store';
import { removeBackup, restoreBackup, storedBackups } from '@/store/stored-data';
import { MAX_BACKUPS } from '@/store/backups';
import { summarize } from '@/store/stored-problems';
import { STORE_VERSION } from '@/store/store-version';

const state = () => useAppStore.getState();
const stored = () => localStorage.getItem(STORE_NAME);
const backupKeys = () =>
  Object.keys(localStorage).filter((k) => k.startsWith(`${STORE_NAME}-backup-`));

function plan(id: string, name: string, hours = 10) {
  return {
    id,
    name,
    profile: { ...defaultProfile('2026-03-02'), hoursPerWeek: hours },
    createdAt: `2026-03-01T09:00:00.${id.padStart(3, '0').slice(-3)}Z`,
    updatedAt: '2026-03-01T10:00:00.000Z',
  };
}

/** A stored entry with one good plan and one that cannot be read (`tag` makes it distinct). */
function entryWithABadPlan(tag: string, version = STORE_VERSION) {
  return JSON.stringify({
    version,
    state: {
      savedPlans: [plan('1', `Good ${tag}`), { ...plan('2', 'Broken'), profile: 'many hours' }],
    },
  });
}

/** Another tab wrote `text`: this tab hears of it as a browser would tell it. */
async function otherTabWrites(text: string) {
  localStorage.setItem(STORE_NAME, text);
  window.dispatchEvent(new StorageEvent('storage', { key: STORE_NAME }));
  await hydrateStore();
}

beforeEach(async () => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await hydrateStore();
});

describe('backups', () => {
  it('keeps a repaired entry aside once, and the repaired entry loads clean next time', async () => {
    localStorage.setItem(STORE_NAME, entryWithABadPlan('a'));
    for (let load = 0; load < 4; load++) await hydrateStore();
    expect(backupKeys()).toHaveLength(1);
    expect(state().savedPlans.map((p) => p.name)).toEqual(['Good a']);
    expect(JSON.parse(stored()!).state.savedPlans).toHaveLength(1);
  });

  it('writes one copy per distinct content, however often the same bad entry comes back', async () => {
    for (let i = 0; i < 20; i++) await otherTabWrites(entryWithABadPlan('same'));
    expect(backupKeys()).toHaveLength(1);
    expect(storedBackups()[0]!.reason).toMatch(
      /part of it could not be used: 1 saved plan could not be read/,
    );
  });

  it('is bounded without dropping a copy: when full, the entry is left alone instead', async () => {
    for (let i = 0; i < MAX_BACKUPS; i++) await otherTabWrites(entryWithABadPlan(`n${i}`));
    expect(backupKeys()).toHaveLength(MAX_BACKUPS);
    const keys = backupKeys().sort();

    const sixth = entryWithABadPlan('sixth');
    await otherTabWrites(sixth);
    expect(backupKeys().sort()).toEqual(keys);
    expect(state().storageIssue).toEqual({ kind: 'frozen' });
    // This tab still works, in memory, and never writes over the one copy of `sixth`.
    state().setProfileField('hoursPerWeek', 33);
    expect(stored()).toBe(sixth);
    expect(storedNow()).toBe(false);
  });

  it('once the user deletes a copy, the data left alone is kept aside and repaired', async () => {
    for (let i = 0; i < MAX_BACKUPS; i++) await otherTabWrites(entryWithABadPlan(`n${i}`));
    await otherTabWrites(entryWithABadPlan('sixth'));
    expect(state().storageIssue).toEqual({ kind: 'frozen' });
    await removeBackup(storedBackups()[0]!.key);
    expect(state().storageIssue).toMatchObject({ kind: 'repaired' });
    expect(storedBackups().some((b) => b.text === entryWithABadPlan('sixth'))).toBe(true);
    state().setProfileField('hoursPerWeek', 33);
    expect(JSON.parse(stored()!).state.profile.hoursPerWeek).toBe(33);
  });

  it('restores a copy, keeping the data it replaces aside first', async () => {
    const old = entryWithABadPlan('old');
    localStorage.setItem(STORE_NAME, old);
    await hydrateStore();
    saveOrFail('Made later');
    expect(state().savedPlans.map((p) => p.name)).toEqual(['Good old', 'Made later']);

    const [copy] = storedBackups();
    const result = await restoreBackup(copy!.key);
    expect(result.ok).toBe(true);
    // The restored copy's plans replace this tab's (the good part of it: it is repaired again).
    expect(state().savedPlans.map((p) => p.name)).toEqual(['Good old']);
    expect(storedBackups().map((b) => b.reason)).toEqual([
      expect.stringMatching(/part of it could not be used: 1 saved plan could not be read/),
      'replaced by a restored copy',
    ]);
    const replaced = storedBackups()[1]!.text;
    expect(replaced).toContain('Made later');
  });
});

describe('newer stored data (an older tab left open across a deploy)', () => {
  const newer = () =>
    JSON.stringify({
      version: STORE_VERSION + 1,
      state: { savedPlans: [plan('1', 'From the new build', 22)], futureField: { x: 1 } },
    });

  it('is shown read-only: this tab never writes over it, and says so', async () => {
    const text = newer();
    await otherTabWrites(text);
    expect(state().storageIssue).toEqual({ kind: 'newer', version: STORE_VERSION + 1 });
    expect(state().savedPlans.map((p) => p.name)).toEqual(['From the new build']);
    state().setProfileField('hoursPerWeek', 5);
    state().setTheme('dark');
    expect(saveAttempt('Mine').ok).toBe(true);
    expect(stored()).toBe(text);
    expect(storedNow()).toBe(false);
    expect(backupKeys()).toEqual([]);
  });

  it('two builds taking turns never fill storage with backups', async () => {
    const older = JSON.stringify({
      version: STORE_VERSION - 1,
      state: { savedPlans: [plan('1', 'Older build')] },
    });
    for (let round = 0; round < 50; round++) {
      await otherTabWrites(round % 2 === 0 ? newer() : older);
      state().setProfileField('hoursPerWeek', 5 + (round % 10));
    }
    expect(backupKeys()).toEqual([]);
    // After the older build's write, this (newer-or-equal) build migrates it once and saves.
    expect(JSON.parse(stored()!).version).toBe(STORE_VERSION);
  });

  it('becomes writable again when the stored data is no longer newer', async () => {
    await otherTabWrites(newer());
    await otherTabWrites(JSON.stringify({ version: STORE_VERSION, state: {} }));
    expect(state().storageIssue).toBeNull();
    state().setProfileField('hoursPerWeek', 17);
    expect(JSON.parse(stored()!).state.profile.hoursPerWeek).toBe(17);
    expect(storedNow()).toBe(true);
  });
});

describe('limits, enforced when saving', () => {
  const fill = () =>
    useAppStore.setState({
      savedPlans: Array.from({ length: MAX_SAVED_PLANS }, (_, i) => plan(String(i), `Plan ${i}`)),
    });

  it(`refuses plan ${MAX_SAVED_PLANS + 1} with a message, and keeps the ${MAX_SAVED_PLANS}`, () => {
    fill();
    const result = saveAttempt('One too many');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/Delete one/) });
    expect(state().savedPlans).toHaveLength(MAX_SAVED_PLANS);
    expect(state().duplicatePlan('0')).toMatchObject({ ok: false });
  });

  it('refuses an import at the limit, saying why', async () => {
    fill();
    const file = new File(
      [planFileJson({ name: 'Imported', profile: defaultProfile('2026-03-02') })],
      'plan.json',
    );
    const result = await importPlanFile(file);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/could not be imported.*most Certpath keeps/s);
    expect(state().savedPlans).toHaveLength(MAX_SAVED_PLANS);
  });

  it('says an import is open but not stored when storage refuses it', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const file = new File(
      [planFileJson({ name: 'Imported', profile: defaultProfile('2026-03-02') })],
      'plan.json',
    );
    const result = await importPlanFile(file);
    setItem.mockRestore();
    expect(result).toEqual({ ok: true, message: expect.stringMatching(/did not store it/) });
  });
});

describe('a validator download that fails', () => {
  it('marks the load failed, and a retry works once the network is back', async () => {
    vi.resetModules();
    let offline = true;
    vi.doMock('@/store/migrations', async (original) => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module');
      return original();
    });
    const fresh = await import('@/store/app-store');
    localStorage.setItem(
      STORE_NAME,
      JSON.stringify({ version: STORE_VERSION, state: { savedPlans: [plan('1', 'Kept')] } }),
    );
    await expect(fresh.hydrateStore()).rejects.toThrow();
    expect(fresh.useAppStore.getState().loadFailed).toBe(true);
    expect(fresh.useAppStore.persist.hasHydrated()).toBe(false);

    offline = false;
    await fresh.hydrateStore();
    expect(fresh.useAppStore.getState().loadFailed).toBe(false);
    expect(fresh.useAppStore.getState().savedPlans.map((p) => p.name)).toEqual(['Kept']);
    vi.doUnmock('@/store/migrations');
  });
});

function saveAttempt(name: string) {
  return state().savePlan(name);
}

function saveOrFail(name: string): string {
  const result = saveAttempt(name);
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

describe('summarize', () => {
  it.each([
    [['savedPlans[1] was left out: x'], '1 saved plan could not be read and was left out'],
    [
      ['savedPlans[1] was left out: x', 'savedPlans[4] was left out: y', 'profile.hoursPerWeek: z'],
      '2 saved plans could not be read and were left out; 1 answer in your background was reset to its default',
    ],
    [['the saved state was not an object'], '1 other setting was reset'],
    [[], 'nothing you made was lost'],
  ])('%j → %s', (problems, words) => {
    expect(summarize(problems)).toBe(words);
  });
});
