import { afterEach, describe, expect, it, vi } from 'vitest';
import { safeLocalStorage } from '@/store/safe-storage';

const events = () => ({ onUnreadable: vi.fn(), onAvailability: vi.fn() });
const value = (hours: number) => ({ state: { hours }, version: 1 });

afterEach(() => vi.unstubAllGlobals());

describe('deferred writes (typing never waits for storage)', () => {
  function deferred() {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const storage = safeLocalStorage<{ hours: number }>(events(), undefined, { deferWrites: true });
    storage.getItem('entry'); // read first: only read entries are written
    return { storage, runIdle: () => idle.splice(0).forEach((run) => run()) };
  }

  it('writes the last of a burst of changes once the browser is idle', () => {
    const { storage, runIdle } = deferred();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    for (let h = 1; h <= 10; h++) storage.setItem('entry', value(h));
    expect(localStorage.getItem('entry')).toBeNull();
    runIdle();
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem('entry')!).state.hours).toBe(10);
  });

  it('writes at once when asked whether the write reached storage, or before a read', () => {
    const { storage } = deferred();
    storage.setItem('entry', value(3));
    expect(storage.lastWriteOk('entry')).toBe(true);
    expect(JSON.parse(localStorage.getItem('entry')!).state.hours).toBe(3);
    storage.setItem('entry', value(4));
    expect(storage.getItem('entry')).toEqual(value(4));
  });

  it('writes what is pending when the page goes away', () => {
    const { storage } = deferred();
    storage.setItem('entry', value(7));
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem('entry')!).state.hours).toBe(7);
  });

  it('writes at once where the browser has no idle callbacks', () => {
    const storage = safeLocalStorage<{ hours: number }>(events(), undefined, { deferWrites: true });
    storage.getItem('entry');
    storage.setItem('entry', value(5));
    expect(JSON.parse(localStorage.getItem('entry')!).state.hours).toBe(5);
  });
});
