// Shared checks for the end-to-end suites: what a site owner would see in DevTools, and small
// drivers that reach into the widgets' shadow roots the way a visitor's clicks would.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TAGS = ['pole-anniversary-banner', 'pole-anniversary-logo', 'pole-explainer-card', 'pole-newsletter-modal'];

/**
 * No console error, no uncaught exception, no CSP violation, except those a test names (each
 * `allow` entry is a RegExp that must match the whole message of an expected one).
 */
export function assertClean(report, { errors = [], pageErrors = [], violations = [] } = {}) {
  const check = (kind, seen, allowed) => {
    const unexpected = seen.filter((text) => !allowed.some((re) => re.test(text)));
    assert.deepEqual(unexpected, [], `unexpected ${kind}`);
  };
  check('console errors', report.errors, errors);
  check('page errors', report.pageErrors, pageErrors);
  check('CSP violations', report.violations, violations);
}

/** Waits until every element of ours in the page is defined and has rendered its shadow root. */
export async function waitForWidgets(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('pole-anniversary-banner, pole-explainer-card, pole-newsletter-modal')].every(
      (el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.childElementCount > 0,
    ),
  );
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((el) => el.updateComplete)));
}

/** The requests the page made, as paths, once those to `origin` are stripped. */
export function paths(report, origin) {
  return report.requests.map((u) => (u.startsWith(origin) ? u.slice(origin.length) : u));
}

/** The built single file, read fresh (a test may serve a modified copy). */
export function builtFile() {
  return readFile(join(ROOT, 'dist/pole-widgets.js'), 'utf8');
}

/** A route handler that answers with JavaScript `text`. */
export function serveScript(text) {
  return (req, res) => {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    res.end(text);
  };
}
