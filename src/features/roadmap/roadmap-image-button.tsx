import { useState } from 'react';
import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { toPng } from 'html-to-image';
import { downloadUrl } from '@/lib/download';

const PADDING = 0.08;

/**
 * html-to-image drops the stylesheet fill and font of React Flow's edge labels (they come out
 * as black boxes). Inline the computed values while the image is made; returns the undo.
 */
function inlineEdgeLabelStyles(root: HTMLElement): () => void {
  const labels = root.querySelectorAll<SVGElement>(
    '.react-flow__edge-textbg, .react-flow__edge-text',
  );
  const before = Array.from(labels, (el) => [el, el.getAttribute('style')] as const);
  for (const el of labels) {
    const computed = getComputedStyle(el);
    for (const prop of ['fill', 'font-size', 'font-family', 'font-weight'] as const) {
      el.style.setProperty(prop, computed.getPropertyValue(prop));
    }
  }
  return () => {
    for (const [el, style] of before) {
      if (style === null) el.removeAttribute('style');
      else el.setAttribute('style', style);
    }
  };
}

/** A colour token as the page shows it now (tokens are `light-dark()` pairs until used). */
function resolvedColor(token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The image's size: the graph's own proportions, at least 1200 px wide. */
function imageSize(bounds: { width: number; height: number }) {
  const width = Math.max(1200, Math.round(bounds.width * 1.2));
  const height = Math.max(
    400,
    Math.round((bounds.height / Math.max(bounds.width, 1)) * width) + 80,
  );
  return { width, height };
}

/**
 * The legend as an image as wide as the graph's: a copy laid out at that width off screen (the
 * page's own legend wraps to the screen), so the image explains its lines and badges.
 */
async function legendImage(legend: HTMLElement, width: number, background: string) {
  const copy = legend.cloneNode(true) as HTMLElement;
  copy.setAttribute('aria-hidden', 'true');
  Object.assign(copy.style, { position: 'fixed', left: '-10000px', top: '0', width: `${width}px` });
  legend.parentElement!.append(copy);
  try {
    const height = Math.ceil(copy.getBoundingClientRect().height);
    return await toPng(copy, {
      backgroundColor: background,
      width,
      height,
      pixelRatio: 2,
      skipFonts: true,
      style: { position: 'static', left: '0' },
    });
  } finally {
    copy.remove();
  }
}

/** Two PNGs one above the other, on the page's background. */
async function stacked(urls: string[], background: string): Promise<string> {
  const images = await Promise.all(
    urls.map(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      return image;
    }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(...images.map((i) => i.naturalWidth));
  canvas.height = images.reduce((h, i) => h + i.naturalHeight, 0);
  const context = canvas.getContext('2d')!;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  let y = 0;
  for (const image of images) {
    context.drawImage(image, 0, y);
    y += image.naturalHeight;
  }
  return canvas.toDataURL('image/png');
}

/**
 * "Download image": the whole roadmap graph as a PNG, framed to fit every node (React Flow's
 * recipe: getNodesBounds + getViewportForBounds, then html-to-image on the viewport), with the
 * legend below it. Rendered inside RoadmapGraph's React Flow provider (its children).
 */
export default function RoadmapImageButton() {
  const { getNodes } = useReactFlow();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    const viewport = document.querySelector<HTMLElement>('.roadmap-graph .react-flow__viewport');
    const legend = document.querySelector<HTMLElement>('.roadmap-graph .graph-legend');
    if (!viewport || !legend) return;
    setBusy(true);
    setFailed(false);
    const restore = inlineEdgeLabelStyles(viewport);
    try {
      const bounds = getNodesBounds(getNodes());
      const { width, height } = imageSize(bounds);
      const view = getViewportForBounds(bounds, width, height, 0.2, 2, PADDING);
      const background = resolvedColor('--color-surface') || '#ffffff';
      const graph = await toPng(viewport, {
        backgroundColor: background,
        width,
        height,
        pixelRatio: 2,
        // Web fonts are not embedded: the app uses system fonts, and fetching would leave the origin.
        skipFonts: true,
        style: {
          width: `${width}px`,
          height: `${height}px`,
          transform: `translate(${view.x}px, ${view.y}px) scale(${view.zoom})`,
        },
      });
      const key = await legendImage(legend, width, background);
      downloadUrl('certpath-roadmap.png', await stacked([graph, key], background));
    } catch {
      setFailed(true);
    } finally {
      restore();
      setBusy(false);
    }
  };

  return (
    <div className="roadmap-image-panel">
      <button type="button" className="button" onClick={() => void download()} disabled={busy}>
        {busy ? 'Making the image…' : 'Download image'}
      </button>
      <span role="status" className="roadmap-image-status">
        {failed
          ? 'The image could not be made in this browser. Try printing the page instead.'
          : ''}
      </span>
    </div>
  );
}
