import dagre from '@dagrejs/dagre';
import { routeEdges } from '@/features/roadmap/edge-routes';
import type { Box, EdgeRoute } from '@/features/roadmap/edge-routes';

export interface LayoutOptions {
  /** LR: prerequisites on the left (wide screens); TB: prerequisites on top. */
  direction: 'LR' | 'TB';
  nodeWidth: number;
  nodeHeight: number;
  /** Gap between nodes of the same rank. */
  nodeGap?: number;
  /** Gap between ranks (where edges and their labels run). */
  rankGap?: number;
  /** How wide the grid of unlinked steps may be (it follows the graph's width within these). */
  gridWidth?: { min: number; max: number };
}

export interface LayoutStep {
  code: string;
  /** Defaults to the options' node size. */
  width?: number;
  height?: number;
  /** A junction: it sits in the gap before its target and its edges meet at its middle. */
  joint?: boolean;
}

export interface LayoutEdge {
  from: string;
  to: string;
  /** Drawn: the layout routes it around the nodes. Others only order the columns. */
  routed?: boolean;
}

export interface PositionedNode {
  id: string;
  /** Top-left corner, as React Flow positions nodes. */
  x: number;
  y: number;
}

export interface RoadmapLayout {
  nodes: PositionedNode[];
  /** One per routed edge between placed steps. */
  routes: EdgeRoute[];
  width: number;
  height: number;
}

/**
 * Places roadmap steps so every edge points forward (left → right or top → bottom), and routes
 * the drawn edges between the nodes, never under one. Steps without any edge (e.g. other
 * vendors' exams) go in a grid below the graph rather than one long column. Edges whose ends
 * are not among the steps are ignored.
 */
export function layoutRoadmap(
  steps: readonly LayoutStep[],
  edges: readonly LayoutEdge[],
  options: LayoutOptions,
): RoadmapLayout {
  const { nodeWidth, nodeHeight, nodeGap = 40, rankGap = 110 } = options;
  const size = new Map(
    steps.map((s) => [s.code, { width: s.width ?? nodeWidth, height: s.height ?? nodeHeight }]),
  );
  const ids = [...size.keys()];
  const links = edges.filter((e) => e.from !== e.to && size.has(e.from) && size.has(e.to));
  const linked = new Set(links.flatMap((e) => [e.from, e.to]));

  const graph = layoutLinked(
    steps.filter((s) => linked.has(s.code)),
    links,
    options,
  );
  const graphWidth = graph.boxes.reduce((w, n) => Math.max(w, n.x + n.width), 0);
  const graphHeight = graph.boxes.reduce((h, n) => Math.max(h, n.y + n.height), 0);

  const loose = ids.filter((id) => !linked.has(id));
  const gridWidth = options.gridWidth
    ? Math.min(Math.max(graphWidth, options.gridWidth.min), options.gridWidth.max)
    : graphWidth;
  const columns =
    graph.boxes.length > 0 || options.gridWidth
      ? Math.max(1, Math.floor((gridWidth + nodeGap) / (nodeWidth + nodeGap)))
      : Math.ceil(Math.sqrt(loose.length));
  const top = graph.boxes.length > 0 ? graphHeight + rankGap : 0;
  const grid = loose.map((id, i) => ({
    id,
    x: (i % columns) * (nodeWidth + nodeGap),
    y: top + Math.floor(i / columns) * (nodeHeight + nodeGap),
    ...size.get(id)!,
  }));

  const boxes = [...graph.boxes, ...grid];
  return {
    nodes: boxes.map(({ id, x, y }) => ({ id, x, y })),
    routes: graph.routes,
    width: boxes.reduce((w, n) => Math.max(w, n.x + n.width), 0),
    height: boxes.reduce((h, n) => Math.max(h, n.y + n.height), 0),
  };
}

function layoutLinked(
  steps: readonly LayoutStep[],
  links: readonly LayoutEdge[],
  { direction, nodeWidth, nodeHeight, nodeGap = 40, rankGap = 110 }: LayoutOptions,
): { boxes: Box[]; routes: EdgeRoute[] } {
  if (steps.length === 0) return { boxes: [], routes: [] };
  const graph = new dagre.graphlib.Graph();
  // Every link spans two ranks of half the gap, a junction's link one: a junction gets a rank of
  // its own in the gap before its target instead of a whole column.
  graph.setGraph({
    rankdir: direction,
    nodesep: nodeGap,
    ranksep: rankGap / 2,
    marginx: 0,
    marginy: 0,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  const joints = new Set(steps.filter((s) => s.joint).map((s) => s.code));
  for (const s of steps)
    graph.setNode(s.code, { width: s.width ?? nodeWidth, height: s.height ?? nodeHeight });
  // A drawn link wins over a layout-only one between the same two steps.
  const unique = new Map<string, LayoutEdge>();
  for (const link of links) {
    const key = `${link.from}\n${link.to}`;
    if (link.routed || !unique.has(key)) unique.set(key, link);
  }
  for (const link of unique.values()) {
    const short = joints.has(link.from) || joints.has(link.to);
    // A junction stays next to its target.
    graph.setEdge(link.from, link.to, {
      minlen: short ? 1 : 2,
      weight: joints.has(link.from) ? 4 : 1,
    });
  }
  dagre.layout(graph);

  // dagre gives node centres; React Flow wants the top-left corner.
  const boxes = steps.map((s): Box => {
    const { x = 0, y = 0, width = 0, height = 0 } = graph.node(s.code);
    return {
      id: s.code,
      x: Math.round(x - width / 2),
      y: Math.round(y - height / 2),
      width,
      height,
      joint: joints.has(s.code),
    };
  });
  const routed = [...unique.values()]
    .filter((l) => l.routed)
    .map((l) => ({ from: l.from, to: l.to, points: graph.edge(l.from, l.to)?.points ?? [] }));
  return { boxes, routes: routeEdges(boxes, routed, direction) };
}
