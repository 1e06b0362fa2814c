/**
 * The build's second entry (run in Node by scripts/prerender-plugin.ts, never shipped): writes
 * each page's HTML, which the browser paints before any JavaScript runs and React then
 * hydrates (src/main.tsx), and refuses a build whose data/ the validators reject. The pages
 * come from src/routes/routes.json; docs/architecture.md says how a page loads.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppRoutes, type PageModule, type Pages } from '@/app/loading/router';
import { parseCatalog } from '@/domain/catalog';
import { bundledData, realCatalog } from '@/domain/real-catalog';
import { routes } from '@/routes/routes';
import { certPageTitle } from '@/routes/titles';

export interface PrerenderPath {
  /** The address the HTML is for. */
  path: string;
  /** The page's module: the build links its chunk and CSS in the HTML. */
  module: string;
  /** More modules whose code the HTML preloads (the route's `preload`). */
  preload: string[];
  /** The document title (before " · Certpath"). */
  title: string;
}

// Loaded, not lazy: the build renders each page in one piece, with nothing suspended.
const modules = import.meta.glob<PageModule>(
  ['/src/features/*/*-page.tsx', '/src/app/not-found-page.tsx'],
  { eager: true },
);
const pages: Pages = Object.fromEntries(
  routes.map((r) => [r.module, modules[`/${r.module}`]!.default]),
);

/** Every address with a page of its own. */
export function prerenderPaths(): PrerenderPath[] {
  return routes.flatMap((r): PrerenderPath[] => {
    if (r.each === 'certification')
      return realCatalog().certifications.map((c) => ({
        path: r.path.replace(':code', c.code),
        module: r.module,
        preload: r.preload ?? [],
        title: certPageTitle(c),
      }));
    return [
      {
        path: r.prerenderAs ?? r.path,
        module: r.module,
        preload: r.preload ?? [],
        title: r.title ?? r.path,
      },
    ];
  });
}

/** Null when data/ passes its schemas and cross-checks; otherwise what is wrong, and where. */
export function checkData(): string | null {
  const parsed = parseCatalog(bundledData);
  return parsed.ok ? null : parsed.error;
}

/** The HTML inside #root for `path`: the same tree the browser hydrates. */
export async function renderPage(path: string): Promise<string> {
  // What pages render lazily is loaded first, as the browser's router does: nothing suspends.
  await Promise.all(Object.values(modules).map((m) => m.prepare?.()));
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={path}>
        <AppRoutes pages={pages} />
      </StaticRouter>
    </StrictMode>,
    // One piece: React would otherwise stream a large page in parts joined by inline scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  return new Response(prelude).text();
}
