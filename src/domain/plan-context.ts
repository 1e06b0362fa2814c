// The context of one plan: the inputs, the catalogue's successor families (from lineage.ts)
// and what the user holds, read against `today`. Built first by buildPlan (plan.ts) and passed
// to every later step, starting with path-slots.ts.
import type { Catalog } from '@/domain/catalog-model';
import { lineages } from '@/domain/lineage';
import { expiryOf } from '@/domain/renewal';
import type { Assumptions, Certification, Profile } from '@/domain/schema';

/** A certification the user holds, read against `today`. */
export interface Holding {
  code: string;
  earnedOn: string | null;
  /** null: never expires, or the date earned is unknown (assumed valid). */
  expiresOn: string | null;
  valid: boolean;
}

/** Everything the planning steps share: inputs plus the catalogue's successor families. */
export interface PlanContext {
  profile: Profile;
  catalog: Catalog;
  assumptions: Assumptions;
  today: string;
  cert: (code: string) => Certification;
  /** A successor family ("lineage"): AI-102 and AI-103 share one key. */
  lineageOf: (code: string) => string;
  /** Valid holding per lineage: holding any exam of a family satisfies a step of that family. */
  held: ReadonlyMap<string, Holding>;
  /** Every holding of a catalogue exam, valid or not, in profile order. */
  holdings: Holding[];
  /** The Mondays of the weeks the user is away: the schedule skips them. */
  awayWeeks: ReadonlySet<string>;
}

function readHoldings(profile: Profile, catalog: Catalog, today: string): Holding[] {
  return profile.certificationsHeld.flatMap(({ code, earnedOn }) => {
    const cert = catalog.byCode.get(code);
    if (!cert) return [];
    const expiresOn = expiryOf(cert, earnedOn);
    return [{ code, earnedOn, expiresOn, valid: expiresOn === null || today < expiresOn }];
  });
}

// The best holding of a family lasts longest; ties go to the later code (the successor).
function better(a: Holding, b: Holding): Holding {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return a;
    if (b.expiresOn === null) return b;
    return a.expiresOn > b.expiresOn ? a : b;
  }
  return a.code >= b.code ? a : b;
}

/** Builds the shared context of one plan. */
export function planContext(
  profile: Profile,
  catalog: Catalog,
  assumptions: Assumptions,
  today: string,
): PlanContext {
  const families = lineages(catalog);
  const lineageOf = (code: string) => families.get(code) ?? code;
  const holdings = readHoldings(profile, catalog, today);
  const held = new Map<string, Holding>();
  for (const h of holdings) {
    if (!h.valid) continue;
    const key = lineageOf(h.code);
    const current = held.get(key);
    held.set(key, current ? better(current, h) : h);
  }
  const cert = (code: string) => {
    const found = catalog.byCode.get(code);
    if (!found) throw new Error(`Unknown certification ${code}`);
    return found;
  };
  const awayWeeks = new Set(profile.progress.away);
  return { profile, catalog, assumptions, today, cert, lineageOf, held, holdings, awayWeeks };
}
