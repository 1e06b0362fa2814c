import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes, preloadRoute } from '@/app/router';
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
    expect(screen.getByText(/Data as of/)).toBeInTheDocument();
  });
});
