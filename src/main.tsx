/**
 * The app's entry. The build wrote this page's HTML (src/prerender.tsx) and the browser has
 * it on screen; React hydrates it: the elements stay, their event handlers attach, and what
 * depends on saved input or today renders once hydration is done (src/lib/use-hydrated.ts).
 */
import '@/styles/tokens.css';
import '@/styles/base.css';
import '@/styles/print.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { startUpdates } from '@/lib/app-updates';
import { htmlPathFor } from '@/routes/routes';
import { hydrateStore } from '@/store/app-store';

/** src/load-check.ts looks for this: the app's code arrived and ran. */
window.certpathStarted = true;

const root = document.getElementById('root');
if (!root) throw new Error('Certpath: the #root element is missing from index.html');

// Saved input is read meanwhile; pages of the user's plan show their frame until it is in.
// Saved input that cannot be read still lets every other page work.
void hydrateStore().catch(() => {});

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// The HTML is the page this address renders (its own, or the not-found page for an unknown
// address): hydrate it. Written for another page (the host's 404.html for an unknown exam, the
// offline fallback's index.html), it is rendered over.
const writtenFor = document.querySelector<HTMLMetaElement>('meta[name="certpath:path"]')?.content;
if (writtenFor === htmlPathFor(window.location.pathname)) hydrateRoot(root, app);
else createRoot(root).render(app);

// Offline support and release checks start a few seconds after the page is up: the service
// worker's precache downloads the whole app (about 1.8 MB), which on a slow phone must not
// compete with the page becoming usable. A visit shorter than that installs it next time.
const OFFLINE_AFTER_MS = 4000;
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => void startUpdates();
  const later = () =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 });
      else register();
    }, OFFLINE_AFTER_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
