import { useCallback, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { Controls, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import type { EdgeTypes, NodeChange, NodeTypes } from '@xyflow/react';
// React Flow's stylesheet loads with this route only (this module is reached via the lazy route).
import '@xyflow/react/dist/style.css';
import type { RoadmapEdge } from '@/domain/roadmap';
import { CertNodeComponent } from '@/features/roadmap/cert-node';
import type { CertNode } from '@/features/roadmap/cert-node';
import { roadmapDrawing } from '@/features/roadmap/graph-elements';
import { JunctionNodeComponent } from '@/features/roadmap/junction-node';
import type { JunctionNode } from '@/features/roadmap/junction-node';
import { GraphLegend } from '@/features/roadmap/graph-legend';
import { RoutedEdgeComponent } from '@/features/roadmap/routed-edge';
import type { StepInfo } from '@/features/roadmap/step-info';
import { NARROW_QUERY, useMediaQuery } from '@/lib/use-media-query';
import './roadmap-graph.css';

// Module scope: a new object per render would make React Flow re-mount every node.
const nodeTypes: NodeTypes = { cert: CertNodeComponent, junction: JunctionNodeComponent };
const edgeTypes: EdgeTypes = { routed: RoutedEdgeComponent };
// The wider left margin keeps the zoom controls (bottom left) clear of the nodes.
const fitViewOptions = {
  padding: { top: '24px', right: '24px', bottom: '24px', left: '60px' },
  maxZoom: 1,
} as const;

/** fitView runs once on mount; this frames the graph again when the canvas is resized. */
function RefitOnResize() {
  const { fitView } = useReactFlow();
  const width = useStore((s) => s.width);
  useEffect(() => {
    if (width > 0) void fitView(fitViewOptions);
  }, [width, fitView]);
  return null;
}

export interface RoadmapGraphProps {
  infos: StepInfo[];
  edges: RoadmapEdge[];
  selectedCode: string | null;
  onSelect: (code: string) => void;
  /** Rendered inside <ReactFlow>, so it can use useReactFlow() (e.g. an image export panel). */
  children?: ReactNode;
}

/** The roadmap as a left-to-right graph (top-to-bottom on a phone). */
export function RoadmapGraph({
  infos,
  edges,
  selectedCode,
  onSelect,
  children,
}: RoadmapGraphProps) {
  const direction = useMediaQuery(NARROW_QUERY) ? 'TB' : 'LR';
  const drawing = useMemo(
    () => roadmapDrawing(infos, edges, { direction }),
    [infos, edges, direction],
  );
  const nodes = useMemo(
    () =>
      drawing.nodes.map((n) =>
        n.type === 'cert' && n.id === selectedCode ? { ...n, selected: true } : n,
      ),
    [drawing.nodes, selectedCode],
  );
  // Tall enough for the drawing at full size, never taller than most screens.
  const canvasHeight = Math.min(680, Math.max(300, drawing.height + 96));
  // Click and Enter/Space both arrive as a "select" change; selection itself is driven by props.
  const onNodesChange = useCallback(
    (changes: NodeChange<CertNode | JunctionNode>[]) => {
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      if (picked && picked.type === 'select' && !picked.id.startsWith('oneof:'))
        onSelect(picked.id);
    },
    [onSelect],
  );
  // Re-mount when the set of nodes changes so fitView frames the new graph.
  const graphKey = `${direction}:${nodes.map((n) => n.id).join(',')}`;

  return (
    <section className="roadmap-graph card" aria-labelledby="roadmap-graph-title">
      <h2 id="roadmap-graph-title" className="visually-hidden">
        Roadmap graph
      </h2>
      <div className="roadmap-graph-canvas" style={{ height: canvasHeight }}>
        <ReactFlow<CertNode | JunctionNode>
          key={graphKey}
          nodes={nodes}
          edges={drawing.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          fitView
          fitViewOptions={fitViewOptions}
          minZoom={0.3}
          // The wheel scrolls the page; zoom with the controls, a pinch, or Ctrl/⌘ + wheel.
          zoomOnScroll={false}
          preventScrolling={false}
          zoomActivationKeyCode={['Control', 'Meta']}
          aria-label="Certification roadmap graph"
        >
          <Controls showInteractive={false} />
          <RefitOnResize />
          {children}
        </ReactFlow>
      </div>
      <GraphLegend />
    </section>
  );
}
