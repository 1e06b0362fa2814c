import { MarkerType } from '@xyflow/react';
import type { Edge } from '@xyflow/react';
import { statusLabel } from '@/features/roadmap/status-badge';
import type { RoadmapEdge } from '@/domain/roadmap';
import { CERT_NODE_HEIGHT, CERT_NODE_WIDTH } from '@/features/roadmap/cert-node';
import type { CertNode } from '@/features/roadmap/cert-node';
import { JUNCTION_HEIGHT, JUNCTION_WIDTH } from '@/features/roadmap/junction-node';
import type { JunctionNode } from '@/features/roadmap/junction-node';
import { layoutRoadmap } from '@/features/roadmap/layout';
import { certName, retiredText } from '@/features/roadmap/step-info';
import type { StepInfo } from '@/features/roadmap/step-info';

/** React Flow nodes for the visible steps, placed by the pure layout, and the drawing's size. */
export function toFlowNodes(
  infos: StepInfo[],
  edges: RoadmapEdge[],
  direction: 'LR' | 'TB',
  selectedCode: string | null,
): { nodes: CertNode[]; width: number; height: number } {
  // Columns follow the study plan: each scheduled exam is placed after the one studied before
  // it (links for the layout only, never drawn).
  const studied = infos
    .filter((i) => i.scheduled)
    .sort((a, b) => (a.scheduled!.startDate < b.scheduled!.startDate ? -1 : 1));
  const studyOrder = studied.slice(1).map((info, i) => ({
    from: studied[i]!.step.code,
    to: info.step.code,
  }));
  const layout = layoutRoadmap(
    infos.map((i) => i.step),
    [...edges, ...studyOrder],
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
    const retired = retiredText(info);
    return {
      id: code,
      type: 'cert',
      position: { x: at.x, y: at.y },
      width: CERT_NODE_WIDTH,
      height: CERT_NODE_HEIGHT,
      selected: code === selectedCode,
      // Screen readers hear the node's essentials and how to open it.
      ariaLabel: `${code} ${certName(info)}: ${statusLabel(status)}${retired ? `, ${retired.toLowerCase()}` : ''}${replaces ? `, replaces ${replaces}` : ''}${info.progress ? `. ${info.progress}` : ''}. Press Enter for details.`,
      data: {
        code,
        name: certName(info),
        status,
        replaces,
        weeks: info.scheduled
          ? { likely: info.scheduled.weeks, ...info.scheduled.weeksRange }
          : null,
        feeUsd: info.scheduled?.feeUsd ?? info.cert?.exam.priceUsd ?? null,
        retired,
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
  const shown = edges.filter((e) => visible.has(e.from) && visible.has(e.to));
  // An any-of prerequisite: each option to its junction (no arrow), one arrow on to the target.
  const oneOf = shown.filter((e) => e.kind === 'prerequisite' && e.anyOf);
  const junctions = [...new Map(oneOf.map((e) => [junctionId(e), e])).values()];
  const solid = { stroke: 'var(--color-text)', strokeWidth: 2 };
  const arrow = { type: MarkerType.ArrowClosed, color: 'var(--color-text)', width: 18, height: 18 };
  const grouped: Edge[] = [
    ...oneOf.map((e) => ({
      id: `oneof:${e.from}->${junctionId(e)}`,
      source: e.from,
      target: junctionId(e),
      type: 'default',
      ariaLabel: `${e.from} is one of the exams that meet a prerequisite of ${e.to}`,
      className: 'roadmap-edge roadmap-edge--prerequisite roadmap-edge--one-of',
      style: solid,
      selectable: false,
      focusable: false,
    })),
    ...junctions.map((e) => ({
      id: `oneof:${junctionId(e)}->${e.to}`,
      source: junctionId(e),
      target: e.to,
      type: 'default',
      ariaLabel: `Any one of ${e.anyOf!.join(', ')} is a prerequisite of ${e.to}`,
      className: 'roadmap-edge roadmap-edge--prerequisite',
      style: solid,
      markerEnd: arrow,
      selectable: false,
      focusable: false,
    })),
  ];
  const single = shown
    .filter((e) => !(e.kind === 'prerequisite' && e.anyOf))
    .map((e): Edge => {
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
  return [...single, ...grouped];
}

/** The id of an any-of prerequisite's junction: one per target and group of options. */
const junctionId = (e: RoadmapEdge) => `oneof:${e.to}:${(e.anyOf ?? []).join('|')}`;

/**
 * A junction for each any-of prerequisite whose target is drawn, placed in the gap before the
 * target (left of it, or above it on a phone): its options' edges meet there.
 */
export function toJunctionNodes(
  edges: RoadmapEdge[],
  nodes: readonly { id: string; position: { x: number; y: number } }[],
  direction: 'LR' | 'TB',
): JunctionNode[] {
  const at = new Map(nodes.map((n) => [n.id, n.position]));
  const seen = new Map<string, JunctionNode>();
  for (const e of edges) {
    if (!e.anyOf || !at.has(e.from) || !at.has(e.to) || seen.has(junctionId(e))) continue;
    const target = at.get(e.to)!;
    // Several groups on one target would stack: each sits a little lower (or further right).
    const offset = [...seen.values()].filter((j) => j.id.startsWith(`oneof:${e.to}:`)).length;
    const position =
      direction === 'LR'
        ? {
            x: target.x - 48 - JUNCTION_WIDTH / 2,
            y: target.y + CERT_NODE_HEIGHT / 2 - JUNCTION_HEIGHT / 2 + offset * 36,
          }
        : {
            x: target.x + CERT_NODE_WIDTH / 2 - JUNCTION_WIDTH / 2 + offset * 76,
            y: target.y - 48 - JUNCTION_HEIGHT / 2,
          };
    seen.set(junctionId(e), {
      id: junctionId(e),
      type: 'junction',
      position,
      width: JUNCTION_WIDTH,
      height: JUNCTION_HEIGHT,
      selectable: false,
      focusable: false,
      ariaLabel: `Prerequisite of ${e.to}: any one of ${e.anyOf.join(', ')}`,
      data: { options: e.anyOf, direction },
    });
  }
  return [...seen.values()];
}
