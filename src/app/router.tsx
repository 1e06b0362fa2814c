import { Suspense, useState, type ReactNode } from 'react';
import { matchRoutes, Route, Routes, useLocation } from 'react-router';
import { RouteBoundary } from '@/app/route-boundary';
import { RouteLoading } from '@/app/route-loading';
import { Shell } from '@/app/shell';
import { lazyWithPreload, type PreloadableComponent } from '@/components/lazy-with-preload';
import { Page } from '@/components/page';
import { pageFrames, type PageFrame } from '@/components/page-frames';
import { useIsPrerendering } from '@/components/prerender';
import HomePage, { preloadHome } from '@/features/home/home-page';
import { hydrateStore, useAppStore, useStoreHydrated } from '@/store/app-store';

// Declarative routes with lazy pages rather than the data router: the app uses no loaders
// or actions, and the data router costs ~16 KB gzip on the first screen (measured).
type LazyPage = PreloadableComponent<object>;

const PlanPage = lazyWithPreload(() => import('@/features/profile-form/plan-page'));
// The roadmap page may need React Flow for its first render (a wide screen opens on the graph).
const RoadmapPage = lazyWithPreload<object>(() =>
  import('@/features/roadmap/roadmap-page').then(async (m) => {
    await m.preparePage();
    return m;
  }),
);
const SalaryPage = lazyWithPreload(() => import('@/features/salary/salary-page'));
const ComparePage = lazyWithPreload(() => import('@/features/scenarios/compare-page'));
const CataloguePage = lazyWithPreload(() => import('@/features/catalogue/catalogue-page'));
const CertPage = lazyWithPreload(() => import('@/features/catalogue/cert-page'));
const NotFoundPage = lazyWithPreload(() => import('@/app/not-found-page'));

interface PageRoute {
  path: string;
  page: LazyPage;
  /** The page shows the user's plan: it waits for saved input (prerendered as this frame). */
  skeleton?: PageFrame;
}

/** The lazily loaded pages under the shell (the landing page is part of the entry). */
const pageRoutes: PageRoute[] = [
  {
    path: 'plan',
    page: PlanPage,
    skeleton: pageFrames.plan,
  },
  {
    path: 'roadmap',
    page: RoadmapPage,
    skeleton: pageFrames.roadmap,
  },
  {
    path: 'salary',
    page: SalaryPage,
    skeleton: pageFrames.salary,
  },
  {
    path: 'compare',
    page: ComparePage,
    skeleton: pageFrames.compare,
  },
  { path: 'certs', page: CataloguePage },
  { path: 'certs/:code', page: CertPage },
  { path: '*', page: NotFoundPage },
];

/**
 * Downloads the code the page at `pathname` needs for its first render, so the app replaces
 * the prerendered HTML in one go. The landing page is in the entry; what it loads lazily (the
 * path as it stands today) has the same placeholder as its HTML, so it is only started, unless
 * `all` (the build, which waits for everything). Never rejects: a failed download shows in the
 * page's error boundary when it renders.
 */
export function preloadRoute(pathname: string, { all = false } = {}): Promise<unknown> {
  const routes: { path?: string; index?: boolean }[] = [
    { index: true },
    ...pageRoutes.map((r) => ({ path: r.path })),
  ];
  const match = matchRoutes(routes, pathname)?.[0]?.route;
  if (match?.index) {
    const home = preloadHome().catch(() => {});
    return all ? home : Promise.resolve();
  }
  const page = pageRoutes.find((r) => r.path === match?.path)?.page;
  return Promise.resolve(page?.preload()).catch(() => {});
}

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

function RouteSkeleton({ skeleton }: { skeleton: PageFrame | undefined }) {
  const failed = useAppStore((s) => s.loadFailed);
  if (!skeleton) return <RouteLoading />;
  return (
    <Page title={skeleton.title} lead={<p>{skeleton.lead}</p>}>
      {failed ? <LoadFailed /> : <RouteLoading label="Loading your plan…" />}
    </Page>
  );
}

interface RoutePageProps {
  page: LazyPage;
  skeleton?: PageFrame;
}

/** A lazily loaded page inside its own error boundary, with a loading state. */
export function RoutePage({ page: PageComponent, skeleton }: RoutePageProps) {
  const { pathname } = useLocation();
  const hydrated = useStoreHydrated();
  const prerendering = useIsPrerendering();
  const waiting = skeleton !== undefined && (!hydrated || prerendering);
  // Its code downloads meanwhile; a failure shows when the page renders.
  if (waiting && !prerendering) void PageComponent.preload().catch(() => {});
  let content: ReactNode;
  if (waiting) content = <RouteSkeleton skeleton={skeleton} />;
  else
    content = (
      <Suspense fallback={<RouteSkeleton skeleton={skeleton} />}>
        <PageComponent />
      </Suspense>
    );
  return <RouteBoundary resetKey={pathname}>{content}</RouteBoundary>;
}

/** Every route of the app under the shell. */
export function AppRoutes() {
  return (
    <RouteBoundary resetKey="app" standalone>
      <Routes>
        <Route element={<Shell />}>
          {/* The landing page is part of the entry: no extra round trip before its first paint. */}
          <Route
            index
            element={
              <RouteBoundary resetKey="/">
                <HomePage />
              </RouteBoundary>
            }
          />
          {pageRoutes.map((r) => (
            <Route
              key={r.path}
              path={r.path}
              element={<RoutePage page={r.page} skeleton={r.skeleton} />}
            />
          ))}
        </Route>
      </Routes>
    </RouteBoundary>
  );
}
