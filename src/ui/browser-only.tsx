import type { ReactNode } from 'react';
import { useHydrated } from '@/lib/use-hydrated';

/**
 * Renders `fallback` in the HTML the build writes (and while it hydrates), `children` after.
 * For parts that depend on today or on saved input: the HTML holds only what is the same for
 * every visitor on every day after the build.
 */
export function BrowserOnly({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useHydrated() ? children : fallback;
}
