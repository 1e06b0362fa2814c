import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { defaultProfile } from '@/domain/schema';
import RoadmapPage, { prepare } from '@/features/roadmap/roadmap-page';
import { useAppStore } from '@/store/app-store';
import { restoreScreenWidth, screenWidth } from './screen-width';

vi.mock('@/store/today', () => ({ todayIso: () => '2026-11-27' }));

// Counts downloads of React Flow's module (the factory runs when the module is first imported).
const graph = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@/features/roadmap/roadmap-graph', async (importOriginal) => {
  graph.loads += 1;
  return importOriginal();
});

afterEach(restoreScreenWidth);

// In this order: the module state (React Flow loaded or not) carries from one test to the next.
describe('prepare: what /roadmap needs before the app replaces its prerendered frame', () => {
  it('needs nothing more on a phone, which opens on the list', async () => {
    screenWidth(true);
    await prepare();
    expect(graph.loads).toBe(0);
  });

  it('loads React Flow on a wide screen, so the first render has the graph, not a loading card', async () => {
    screenWidth(false);
    await prepare();
    expect(graph.loads).toBe(1);
    useAppStore.getState().replaceProfile(defaultProfile('2026-12-01'));
    render(
      <MemoryRouter initialEntries={['/roadmap']}>
        <RoadmapPage />
      </MemoryRouter>,
    );
    // Synchronously, in the first commit: a card swapped for the graph would shift the page.
    expect(screen.getByRole('region', { name: 'Roadmap graph' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the graph…')).not.toBeInTheDocument();
  });
});
