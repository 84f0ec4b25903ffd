// Shared checks for the end-to-end suites: what a site owner would see in DevTools, and small
// drivers that reach into the widgets' shadow roots the way a visitor's clicks would.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The test server and a headless Chromium for the enclosing `describe`: started before its tests,
 * closed after them; `set(server, browser)` hands them to the suite's own variables.
 */
export function useServerAndBrowser(set) {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launch();
    set(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export const TAGS = ['pole-anniversary-banner', 'pole-anniversary-logo', 'pole-explainer-card', 'pole-newsletter-modal'];

/** The docs a web manager reads, in a stable order: README.md, then every page of docs/ by name. */
export function docs() {
  const pages = readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...pages].map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') }));
}

/**
 * The one-line CSS rules of `docs/<page>.md` that start with `prefix` and depend on `:defined` (the
 * no-layout-shift reservations a site pastes), trimmed, in the page's order.
 */
export function docCssLines(page, prefix) {
  return readFileSync(join(ROOT, 'docs', `${page}.md`), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith(prefix) && /^(pole-[a-z-]+|body)[^{]*:defined[^{]*\{.*\}$/.test(l));
}

/** The page of docs/ that documents the element `tag`. */
export const pageOf = (tag) => tag.replace(/^pole-/, '');

/**
 * A `<script>` for the end of a test page: it records the page's layout shift, loads the single file
 * only after the first paint (as a slow or deferred script would arrive), with `data` as the script
 * tag's data-* attributes, and sets `window.__done` once the widgets have rendered.
 */
export function lateScript(data = {}) {
  const dataset = Object.entries(data)
    .map(([key, value]) => ` s.dataset.${key} = ${JSON.stringify(value)};`)
    .join('');
  return `<script>
window.__shift = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
requestAnimationFrame(() => requestAnimationFrame(() => {
  const s = document.createElement('script');
  s.src = '/dist/pole-widgets.js';${dataset}
  s.onload = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => { window.__done = true; }, 100)));
  document.head.append(s);
}));
</script>`;
}

/**
 * Every element defined and rendered, the dialog's form included (it renders when the page is first
 * idle; idle callbacks run in the order they were asked for, so this one comes after).
 */
export async function whenRendered(page) {
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);
  await page.evaluate(async (tags) => {
    await new Promise((resolve) => requestIdleCallback(resolve));
    for (const t of tags) for (const el of document.querySelectorAll(t)) await el.updateComplete;
  }, TAGS);
}

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
  // The dialog renders its form when the page is first idle: wait for that too.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
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

/**
 * The console errors that driveEveryState's server-error state causes on purpose: Chromium's own
 * line for a failed request, and the form's message for the web manager.
 */
export const SERVER_ERROR_LOGS = [
  /^Failed to load resource: the server responded with a status of 500 \(Internal Server Error\)$/,
  /^\[pole-widgets\] <pole-newsletter-modal> action answered 500\.$/,
];

/**
 * Drives every widget through its visible states the way a visitor would (Playwright's CSS
 * locators pierce open shadow roots), calling `check(state)` after each one.
 * States (9): banner shown with card collapsed, card expanded, modal open, validation error, server
 * error, sending, success, modal closed, banner dismissed.
 */
export async function driveEveryState(page, check, { key = `states-${Date.now()}` } = {}) {
  const inModal = (css) => page.locator(`pole-newsletter-modal ${css}`);
  const setAction = (query) =>
    page.evaluate((a) => (document.querySelector('pole-newsletter-modal').action = a), `/api/test/signup?key=${key}&${query}`);
  const requests = () => page.evaluate((k) => fetch(`/api/test/requests?key=${k}`).then((r) => r.json()), key);

  const bannerShown = () =>
    page.evaluate(() => !!document.querySelector('pole-anniversary-banner').shadowRoot.querySelector('section[part~="base"]')?.checkVisibility());
  assert.ok(await bannerShown(), 'the banner shows');
  await page.locator('pole-explainer-card button[aria-expanded="false"]').waitFor();
  await check('banner shown, card collapsed, modal closed');

  await page.locator('pole-explainer-card button[aria-expanded="false"]').click();
  await page.locator('pole-explainer-card button[aria-expanded="true"]').waitFor();
  await check('card expanded');

  await inModal('[part~="trigger"]').click();
  await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('dialog').open);
  await check('modal open');

  await inModal('button[type="submit"]').click();
  await inModal('[aria-invalid="true"]').first().waitFor();
  await check('validation error');

  await inModal('input[type="email"]').fill('visiteur@example.org');
  await inModal('input[type="checkbox"]').first().check();
  // No wait for the spam guard: Playwright's input is trusted, so the form holds a quick
  // submission until its minimum fill time and then sends it (the waits below are conditions).
  await setAction('scenario=server-error');
  await inModal('button[type="submit"]').click();
  await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[role="alert"]')?.textContent.trim());
  await check('server error');

  await setAction('scenario=ok&delay=1200');
  await inModal('button[type="submit"]').click();
  await inModal('[aria-busy="true"]').first().waitFor();
  await check('sending');

  await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[role="status"]')?.textContent.trim());
  await check('success');
  const sent = await requests();
  assert.equal(sent.length, 2, 'the server received the failed and the successful signup');

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('dialog').open);
  await check('modal closed');

  await page.locator('pole-anniversary-banner [part~="dismiss-button"]').click();
  await page.waitForFunction(
    () => !document.querySelector('pole-anniversary-banner').shadowRoot.querySelector('section[part~="base"]')?.checkVisibility(),
  );
  assert.equal(await bannerShown(), false, 'the banner is gone');
  await check('banner dismissed');
}

/**
 * A plain page as a web manager makes it, with each piece of pasted code in its place: `head`, `top`
 * (start of <body>), `content` (in <main>), `end` (end of <body>).
 */
export function pastedPage({ head = '', top = '', content = '', end = '' }) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Site d’un pôle</title>
${head}
  </head>
  <body>
${top}
    <main>
      <h1>Actualités du pôle</h1>
      <p>Le texte de la page.</p>
${content}
    </main>
${end}
  </body>
</html>
`;
}
