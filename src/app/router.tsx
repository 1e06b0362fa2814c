import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { RouteBoundary } from '@/app/route-boundary';
import { RouteLoading } from '@/app/route-loading';
import { Shell } from '@/app/shell';
import HomePage from '@/features/home/home-page';
import { useStoreHydrated } from '@/store/app-store';

// Declarative routes with React.lazy rather than the data router: the app uses no loaders
// or actions, and the data router costs ~16 KB gzip on the first screen (measured).
type PageModule = { default: ComponentType };
type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => Promise<PageModule> };

/** React.lazy with a preload, so a page's code downloads while saved input is still being read. */
function lazyPage(load: () => Promise<PageModule>): LazyPage {
  let loading: Promise<PageModule> | null = null;
  const preload = () => (loading ??= load());
  return Object.assign(lazy(preload), { preload });
}

const PlanPage = lazyPage(() => import('@/features/profile-form/plan-page'));
const RoadmapPage = lazyPage(() => import('@/features/roadmap/roadmap-page'));
const SalaryPage = lazyPage(() => import('@/features/salary/salary-page'));
const ComparePage = lazyPage(() => import('@/features/scenarios/compare-page'));
const CataloguePage = lazyPage(() => import('@/features/catalogue/catalogue-page'));
const CertPage = lazyPage(() => import('@/features/catalogue/cert-page'));
const NotFoundPage = lazyPage(() => import('@/app/not-found-page'));

interface RoutePageProps {
  page: LazyExoticComponent<ComponentType> & { preload?: () => Promise<PageModule> };
  /** The page shows the user's plan: wait until saved input has been read. */
  usesPlan?: boolean;
}

/** A lazily loaded page inside its own error boundary, with a loading note. */
export function RoutePage({ page: PageComponent, usesPlan = false }: RoutePageProps) {
  const { pathname } = useLocation();
  const hydrated = useStoreHydrated();
  if (usesPlan && !hydrated) void PageComponent.preload?.().catch(() => {});
  return (
    <RouteBoundary resetKey={pathname}>
      {usesPlan && !hydrated ? (
        <RouteLoading />
      ) : (
        <Suspense fallback={<RouteLoading />}>
          <PageComponent />
        </Suspense>
      )}
    </RouteBoundary>
  );
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
          <Route path="plan" element={<RoutePage page={PlanPage} usesPlan />} />
          <Route path="roadmap" element={<RoutePage page={RoadmapPage} usesPlan />} />
          <Route path="salary" element={<RoutePage page={SalaryPage} usesPlan />} />
          <Route path="compare" element={<RoutePage page={ComparePage} usesPlan />} />
          <Route path="certs" element={<RoutePage page={CataloguePage} />} />
          <Route path="certs/:code" element={<RoutePage page={CertPage} />} />
          <Route path="*" element={<RoutePage page={NotFoundPage} />} />
        </Route>
      </Routes>
    </RouteBoundary>
  );
}
