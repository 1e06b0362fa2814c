import type { Catalog } from '@/domain/catalog-model';
import { certStatusAt, resolveCode } from '@/domain/catalog-model';
import { expires, expiryOf, renewableAt } from '@/domain/renewal';
import type { Assumptions, Certification, Level, Profile } from '@/domain/schema';

export type StepStatus = 'held' | 'required' | 'recommended' | 'optional' | 'not-needed';

export interface RoadmapStep {
  /** The exam actually planned: a successor when the original retires before the step's date. */
  code: string;
  /** The code this step replaces ("AI-102" when code is "AI-103"), else null. */
  replaces: string | null;
  status: StepStatus;
  /** One sentence for the user: why this step is here or skipped. */
  reason: string;
  /**
   * Where the rule behind the reason comes from: the article's path, a role's certifications
   * (a Certpath estimate), an official prerequisite; null for facts about the user or the exam.
   */
  basisSourceId: string | null;
}

export interface RoadmapEdge {
  from: string;
  to: string;
  /** prerequisite: official; order: advised/recommended order. */
  kind: 'prerequisite' | 'order';
}

export type NoticeKind =
  | 'held-retired'
  | 'renewal-impossible'
  | 'retires-during-plan'
  | 'held-expired'
  | 'assumed-prerequisite';

export interface Notice {
  kind: NoticeKind;
  code: string;
  message: string;
}

export interface Roadmap {
  /** The core associate exam of this plan (AI-102 or AI-103). */
  coreCode: string;
  /** Deterministic topological order: every prerequisite precedes its dependant. */
  steps: RoadmapStep[];
  edges: RoadmapEdge[];
  notices: Notice[];
}

export type { Catalog };

export type Need = 'required' | 'recommended' | 'optional';

/** Why a step is on the path; plan.ts turns it into the sentence the user reads. */
export type StepWhy =
  | { kind: 'core' }
  | { kind: 'cloud-basics' }
  | { kind: 'ai-basics' }
  | { kind: 'role' }
  | { kind: 'prerequisite'; of: string; group: string[] }
  | { kind: 'renewal'; of: string; validUntil: string | null };

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
}

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

const lineageCache = new WeakMap<Catalog, Map<string, string>>();

// Families never change for a catalogue, and the catalogue object is created once.
function lineages(catalog: Catalog): Map<string, string> {
  const cached = lineageCache.get(catalog);
  if (cached) return cached;
  const parent = new Map<string, string>(catalog.certifications.map((c) => [c.code, c.code]));
  const find = (code: string): string => {
    let root = code;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(code, root);
    return root;
  };
  for (const cert of catalog.certifications) {
    const next = cert.status.successor;
    if (!next || !parent.has(next)) continue;
    const [a, b] = [find(cert.code), find(next)];
    // The smaller code becomes the key so the result does not depend on data order.
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const result = new Map(catalog.certifications.map((c) => [c.code, find(c.code)]));
  lineageCache.set(catalog, result);
  return result;
}

/** The exam, its successor, that one's successor … (stops on unknown codes or loops). */
export function successorChain(catalog: Catalog, code: string): Certification[] {
  const chain: Certification[] = [];
  for (let cert = catalog.byCode.get(code); cert && !chain.includes(cert);) {
    chain.push(cert);
    cert = cert.status.successor ? catalog.byCode.get(cert.status.successor) : undefined;
  }
  return chain;
}

export { expiryOf } from '@/domain/renewal';

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
  return { profile, catalog, assumptions, today, cert, lineageOf, held, holdings };
}

const LEVEL_RANK: Record<Level, number> = {
  fundamentals: 0,
  associate: 1,
  specialty: 2,
  professional: 2,
  expert: 3,
};
/** Tie-break rank of a level in the order: fundamentals first, expert last. */
export const levelRank = (level: Level): number => LEVEL_RANK[level];

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

/** Whether `code` is a later exam of `option`'s family (AI-200 for AZ-204). */
export function isSuccessorOf(catalog: Catalog, option: string, code: string): boolean {
  return successorChain(catalog, option)
    .slice(1)
    .some((c) => c.code === code);
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

/** Prerequisite groups of an exam and of every successor it may resolve to. */
export function prerequisiteGroups(catalog: Catalog, code: string): string[][] {
  const seen = new Set<string>();
  return successorChain(catalog, code)
    .flatMap((c) => c.prerequisites.groups)
    .filter((g) => !seen.has(g.join('|')) && (seen.add(g.join('|')), true));
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

export interface SlotEdge {
  from: Slot;
  to: Slot;
  kind: RoadmapEdge['kind'];
}

// Official prerequisites and advised order between the slots present, plus the seed path.
function slotEdges(ctx: PlanContext, slots: Slot[]): SlotEdge[] {
  const primary = new Map(slots.filter((s) => s.id === s.lineage).map((s) => [s.lineage, s]));
  const edges = new Map<string, SlotEdge>();
  const add = (from: Slot | undefined, to: Slot, kind: SlotEdge['kind']) => {
    if (!from || from === to) return;
    const key = `${from.id}\n${to.id}`;
    if (kind === 'prerequisite' || !edges.has(key)) edges.set(key, { from, to, kind });
  };
  const slotOf = (code: string) => primary.get(ctx.lineageOf(code));
  for (const to of slots) {
    const certs = successorChain(ctx.catalog, to.original);
    if (to.held) certs.push(ctx.cert(to.held.code));
    for (const cert of certs) {
      for (const code of cert.advisedAfter) add(slotOf(code), to, 'order');
      for (const code of cert.prerequisites.groups.flat()) add(slotOf(code), to, 'prerequisite');
    }
    if (to.why.kind === 'renewal') add(primary.get(to.lineage), to, 'order');
  }
  const { track } = ctx.catalog;
  const seed = [track.cloudBasics, track.aiBasics, track.core].flatMap((c) => slotOf(c) ?? []);
  seed.forEach((to, i) => add(seed[i - 1], to, 'order'));
  return [...edges.values()];
}

const byTieBreak = (ctx: PlanContext) => (a: Slot, b: Slot) =>
  levelRank(ctx.cert(a.original).level) - levelRank(ctx.cert(b.original).level) ||
  (a.original < b.original ? -1 : a.original > b.original ? 1 : 0) ||
  (a.id < b.id ? -1 : 1);

/**
 * Topological order of the slots (Kahn; ties by level then code) and the edges between them.
 * Should merged successor families ever form a loop, the earliest slot by the tie-break goes
 * first and edges pointing backwards are dropped, so the result is always a DAG.
 */
export function orderSlots(ctx: PlanContext, slots: Slot[]): { order: Slot[]; edges: SlotEdge[] } {
  const edges = slotEdges(ctx, slots);
  // Scanning a pre-sorted array for the first ready slot is the tie-break itself.
  const sorted = [...slots].sort(byTieBreak(ctx));
  const indegree = new Map(sorted.map((s) => [s, 0]));
  const out = new Map<Slot, Slot[]>(sorted.map((s) => [s, []]));
  for (const e of edges) {
    indegree.set(e.to, (indegree.get(e.to) ?? 0) + 1);
    out.get(e.from)?.push(e.to);
  }
  const order: Slot[] = [];
  const done = new Set<Slot>();
  while (order.length < sorted.length) {
    let chosen: Slot | undefined;
    let firstPending: Slot | undefined;
    for (const s of sorted) {
      if (done.has(s)) continue;
      firstPending ??= s;
      if (indegree.get(s) === 0) {
        chosen = s;
        break;
      }
    }
    const next = (chosen ?? firstPending) as Slot;
    done.add(next);
    order.push(next);
    for (const to of out.get(next) ?? []) indegree.set(to, (indegree.get(to) ?? 1) - 1);
  }
  const position = new Map(order.map((s, i) => [s, i]));
  const forward = edges.filter((e) => (position.get(e.from) ?? 0) < (position.get(e.to) ?? 0));
  return { order, edges: forward };
}
