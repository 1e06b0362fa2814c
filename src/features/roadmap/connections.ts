import type { RoadmapEdge } from '@/domain/roadmap';

/**
 * One drawn line. `prerequisite`: official, one exam; `option`: one of an any-of
 * prerequisite's exams, into its junction; `one-of`: the junction's arrow on to the exam it
 * unlocks; `order`: the advised order.
 */
export interface Connection {
  from: string;
  to: string;
  kind: 'prerequisite' | 'option' | 'one-of' | 'order';
  /** For `option` and `one-of`: the any-of prerequisite the line belongs to. */
  junction?: Junction;
}

/** An any-of prerequisite drawn as one junction ("AZ-104 or AZ-204"). */
export interface Junction {
  id: string;
  /** The exam it unlocks. */
  target: string;
  /** Every exam that meets it, as the catalogue lists them. */
  anyOf: string[];
}

/** The id of an any-of prerequisite's junction: one per target and group of options. */
export const junctionId = (target: string, anyOf: readonly string[]) =>
  `oneof:${target}:${anyOf.join('|')}`;

/**
 * What the graph draws between the visible steps. Only an any-of prerequisite's exams feed its
 * junction, each shown one of them (not only those on the path); an advised order already
 * implied by other lines is left out, so no dashed line runs beside a junction's options.
 */
export function connections(
  edges: readonly RoadmapEdge[],
  visible: ReadonlySet<string>,
): { lines: Connection[]; junctions: Junction[] } {
  const junctions = new Map<string, Junction & { options: Set<string> }>();
  for (const e of edges) {
    if (e.kind !== 'prerequisite' || !e.anyOf || !visible.has(e.to)) continue;
    const id = junctionId(e.to, e.anyOf);
    const junction = junctions.get(id) ?? { id, target: e.to, anyOf: e.anyOf, options: new Set() };
    for (const code of [e.from, ...e.anyOf]) if (visible.has(code)) junction.options.add(code);
    junctions.set(id, junction);
  }
  const fed = [...junctions.values()].filter((j) => j.options.size > 0);
  const lines: Connection[] = [
    ...edges
      .filter((e) => e.kind === 'prerequisite' && !e.anyOf)
      .filter((e) => visible.has(e.from) && visible.has(e.to))
      .map((e) => ({ from: e.from, to: e.to, kind: 'prerequisite' as const })),
    ...fed.flatMap(({ options, ...junction }) => [
      ...[...options].map((code) => ({
        from: code,
        to: junction.id,
        kind: 'option' as const,
        junction,
      })),
      { from: junction.id, to: junction.target, kind: 'one-of' as const, junction },
    ]),
  ];
  const orders = edges
    .filter((e) => e.kind === 'order' && visible.has(e.from) && visible.has(e.to))
    .filter((e) => !reaches(lines, e.from, e.to));
  return {
    lines: [...lines, ...orders.map((e) => ({ from: e.from, to: e.to, kind: 'order' as const }))],
    junctions: fed.map(({ id, target, anyOf }) => ({ id, target, anyOf })),
  };
}

/** Whether the lines lead from one step to another. */
function reaches(lines: readonly Connection[], from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const at = stack.pop()!;
    for (const l of lines) {
      if (l.from !== at || seen.has(l.to)) continue;
      if (l.to === to) return true;
      seen.add(l.to);
      stack.push(l.to);
    }
  }
  return false;
}
