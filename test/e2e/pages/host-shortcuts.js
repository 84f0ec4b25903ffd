/* global window, document, HTMLInputElement, HTMLTextAreaElement */
// Plays a site with single-key shortcuts (as on GitHub or YouTube): '/' focuses the search,
// letters act, and the usual guard skips them while an input of the page has focus. That guard
// reads event.target, which is our element (not our input) once the event leaves the shadow root.
window.hostShortcuts = [];
const handler = (event) => {
  const t = event.target;
  if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t.isContentEditable) return;
  if (event.key === '/' || /^[a-z?]$/i.test(event.key)) {
    window.hostShortcuts.push(`${event.currentTarget === window ? 'window' : 'document'}:${event.key}`);
    event.preventDefault();
    if (event.key === '/') document.getElementById('q').focus();
  }
};
document.addEventListener('keydown', handler);
window.addEventListener('keydown', handler);
document.addEventListener('keypress', handler);
