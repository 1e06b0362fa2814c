import { lazy, Suspense, useMemo, useState, type ComponentType } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { RouteBoundary } from '@/app/loading/route-boundary';
import { RouteLoading } from '@/app/loading/route-loading';
import { Shell } from '@/app/shell';
import { Page } from '@/ui/page';
import { routes, type RouteEntry } from '@/routes/routes';
import { hydrateStore, useAppStore, useStoreHydrated } from '@/store/app-store';

// Declarative routes with lazy pages rather than the data router: the app uses no loaders
// or actions, and the data router costs ~16 KB gzip on the first screen (measured).

/** A page module: the page, and what its first render needs beyond its own code. */
export interface PageModule {
  default: ComponentType;
  /** Awaited before the page renders (a wide /roadmap opens on the graph: React Flow first). */
  prepare?: () => Promise<unknown>;
}

/** The pages, by module path; the build links each page's chunk in its HTML (modulepreload). */
export type Pages = Record<string, ComponentType>;

const modules = import.meta.glob<PageModule>([
  '/src/features/*/*-page.tsx',
  '/src/app/not-found-page.tsx',
]);

/** Every page of the manifest, lazily: its code downloads when it first renders. */
function lazyPages(): Pages {
  return Object.fromEntries(
    routes.map((r) => {
      const load = modules[`/${r.module}`];
      if (!load) throw new Error(`routes.json names ${r.module}, which is not a page module`);
      const page = lazy(async () => {
        const module = await load();
        await module.prepare?.();
        return module;
      });
      return [r.module, page];
    }),
  );
}

let browserPages: Pages | null = null;

/**
 * Saved input could not be read because the code that checks it did not download (offline,
 * a flaky network): say so, and retry without a reload once the network is back.
 */
function LoadFailed() {
  const [trying, setTrying] = useState(false);
  const retry = () => {
    setTrying(true);
    hydrateStore()
      .catch(() => {})
      .finally(() => setTrying(false));
  };
  return (
    <div className="callout callout-danger route-error" role="alert">
      <p>
        <strong>Your plan could not be loaded.</strong> Part of the app did not download, so
        Certpath cannot read what this browser stored yet. Nothing is lost. Check your connection,
        then try again.
      </p>
      <div className="route-error-actions">
        <button type="button" className="button button-primary" onClick={retry} disabled={trying}>
          {trying ? 'Trying again…' : 'Try again'}
        </button>
      </div>
    </div>
  );
}

/** A page of the user's plan before saved input is read: its heading, lead and a spinner. */
function PlanFrame({ route }: { route: RouteEntry }) {
  const failed = useAppStore((s) => s.loadFailed);
  return (
    <Page title={route.title ?? ''} lead={<p>{route.frame?.lead}</p>}>
      {failed ? <LoadFailed /> : <RouteLoading label="Loading your plan…" tall />}
    </Page>
  );
}

interface RoutePageProps {
  route: RouteEntry;
  page: ComponentType;
}

// One element, not a new one per render: a Suspense boundary still hydrating that gets new
// props is thrown away and rendered again, and the page's HTML with it.
const loading = <RouteLoading />;

/**
 * A page of the user's plan: its frame until saved input is read. That is also what the build
 * wrote and what hydration finds (saved input is never in the HTML), so the frame is kept,
 * then the page replaces its spinner.
 */
function FramedPage({ route, page: PageComponent }: RoutePageProps) {
  const hydrated = useStoreHydrated();
  const frame = useMemo(() => <PlanFrame route={route} />, [route]);
  if (!hydrated) return frame;
  return (
    <Suspense fallback={frame}>
      <PageComponent />
    </Suspense>
  );
}

/** A page inside its own error boundary; a static page hydrates the HTML the build wrote. */
export function RoutePage({ route, page: PageComponent }: RoutePageProps) {
  const { pathname } = useLocation();
  return (
    <RouteBoundary resetKey={pathname}>
      {route.frame ? (
        <FramedPage route={route} page={PageComponent} />
      ) : (
        <Suspense fallback={loading}>
          <PageComponent />
        </Suspense>
      )}
    </RouteBoundary>
  );
}

/**
 * Every route of the app under the shell, from src/routes/routes.json. The browser loads each
 * page lazily; the build (src/prerender.tsx) passes them loaded, so nothing suspends there.
 */
export function AppRoutes({ pages }: { pages?: Pages }) {
  const loaded = pages ?? (browserPages ??= lazyPages());
  return (
    <RouteBoundary resetKey="app" standalone>
      <Routes>
        <Route element={<Shell />}>
          {routes.map((r) => {
            const element = <RoutePage route={r} page={loaded[r.module]!} />;
            return r.path === '/' ? (
              <Route key={r.path} index element={element} />
            ) : (
              <Route key={r.path} path={r.path === '*' ? '*' : r.path.slice(1)} element={element} />
            );
          })}
        </Route>
      </Routes>
    </RouteBoundary>
  );
}
