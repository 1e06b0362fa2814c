import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '@/app/loading/router';
import { hydrateStore } from '@/store/app-store';

/** Renders the real route tree (shell + lazy pages), or `tree`, in memory at `path`. */
export function renderApp(path: string, tree: ReactNode = <AppRoutes />) {
  void hydrateStore();
  return render(<MemoryRouter initialEntries={[path]}>{tree}</MemoryRouter>);
}
