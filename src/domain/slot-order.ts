// The order of the path: edges between the slots (official prerequisites, advised order, the
// article's seed path) and a deterministic topological order. Comes after path-slots.ts;
// schedule.ts then dates the ordered slots.
import { successorChain } from '@/domain/lineage';
import type { PlanContext } from '@/domain/plan-context';
import type { Slot } from '@/domain/path-slots';
import type { RoadmapEdge } from '@/domain/roadmap';
import type { Level } from '@/domain/schema';

const LEVEL_RANK: Record<Level, number> = {
  fundamentals: 0,
  associate: 1,
  specialty: 2,
  professional: 2,
  expert: 3,
};
/** Tie-break rank of a level in the order: fundamentals first, expert last. */
export const levelRank = (level: Level): number => LEVEL_RANK[level];

export interface SlotEdge {
  from: Slot;
  to: Slot;
  kind: RoadmapEdge['kind'];
  /** A prerequisite met by any one of these exams (the official "A or B"): the whole list. */
  anyOf?: string[];
}

// Official prerequisites and advised order between the slots present, plus the seed path.
function slotEdges(ctx: PlanContext, slots: Slot[]): SlotEdge[] {
  const primary = new Map(slots.filter((s) => s.id === s.lineage).map((s) => [s.lineage, s]));
  const edges = new Map<string, SlotEdge>();
  const add = (from: Slot | undefined, to: Slot, kind: SlotEdge['kind'], anyOf?: string[]) => {
    if (!from || from === to) return;
    const key = `${from.id}\n${to.id}`;
    if (kind === 'prerequisite' || !edges.has(key))
      edges.set(key, anyOf ? { from, to, kind, anyOf } : { from, to, kind });
  };
  const slotOf = (code: string) => primary.get(ctx.lineageOf(code));
  for (const to of slots) {
    const certs = successorChain(ctx.catalog, to.original);
    if (to.held) certs.push(ctx.cert(to.held.code));
    for (const cert of certs) {
      for (const code of cert.advisedAfter) add(slotOf(code), to, 'order');
      for (const group of cert.prerequisites.groups)
        for (const code of group)
          add(slotOf(code), to, 'prerequisite', group.length > 1 ? group : undefined);
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
