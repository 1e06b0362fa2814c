import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { defaultProfile } from '@/domain/schema';
import type { SavedPlan } from '@/domain/storage-state';
import { useAppStore } from '@/store/app-store';
import HomePage from '@/features/home/home-page';

vi.mock('@/store/today', () => ({ todayIso: () => '2026-12-03' }));

const TODAY = '2026-12-03';
const plan = (id: string, name: string, updatedAt: string, start: string): SavedPlan => ({
  id,
  name,
  profile: { ...defaultProfile(TODAY), startDate: start, hoursPerWeek: 10 },
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt,
});

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderHome() {
  return render(
    <MemoryRouter>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('home page: saved plans with their next action', () => {
  it('offers no list to a new user', () => {
    useAppStore.setState({ savedPlans: [], activePlanId: null });
    renderHome();
    expect(screen.getByRole('link', { name: 'Open a saved plan' })).toHaveAttribute(
      'href',
      '/compare',
    );
    expect(screen.queryByRole('heading', { name: 'Your saved plans' })).toBeNull();
  });

  it('lists saved plans newest first, each with its next action, and Continue opens one on /roadmap', async () => {
    const user = userEvent.setup();
    useAppStore.setState({
      savedPlans: [
        plan('a', 'Older, from January', '2026-11-01T09:00:00.000Z', '2027-01-04'),
        plan('b', 'Newer, started in November', '2026-12-01T09:00:00.000Z', '2026-11-16'),
      ],
      activePlanId: null,
    });
    renderHome();
    expect(screen.getByRole('link', { name: 'Continue a saved plan' })).toHaveAttribute(
      'href',
      '#your-plans',
    );
    const list = await screen.findByRole('region', { name: 'Your saved plans' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual([
      'Newer, started in November',
      'Older, from January',
    ]);
    expect(items[0]).toHaveTextContent(/Continue: [A-Z0-9-]+, week 3 of \d+/);
    expect(items[1]).toHaveTextContent(/Next: [A-Z0-9-]+, starting 4 Jan 2027/);
    await user.click(
      within(items[1]!).getByRole('button', { name: /^Continue\s*“Older, from January”$/ }),
    );
    expect(useAppStore.getState().activePlanId).toBe('a');
    expect(useAppStore.getState().profile.startDate).toBe('2027-01-04');
    expect(screen.getByTestId('where')).toHaveTextContent('/roadmap');
  });
});
