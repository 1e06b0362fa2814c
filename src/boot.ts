/**
 * The page's only script tag. The build has already written the page's HTML
 * (scripts/prerender-plugin.ts), so the first thing to do is nothing: let the browser paint
 * it with the CSS below, then fetch and start the app. On a slow phone the page is readable
 * while React downloads, instead of the download competing with the first paint.
 */
import '@/styles/tokens.css';
import '@/styles/base.css';
import '@/styles/print.css';

/** The code the current page needs beyond the app itself, named by the build. */
function preloadPageCode() {
  const names = document.querySelector<HTMLMetaElement>('meta[name="certpath:preload"]');
  for (const href of names?.content.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    if (href.endsWith('.css')) Object.assign(link, { rel: 'preload', as: 'style' });
    else link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/** The app's code did not arrive (offline on a first visit, a deploy mid-visit): say so. */
function reportFailure() {
  const note = document.createElement('p');
  note.className = 'callout callout-danger';
  note.setAttribute('role', 'alert');
  note.textContent = 'Certpath could not finish loading. Check your connection, then ';
  const reload = document.createElement('a');
  reload.href = window.location.href;
  reload.textContent = 'reload the page';
  note.append(reload, '.');
  (document.querySelector('main') ?? document.body).prepend(note);
}

let started = false;
function start() {
  if (started) return;
  started = true;
  preloadPageCode();
  import('@/main').catch(reportFailure);
}

// Two frames on: the prerendered page has been drawn. A hidden tab gets no frames, so it
// starts straight away.
if (document.visibilityState === 'visible') {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
  setTimeout(start, 500); // a browser that withholds frames must not withhold the app
} else start();
