import { fuzzRuns } from '../fuzz-runs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProfile, profileSchema, progressSchema } from '@/domain/schema';
import type { Progress } from '@/domain/schema';
import { loadPersisted, STORE_VERSION } from '@/store/migrations';
import type { LoadedState } from '@/store/migrations';
import { safeLocalStorage } from '@/store/safe-storage';
import { profileArb, progressArb } from '../domain/share-link.arbitraries';

const today = '2026-03-02';

/** A loaded state is always usable: valid profiles everywhere, consistent ids, problems as text. */
function isUsable({ state, problems }: LoadedState): boolean {
  const ids = new Set(state.savedPlans.map((p) => p.id));
  return (
    profileSchema.safeParse(state.profile).success &&
    state.savedPlans.every(
      (p) => profileSchema.safeParse(p.profile).success && p.name.trim() !== '',
    ) &&
    ids.size === state.savedPlans.length &&
    (state.activePlanId === null || ids.has(state.activePlanId)) &&
    state.comparePlanIds.every((id) => ids.has(id)) &&
    problems.every((p) => typeof p === 'string' && p.length > 0)
  );
}

const planArb = fc.record({
  id: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.anything()),
  name: fc.oneof(fc.string({ maxLength: 90 }), fc.anything()),
  profile: fc.oneof(
    profileArb,
    fc.anything(),
    profileArb.map((p) => ({ ...p, hoursPerWeek: 0 })),
  ),
  createdAt: fc.oneof(fc.constant('2026-03-01T09:00:00.000Z'), fc.anything()),
  updatedAt: fc.oneof(fc.constant('2026-03-01T09:00:00.000Z'), fc.string()),
});

describe('stored-state loader under fuzzing', () => {
  it(
    'turns 10,000 arbitrary values of any version into a usable state',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(
          fc.anything(),
          fc.integer({ min: -2, max: STORE_VERSION + 2 }),
          (value, version) => isUsable(loadPersisted(value, version, today)),
        ),
        { numRuns: fuzzRuns(10_000) },
      );
    },
  );

  it(
    'keeps the good saved plans of 10,000 half-broken states and names every dropped one',
    { timeout: 30_000 },
    () => {
      const state = fc.record({
        profile: fc.oneof(profileArb, fc.anything()),
        savedPlans: fc.oneof(fc.array(planArb, { maxLength: 6 }), fc.anything()),
        activePlanId: fc.anything(),
        comparePlanIds: fc.anything(),
        deletedPlans: fc.anything(),
      });
      fc.assert(
        fc.property(state, (value) => {
          const loaded = loadPersisted(value, STORE_VERSION, today);
          expect(isUsable(loaded)).toBe(true);
          const given = Array.isArray(value.savedPlans) ? value.savedPlans.length : 0;
          const dropped = loaded.problems.filter((p) =>
            /^savedPlans\[\d+\] was left out/.test(p),
          ).length;
          expect(loaded.state.savedPlans.length + dropped).toBe(given);
        }),
        { numRuns: fuzzRuns(10_000) },
      );
    },
  );

  it(
    'keeps the progress of 10,000 profiles part by part: every valid part, never an invalid one',
    { timeout: 30_000 },
    () => {
      type Key = keyof Progress;
      const keys: Key[] = [
        'steps',
        'log',
        'baselineFinish',
        'baselineSetOn',
        'practice',
        'readinessTarget',
        'away',
        'sessions',
      ];
      const badWeek = { weekOf: 'soon', hours: 3 };
      // Valid progress with some of its parts broken: replaced by anything, or given one bad
      // entry beside the good ones.
      const broken = (p: Progress) =>
        fc.record({
          steps: fc.oneof(
            fc.constant(p.steps),
            fc.anything(),
            fc.constant({ ...p.steps, 'XX-9': { state: 'teleported' } }),
            fc.constant({ ...p.steps, '': { state: 'studying' } }),
          ),
          log: fc.oneof(fc.constant(p.log), fc.anything(), fc.constant([...p.log, badWeek])),
          baselineFinish: fc.oneof(fc.constant(p.baselineFinish), fc.anything()),
          baselineSetOn: fc.oneof(fc.constant(p.baselineSetOn), fc.anything()),
          practice: fc.oneof(
            fc.constant(p.practice),
            fc.anything(),
            fc.constant({ ...p.practice, 'XX-9': { date: 'x', overall: 500, areas: {} } }),
          ),
          readinessTarget: fc.oneof(fc.constant(p.readinessTarget), fc.anything()),
          away: fc.oneof(fc.constant(p.away), fc.anything(), fc.constant([...p.away, 'never'])),
          sessions: fc.oneof(fc.constant(p.sessions), fc.anything()),
        });
      const progress = progressArb.chain((original) =>
        fc.record({ original: fc.constant(original), given: broken(original) }),
      );
      fc.assert(
        fc.property(profileArb, progress, (profile, { original, given }) => {
          const loaded = loadPersisted(
            { profile: { ...profile, progress: given } },
            STORE_VERSION,
            today,
          );
          expect(isUsable(loaded)).toBe(true);
          const kept = loaded.state.profile.progress;
          const valid = progressSchema.safeParse(given);
          // Weeks come back in date order.
          const inOrder = (p: Progress) => ({
            ...p,
            log: [...p.log].sort((a, b) => (a.weekOf < b.weekOf ? -1 : 1)),
            away: [...p.away].sort(),
          });
          if (valid.success) expect(kept).toEqual(inOrder(valid.data));
          for (const key of keys) {
            const part = given[key] as unknown;
            // A part left as it was, or with one bad entry added, keeps every good entry (weeks
            // in date order).
            const log = [...original.log].sort((a, b) => (a.weekOf < b.weekOf ? -1 : 1));
            const away = [...original.away].sort();
            if (part === original[key] && key !== 'log' && key !== 'away')
              expect(kept[key]).toEqual(original[key]);
            const oneBad = (list: unknown[], bad: unknown) =>
              Array.isArray(part) && part.length === list.length + 1 && part.at(-1) === bad;
            if (key === 'log' && (part === original.log || oneBad(original.log, badWeek)))
              expect(kept.log).toEqual(log);
            if (key === 'away' && (part === original.away || oneBad(original.away, 'never')))
              expect(kept.away).toEqual(away);
            if ((key === 'steps' || key === 'practice') && part !== original[key]) {
              const entries = Object.keys(original[key]);
              if (typeof part === 'object' && part !== null && 'XX-9' in part)
                expect(Object.keys(kept[key]).sort()).toEqual(entries.sort());
            }
          }
        }),
        { numRuns: fuzzRuns(10_000) },
      );
    },
  );

  it(
    'reads 10,000 arbitrary stored texts without throwing, keeping unreadable ones aside',
    { timeout: 30_000 },
    () => {
      const text = fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.json({ maxDepth: 3 }),
        fc
          .jsonValue({ maxDepth: 3 })
          .map((state) => JSON.stringify({ state, version: STORE_VERSION })),
        fc.constant(JSON.stringify({ state: { profile: defaultProfile(today) }, version: 1 })),
      );
      let keptAside = 0;
      const storage = safeLocalStorage<unknown>({
        onUnreadable: () => keptAside++,
        onAvailability: () => {},
      });
      fc.assert(
        fc.property(text, (raw) => {
          localStorage.setItem('fuzz', raw);
          const before = keptAside;
          const value = storage.getItem('fuzz') as { state: unknown; version?: unknown } | null;
          if (value === null) return keptAside === before + 1;
          const version = typeof value.version === 'number' ? value.version : 0;
          return isUsable(loadPersisted(value.state, version, today));
        }),
        { numRuns: fuzzRuns(10_000) },
      );
      // Each unreadable text went to its own backup key; clean them up for the next test.
      localStorage.clear();
    },
  );
});
