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
 * Edges whose ends are not among the steps are ignored (e.g. hidden not-needed steps).
 */
export function layoutRoadmap(
  steps: readonly { code: string }[],
  edges: readonly { from: string; to: string }[],
  options: LayoutOptions,
): RoadmapLayout {
  const { direction, nodeWidth, nodeHeight, nodeGap = 40, rankGap = 110 } = options;
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: direction, nodesep: nodeGap, ranksep: rankGap, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));

  const ids = new Set(steps.map((s) => s.code));
  for (const code of ids) graph.setNode(code, { width: nodeWidth, height: nodeHeight });
  for (const edge of edges) {
    if (edge.from === edge.to || !ids.has(edge.from) || !ids.has(edge.to)) continue;
    graph.setEdge(edge.from, edge.to);
  }

  dagre.layout(graph);

  // dagre gives node centres; React Flow wants the top-left corner.
  const nodes = [...ids].map((id) => {
    const { x = 0, y = 0 } = graph.node(id);
    return { id, x: Math.round(x - nodeWidth / 2), y: Math.round(y - nodeHeight / 2) };
  });
  const width = nodes.reduce((w, n) => Math.max(w, n.x + nodeWidth), 0);
  const height = nodes.reduce((h, n) => Math.max(h, n.y + nodeHeight), 0);
  return { nodes, width, height };
}
