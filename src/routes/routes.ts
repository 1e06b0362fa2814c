import { matchRoutes } from 'react-router';
import { routes as entries } from '@/routes/routes.json';

/** One address of the app (src/routes/routes.json has them all, once). */
export interface RouteEntry {
  /** As react-router matches it: `/`, `/certs/:code`, `*`. */
  path: string;
  /** The page's module, from the project root; its default export is the page. */
  module: string;
  /** The page's h1 and document title; null where the page names itself (an exam's page). */
  title: string | null;
  /** The page shows the user's plan: its HTML is this lead with "Loading your plan…". */
  frame?: { lead: string };
  /** Written once per certification (the build fills in `:code`). */
  each?: 'certification';
  /** The address its HTML is written for, where the path has none (`*` → `/404`). */
  prerenderAs?: string;
  /** Modules the page's first render needs beyond its own (its `prepare`); the HTML preloads them. */
  preload?: string[];
  /** Gzip limit of the route's code beyond the first screen (scripts/size-budget.mjs). */
  budgetKB: number;
}

// The JSON is checked against this shape by tests/app/routes.test.ts.
export const routes = entries as readonly RouteEntry[];

/** The heading and lead a page of the user's plan is prerendered with, and keeps. */
export interface PageFrame {
  title: string;
  lead: string;
}

/** The frame of the route at `path` (one of the plan's pages). */
export function frameOf(path: '/plan' | '/roadmap' | '/salary' | '/compare'): PageFrame {
  const route = routes.find((r) => r.path === path);
  if (!route?.frame || !route.title) throw new Error(`${path} has no frame in routes.json`);
  return { title: route.title, lead: route.frame.lead };
}

/**
 * The address whose prerendered HTML a host serves for `pathname`: its own, or the not-found
 * page's (`/404`) when no route but the catch-all matches. src/main.tsx hydrates only HTML that
 * was written for what this address renders.
 */
export function htmlPathFor(pathname: string): string {
  // matchRoutes ranks routes as <Routes> does (the catch-all last), and is in the app already.
  const [match] = matchRoutes([...routes], pathname) ?? [];
  return match?.route.prerenderAs ?? pathname;
}
