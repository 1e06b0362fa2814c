import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { SiteFooter } from '@/app/site-footer';

const clock = vi.hoisted(() => ({ today: '2026-12-03' }));
vi.mock('@/store/today', () => ({ todayIso: () => clock.today }));

const renderFooter = (today: string) => {
  clock.today = today;
  return render(
    <MemoryRouter>
      <SiteFooter />
    </MemoryRouter>,
  );
};

describe('site footer', () => {
  it('says when the catalogue was last checked', () => {
    renderFooter('2026-12-03');
    expect(screen.getByRole('contentinfo')).toHaveTextContent(`Catalogue checked on 3 Dec 2026`);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('warns visibly once the last check is more than six months old', () => {
    renderFooter('2027-06-04');
    expect(screen.getByRole('note')).toHaveTextContent(
      'The catalogue may be out of date. It was last checked on 3 Dec 2026, more than 6 months ago',
    );
  });

  it('does not warn on the day six months are up', () => {
    renderFooter('2027-06-03');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });
});
