/**
 * The build's second entry (run in Node by scripts/prerender-plugin.ts, never shipped): writes
 * each page's HTML so the browser paints it before any JavaScript runs, and refuses a build
 * whose data/ the validators reject. See README "Performance".
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppRoutes, preloadRoute } from '@/app/router';
import { PrerenderContext } from '@/components/prerender';
import { parseCatalog } from '@/domain/catalog';
import { bundledData, realCatalog } from '@/domain/real-catalog';

export interface PrerenderPath {
  path: string;
  /**
   * The source module of the page's lazy chunk: the build links its CSS and names it for
   * src/boot.ts. The landing page is in the entry; its lazy part is the path as it stands today.
   */
  module: string;
}

/** Every address with a page of its own. */
export function prerenderPaths(): PrerenderPath[] {
  return [
    { path: '/', module: 'src/features/home/path-today.tsx' },
    { path: '/plan', module: 'src/features/profile-form/plan-page.tsx' },
    { path: '/roadmap', module: 'src/features/roadmap/roadmap-page.tsx' },
    { path: '/salary', module: 'src/features/salary/salary-page.tsx' },
    { path: '/compare', module: 'src/features/scenarios/compare-page.tsx' },
    { path: '/certs', module: 'src/features/catalogue/catalogue-page.tsx' },
    ...realCatalog().certifications.map((c) => ({
      path: `/certs/${c.code}`,
      module: 'src/features/catalogue/cert-page.tsx',
    })),
    // 404.html: what the host serves, with status 404, for an address with no page.
    { path: '/404', module: 'src/app/not-found-page.tsx' },
  ];
}

/** Null when data/ passes its schemas and cross-checks; otherwise what is wrong, and where. */
export function checkData(): string | null {
  const parsed = parseCatalog(bundledData);
  return parsed.ok ? null : parsed.error;
}

/**
 * Form controls do nothing until the app has started (it replaces this HTML), so they are
 * written disabled: a choice made in that second would silently be lost. Links work as they
 * are, since every page has HTML of its own. React escapes `<` in text and attributes, so
 * every `<select`… here is a tag.
 */
export function disableControls(html: string): string {
  return html.replace(/<(button|input|select|textarea)\b/g, '<$1 disabled=""');
}

/** The HTML inside #root for `path`, and the document title the page sets. */
export async function renderPage(path: string): Promise<{ html: string; title: string }> {
  // With the page's code loaded first nothing suspends, so React writes plain HTML: a boundary
  // that resolved late would come with an inline script, which the CSP blocks.
  await preloadRoute(path, { all: true });
  const { prelude } = await prerender(
    <StrictMode>
      <PrerenderContext value={true}>
        <StaticRouter location={path}>
          <AppRoutes />
        </StaticRouter>
      </PrerenderContext>
    </StrictMode>,
    // One piece: React would otherwise stream a large page in parts joined by inline scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = disableControls(await new Response(prelude).text());
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  // Plain text: tags dropped and React's escapes undone (the build escapes it once for <title>).
  const title = h1
    .replace(/<[^>]+>/g, '')
    .replace(
      /&(amp|lt|gt|quot|#x27|#39);/g,
      (_, name: string) =>
        ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" })[name] ?? '',
    )
    .trim();
  return { html, title };
}
