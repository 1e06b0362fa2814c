import { useSyncExternalStore } from 'react';

/**
 * New releases, as the service worker sees them. A new build installs in the background and
 * waits (it never takes over a page that runs the old one, so no page runs code from two
 * builds); `updateReady` then says so, and `applyUpdate` moves every open tab to it (each
 * reloads once the new build takes control). The app checks for a new build every hour and
 * whenever the tab comes back into view.
 */

type Apply = () => Promise<void>;

let ready = false;
let applyWaiting: Apply | null = null;
let registration: ServiceWorkerRegistration | undefined;
const listeners = new Set<() => void>();

const CHECK_EVERY_MS = 60 * 60 * 1000;

function setReady(value: boolean) {
  ready = value;
  for (const listener of listeners) listener();
}

/** Registers the service worker (production builds only) and starts the update checks. */
export async function startUpdates(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => setReady(true),
    onRegisteredSW: (_url, reg) => {
      registration = reg;
      if (!reg) return;
      setInterval(() => void reg.update().catch(() => {}), CHECK_EVERY_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void reg.update().catch(() => {});
      });
    },
  });
  applyWaiting = () => update(true);
}

/** True once a new build is installed and waiting for the user's go-ahead. */
export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => ready,
    () => false,
  );
}

/**
 * Moves to the newest build: the waiting one if there is one; else it asks the server for a
 * newer one first, and reloads when none is found (a plain reload then is all there is to do).
 */
export async function applyUpdate(): Promise<void> {
  if (!ready && registration) {
    await registration.update().catch(() => {});
    // An update found now installs in a moment, then waits.
    for (let i = 0; i < 100 && registration.installing; i++)
      await new Promise((r) => setTimeout(r, 100));
  }
  if ((ready || registration?.waiting) && applyWaiting) {
    await applyWaiting();
    return;
  }
  window.location.reload();
}
