import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes, preloadRoute } from '@/app/router';
import { PrerenderContext } from '@/components/prerender';
import { hydrateStore } from '@/store/app-store';

// What src/main.tsx does before its first render: the page then replaces the prerendered HTML
// in one commit, with no loading state in between.
describe('preloadRoute', () => {
  it.each([
    ['/', 'Plan your path to Azure AI Engineer'],
    ['/plan', 'Your background'],
    ['/roadmap', 'Your roadmap'],
    ['/certs', 'Certification catalogue'],
    ['/certs/AI-102', 'AI-102'],
    ['/no-such-page', 'Page not found'],
  ])('%s renders completely in the first commit', async (path, heading) => {
    await Promise.all([hydrateStore(), preloadRoute(path)]);
    render(
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading);
    expect(screen.queryByText(/Loading…|Loading your plan…/)).toBeNull();
    expect(screen.getByText(/Catalogue checked on/)).toBeInTheDocument();
  });

  // The heading and lead are the largest text on a phone's first screen: the app keeps them
  // word for word, so taking over moves nothing and the largest paint stays the first one.
  // (/roadmap's lead becomes a one-line summary of the plan, shorter than its frame's.)
  it.each(['/plan', '/salary', '/compare'])(
    '%s keeps the heading and lead of its prerendered frame',
    async (path) => {
      const text = (root: ParentNode, selector: string) =>
        root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
      const page = (prerendering: boolean) =>
        render(
          <PrerenderContext value={prerendering}>
            <MemoryRouter initialEntries={[path]}>
              <AppRoutes />
            </MemoryRouter>
          </PrerenderContext>,
        );

      await Promise.all([hydrateStore(), preloadRoute(path)]);
      // The frame the build writes (src/prerender.tsx renders the same tree to HTML).
      const frame = page(true);
      const frameH1 = text(frame.container, 'h1');
      const frameLead = text(frame.container, '.page-lead');
      expect(frame.container).toHaveTextContent('Loading your plan…');
      frame.unmount();

      const { container } = page(false);
      expect(frameLead).toBeTruthy();
      expect(text(container, 'h1')).toBe(frameH1);
      expect(text(container, '.page-lead')).toBe(frameLead);
    },
  );
});
