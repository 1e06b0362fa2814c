import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import HomePage from '@/features/home/home-page';

const clock = vi.hoisted(() => ({ today: '2026-03-01' }));
vi.mock('@/store/today', () => ({ todayIso: () => clock.today }));

function renderHome(today: string) {
  clock.today = today;
  return render(
    <MemoryRouter>
      <HomePage />
    </MemoryRouter>,
  );
}

describe('home page', () => {
  it('says what Certpath does and offers the two ways in', () => {
    renderHome('2026-03-01');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/Azure AI Engineer/);
    for (const question of [
      'What should I do, in what order?',
      'How long will it take me?',
      'Is it worth it?',
    ]) {
      expect(screen.getByRole('heading', { name: question })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Start your plan' })).toHaveAttribute('href', '/plan');
    expect(screen.getByRole('link', { name: 'See an example roadmap' })).toHaveAttribute(
      'href',
      '/roadmap',
    );
    expect(screen.getByText(/Nothing you type leaves your browser/)).toBeInTheDocument();
  });

  it('shows the seed path AZ-900 → AI-900 → AI-102 → AZ-305 or AZ-400 with catalogue links', async () => {
    renderHome('2026-03-01');
    const path = await screen.findByRole('region', { name: /classic path/ });
    const codes = within(path)
      .getAllByRole('heading', { level: 3 })
      .map((h) => within(h).getByRole('link').textContent);
    expect(codes).toEqual(['AZ-900', 'AI-900', 'AI-102', 'AZ-305', 'AZ-400']);
    expect(within(path).getByRole('link', { name: 'AI-102' })).toHaveAttribute(
      'href',
      '/certs/AI-102',
    );
  });

  it('before the retirement date marks AI-102 as retiring, with its successor', async () => {
    renderHome('2026-03-01');
    const path = await screen.findByRole('region', { name: /classic path/ });
    const ai102 = within(path).getByRole('heading', { name: /AI-102/ }).parentElement!;
    expect(ai102).toHaveTextContent(/Retiring on .*2026.*AI-103/);
  });

  it('after the retirement date marks AI-102 and AI-900 as retired and names their successors', async () => {
    renderHome('2026-09-01');
    const path = await screen.findByRole('region', { name: /classic path/ });
    const step = (code: string) =>
      within(path).getByRole('heading', { name: new RegExp(code) }).parentElement!;
    expect(step('AI-102')).toHaveTextContent(/Retired on .*2026.*AI-103/);
    expect(step('AI-900')).toHaveTextContent(/Retired on .*2026.*AI-901/);
    expect(step('AZ-305')).toHaveTextContent('Active');
  });

  it('lists the 2026 retirements from the catalogue with successors', async () => {
    renderHome('2026-09-01');
    const section = await screen.findByRole('region', { name: 'Exams retired in 2026' });
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^AI-102 retired on .*successor AI-103$/),
        expect.stringMatching(/^AI-900 retired on .*successor AI-901$/),
        expect.stringMatching(/^DP-100 retired on .*successor AI-300$/),
        expect.stringMatching(/^AZ-204 retired on .*successor AI-200$/),
      ]),
    );
    // Only Microsoft's exams: the AWS specialty retirement belongs to the catalogue page.
    expect(items.some((t) => t?.startsWith('MLS-C01'))).toBe(false);
  });
});
