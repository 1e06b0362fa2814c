// Edge routes from a dagre layout: each drawn edge leaves its source's far side and enters its
// target's near side at a port of its own, crosses every column it spans in the gap dagre kept
// free for it, and bends only between columns. So no edge passes under a card, and two edges
// never end at the same point of a card (a junction is the exception: its edges meet there).

export interface Point {
  x: number;
  y: number;
}

/** A placed node: top-left corner and size. */
export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A junction: every edge meets at its middle. */
  joint?: boolean;
}

export interface EdgeRoute {
  from: string;
  to: string;
  /** Where the line turns: straight between two points level with each other, else an S-bend. */
  points: Point[];
  /** Where a label goes: the middle of the route's longest piece. */
  label: Point;
}

/** Rank axis (r: along the flow) and cross axis (c) of a direction. */
interface Axes {
  r: (p: Point) => number;
  c: (p: Point) => number;
  point: (r: number, c: number) => Point;
}

const axesOf = (direction: 'LR' | 'TB'): Axes =>
  direction === 'LR'
    ? { r: (p) => p.x, c: (p) => p.y, point: (r, c) => ({ x: r, y: c }) }
    : { r: (p) => p.y, c: (p) => p.x, point: (r, c) => ({ x: c, y: r }) };

interface Span {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  /** Clearance a passing line keeps: more round a junction, so it never seems to meet there. */
  margin: number;
}

/**
 * Routes for edges laid out by dagre, given the nodes' boxes and dagre's points per edge (one
 * in every rank the edge crosses).
 */
export function routeEdges(
  boxes: readonly Box[],
  edges: readonly { from: string; to: string; points: readonly Point[] }[],
  direction: 'LR' | 'TB',
): EdgeRoute[] {
  const ax = axesOf(direction);
  const span = new Map(
    boxes.map((b) => {
      const [r0, c0] = [ax.r(b), ax.c(b)];
      const [dr, dc] = direction === 'LR' ? [b.width, b.height] : [b.height, b.width];
      return [b.id, { r0, r1: r0 + dr, c0, c1: c0 + dc, margin: b.joint ? 20 : 8 }];
    }),
  );
  const columns = columnsOf([...span.values()]);
  const placed = edges.filter((e) => span.has(e.from) && span.has(e.to));

  // Ports: a node's edges spread along its side in the order they arrive, so they never cross
  // there; a junction's edges all meet at its middle.
  const joint = new Set(boxes.filter((b) => b.joint).map((b) => b.id));
  const near = (e: (typeof placed)[number], end: 'from' | 'to') => {
    const pts = e.points;
    const p = end === 'from' ? pts[1] : pts[pts.length - 2];
    const other = span.get(end === 'from' ? e.to : e.from)!;
    return p ? ax.c(p) : (other.c0 + other.c1) / 2;
  };
  const port = new Map<string, number>();
  for (const end of ['from', 'to'] as const) {
    const byNode = new Map<string, typeof placed>();
    for (const e of placed) byNode.set(e[end], [...(byNode.get(e[end]) ?? []), e]);
    for (const [id, list] of byNode) {
      const s = span.get(id)!;
      const sorted = [...list].sort(
        (a, b) => near(a, end) - near(b, end) || (a.from + a.to < b.from + b.to ? -1 : 1),
      );
      sorted.forEach((e, i) => {
        const c = joint.has(id)
          ? (s.c0 + s.c1) / 2
          : s.c0 + ((s.c1 - s.c0) * (i + 1)) / (sorted.length + 1);
        port.set(`${end}:${e.from}->${e.to}`, c);
      });
    }
  }

  return placed.map((e) => {
    const [s, t] = [span.get(e.from)!, span.get(e.to)!];
    const c0 = port.get(`from:${e.from}->${e.to}`)!;
    const c1 = port.get(`to:${e.from}->${e.to}`)!;
    const anchors: [number, number][] = [[s.r1, c0]];
    const out = columnAt(columns, (s.r0 + s.r1) / 2);
    if (out && out.r1 > s.r1) anchors.push([out.r1, c0]);
    // Dagre's points inside a column are where the edge may cross it: straight through there.
    let last = out;
    for (const p of e.points.slice(1, -1)) {
      const col = columnAt(columns, ax.r(p));
      if (!col || col === last || col.r0 >= t.r0) continue;
      anchors.push([col.r0, ax.c(p)], [col.r1, ax.c(p)]);
      last = col;
    }
    const into = columnAt(columns, (t.r0 + t.r1) / 2);
    if (into && into.r0 < t.r0) anchors.push([into.r0, c1]);
    anchors.push([t.r0, c1]);
    const others = [...span].filter(([id]) => id !== e.from && id !== e.to).map(([, b]) => b);
    const route = straightened(anchors, others);
    return {
      from: e.from,
      to: e.to,
      points: route.map(([r, c]) => ax.point(r, c)),
      label: labelPoint(route, ax, [...others, s, t], LABEL),
    };
  });
}

/**
 * Fewer turns: from each point, straight on to the furthest later one the S-bend reaches without
 * touching a node (a junction alone in its column does not make a line bend round it).
 */
function straightened(anchors: [number, number][], obstacles: Span[]): [number, number][] {
  const route = [anchors[0]!];
  let i = 0;
  while (i < anchors.length - 1) {
    let j = anchors.length - 1;
    while (j > i + 1 && !clear(anchors[i]!, anchors[j]!, obstacles)) j--;
    route.push(anchors[j]!);
    i = j;
  }
  return route;
}

/** Whether the S-bend between two points keeps clear of every obstacle. */
function clear(a: [number, number], b: [number, number], obstacles: Span[]): boolean {
  const near = obstacles.filter(
    (o) =>
      o.r1 + o.margin > Math.min(a[0], b[0]) &&
      o.r0 - o.margin < Math.max(a[0], b[0]) &&
      o.c1 + o.margin > Math.min(a[1], b[1]) &&
      o.c0 - o.margin < Math.max(a[1], b[1]),
  );
  if (near.length === 0) return true;
  const mid = (a[0] + b[0]) / 2;
  for (let k = 1; k < 32; k++) {
    const t = k / 32;
    const u = 1 - t;
    // The cubic with control points (mid, a.c) and (mid, b.c), as routePath draws it.
    const r = u * u * u * a[0] + 3 * u * t * mid + t * t * t * b[0];
    const c = (u * u * u + 3 * u * u * t) * a[1] + (3 * u * t * t + t * t * t) * b[1];
    if (
      near.some(
        (o) =>
          r > o.r0 - o.margin && r < o.r1 + o.margin && c > o.c0 - o.margin && c < o.c1 + o.margin,
      )
    )
      return false;
  }
  return true;
}

/** The ranks' extents along the flow: where nodes stand (edges may not bend there). */
function columnsOf(spans: Span[]): { r0: number; r1: number }[] {
  const sorted = [...spans].sort((a, b) => a.r0 - b.r0);
  const merged: { r0: number; r1: number }[] = [];
  for (const s of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && s.r0 < prev.r1) prev.r1 = Math.max(prev.r1, s.r1);
    else merged.push({ r0: s.r0, r1: s.r1 });
  }
  return merged;
}

const columnAt = (columns: { r0: number; r1: number }[], r: number) =>
  columns.find((col) => r > col.r0 && r < col.r1);

/** A label's half size (“prerequisite” at 12 px, with its background), in layout units. */
const LABEL = { x: 44, y: 11 };

/** The middle of the route's longest piece where a label covers no node. */
function labelPoint(route: [number, number][], ax: Axes, obstacles: Span[], half: Point): Point {
  const pieces = route.slice(1).map((b, i) => {
    const a = route[i]!;
    return { length: b[0] - a[0], r: (a[0] + b[0]) / 2, c: (a[1] + b[1]) / 2 };
  });
  const [hr, hc] = [ax.r(half), ax.c(half)];
  const free = (p: { r: number; c: number }) =>
    !obstacles.some(
      (o) => p.r + hr > o.r0 && p.r - hr < o.r1 && p.c + hc > o.c0 && p.c - hc < o.c1,
    );
  const best = [...pieces].sort(
    (a, b) => Number(free(b)) - Number(free(a)) || b.length - a.length,
  )[0]!;
  return ax.point(best.r, best.c);
}

/** An SVG path through a route: straight where level, an S-bend along the flow elsewhere. */
export function routePath(points: readonly Point[], direction: 'LR' | 'TB'): string {
  const ax = axesOf(direction);
  const at = (p: Point) => `${round(p.x)},${round(p.y)}`;
  let d = `M${at(points[0]!)}`;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    if (Math.abs(ax.c(a) - ax.c(b)) < 0.5) {
      d += ` L${at(b)}`;
      continue;
    }
    const mid = (ax.r(a) + ax.r(b)) / 2;
    d += ` C${at(ax.point(mid, ax.c(a)))} ${at(ax.point(mid, ax.c(b)))} ${at(b)}`;
  }
  return d;
}

const round = (n: number) => Math.round(n * 10) / 10;
