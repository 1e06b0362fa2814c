import { MarkerType } from '@xyflow/react';
import type { RoadmapEdge } from '@/domain/roadmap';
import { buildPlan } from '@/domain/plan';
import { realCatalog } from '@/domain/real-catalog';
import { defaultProfile } from '@/domain/schema';
import { toFlowEdges, toFlowNodes, toJunctionNodes } from '@/features/roadmap/graph-elements';
import { stepInfos } from '@/features/roadmap/step-info';

const edges: RoadmapEdge[] = [
  { from: 'AZ-104', to: 'AZ-305', kind: 'prerequisite' },
  { from: 'AI-103', to: 'AZ-305', kind: 'order' },
  { from: 'AZ-900', to: 'AI-901', kind: 'order' },
];

describe('toFlowEdges', () => {
  const flow = toFlowEdges(edges, new Set(['AZ-104', 'AI-103', 'AZ-305']));
  const byKind = (kind: string) => flow.find((e) => e.id.startsWith(kind))!;

  it('draws official prerequisites solid, with an arrow and the label "prerequisite"', () => {
    const edge = byKind('prerequisite');
    expect(edge.label).toBe('prerequisite');
    expect(edge.style?.strokeDasharray).toBeUndefined();
    expect(edge.markerEnd).toMatchObject({ type: MarkerType.ArrowClosed });
    expect(edge.ariaLabel).toBe('AZ-104 is a prerequisite of AZ-305');
  });

  it('draws the recommended order dashed and unlabelled', () => {
    const edge = byKind('order');
    expect(edge.label).toBeUndefined();
    expect(edge.style?.strokeDasharray).toBeTruthy();
    expect(edge.ariaLabel).toBe('Recommended order: AI-103 before AZ-305');
  });

  it('drops edges to hidden steps', () => {
    expect(flow.map((e) => `${e.source}>${e.target}`)).toEqual(['AZ-104>AZ-305', 'AI-103>AZ-305']);
  });
});

describe('any-of prerequisites and study order', () => {
  const anyOf = ['AZ-104', 'AZ-204'];
  const withOneOf: RoadmapEdge[] = [
    { from: 'AZ-104', to: 'AZ-400', kind: 'prerequisite', anyOf },
    { from: 'AZ-204', to: 'AZ-400', kind: 'prerequisite', anyOf },
  ];

  it('meets the options at one junction: no arrow into it, one arrow out to the target', () => {
    const flow = toFlowEdges(withOneOf, new Set(['AZ-104', 'AZ-204', 'AZ-400']));
    const junction = 'oneof:AZ-400:AZ-104|AZ-204';
    expect(flow.map((e) => `${e.source}>${e.target}`)).toEqual([
      `AZ-104>${junction}`,
      `AZ-204>${junction}`,
      `${junction}>AZ-400`,
    ]);
    expect(flow.filter((e) => e.markerEnd).map((e) => e.target)).toEqual(['AZ-400']);
    const nodes = toJunctionNodes(
      withOneOf,
      [
        { id: 'AZ-104', position: { x: 0, y: 0 } },
        { id: 'AZ-400', position: { x: 400, y: 0 } },
      ],
      'LR',
    );
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.position.x).toBeLessThan(400);
    expect(nodes[0]!.position.x).toBeGreaterThan(216);
    expect(nodes[0]!.ariaLabel).toBe('Prerequisite of AZ-400: any one of AZ-104, AZ-204');
  });

  it('places the path’s columns in the order of the study plan', () => {
    const catalog = realCatalog();
    const profile = {
      ...defaultProfile('2026-12-03'),
      currentRole: 'career-changer-outside' as const,
      azure: 'none' as const,
      targetRole: 'senior-ai-engineer' as const,
    };
    const { roadmap, studyPlan } = buildPlan(profile, catalog, catalog.assumptions, '2026-12-03');
    const infos = stepInfos(roadmap, studyPlan, catalog, false, '2026-12-03');
    const { nodes } = toFlowNodes(infos, roadmap.edges, 'LR', null);
    const x = new Map(nodes.map((n) => [n.id, n.position.x]));
    const order = studyPlan.steps.map((s) => s.code);
    expect(order.slice(-3)).toEqual(['AI-103', 'AZ-104', 'AZ-400']);
    for (let i = 1; i < order.length; i++)
      expect(x.get(order[i]!)!).toBeGreaterThan(x.get(order[i - 1]!)!);
  });
});
