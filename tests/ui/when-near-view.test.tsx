import { act, render, screen } from '@testing-library/react';
import { WhenNearView } from '@/ui/when-near-view';

type Callback = (entries: { isIntersecting: boolean }[]) => void;

describe('WhenNearView', () => {
  let callback: Callback | null = null;
  const observe = vi.fn();
  beforeEach(() => {
    callback = null;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(cb: Callback) {
          callback = cb;
        }
        observe = observe;
        disconnect() {}
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('holds the place until it comes near the screen, then renders the content', () => {
    render(
      <WhenNearView placeholder={<p>Loading the chart…</p>}>
        <p>The chart</p>
      </WhenNearView>,
    );
    expect(screen.getByText('Loading the chart…')).toBeInTheDocument();
    expect(screen.queryByText('The chart')).toBeNull();
    act(() => callback?.([{ isIntersecting: false }]));
    expect(screen.queryByText('The chart')).toBeNull();
    act(() => callback?.([{ isIntersecting: true }]));
    expect(screen.getByText('The chart')).toBeInTheDocument();
    expect(screen.queryByText('Loading the chart…')).toBeNull();
  });

  it('renders at once where the browser cannot tell', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(
      <WhenNearView placeholder={<p>Loading the chart…</p>}>
        <p>The chart</p>
      </WhenNearView>,
    );
    expect(screen.getByText('The chart')).toBeInTheDocument();
  });
});
