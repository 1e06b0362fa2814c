import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { lazyWithPreload } from '@/lib/lazy-with-preload';

const page = (text: string) => ({ default: () => <h1>{text}</h1> });

describe('lazyWithPreload', () => {
  it('renders in the first commit once preloaded: no loading state over the page', async () => {
    const Page = lazyWithPreload(() => Promise.resolve(page('Ready')));
    await Page.preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: 'Ready' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('suspends like React.lazy when not preloaded, and downloads once', async () => {
    const load = vi.fn(() => Promise.resolve(page('Later')));
    const Page = lazyWithPreload(load);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Later' })).toBeInTheDocument();
    await Page.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('downloads again after a failed attempt', async () => {
    const load = vi
      .fn<() => Promise<ReturnType<typeof page>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(page('Second try'));
    const Page = lazyWithPreload(load);
    await expect(Page.preload()).rejects.toThrow('Failed to fetch');
    await act(() => Page.preload());
    render(<Page />);
    expect(screen.getByRole('heading', { name: 'Second try' })).toBeInTheDocument();
  });
});
