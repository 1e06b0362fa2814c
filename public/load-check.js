/**
 * A second, tiny script beside the app's (index.html), served as it is (public/): once the page
 * has loaded, it says so when the app's code never arrived or never ran (offline on a first
 * visit, a file missing after a deploy). The page stays readable and its links work; the note
 * says why nothing else does. It shares nothing with the app, so it runs when the app cannot.
 */
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

// Module scripts run in order before `load`: by then the app has run, or it never will.
window.addEventListener('load', () => {
  if (!window.certpathStarted) reportFailure();
});
