import type { ReactNode } from 'react';
import { MAX_SCALE, MIN_SCALE } from '@/features/roadmap/graph-scale';

interface GraphControlsProps {
  scale: number;
  onZoomIn: () => void;
  onZoomOut: () => void;
  /** The whole drawing in the visible width. */
  onFit: () => void;
  /** The drawing is wider than the screen (the canvas scrolls sideways). */
  overflows: boolean;
  /** More actions, at the end of the bar (the image download). */
  children?: ReactNode;
}

/** The graph's zoom and export, in a bar above the canvas: they never cover a card. */
export function GraphControls({
  scale,
  onZoomIn,
  onZoomOut,
  onFit,
  overflows,
  children,
}: GraphControlsProps) {
  return (
    <div className="roadmap-graph-controls">
      <div className="roadmap-graph-zoom" role="group" aria-label="Zoom">
        <button
          type="button"
          className="button roadmap-graph-zoom-button"
          aria-label="Zoom out"
          disabled={scale <= MIN_SCALE}
          onClick={onZoomOut}
        >
          <span aria-hidden="true">−</span>
        </button>
        <output className="roadmap-graph-zoom-level" aria-label="Zoom level">
          {Math.round(scale * 100)}%
        </output>
        <button
          type="button"
          className="button roadmap-graph-zoom-button"
          aria-label="Zoom in"
          disabled={scale >= MAX_SCALE}
          onClick={onZoomIn}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="button" onClick={onFit}>
          Fit to width
        </button>
      </div>
      {overflows && <p className="roadmap-graph-hint">Scroll sideways for the rest</p>}
      {children}
    </div>
  );
}
