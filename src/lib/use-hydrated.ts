import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while the page's HTML is being written at build time (src/prerender.tsx) and while
 * React hydrates that HTML in the browser, true from the render after. What depends on today,
 * on saved input or on the screen renders its placeholder until then, so hydration finds the
 * same elements the build wrote: none is replaced, and nothing warns of a mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
