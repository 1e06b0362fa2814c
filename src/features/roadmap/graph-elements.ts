import { MarkerType } from '@xyflow/react';
import type { Edge } from '@xyflow/react';
import { statusLabel } from '@/features/roadmap/status-badge';
import type { RoadmapEdge } from '@/domain/roadmap';
import { CERT_NODE_HEIGHT, CERT_NODE_WIDTH } from '@/features/roadmap/cert-node';
import type { CertNode } from '@/features/roadmap/cert-node';
import { layoutRoadmap } from '@/features/roadmap/layout';
import { certName } from '@/features/roadmap/step-info';
import type { StepInfo } from '@/features/roadmap/step-info';

/** React Flow nodes for the visible steps, placed by the pure layout, and the drawing's size. */
export function toFlowNodes(
  infos: StepInfo[],
  edges: RoadmapEdge[],
  direction: 'LR' | 'TB',
  selectedCode: string | null,
): { nodes: CertNode[]; width: number; height: number } {
  const layout = layoutRoadmap(
    infos.map((i) => i.step),
    edges,
    {
      direction,
      nodeWidth: CERT_NODE_WIDTH,
      nodeHeight: CERT_NODE_HEIGHT,
      nodeGap: 32,
      rankGap: 96,
    },
  );
  const position = new Map(layout.nodes.map((n) => [n.id, n]));
  const nodes = infos.map((info): CertNode => {
    const { code, status, replaces } = info.step;
    const at = position.get(code) ?? { x: 0, y: 0 };
    return {
      id: code,
      type: 'cert',
      position: { x: at.x, y: at.y },
      width: CERT_NODE_WIDTH,
      height: CERT_NODE_HEIGHT,
      selected: code === selectedCode,
      // Screen readers hear the node's essentials and how to open it.
      ariaLabel: `${code} ${certName(info)}: ${statusLabel(status)}${info.retired ? ', retired' : ''}${replaces ? `, replaces ${replaces}` : ''}${info.progress ? `. ${info.progress}` : ''}. Press Enter for details.`,
      data: {
        code,
        name: certName(info),
        status,
        replaces,
        weeks: info.scheduled
          ? { likely: info.scheduled.weeks, ...info.scheduled.weeksRange }
          : null,
        feeUsd: info.scheduled?.feeUsd ?? info.cert?.exam.priceUsd ?? null,
        retired: info.retired,
        progress: info.progress,
        direction,
      },
    };
  });
  return { nodes, width: layout.width, height: layout.height };
}

const ink = 'var(--color-muted)';

/** Official prerequisites: solid with an arrow and a label; advised order: dashed. */
export function toFlowEdges(edges: RoadmapEdge[], visible: ReadonlySet<string>): Edge[] {
  return edges
    .filter((e) => visible.has(e.from) && visible.has(e.to))
    .map((e) => {
      const prerequisite = e.kind === 'prerequisite';
      return {
        id: `${e.kind}:${e.from}->${e.to}`,
        source: e.from,
        target: e.to,
        type: 'default',
        label: prerequisite ? 'prerequisite' : undefined,
        ariaLabel: prerequisite
          ? `${e.from} is a prerequisite of ${e.to}`
          : `Recommended order: ${e.from} before ${e.to}`,
        className: `roadmap-edge roadmap-edge--${e.kind}`,
        style: prerequisite
          ? { stroke: 'var(--color-text)', strokeWidth: 2 }
          : { stroke: ink, strokeWidth: 1.5, strokeDasharray: '6 5' },
        markerEnd: {
          type: MarkerType.ArrowClosed,
          color: prerequisite ? 'var(--color-text)' : ink,
          width: 18,
          height: 18,
        },
        selectable: false,
        focusable: false,
      };
    });
}
