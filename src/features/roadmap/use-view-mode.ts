import { useState } from 'react';
import { NARROW_QUERY, useMediaQuery } from '@/lib/use-media-query';

export type ViewMode = 'graph' | 'list';

/** Graph or list: the list by default on narrow screens, until the user picks one. */
export function useViewMode(): [ViewMode, (mode: ViewMode) => void] {
  const narrow = useMediaQuery(NARROW_QUERY);
  const [chosen, setChosen] = useState<ViewMode | null>(null);
  return [chosen ?? (narrow ? 'list' : 'graph'), setChosen];
}
