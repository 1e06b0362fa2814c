import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '@/app/loading/router';
import { useAppStore } from '@/store/app-store';

configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

// This file's store has never read saved input: the state a failed download leaves behind.
it('a page that waits for saved input says it failed, and "Try again" loads it', async () => {
  useAppStore.setState({ loadFailed: true });
  render(
    <MemoryRouter initialEntries={['/plan']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Your plan could not be loaded');
  expect(alert).toHaveTextContent('Nothing is lost');
  expect(screen.queryByText('Loading your plan…')).not.toBeInTheDocument();

  await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByLabelText('Study hours per week')).toBeInTheDocument();
  expect(useAppStore.getState().loadFailed).toBe(false);
});
