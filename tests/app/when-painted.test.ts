import { whenPainted } from '@/app/when-painted';

/** A stand-in for the browser's paint timing: `paint(name)` delivers an entry. */
class FakeObserver {
  static supportedEntryTypes: string[] = ['paint'];
  static current: FakeObserver | undefined;
  disconnected = false;
  options: PerformanceObserverInit | undefined;
  constructor(private readonly callback: PerformanceObserverCallback) {
    FakeObserver.current = this;
  }
  observe(options: PerformanceObserverInit) {
    this.options = options;
  }
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
let painted: string[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  FakeObserver.supportedEntryTypes = ['paint'];
  FakeObserver.current = undefined;
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  painted = [];
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(
    (name) => painted.filter((n) => n === name).map((n) => ({ name: n })) as PerformanceEntryList,
  );
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
    // Buffered: a paint reported before the observer existed still counts.
    expect(FakeObserver.current!.options).toMatchObject({ type: 'paint', buffered: true });
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

  it('starts on the next task when the page was painted before it ran', () => {
    painted = ['first-paint', 'first-contentful-paint'];
    const start = vi.fn();
    whenPainted(start);
    expect(FakeObserver.current).toBeUndefined();
    vi.advanceTimersByTime(0);
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
    expect(start).toHaveBeenCalledTimes(1); // at once: a hidden tab's timers are slowed
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(5000);
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
