import { whenPainted } from '@/app/when-painted';

/** A stand-in for the browser's paint timing: `paint(name)` delivers an entry. */
class FakeObserver {
  static supportedEntryTypes: string[] = ['paint'];
  static current: FakeObserver | undefined;
  disconnected = false;
  constructor(private readonly callback: PerformanceObserverCallback) {
    FakeObserver.current = this;
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
  paint(name: string) {
    if (this.disconnected) return;
    const list = {
      getEntriesByName: (n: string) => (n === name ? [{ name }] : []),
    } as unknown as PerformanceObserverEntryList;
    this.callback(list, this as unknown as PerformanceObserver);
  }
}

let visibility: DocumentVisibilityState = 'visible';

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  FakeObserver.supportedEntryTypes = ['paint'];
  FakeObserver.current = undefined;
  vi.stubGlobal('PerformanceObserver', FakeObserver);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('whenPainted', () => {
  it('waits for the first contentful paint to be on screen, then starts once', () => {
    const start = vi.fn();
    whenPainted(start);
    FakeObserver.current!.paint('first-paint');
    vi.advanceTimersByTime(100);
    expect(start).not.toHaveBeenCalled();

    FakeObserver.current!.paint('first-contentful-paint');
    expect(start).not.toHaveBeenCalled(); // a task of its own, not inside the observer
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    expect(FakeObserver.current!.disconnected).toBe(true);

    vi.advanceTimersByTime(10_000); // the fallback does not start it again
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(10);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts at once in a hidden tab, which paints nothing', () => {
    visibility = 'hidden';
    const start = vi.fn();
    whenPainted(start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts when the tab is left before it painted', () => {
    const start = vi.fn();
    whenPainted(start);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never waits longer than the fallback for a paint that is not reported', () => {
    const start = vi.fn();
    whenPainted(start, { fallbackMs: 2000 });
    vi.advanceTimersByTime(1999);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits two frames where the browser has no paint timing', () => {
    FakeObserver.supportedEntryTypes = [];
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const start = vi.fn();
    whenPainted(start);
    expect(FakeObserver.current).toBeUndefined();

    frames.shift()!(0);
    vi.advanceTimersByTime(0);
    expect(start).not.toHaveBeenCalled();
    frames.shift()!(16);
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
