import { useCallback, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import type { EdgeTypes, NodeChange, NodeTypes } from '@xyflow/react';
// React Flow's stylesheet loads with this route only (this module is reached via the lazy route).
import '@xyflow/react/dist/style.css';
import type { RoadmapEdge } from '@/domain/roadmap';
import { CertNodeComponent } from '@/features/roadmap/cert-node';
import type { CertNode } from '@/features/roadmap/cert-node';
import { GraphControls } from '@/features/roadmap/graph-controls';
import { roadmapDrawing } from '@/features/roadmap/graph-elements';
import { GraphLegend } from '@/features/roadmap/graph-legend';
import {
  canvasFrame,
  fitScale,
  openingScale,
  PADDING,
  READABLE_SCALE,
  zoomStep,
} from '@/features/roadmap/graph-scale';
import { JunctionNodeComponent } from '@/features/roadmap/junction-node';
import type { JunctionNode } from '@/features/roadmap/junction-node';
import { RoutedEdgeComponent } from '@/features/roadmap/routed-edge';
import type { StepInfo } from '@/features/roadmap/step-info';
import { useGraphZoom } from '@/features/roadmap/use-graph-zoom';
import { useElementWidth } from '@/lib/use-element-width';
import { NARROW_QUERY, useMediaQuery } from '@/lib/use-media-query';
import './roadmap-graph.css';

// Module scope: a new object per render would make React Flow re-mount every node.
const nodeTypes: NodeTypes = { cert: CertNodeComponent, junction: JunctionNodeComponent };
const edgeTypes: EdgeTypes = { routed: RoutedEdgeComponent };

export interface RoadmapGraphProps {
  infos: StepInfo[];
  edges: RoadmapEdge[];
  selectedCode: string | null;
  onSelect: (code: string) => void;
  /** Shown in the bar above the canvas, where it can use useReactFlow() (the image export). */
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
  const [scroller, viewWidth] = useElementWidth<HTMLDivElement>();
  const canvas = useRef<HTMLDivElement>(null);
  // Exams with no line fill rows as wide as the graph, within what the screen shows readably.
  const inner = viewWidth - 2 * PADDING.x;
  const drawing = useMemo(
    () =>
      roadmapDrawing(infos, edges, {
        direction,
        gridWidth: inner > 0 ? { min: inner, max: inner / READABLE_SCALE } : undefined,
      }),
    [infos, edges, direction, inner],
  );
  const nodes = useMemo(
    () =>
      drawing.nodes.map((n) =>
        n.type === 'cert' && n.id === selectedCode ? { ...n, selected: true } : n,
      ),
    [drawing.nodes, selectedCode],
  );
  const drawingKey = `${direction}:${drawing.nodes.map((n) => n.id).join(',')}`;
  const origin = useCallback(
    (scale: number) => canvasFrame(drawing, viewWidth, scale),
    [drawing, viewWidth],
  );
  const { scale, zoomTo } = useGraphZoom(
    scroller,
    canvas,
    openingScale(drawing.width, viewWidth),
    drawingKey,
    origin,
  );
  const frame = canvasFrame(drawing, viewWidth, scale);
  const viewport = useMemo(
    () => ({ x: frame.x, y: frame.y, zoom: scale }),
    [frame.x, frame.y, scale],
  );

  // Click and Enter/Space both arrive as a "select" change; selection itself is driven by props.
  const onNodesChange = useCallback(
    (changes: NodeChange<CertNode | JunctionNode>[]) => {
      const picked = changes.find((c) => c.type === 'select' && c.selected);
      if (picked && picked.type === 'select' && !picked.id.startsWith('oneof:'))
        onSelect(picked.id);
    },
    [onSelect],
  );

  return (
    <section className="roadmap-graph card" aria-labelledby="roadmap-graph-title">
      <h2 id="roadmap-graph-title" className="visually-hidden">
        Roadmap graph
      </h2>
      <ReactFlowProvider>
        <GraphControls
          scale={scale}
          onZoomIn={() => zoomTo(zoomStep(scale, 1))}
          onZoomOut={() => zoomTo(zoomStep(scale, -1))}
          onFit={() => zoomTo(fitScale(drawing.width, viewWidth))}
          overflows={viewWidth > 0 && frame.width > viewWidth}
        >
          {children}
        </GraphControls>
        <div className="roadmap-graph-scroller" ref={scroller}>
          <div
            className="roadmap-graph-canvas"
            ref={canvas}
            style={{ width: frame.width, height: frame.height }}
          >
            <ReactFlow<CertNode | JunctionNode>
              nodes={nodes}
              edges={drawing.edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              nodesDraggable={false}
              nodesConnectable={false}
              edgesFocusable={false}
              deleteKeyCode={null}
              // The canvas is the drawing's size: the page and the canvas scroll (wheel, finger,
              // scrollbar), so React Flow's own pan and zoom are off; the bar and Ctrl/⌘ + wheel zoom.
              viewport={viewport}
              minZoom={0.1}
              maxZoom={2}
              panOnDrag={false}
              zoomOnScroll={false}
              zoomOnPinch={false}
              zoomOnDoubleClick={false}
              preventScrolling={false}
              zoomActivationKeyCode={null}
              autoPanOnNodeFocus={false}
              aria-label="Certification roadmap graph"
            />
          </div>
        </div>
      </ReactFlowProvider>
      <GraphLegend />
    </section>
  );
}
