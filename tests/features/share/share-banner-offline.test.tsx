import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { defaultProfile } from '@/domain/schema';
import { encodeShareLink } from '@/domain/share-link';
import { ShareBanner } from '@/features/share/share-banner';
import { hydrateStore, useAppStore } from '@/store/app-store';

// The part of the app that opens links did not download (offline on a first visit, a flaky
// network): the page says so, and keeps the link in the address for the reload it asks for.
vi.mock('@/features/share/share-banner-body', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

beforeEach(async () => {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
  await hydrateStore();
});

it('a link that cannot be opened for want of code says so and stays in the address', async () => {
  const mine = useAppStore.getState().profile;
  const link = encodeShareLink({ ...defaultProfile('2026-03-02'), hoursPerWeek: 30 });
  const router = createMemoryRouter([{ path: '*', element: <ShareBanner /> }], {
    initialEntries: [`/roadmap#p=${link}`],
  });
  render(<RouterProvider router={router} />);
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Part of the app did not download, so the link could not be read.',
  );
  expect(router.state.location.hash).toBe(`#p=${link}`);
  expect(useAppStore.getState().profile).toBe(mine);
});

it('an address without a link loads nothing and says nothing', async () => {
  const router = createMemoryRouter([{ path: '*', element: <ShareBanner /> }], {
    initialEntries: ['/roadmap'],
  });
  render(<RouterProvider router={router} />);
  await new Promise((r) => setTimeout(r, 20));
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
});
