// How big the roadmap graph is drawn. The canvas grows to the drawing instead of shrinking the
// drawing to a fixed box: the page scrolls past it (the wheel and a finger scroll the page) and a
// drawing wider than the screen scrolls sideways, so the cards' text stays readable.

/**
 * The graph opens no smaller than this: the cards' text is 8–10 px (5–7 px when the whole graph
 * was squeezed into a fixed box). A path of five columns fits a 1280 px screen, two cards side
 * by side a 390 px phone.
 */
export const READABLE_SCALE = 0.68;
/** The zoom buttons' range. */
export const MIN_SCALE = 0.3;
export const MAX_SCALE = 1.5;
/** Space around the drawing; the bottom keeps React Flow's attribution clear of the nodes. */
export const PADDING = { x: 12, top: 24, bottom: 32 } as const;

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** The scale at which the drawing fills the visible width (never above 1:1). */
export function fitScale(drawingWidth: number, viewWidth: number): number {
  return clamp((viewWidth - 2 * PADDING.x) / Math.max(drawingWidth, 1), MIN_SCALE, 1);
}

/** The scale the graph opens at: the whole width if that is readable, else readable. */
export function openingScale(drawingWidth: number, viewWidth: number): number {
  return Math.max(READABLE_SCALE, fitScale(drawingWidth, viewWidth));
}

/** One step of the zoom buttons, within their range. */
export function zoomStep(scale: number, direction: 1 | -1): number {
  return clamp(Math.round(scale * (direction > 0 ? 1.25 : 0.8) * 100) / 100, MIN_SCALE, MAX_SCALE);
}

/** Ctrl/⌘ + wheel or a trackpad pinch: a smooth factor from the wheel's distance. */
export function wheelScale(scale: number, deltaY: number): number {
  return clamp(scale * 2 ** clamp(-deltaY / 200, -0.5, 0.5), MIN_SCALE, MAX_SCALE);
}

/**
 * The canvas for a drawing at a scale: as tall as the drawing, at least as wide as the view
 * (a narrower drawing is centred), and where the drawing's top-left corner goes.
 */
export function canvasFrame(
  drawing: { width: number; height: number },
  viewWidth: number,
  scale: number,
): { width: number; height: number; x: number; y: number } {
  const width = drawing.width * scale;
  return {
    width: Math.ceil(Math.max(viewWidth, width + 2 * PADDING.x)),
    height: Math.ceil(drawing.height * scale + PADDING.top + PADDING.bottom),
    x: Math.max(PADDING.x, (viewWidth - width) / 2),
    y: PADDING.top,
  };
}
