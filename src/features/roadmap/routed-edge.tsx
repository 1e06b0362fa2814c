import { memo } from 'react';
import { BaseEdge } from '@xyflow/react';
import type { Edge, EdgeProps } from '@xyflow/react';
import { routePath } from '@/features/roadmap/edge-routes';
import type { Point } from '@/features/roadmap/edge-routes';

export interface RoutedEdgeData extends Record<string, unknown> {
  /** The route the layout found around the nodes (layout.ts). */
  points: Point[];
  labelAt: Point;
  direction: 'LR' | 'TB';
}

export type RoutedEdge = Edge<RoutedEdgeData, 'routed'>;

/** A line along its layout route, so it never passes under a card or meets another's end. */
function RoutedEdgeView({
  data,
  markerEnd,
  style,
  label,
  interactionWidth,
}: EdgeProps<RoutedEdge>) {
  if (!data) return null;
  return (
    <BaseEdge
      path={routePath(data.points, data.direction)}
      markerEnd={markerEnd}
      style={style}
      label={label}
      labelX={data.labelAt.x}
      labelY={data.labelAt.y}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      interactionWidth={interactionWidth}
    />
  );
}

export const RoutedEdgeComponent = memo(RoutedEdgeView);
