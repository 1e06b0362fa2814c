import { MarkerType } from '@xyflow/react';
import type { RoadmapEdge } from '@/domain/roadmap';
import { toFlowEdges } from '@/features/roadmap/graph-elements';

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
