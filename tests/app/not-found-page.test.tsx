import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './render-app';

// Pages load lazily; give a busy machine time to import them.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

describe('not-found route', () => {
  it('says the page does not exist and links home, to the plan and the catalogue', async () => {
    renderApp('/this/does/not/exist');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/this/does/not/exist')).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
    expect(within(main).getByRole('link', { name: 'Your plan' })).toHaveAttribute('href', '/plan');
    expect(within(main).getByRole('link', { name: 'Certification catalogue' })).toHaveAttribute(
      'href',
      '/certs',
    );
    await waitFor(() => expect(document.title).toBe('Page not found · Certpath'));
  });

  it('suggests the route the user probably meant', async () => {
    renderApp('/salry');
    const suggestions = await screen.findByRole('region', { name: 'Did you mean' });
    expect(within(suggestions).getByRole('link', { name: 'Salary' })).toHaveAttribute(
      'href',
      '/salary',
    );
  });

  it('understands other words for a page', async () => {
    renderApp('/catalog');
    const suggestions = await screen.findByRole('region', { name: 'Did you mean' });
    expect(
      within(suggestions).getByRole('link', { name: 'Certification catalogue' }),
    ).toHaveAttribute('href', '/certs');
  });

  it('turns an exam code in the address into a link to its page', async () => {
    renderApp('/ai-102');
    const suggestions = await screen.findByRole('region', { name: 'Did you mean' });
    expect(
      within(suggestions).getByRole('link', { name: 'AI-102 in the catalogue' }),
    ).toHaveAttribute('href', '/certs/AI-102');
  });

  it('shows no suggestions when nothing is close', async () => {
    renderApp('/zzzzzzzzzz');
    await screen.findByRole('heading', { name: 'Page not found' });
    expect(screen.queryByRole('region', { name: 'Did you mean' })).not.toBeInTheDocument();
  });
});
