import { startTransition, StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { preloadRoute } from '@/app/router';
import { noteFocus, restoreFocus } from '@/app/take-over';
import { startUpdates } from '@/lib/app-updates';
import { hydrateStore } from '@/store/app-store';

const root = document.getElementById('root');
if (!root) throw new Error('Certpath: the #root element is missing from index.html');

// The build wrote this page's HTML (scripts/prerender-plugin.ts), so it is already on screen.
// The app reads saved input and fetches the page's code first, then replaces that HTML in one
// commit: no loading flash, and nothing of a stranger's default plan shown to a returning user.
// Saved input that cannot be read still lets every other page work.
await Promise.all([hydrateStore().catch(() => {}), preloadRoute(window.location.pathname)]);

const OFFLINE_AFTER_MS = 4000;

/** Runs once the app's DOM has replaced the prerendered one. */
function TakeOver({ children, done }: { children: ReactNode; done: () => void }) {
  useLayoutEffect(done, [done]);
  return children;
}

// Someone may have pressed Tab while the app loaded: their place is kept.
let focus = noteFocus(root);
const track = () => (focus = noteFocus(root));
// Focus that left for nowhere (a click on empty space) is not brought back. Chromium also
// blurs an element the takeover removes; that one must be kept, so only a blurred element
// still in the page, a moment later, counts.
const drop = (event: FocusEvent) => {
  const left = event.target;
  if (event.relatedTarget !== null || !(left instanceof Node)) return;
  setTimeout(() => {
    if (left.isConnected && document.activeElement === document.body) focus = null;
  });
};
root.addEventListener('focusin', track);
root.addEventListener('focusout', drop);
const tookOver = () => {
  root.removeEventListener('focusin', track);
  root.removeEventListener('focusout', drop);
  restoreFocus(root, focus);
  startOfflineAndUpdates();
};

// A transition: React renders in small slices, so the main thread never blocks for long.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <TakeOver done={tookOver}>
        <App />
      </TakeOver>
    </StrictMode>,
  );
});

// Offline support installs a few seconds after the app has taken over: its precache downloads
// the whole app (about 1.8 MB), which on a slow phone must not compete with the page becoming
// usable. A visit shorter than that installs it next time.
function startOfflineAndUpdates() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void startUpdates();
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 });
    else register();
  }, OFFLINE_AFTER_MS);
}
