import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProfile } from '@/domain/schema';
import { mergeDeleted, mergeSavedPlans, sameProfile, uniquePlanName } from '@/domain/storage-state';
import type { SavedPlan } from '@/domain/storage-state';

const profile = defaultProfile('2026-03-02');
const plan = (
  id: string,
  updatedAt: string,
  name = id,
  createdAt = '2026-01-01T00:00:00.000Z',
): SavedPlan => ({
  id,
  name,
  profile,
  createdAt,
  updatedAt,
});

describe('mergeSavedPlans', () => {
  it('keeps the newer copy of each plan, whichever tab has it', () => {
    const mine = [
      plan('a', '2026-03-02T10:00:00.000Z', 'a-new'),
      plan('b', '2026-03-01T10:00:00.000Z', 'b-old'),
    ];
    const theirs = [
      plan('a', '2026-03-01T10:00:00.000Z', 'a-old'),
      plan('b', '2026-03-03T10:00:00.000Z', 'b-new'),
    ];
    expect(mergeSavedPlans(mine, theirs, {}).map((p) => p.name)).toEqual(['a-new', 'b-new']);
  });

  it('adds plans only one side has, in creation order', () => {
    const mine = [plan('m', '2026-03-02T10:00:00.000Z', 'm', '2026-02-01T00:00:00.000Z')];
    const theirs = [plan('t', '2026-03-02T10:00:00.000Z', 't', '2026-01-15T00:00:00.000Z')];
    expect(mergeSavedPlans(mine, theirs, {}).map((p) => p.id)).toEqual(['t', 'm']);
  });

  it('drops a plan deleted after its last change and keeps one changed after the delete', () => {
    const plans = [
      plan('old', '2026-03-01T00:00:00.000Z'),
      plan('revived', '2026-03-05T00:00:00.000Z'),
    ];
    const deleted = { old: '2026-03-02T00:00:00.000Z', revived: '2026-03-02T00:00:00.000Z' };
    expect(mergeSavedPlans(plans, [], deleted).map((p) => p.id)).toEqual(['revived']);
  });

  it('gives both tabs the same result (merge is symmetric)', () => {
    const stamp = fc.integer({ min: 0, max: 5 }).map((d) => `2026-03-0${d + 1}T00:00:00.000Z`);
    const plans = fc.uniqueArray(
      fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), at: stamp, created: stamp }),
      {
        selector: (p) => p.id,
      },
    );
    fc.assert(
      fc.property(
        plans,
        plans,
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), stamp),
        (x, y, deleted) => {
          const xs = x.map((p) => plan(p.id, p.at, `${p.id}@${p.at}`, p.created));
          // The same plan id keeps its creation time in both tabs.
          const created = new Map(xs.map((p) => [p.id, p.createdAt]));
          const ys = y.map((p) =>
            plan(p.id, p.at, `${p.id}@${p.at}`, created.get(p.id) ?? p.created),
          );
          const key = (ps: SavedPlan[]) => ps.map((p) => `${p.id}:${p.updatedAt}`);
          expect(key(mergeSavedPlans(xs, ys, deleted))).toEqual(
            key(mergeSavedPlans(ys, xs, deleted)),
          );
        },
      ),
    );
  });
});

describe('mergeDeleted', () => {
  it('keeps the latest deletion time per id', () => {
    expect(
      mergeDeleted({ a: '2026-01-01', b: '2026-03-01' }, { a: '2026-02-01', c: '2026-01-05' }),
    ).toEqual({
      a: '2026-02-01',
      b: '2026-03-01',
      c: '2026-01-05',
    });
  });
});

describe('sameProfile', () => {
  it('ignores key order and notices any changed value', () => {
    const reordered = Object.fromEntries(Object.entries(profile).reverse()) as typeof profile;
    expect(sameProfile(profile, reordered)).toBe(true);
    expect(sameProfile(profile, { ...profile, areaConfidence: { vision: 'strong' } })).toBe(false);
  });
});

describe('uniquePlanName', () => {
  it.each([
    ['Plan', [], 'Plan'],
    ['  ', [], 'Untitled plan'],
    ['Plan', ['plan'], 'Plan (2)'],
    ['Plan', ['Plan', 'Plan (2)'], 'Plan (3)'],
    ['x'.repeat(90), [], 'x'.repeat(80)],
    ['x'.repeat(90), ['x'.repeat(80)], `${'x'.repeat(76)} (2)`],
  ])('%j among %j → %j', (wanted, taken, expected) => {
    expect(uniquePlanName(wanted, taken)).toBe(expected);
  });
});
