import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useAppStore } from '@/store/app-store';
import { renderApp } from './render-app';

// Pages load lazily; give a busy machine time to import them.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  // jsdom has no scrolling; ScrollRestoration calls it on every navigation.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

describe('shell', () => {
  it('marks the current page in the navigation', async () => {
    renderApp('/certs');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Catalogue' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Home', 'Plan', 'Roadmap', 'Salary', 'Compare', 'Catalogue']);
  });

  it('moves the current-page mark, focus and an announcement when the user navigates', async () => {
    const user = userEvent.setup();
    renderApp('/certs');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await screen.findByRole('heading', { level: 1 });

    await user.click(within(nav).getByRole('link', { name: 'Home' }));

    await waitFor(() =>
      expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute(
        'aria-current',
        'page',
      ),
    );
    expect(within(nav).getByRole('link', { name: 'Catalogue' })).not.toHaveAttribute(
      'aria-current',
    );
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
    expect(document.title).toBe('Plan your path to Azure AI Engineer · Certpath');
    // The announcement follows the new page's heading, which may render a moment later.
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .some((s) => s.textContent === 'Plan your path to Azure AI Engineer'),
      ).toBe(true),
    );
  });

  it('does not move focus on the first load', async () => {
    renderApp('/certs');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('main')).not.toHaveFocus();
  });

  it('tells the user when saved data could not be read, and lets them dismiss it', async () => {
    const user = userEvent.setup();
    useAppStore.setState({ storageIssue: { kind: 'unreadable', keptAs: 'certpath:unreadable' } });
    renderApp('/certs');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Your saved data could not be read/);
    expect(alert).toHaveTextContent('certpath:unreadable');
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useAppStore.getState().storageIssue).toBeNull();
  });

  it('says plans from a newer version are shown read-only, and offers the update', async () => {
    localStorage.setItem('certpath', JSON.stringify({ version: 99, state: {} }));
    renderApp('/certs');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/saved by a newer version of Certpath/);
    expect(alert).toHaveTextContent(/will not save changes/);
    expect(
      await within(alert).findByRole('button', { name: 'Update Certpath' }),
    ).toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  it('says repaired data was kept, not replaced by a fresh plan, and where the copy is', async () => {
    useAppStore.setState({
      storageIssue: {
        kind: 'repaired',
        keptAs: 'certpath-backup-x',
        problems: ['savedPlans[1] was left out', 'profile.hoursPerWeek: too many'],
      },
    });
    renderApp('/certs');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'kept everything else: 1 saved plan could not be read and was left out; 1 answer in your background was reset to its default.',
    );
    // The checks' own words are there for whoever wants them.
    expect(within(alert).getByText('savedPlans[1] was left out')).toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/fresh plan/);
    expect(within(alert).getByRole('link', { name: 'Stored data' })).toHaveAttribute(
      'href',
      '/compare#stored-data',
    );
  });

  it('offers a skip link first that moves focus to the main content', async () => {
    const user = userEvent.setup();
    renderApp('/certs');
    await screen.findByRole('heading', { level: 1 });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('says in the footer how current the data is and links to the catalogue', async () => {
    renderApp('/certs');
    const footer = await screen.findByRole('contentinfo');
    expect(footer).toHaveTextContent(/Catalogue checked on \d+ \w{3} 20\d\d/);
    expect(footer).toHaveTextContent(/a dated page, or a Certpath estimate with its reasoning/);
    expect(
      within(footer).getByRole('link', { name: /Certifications and their sources/ }),
    ).toHaveAttribute('href', '/certs');
  });
});
