import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { RouteBoundary } from '@/app/loading/route-boundary';
import { RoutePage } from '@/app/loading/router';
import { Shell } from '@/app/shell';
import { lazy } from 'react';
import { renderApp } from './render-app';

let broken = true;
function Flaky() {
  if (broken) throw new Error('The projection could not be drawn');
  return <h1>Salary works now</h1>;
}

const MissingChunk = lazy(() =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/roadmap.js')),
);
const roadmapRoute = {
  path: '/roadmap',
  module: 'src/features/roadmap/roadmap-page.tsx',
  title: 'Your roadmap',
  budgetKB: 150,
};

const tree = (
  <Routes>
    <Route element={<Shell />}>
      <Route index element={<h1>Home page</h1>} />
      <Route
        path="salary"
        element={
          <RouteBoundary resetKey="salary">
            <Flaky />
          </RouteBoundary>
        }
      />
      {/* Configured like the app's real pages. */}
      <Route path="roadmap" element={<RoutePage route={roadmapRoute} page={MissingChunk} />} />
    </Route>
  </Routes>
);

// Pages load lazily; give a busy machine time to import them.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  broken = true;
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  // React logs caught render errors; the test is about what the user sees.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('route error boundary', () => {
  it('shows what went wrong inside the shell, with a way home', async () => {
    renderApp('/salary', tree);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page ran into a problem' }),
    ).toBeInTheDocument();
    expect(screen.getByText('The projection could not be drawn')).toBeInTheDocument();
    // The rest of the app is still there.
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('renders the page again on "Try again" once the problem is gone', async () => {
    const user = userEvent.setup();
    renderApp('/salary', tree);
    await screen.findByText('The projection could not be drawn');
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Salary works now' })).toBeInTheDocument();
  });

  it('lets the user leave a broken page through the navigation', async () => {
    const user = userEvent.setup();
    renderApp('/salary', tree);
    await screen.findByText('The projection could not be drawn');
    await user.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { name: 'Home page' })).toBeInTheDocument();
  });

  it('explains a page whose code could not be downloaded', async () => {
    renderApp('/roadmap', tree);
    expect(await screen.findByText(/Part of the app could not be downloaded/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
