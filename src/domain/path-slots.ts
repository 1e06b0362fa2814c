// Which steps the user's path needs: the core exam, the basics, the target role's exams, their
// prerequisites and renewal successors, each with its need and whether it is held (no dates
// yet). Comes after plan-context.ts; slot-order.ts then puts the slots in order.
import { certStatusAt, resolveCode } from '@/domain/catalog-model';
import { isSuccessorOf, prerequisiteGroups } from '@/domain/lineage';
import type { Holding, PlanContext } from '@/domain/plan-context';
import { expires, renewableAt } from '@/domain/renewal';

export type Need = 'required' | 'recommended' | 'optional';

/** Why a step is on the path; step-reasons.ts turns it into the sentence the user reads. */
export type StepWhy =
  | { kind: 'core' }
  | { kind: 'cloud-basics' }
  | { kind: 'ai-basics' }
  | { kind: 'role' }
  | { kind: 'prerequisite'; of: string; group: string[] }
  | { kind: 'renewal'; of: string; validUntil: string | null };

/** One step of the path before dates are known. `id` is the lineage key (renewal steps add a suffix). */
export interface Slot {
  id: string;
  lineage: string;
  /** The code as the path asks for it; scheduling resolves successors by date. */
  original: string;
  need: Need;
  why: StepWhy;
  held: Holding | null;
  /** The core exam (or its successor recommended for renewal): skills-area hours apply. */
  core: boolean;
}

const NEED_RANK: Record<Need, number> = { required: 3, recommended: 2, optional: 1 };

/** Azure fundamentals advice from the seed article: only for someone new to cloud / to AI. */
function basicsNeeds(ctx: PlanContext): { cloud: Need; ai: Need } {
  const { profile, catalog } = ctx;
  const holdsAzure = ctx.holdings.some((h) => catalog.byCode.get(h.code)?.vendor === 'microsoft');
  const newToCloud =
    profile.azure === 'none' && profile.currentRole !== 'cloud-engineer' && !holdsAzure;
  const newToAi = profile.aiml === 'none' && profile.currentRole !== 'data-scientist';
  return {
    cloud: newToCloud ? 'recommended' : 'optional',
    ai: newToAi ? 'recommended' : 'optional',
  };
}

// Where a prerequisite group offers a choice: what the user holds, then what is already on
// the path, then the first option still sat at the start date, then simply the first.
// Options of the dependant's own family are skipped: a family cannot be its own prerequisite.
// Unless the assumptions let a successor count, an option met only by its successor is not met.
function chooseOption(
  ctx: PlanContext,
  slot: Slot,
  group: string[],
  onPath: (code: string) => boolean,
): string | undefined {
  const counts = ctx.assumptions.prerequisites.successorsCount;
  const start = ctx.profile.startDate;
  const known = group.filter((c) => ctx.catalog.byCode.has(c) && ctx.lineageOf(c) !== slot.lineage);
  const heldAs = (c: string) => {
    const holding = ctx.held.get(ctx.lineageOf(c));
    return holding !== undefined && (counts || !isSuccessorOf(ctx.catalog, c, holding.code));
  };
  const stillSat = (c: string) => {
    const code = resolveCode(ctx.catalog, c, start);
    const resolved = ctx.catalog.byCode.get(code);
    const offered = resolved !== undefined && certStatusAt(resolved, start) !== 'retired';
    return offered && (counts || code === c);
  };
  return known.find(heldAs) ?? known.find(onPath) ?? known.find(stillSat) ?? known[0];
}

// A held exam that cannot be renewed before it expires, with its successor to recommend.
function renewalSuccessor(ctx: PlanContext, holding: Holding): string | null {
  const cert = ctx.cert(holding.code);
  const next = cert.status.successor;
  if (!next || !ctx.catalog.byCode.has(next) || !expires(cert)) return null;
  return renewableAt(cert, holding.expiresOn, ctx.today) ? null : next;
}

/** The steps on the user's path with their need and whether they are held (no dates yet). */
export function pathSlots(ctx: PlanContext): Slot[] {
  const slots = new Map<string, Slot>();
  const queue: Slot[] = [];
  const request = (code: string, need: Need, why: StepWhy, core = false) => {
    if (!ctx.catalog.byCode.has(code)) return;
    const lineage = ctx.lineageOf(code);
    const slot = slots.get(lineage);
    if (!slot) {
      const created: Slot = {
        id: lineage,
        lineage,
        original: code,
        need,
        why,
        held: ctx.held.get(lineage) ?? null,
        core,
      };
      slots.set(lineage, created);
      queue.push(created);
    } else if (NEED_RANK[need] > NEED_RANK[slot.need]) {
      Object.assign(slot, { need, why, core: slot.core || core });
      queue.push(slot);
    } else if (core) slot.core = true;
  };
  const drain = () => {
    for (let slot = queue.shift(); slot; slot = queue.shift()) {
      if (slot.held) continue; // a held exam's prerequisites were met when it was earned
      for (const group of prerequisiteGroups(ctx.catalog, slot.original)) {
        const chosen = chooseOption(ctx, slot, group, (c) => slots.has(ctx.lineageOf(c)));
        if (chosen) request(chosen, slot.need, { kind: 'prerequisite', of: slot.original, group });
      }
    }
  };
  const role = ctx.catalog.roles.find((r) => r.id === ctx.profile.targetRole);
  const { track } = ctx.catalog;
  const core = ctx.catalog.byCode.has(track.core) ? track.core : role?.certifications.required[0];
  if (core) request(core, 'required', { kind: 'core' }, true);
  const basics = basicsNeeds(ctx);
  request(track.cloudBasics, basics.cloud, { kind: 'cloud-basics' });
  request(track.aiBasics, basics.ai, { kind: 'ai-basics' });
  for (const need of ['required', 'recommended', 'optional'] as const) {
    for (const code of role?.certifications[need] ?? []) request(code, need, { kind: 'role' });
  }
  drain();
  for (const slot of [...slots.values()]) {
    const next = slot.held && slot.need === 'required' ? renewalSuccessor(ctx, slot.held) : null;
    if (!slot.held || !next) continue;
    const why: StepWhy = { kind: 'renewal', of: slot.held.code, validUntil: slot.held.expiresOn };
    const renewal: Slot = {
      ...slot,
      id: `${slot.id}>renewal`,
      original: next,
      need: 'recommended',
      why,
      held: null,
    };
    slots.set(renewal.id, renewal);
    queue.push(renewal);
  }
  drain();
  return [...slots.values()];
}
