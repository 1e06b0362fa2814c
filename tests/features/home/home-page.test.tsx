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
  it('says what Certpath does and offers the ways in, with examples that are labelled as such', () => {
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
      '/roadmap?example=developer',
    );
    expect(screen.getByRole('link', { name: 'a student' })).toHaveAttribute(
      'href',
      '/salary?example=student',
    );
    expect(screen.getByText(/An example never changes your own plan/)).toBeInTheDocument();
    expect(screen.getByText(/Nothing you type leaves your browser/)).toBeInTheDocument();
  });

  it('before the retirements, the path today is the article’s: AZ-900 → AI-900 → AI-102', async () => {
    renderHome('2026-03-01');
    const path = await screen.findByRole('region', { name: 'The path today' });
    const codes = within(path)
      .getAllByRole('heading', { level: 3 })
      .map((h) => within(h).getByRole('link').textContent);
    expect(codes).toEqual(['AZ-900', 'AI-900', 'AI-102', 'AZ-305', 'AZ-400']);
    const ai102 = within(path).getByRole('heading', { name: /AI-102/ }).parentElement!;
    expect(ai102).toHaveTextContent(/Retiring on .*2026.*AI-103/);
  });

  it('after them, today’s path leads with the successors: AZ-900 → AI-901 → AI-103', async () => {
    renderHome('2026-12-03');
    const path = await screen.findByRole('region', { name: 'The path today' });
    const codes = within(path)
      .getAllByRole('heading', { level: 3 })
      .map((h) => within(h).getByRole('link').textContent);
    expect(codes).toEqual(['AZ-900', 'AI-901', 'AI-103', 'AZ-305', 'AZ-400']);
    expect(within(path).getByRole('link', { name: 'AI-103' })).toHaveAttribute(
      'href',
      '/certs/AI-103',
    );
    expect(path).toHaveTextContent('AZ-900 → AI-901 → AI-103 → AZ-305 or AZ-400.');
  });

  it('keeps the article’s original path as history, with each replacement and its date', async () => {
    renderHome('2026-09-01');
    const section = await screen.findByRole('region', { name: 'How the path changed' });
    expect(section).toHaveTextContent('names AZ-900 → AI-900 → AI-102 → AZ-305 or AZ-400');
    expect(within(section).getByRole('link', { name: /^cert-pass\.com, 30 May 2026/ }));
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^AI-102 retired on 30 Jun 2026 → AI-103$/),
        expect.stringMatching(/^AI-900 retired on 30 Jun 2026 → AI-901$/),
        expect.stringMatching(/^DP-100 retired on .* → AI-300$/),
        expect.stringMatching(/^AZ-204 retired on .* → AI-200$/),
      ]),
    );
    // Only Microsoft's exams: the AWS specialty retirement belongs to the catalogue page.
    expect(items.some((t) => t?.startsWith('MLS-C01'))).toBe(false);
  });
});
