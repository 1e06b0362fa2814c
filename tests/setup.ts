import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A page's lazy parts (the chart, the graph) import on first render: on a busy 2-core machine
// that can take over the default second. What a test waits for still has to appear.
configure({ asyncUtilTimeout: 4000 });

// A state update outside act() means a test asserted before React finished: each is a failure.
const actWarnings: string[] = [];
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  const text = String(args[0]);
  if (/not wrapped in act|suspended resource finished loading/.test(text)) actWarnings.push(text);
  consoleError(...args);
};

afterEach(() => {
  cleanup();
  const warnings = actWarnings.splice(0);
  if (warnings.length > 0)
    throw new Error(`${warnings.length} React update(s) outside act(): ${warnings[0]}`);
  if (typeof localStorage !== 'undefined') localStorage.clear();
  // Half-typed form names live here (src/lib/use-session-state.ts).
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});

// jsdom lacks these; React Flow and recharts measure with them.
class ResizeObserverShim {
  private cb: ResizeObserverCallback;
  constructor(cb: ResizeObserverCallback) {
    this.cb = cb;
  }
  observe(target: Element) {
    this.cb(
      [{ target, contentRect: { width: 800, height: 600 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
if (typeof window !== 'undefined') {
  window.ResizeObserver ??= ResizeObserverShim as unknown as typeof ResizeObserver;
  // React Flow reads the transform of the viewport through DOMMatrixReadOnly.
  (window as unknown as { DOMMatrixReadOnly: unknown }).DOMMatrixReadOnly ??= class {
    m22: number;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
      this.m22 = scale !== undefined ? +scale : 1;
    }
  };
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { get: () => 600, configurable: true },
    offsetWidth: { get: () => 800, configurable: true },
  });
  (SVGElement.prototype as unknown as { getBBox: () => object }).getBBox = () => ({
    x: 0,
    y: 0,
    width: 100,
    height: 20,
  });
}
