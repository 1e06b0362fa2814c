import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { wheelScale } from '@/features/roadmap/graph-scale';

interface Point {
  clientX: number;
  clientY: number;
}

interface Anchor {
  clientX: number;
  clientY: number;
  /** The drawing's point under it, in layout units. */
  x: number;
  y: number;
}

/**
 * The graph's scale: `opening` until the user zooms (the buttons, Ctrl/⌘ + wheel or a trackpad
 * pinch), and again once the drawing shows other steps. A zoom keeps the point under the pointer
 * (or the middle of the view, for the buttons) where it was, scrolling the canvas sideways and
 * the page up or down; the plain wheel is left to scroll the page.
 */
export function useGraphZoom(
  scroller: RefObject<HTMLElement | null>,
  canvas: RefObject<HTMLElement | null>,
  opening: number,
  drawingKey: string,
  origin: (scale: number) => { x: number; y: number },
): { scale: number; zoomTo: (scale: number) => void } {
  const [chosen, setChosen] = useState<{ key: string; scale: number } | null>(null);
  const scale = chosen?.key === drawingKey ? chosen.scale : opening;
  const anchor = useRef<Anchor | null>(null);

  const zoomTo = (to: number | ((now: number) => number), at?: Point) => {
    const next = typeof to === 'number' ? to : to(scale);
    if (next === scale) return;
    const [box, view] = [canvas.current?.getBoundingClientRect(), scroller.current];
    if (box && view) {
      const seen = view.getBoundingClientRect();
      const o = origin(scale);
      const p = at ?? {
        clientX: seen.left + seen.width / 2,
        clientY: Math.max(box.top, 0) + o.y,
      };
      anchor.current = {
        clientX: p.clientX,
        clientY: p.clientY,
        x: (p.clientX - box.left - o.x) / scale,
        y: (p.clientY - box.top - o.y) / scale,
      };
    }
    setChosen({ key: drawingKey, scale: next });
  };
  // The wheel listener is added once and calls the latest zoomTo.
  const latest = useRef(zoomTo);
  useLayoutEffect(() => {
    latest.current = zoomTo;
  });

  useLayoutEffect(() => {
    const [a, box, view] = [anchor.current, canvas.current, scroller.current];
    anchor.current = null;
    if (!a || !box || !view) return;
    const r = box.getBoundingClientRect();
    const o = origin(scale);
    view.scrollLeft += r.left + o.x + a.x * scale - a.clientX;
    window.scrollBy(0, r.top + o.y + a.y * scale - a.clientY);
  }, [scale, canvas, scroller, origin]);

  useEffect(() => {
    const view = scroller.current;
    if (!view) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      // Instead of the browser's page zoom.
      e.preventDefault();
      latest.current((now) => wheelScale(now, e.deltaY), e);
    };
    view.addEventListener('wheel', onWheel, { passive: false });
    return () => view.removeEventListener('wheel', onWheel);
  }, [scroller]);

  return { scale, zoomTo };
}
