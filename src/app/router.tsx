import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { RouteBoundary } from '@/app/route-boundary';
import { RouteLoading } from '@/app/route-loading';
import { Shell } from '@/app/shell';
import { useStoreHydrated } from '@/store/app-store';

// Declarative routes with React.lazy rather than the data router: the app uses no loaders
// or actions, and the data router costs ~16 KB gzip on the first screen (measured).
const HomePage = lazy(() => import('@/features/home/home-page'));
const PlanPage = lazy(() => import('@/features/profile-form/plan-page'));
const RoadmapPage = lazy(() => import('@/features/roadmap/roadmap-page'));
const SalaryPage = lazy(() => import('@/features/salary/salary-page'));
const ComparePage = lazy(() => import('@/features/scenarios/compare-page'));
const CataloguePage = lazy(() => import('@/features/catalogue/catalogue-page'));
const CertPage = lazy(() => import('@/features/catalogue/cert-page'));
const NotFoundPage = lazy(() => import('@/app/not-found-page'));

interface RoutePageProps {
  page: LazyExoticComponent<ComponentType>;
  /** The page shows the user's plan: wait until saved input has been read. */
  usesPlan?: boolean;
}

/** A lazily loaded page inside its own error boundary, with a loading note. */
export function RoutePage({ page: PageComponent, usesPlan = false }: RoutePageProps) {
  const { pathname } = useLocation();
  const hydrated = useStoreHydrated();
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
          <Route index element={<RoutePage page={HomePage} />} />
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
