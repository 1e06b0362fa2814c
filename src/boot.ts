/**
 * The page's only script tag. The build has already written the page's HTML
 * (scripts/prerender-plugin.ts), so the first thing to do is nothing: let the browser paint
 * it with the CSS below, then fetch and start the app. On a slow phone the page is readable
 * while React downloads, instead of the download competing with the first paint.
 */
import '@/styles/tokens.css';
import '@/styles/base.css';
import '@/styles/print.css';
import { whenPainted } from '@/app/when-painted';

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

function start() {
  import('@/main').catch(reportFailure);
  // The page's own code, named by the build, downloads beside the app rather than after it.
  // A plain import: the browser fetches what it imports itself, where a preload link per file
  // costs the main thread a few milliseconds each on a slow phone.
  const page = document.querySelector<HTMLMetaElement>('meta[name="certpath:page"]')?.content;
  if (page) import(/* @vite-ignore */ page).catch(() => {}); // the app reports its own failure
}

whenPainted(start);
