import dagre from '@dagrejs/dagre';

export interface LayoutOptions {
  /** LR: prerequisites on the left (wide screens); TB: prerequisites on top. */
  direction: 'LR' | 'TB';
  nodeWidth: number;
  nodeHeight: number;
  /** Gap between nodes of the same rank. */
  nodeGap?: number;
  /** Gap between ranks (where edges and their labels run). */
  rankGap?: number;
}

export interface PositionedNode {
  id: string;
  /** Top-left corner, as React Flow positions nodes. */
  x: number;
  y: number;
}

export interface RoadmapLayout {
  nodes: PositionedNode[];
  width: number;
  height: number;
}

/**
 * Places roadmap steps so every edge points forward (left → right or top → bottom).
 * Steps without any edge (e.g. other vendors' exams) go in a grid below the graph rather
 * than one long column. Edges whose ends are not among the steps are ignored.
 */
export function layoutRoadmap(
  steps: readonly { code: string }[],
  edges: readonly { from: string; to: string }[],
  options: LayoutOptions,
): RoadmapLayout {
  const { nodeWidth, nodeHeight, nodeGap = 40, rankGap = 110 } = options;
  const ids = [...new Set(steps.map((s) => s.code))];
  const present = new Set(ids);
  const links = edges.filter((e) => e.from !== e.to && present.has(e.from) && present.has(e.to));
  const linked = new Set(links.flatMap((e) => [e.from, e.to]));

  const graph = layoutLinked(
    ids.filter((id) => linked.has(id)),
    links,
    options,
  );
  const graphWidth = graph.reduce((w, n) => Math.max(w, n.x + nodeWidth), 0);
  const graphHeight = graph.reduce((h, n) => Math.max(h, n.y + nodeHeight), 0);

  const loose = ids.filter((id) => !linked.has(id));
  const columns =
    graph.length > 0
      ? Math.max(1, Math.floor((graphWidth + nodeGap) / (nodeWidth + nodeGap)))
      : Math.ceil(Math.sqrt(loose.length));
  const top = graph.length > 0 ? graphHeight + rankGap : 0;
  const grid = loose.map((id, i) => ({
    id,
    x: (i % columns) * (nodeWidth + nodeGap),
    y: top + Math.floor(i / columns) * (nodeHeight + nodeGap),
  }));

  const nodes = [...graph, ...grid];
  const width = nodes.reduce((w, n) => Math.max(w, n.x + nodeWidth), 0);
  const height = nodes.reduce((h, n) => Math.max(h, n.y + nodeHeight), 0);
  return { nodes, width, height };
}

function layoutLinked(
  ids: string[],
  links: readonly { from: string; to: string }[],
  { direction, nodeWidth, nodeHeight, nodeGap = 40, rankGap = 110 }: LayoutOptions,
): PositionedNode[] {
  if (ids.length === 0) return [];
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({
    rankdir: direction,
    nodesep: nodeGap,
    ranksep: rankGap,
    marginx: 0,
    marginy: 0,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) graph.setNode(id, { width: nodeWidth, height: nodeHeight });
  for (const link of links) graph.setEdge(link.from, link.to);
  dagre.layout(graph);

  // dagre gives node centres; React Flow wants the top-left corner.
  return ids.map((id) => {
    const { x = 0, y = 0 } = graph.node(id);
    return { id, x: Math.round(x - nodeWidth / 2), y: Math.round(y - nodeHeight / 2) };
  });
}
