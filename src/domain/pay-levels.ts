import type { Catalog } from '@/domain/catalog-model';
import type { EntryBand, Range, Region, Role, TargetRoleId } from '@/domain/schema';

/** One rung of a role family's ladder: the band that applies from `fromYears` of relevant experience. */
export interface PayLevel {
  /** The role whose band this is; null for the entry band below the family's first level. */
  roleId: TargetRoleId | null;
  /** What the user reads: the role's name, or the entry band's label. */
  label: string;
  /** Years of relevant experience from which this band applies. */
  fromYears: number;
  /** The band in the chosen region (USD a year). */
  band: Range;
  sourceId: string;
}

/** A role's salary band in a region: low × multiplier min, high × multiplier max, whole dollars. */
export function bandInRegion(
  band: Pick<Role['salaryUsd'], 'min' | 'max'>,
  region: Region,
  override?: Range,
): Range {
  const mult = override ?? region.multiplier;
  const low = Math.round(band.min * mult.min);
  const high = Math.round(band.max * mult.max);
  // A user's multiplier may push low above high (a narrow band, min premium > max); keep a range.
  return { min: Math.min(low, high), max: Math.max(low, high) };
}

export function findRole(catalog: Pick<Catalog, 'roles'>, id: TargetRoleId): Role {
  const role = catalog.roles.find((r) => r.id === id);
  if (!role) throw new Error(`Unknown role ${id}`);
  return role;
}

function findEntryBand(catalog: Pick<Catalog, 'entryBands'>, id: string): EntryBand {
  const band = catalog.entryBands.find((b) => b.id === id);
  if (!band) throw new Error(`Unknown entry band ${id}`);
  return band;
}

/**
 * The levels a person passes through on the way to `roleId`, lowest first: the entry band from
 * 0 years, each lower role of its family from its own level, then the role itself. The ladder
 * stops at the target: a promotion beyond it is a different goal, which the user can pick.
 */
export function payLadder(
  catalog: Pick<Catalog, 'roles' | 'entryBands'>,
  roleId: TargetRoleId,
  region: Region,
  multiplier?: Range,
): PayLevel[] {
  const role = findRole(catalog, roleId);
  const entry = findEntryBand(catalog, role.entryBand);
  const roles = [...role.ladder.map((id) => findRole(catalog, id)), role];
  const levels: PayLevel[] = roles.map((r) => ({
    roleId: r.id,
    label: r.name,
    fromYears: r.experience.minYears,
    band: bandInRegion(r.salaryUsd, region, multiplier),
    sourceId: r.salaryUsd.source,
  }));
  if ((levels[0]?.fromYears ?? 0) > 0) {
    levels.unshift({
      roleId: null,
      label: entry.label,
      fromYears: 0,
      band: bandInRegion(entry.salaryUsd, region, multiplier),
      sourceId: entry.salaryUsd.source,
    });
  }
  return levels;
}

/** The highest level whose years the person has reached (the first level when none). */
export function levelAt(ladder: readonly PayLevel[], relevantYears: number): PayLevel {
  let current = ladder[0]!;
  // A tiny tolerance: years accrue in twelfths, which are not exact in floating point.
  for (const level of ladder) if (relevantYears + 1e-9 >= level.fromYears) current = level;
  return current;
}
