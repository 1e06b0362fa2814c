import fc from 'fast-check';
import { fuzzRuns } from '../../fuzz-runs';
import { layoutRoadmap } from '@/features/roadmap/layout';
import type { LayoutOptions } from '@/features/roadmap/layout';
import { routePath } from '@/features/roadmap/edge-routes';
import type { Point } from '@/features/roadmap/edge-routes';

const size = { nodeWidth: 220, nodeHeight: 120, nodeGap: 32, rankGap: 96 };
const options = (direction: 'LR' | 'TB'): LayoutOptions => ({ direction, ...size });

/** Random DAGs with a junction now and then: edges only go from a lower index to a higher one. */
const dagArb = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc
    .record({
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }),
      group: fc.array(fc.nat(n - 2), { maxLength: 3 }),
    })
    .map(({ pairs, group }) => {
      const steps: { code: string; width?: number; height?: number; joint?: boolean }[] =
        Array.from({ length: n }, (_, i) => ({ code: `C-${i}` }));
      const edges = pairs
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => ({
          from: `C-${Math.min(a, b)}`,
          to: `C-${Math.max(a, b)}`,
          routed: true,
        }));
      const options = [...new Set(group)];
      if (options.length > 0) {
        steps.push({ code: 'J', width: 64, height: 26, joint: true });
        const target = `C-${n - 1}`;
        edges.push(...options.map((i) => ({ from: `C-${i}`, to: 'J', routed: true })), {
          from: 'J',
          to: target,
          routed: true,
        });
      }
      return { steps, edges };
    }),
);

/** Points along a route as routePath draws it (S-bends sampled). */
function sample(points: Point[], direction: 'LR' | 'TB'): Point[] {
  const path = routePath(points, direction);
  const out: Point[] = [];
  const re = /([MLC])([^MLC]*)/g;
  let at: Point = { x: 0, y: 0 };
  for (const [, cmd, args] of path.matchAll(re)) {
    const n = args!.trim().split(/[ ,]+/).map(Number);
    if (cmd === 'M') at = { x: n[0]!, y: n[1]! };
    if (cmd === 'L') {
      for (let t = 0; t <= 1; t += 0.05)
        out.push({ x: at.x + (n[0]! - at.x) * t, y: at.y + (n[1]! - at.y) * t });
      at = { x: n[0]!, y: n[1]! };
    }
    if (cmd === 'C') {
      const [p1, p2, p3] = [
        { x: n[0]!, y: n[1]! },
        { x: n[2]!, y: n[3]! },
        { x: n[4]!, y: n[5]! },
      ];
      for (let t = 0; t <= 1; t += 0.05) {
        const u = 1 - t;
        const b = (a: number, b1: number, b2: number, c: number) =>
          u * u * u * a + 3 * u * u * t * b1 + 3 * u * t * t * b2 + t * t * t * c;
        out.push({ x: b(at.x, p1.x, p2.x, p3.x), y: b(at.y, p1.y, p2.y, p3.y) });
      }
      at = p3;
    }
  }
  return out;
}

describe('edge routes', () => {
  it.each(['LR', 'TB'] as const)('never pass under a node, for any DAG (%s)', (direction) => {
    fc.assert(
      fc.property(dagArb, ({ steps, edges }) => {
        const layout = layoutRoadmap(steps, edges, options(direction));
        const box = new Map(
          layout.nodes.map((n) => {
            const s = steps.find((st) => st.code === n.id)!;
            return [n.id, { ...n, w: s.width ?? size.nodeWidth, h: s.height ?? size.nodeHeight }];
          }),
        );
        for (const route of layout.routes) {
          for (const p of sample(route.points, direction)) {
            for (const [id, b] of box) {
              if (id === route.from || id === route.to) continue;
              const inside =
                p.x > b.x + 1 && p.x < b.x + b.w - 1 && p.y > b.y + 1 && p.y < b.y + b.h - 1;
              expect(inside, `${route.from}→${route.to} under ${id}`).toBe(false);
            }
          }
        }
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('leave from the far side and arrive at the near side, each at a point of its own', () => {
    fc.assert(
      fc.property(dagArb, ({ steps, edges }) => {
        const layout = layoutRoadmap(steps, edges, options('LR'));
        const pos = new Map(layout.nodes.map((n) => [n.id, n]));
        const width = (id: string) => steps.find((s) => s.code === id)!.width ?? size.nodeWidth;
        const ends = new Set<string>();
        for (const r of layout.routes) {
          const [first, last] = [r.points[0]!, r.points[r.points.length - 1]!];
          expect(first.x).toBeCloseTo(pos.get(r.from)!.x + width(r.from), 5);
          expect(last.x).toBeCloseTo(pos.get(r.to)!.x, 5);
          if (r.to === 'J') continue;
          const end = `${r.to}@${Math.round(last.y)}`;
          expect(ends.has(end), `two edges end at ${end}`).toBe(false);
          ends.add(end);
        }
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('meet at a junction’s middle, which sits in the gap before its target, not a column', () => {
    const steps = [
      { code: 'AZ-104' },
      { code: 'AZ-204' },
      { code: 'AZ-400' },
      { code: 'J', width: 64, height: 26, joint: true },
    ];
    const edges = [
      { from: 'AZ-104', to: 'J', routed: true },
      { from: 'AZ-204', to: 'J', routed: true },
      { from: 'J', to: 'AZ-400', routed: true },
    ];
    const layout = layoutRoadmap(steps, edges, options('LR'));
    const pos = new Map(layout.nodes.map((n) => [n.id, n]));
    expect(pos.get('AZ-400')!.x - (pos.get('AZ-104')!.x + 220)).toBe(96 + 64);
    const into = layout.routes.filter((r) => r.to === 'J').map((r) => r.points.at(-1)!);
    expect(into).toHaveLength(2);
    expect(into[0]).toEqual(into[1]);
    expect(into[0]!.y).toBeCloseTo(pos.get('J')!.y + 13, 5);
  });

  it('draws straight where level and an S-bend along the flow elsewhere', () => {
    expect(
      routePath(
        [
          { x: 0, y: 10 },
          { x: 50, y: 10 },
          { x: 150, y: 60 },
        ],
        'LR',
      ),
    ).toBe('M0,10 L50,10 C100,10 100,60 150,60');
    expect(
      routePath(
        [
          { x: 10, y: 0 },
          { x: 60, y: 100 },
        ],
        'TB',
      ),
    ).toBe('M10,0 C10,50 60,50 60,100');
  });
});
