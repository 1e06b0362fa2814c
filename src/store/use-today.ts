import { useSyncExternalStore } from 'react';
import { todayIso } from '@/store/today';

const subscribe = () => () => {};

/**
 * Today, for a page the build writes: the build's day in its HTML and while that HTML hydrates
 * (so hydration finds what the build wrote), the user's day from the render after. Text that
 * would be wrong on a later day (whether an exam has retired) still waits for hydration
 * (src/lib/use-hydrated.ts); this keeps the rest of the page in place.
 */
export function useToday(): string {
  return useSyncExternalStore(subscribe, todayIso, () => __BUILD_DAY__);
}
