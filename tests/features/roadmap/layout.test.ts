import { fuzzRuns } from '../../fuzz-runs';
import fc from 'fast-check';
import { layoutRoadmap } from '@/features/roadmap/layout';
import type { LayoutOptions } from '@/features/roadmap/layout';

const size = { nodeWidth: 220, nodeHeight: 120 };
const wide: LayoutOptions = { direction: 'LR', ...size };
const tall: LayoutOptions = { direction: 'TB', ...size };

const seedSteps = ['AZ-900', 'AI-900', 'AZ-104', 'AI-102', 'AZ-305'].map((code) => ({ code }));
const seedEdges = [
  { from: 'AZ-900', to: 'AI-900' },
  { from: 'AI-900', to: 'AI-102' },
  { from: 'AZ-104', to: 'AZ-305' },
  { from: 'AI-102', to: 'AZ-305' },
];

/** Random DAGs: edges only go from a lower index to a higher one. */
const dagArb = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 2 }).map((pairs) => ({
    steps: Array.from({ length: n }, (_, i) => ({ code: `C-${i}` })),
    edges: pairs
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ from: `C-${Math.min(a, b)}`, to: `C-${Math.max(a, b)}` })),
  })),
);

const byId = (nodes: { id: string; x: number; y: number }[]) =>
  new Map(nodes.map((n) => [n.id, n]));

describe('layoutRoadmap', () => {
  it('places each prerequisite left of its dependant on wide screens', () => {
    const pos = byId(layoutRoadmap(seedSteps, seedEdges, wide).nodes);
    for (const e of seedEdges) {
      expect(pos.get(e.from)!.x + size.nodeWidth).toBeLessThan(pos.get(e.to)!.x);
    }
  });

  it('places each prerequisite above its dependant in the top-to-bottom direction', () => {
    const pos = byId(layoutRoadmap(seedSteps, seedEdges, tall).nodes);
    for (const e of seedEdges) {
      expect(pos.get(e.from)!.y + size.nodeHeight).toBeLessThan(pos.get(e.to)!.y);
    }
  });

  it('returns one position per step and ignores edges to hidden steps', () => {
    const layout = layoutRoadmap(seedSteps.slice(0, 2), seedEdges, wide);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['AI-900', 'AZ-900']);
    expect(layout.width).toBeGreaterThanOrEqual(2 * size.nodeWidth);
  });

  it('puts steps without edges in a grid below the graph, not in one tall column', () => {
    const loose = ['MLA-C01', 'GCP-PMLE', 'MLS-C01', 'AI-300', 'AI-200'].map((code) => ({ code }));
    const layout = layoutRoadmap([...seedSteps, ...loose], seedEdges, wide);
    const pos = byId(layout.nodes);
    const graphBottom = Math.max(...seedSteps.map((s) => pos.get(s.code)!.y + size.nodeHeight));
    for (const { code } of loose) expect(pos.get(code)!.y).toBeGreaterThan(graphBottom);
    const rows = new Set(loose.map(({ code }) => pos.get(code)!.y));
    expect(rows.size).toBeLessThan(loose.length);
    expect(layout.width).toBeLessThanOrEqual(
      Math.max(...seedSteps.map((s) => pos.get(s.code)!.x)) + size.nodeWidth,
    );
  });

  it('makes the grid as wide as the graph, within the width it is given', () => {
    const loose = Array.from({ length: 12 }, (_, i) => ({ code: `X-${i}` }));
    const columns = (gridWidth?: { min: number; max: number }) => {
      const layout = layoutRoadmap([...seedSteps, ...loose], seedEdges, { ...wide, gridWidth });
      return new Set(layout.nodes.filter((n) => n.id.startsWith('X-')).map((n) => n.x)).size;
    };
    const graphColumns = columns();
    // A wide screen: more per row than the graph is wide.
    expect(columns({ min: 2000, max: 3000 })).toBe(Math.floor((2000 + 40) / (220 + 40)));
    // A narrow one: no wider than it shows.
    expect(columns({ min: 300, max: 400 })).toBe(1);
    expect(graphColumns).toBeGreaterThan(1);
  });

  it('keeps every edge pointing forward for any DAG', () => {
    fc.assert(
      fc.property(dagArb, ({ steps, edges }) => {
        const pos = byId(layoutRoadmap(steps, edges, wide).nodes);
        for (const e of edges) expect(pos.get(e.from)!.x).toBeLessThan(pos.get(e.to)!.x);
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('never overlaps two nodes', () => {
    fc.assert(
      fc.property(dagArb, ({ steps, edges }) => {
        const { nodes } = layoutRoadmap(steps, edges, wide);
        for (let i = 0; i < nodes.length; i++) {
          for (let j = i + 1; j < nodes.length; j++) {
            const a = nodes[i]!;
            const b = nodes[j]!;
            const apart =
              a.x + size.nodeWidth <= b.x ||
              b.x + size.nodeWidth <= a.x ||
              a.y + size.nodeHeight <= b.y ||
              b.y + size.nodeHeight <= a.y;
            expect(apart).toBe(true);
          }
        }
      }),
      { numRuns: fuzzRuns(60) },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(dagArb, ({ steps, edges }) => {
        expect(layoutRoadmap(steps, edges, wide)).toEqual(layoutRoadmap(steps, edges, wide));
      }),
      { numRuns: fuzzRuns(30) },
    );
  });
});
