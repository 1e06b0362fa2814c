/**
 * Runs `start` once the browser has put the prerendered page on screen, so the app's download
 * and start-up never compete with the first paint.
 *
 * "On screen" is the first-contentful-paint entry: the browser reports it once the frame is
 * presented, which can be well after the paint itself (a busy or headless compositor). A
 * browser without paint timing waits two frames instead. A hidden tab gets no frames and
 * paints nothing, so it starts straight away; `fallbackMs` makes sure a browser that withholds
 * both never withholds the app.
 */
export function whenPainted(start: () => void, { fallbackMs = 2500 } = {}): void {
  if (document.visibilityState !== 'visible') {
    start();
    return;
  }
  let started = false;
  let observer: PerformanceObserver | undefined;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    clearTimeout(fallback);
    document.removeEventListener('visibilitychange', go);
    start();
  };
  const fallback = setTimeout(go, fallbackMs);
  // Leaving the tab stops frames and paints (and slows timers): start now.
  document.addEventListener('visibilitychange', go);

  const paintTiming =
    typeof PerformanceObserver === 'function' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (paintTiming && performance.getEntriesByName('first-contentful-paint').length > 0) {
    setTimeout(go, 0); // painted before this script ran
  } else if (paintTiming) {
    observer = new PerformanceObserver((list) => {
      // Out of the observer's callback, so start-up is a task of its own.
      if (list.getEntriesByName('first-contentful-paint').length) setTimeout(go, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(go, 0)));
  }
}
