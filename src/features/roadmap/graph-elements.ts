import { MarkerType } from '@xyflow/react';
import { statusLabel } from '@/features/roadmap/status-badge';
import type { RoadmapEdge } from '@/domain/roadmap';
import { CERT_NODE_HEIGHT, CERT_NODE_WIDTH } from '@/features/roadmap/cert-node';
import type { CertNode } from '@/features/roadmap/cert-node';
import { connections } from '@/features/roadmap/connections';
import type { Connection } from '@/features/roadmap/connections';
import { JUNCTION_HEIGHT, JUNCTION_WIDTH } from '@/features/roadmap/junction-node';
import type { JunctionNode } from '@/features/roadmap/junction-node';
import { layoutRoadmap } from '@/features/roadmap/layout';
import type { RoutedEdge, RoutedEdgeData } from '@/features/roadmap/routed-edge';
import { certName, retiredText } from '@/features/roadmap/step-info';
import type { StepInfo } from '@/features/roadmap/step-info';

export interface RoadmapDrawing {
  nodes: (CertNode | JunctionNode)[];
  edges: RoutedEdge[];
  width: number;
  height: number;
}

export interface DrawingOptions {
  direction: 'LR' | 'TB';
  /** Bounds for the width of the grid of steps with no line (see layoutRoadmap). */
  gridWidth?: { min: number; max: number };
}

/**
 * The graph React Flow draws: a node per visible step, a junction per any-of prerequisite,
 * placed by the pure layout, and the lines between them routed around the nodes.
 */
export function roadmapDrawing(
  infos: StepInfo[],
  edges: RoadmapEdge[],
  { direction, gridWidth }: DrawingOptions,
): RoadmapDrawing {
  const { lines, junctions } = connections(edges, new Set(infos.map((i) => i.step.code)));
  const layout = layoutRoadmap(
    [
      ...infos.map((i) => ({ code: i.step.code })),
      ...junctions.map((j) => ({
        code: j.id,
        width: JUNCTION_WIDTH,
        height: JUNCTION_HEIGHT,
        joint: true,
      })),
    ],
    [...lines.map((l) => ({ ...l, routed: true })), ...studyOrder(infos)],
    {
      direction,
      nodeWidth: CERT_NODE_WIDTH,
      nodeHeight: CERT_NODE_HEIGHT,
      nodeGap: 32,
      rankGap: 96,
      gridWidth,
    },
  );
  const position = new Map(layout.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  const at = (id: string) => position.get(id) ?? { x: 0, y: 0 };
  const route = new Map(layout.routes.map((r) => [`${r.from}->${r.to}`, r]));
  return {
    nodes: [
      ...infos.map((info) => certNode(info, at(info.step.code), direction)),
      ...junctions.map((j): JunctionNode => ({
        id: j.id,
        type: 'junction',
        position: at(j.id),
        width: JUNCTION_WIDTH,
        height: JUNCTION_HEIGHT,
        selectable: false,
        focusable: false,
        ariaLabel: `Prerequisite of ${j.target}: any one of ${j.anyOf.join(', ')}`,
        data: { options: j.anyOf, direction },
      })),
    ],
    edges: lines.flatMap((l) => {
      const r = route.get(`${l.from}->${l.to}`);
      return r ? [flowEdge(l, r.points, r.label, direction)] : [];
    }),
    width: layout.width,
    height: layout.height,
  };
}

/**
 * Columns follow the study plan: each scheduled exam is placed after the one studied before it
 * (links for the layout only, never drawn).
 */
function studyOrder(infos: StepInfo[]) {
  const studied = infos
    .filter((i) => i.scheduled)
    .sort((a, b) => (a.scheduled!.startDate < b.scheduled!.startDate ? -1 : 1));
  return studied.slice(1).map((info, i) => ({ from: studied[i]!.step.code, to: info.step.code }));
}

function certNode(
  info: StepInfo,
  position: { x: number; y: number },
  direction: 'LR' | 'TB',
): CertNode {
  const { code, status, replaces } = info.step;
  const retired = retiredText(info);
  return {
    id: code,
    type: 'cert',
    position,
    width: CERT_NODE_WIDTH,
    height: CERT_NODE_HEIGHT,
    // Screen readers hear the node's essentials and how to open it.
    ariaLabel: `${code} ${certName(info)}: ${statusLabel(status)}${retired ? `, ${retired.toLowerCase()}` : ''}${replaces ? `, replaces ${replaces}` : ''}${info.progress ? `. ${info.progress}` : ''}. Press Enter for details.`,
    data: {
      code,
      name: certName(info),
      status,
      replaces,
      weeks: info.scheduled ? { likely: info.scheduled.weeks, ...info.scheduled.weeksRange } : null,
      feeUsd: info.scheduled?.feeUsd ?? info.cert?.exam.priceUsd ?? null,
      retired,
      progress: info.progress,
      direction,
    },
  };
}

const text = 'var(--color-text)';
const muted = 'var(--color-muted)';

/** Official prerequisites: solid with an arrow (labelled when single); advised order: dashed. */
function flowEdge(
  l: Connection,
  points: RoutedEdgeData['points'],
  labelAt: RoutedEdgeData['labelAt'],
  direction: 'LR' | 'TB',
): RoutedEdge {
  const arrow = (color: string) => ({ type: MarkerType.ArrowClosed, color, width: 18, height: 18 });
  const base = {
    id: `${l.kind}:${l.from}->${l.to}`,
    source: l.from,
    target: l.to,
    type: 'routed' as const,
    data: { points, labelAt, direction },
    selectable: false,
    focusable: false,
  };
  switch (l.kind) {
    case 'prerequisite':
      return {
        ...base,
        label: 'prerequisite',
        ariaLabel: `${l.from} is a prerequisite of ${l.to}`,
        className: 'roadmap-edge roadmap-edge--prerequisite',
        style: { stroke: text, strokeWidth: 2 },
        markerEnd: arrow(text),
      };
    case 'option':
      return {
        ...base,
        ariaLabel: `${l.from} is one of the exams that meet a prerequisite of ${l.junction?.target}`,
        className: 'roadmap-edge roadmap-edge--one-of',
        style: { stroke: text, strokeWidth: 2 },
      };
    case 'one-of':
      return {
        ...base,
        ariaLabel: `Any one of ${l.junction?.anyOf.join(', ')} is a prerequisite of ${l.to}`,
        className: 'roadmap-edge roadmap-edge--prerequisite roadmap-edge--from-junction',
        style: { stroke: text, strokeWidth: 2 },
        markerEnd: arrow(text),
      };
    case 'order':
      return {
        ...base,
        ariaLabel: `Recommended order: ${l.from} before ${l.to}`,
        className: 'roadmap-edge roadmap-edge--order',
        style: { stroke: muted, strokeWidth: 1.5, strokeDasharray: '6 5' },
        markerEnd: arrow(muted),
      };
  }
}
