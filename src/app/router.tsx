import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Shell } from '@/app/shell';
import { RouteError } from '@/app/route-error';
import { RouteLoading } from '@/app/route-loading';

type PageModule = { default: ComponentType };

/**
 * A lazily loaded page: its code is fetched only when the route is visited, a loading
 * note shows on first load, and a failure (a thrown render or a chunk that will not
 * load) stays inside <main> with a way back instead of blanking the app.
 */
export function page(
  path: string | undefined,
  load: () => Promise<PageModule>,
  index = false,
): RouteObject {
  const lazy = async () => ({ Component: (await load()).default });
  // The fallback is load-bearing beyond the first paint: react-router only renders the
  // error of a route whose `lazy` failed if that route has a hydrate fallback.
  const common = { lazy, errorElement: <RouteError />, hydrateFallbackElement: <RouteLoading /> };
  return index ? { index: true, ...common } : { path, ...common };
}

/** Every route of the app under the shell; exported so tests can mount them in memory. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    // Last line of defence if the shell itself fails.
    errorElement: <RouteError standalone />,
    children: [
      page(undefined, () => import('@/features/home/home-page'), true),
      page('plan', () => import('@/features/profile-form/plan-page')),
      page('roadmap', () => import('@/features/roadmap/roadmap-page')),
      page('salary', () => import('@/features/salary/salary-page')),
      page('compare', () => import('@/features/scenarios/compare-page')),
      page('certs', () => import('@/features/catalogue/catalogue-page')),
      page('certs/:code', () => import('@/features/catalogue/cert-page')),
      page('*', () => import('@/app/not-found-page')),
    ],
  },
];

/** The browser router of the app (history API; the static host serves index.html for every path). */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
