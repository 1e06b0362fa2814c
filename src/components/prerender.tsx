import { createContext, useContext, type ReactNode } from 'react';

/**
 * True while the build writes a page's HTML (scripts/prerender-plugin.ts). That HTML is shown
 * until the app's JavaScript has run, so it may only hold what is the same for every visitor on
 * every day: parts that depend on today or on saved input render their placeholder instead.
 */
export const PrerenderContext = createContext(false);

export function useIsPrerendering(): boolean {
  return useContext(PrerenderContext);
}

/** Renders `fallback` in prerendered HTML and `children` in the browser. */
export function BrowserOnly({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useIsPrerendering() ? fallback : children;
}
