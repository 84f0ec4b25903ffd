// A well-behaved guest: no request but the configured endpoint, no cookie, nothing stored before
// the visitor acts, the host's keyboard shortcuts and forms left alone, and a page that stays
// whole when the script never arrives.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { SERVER_ERROR_LOGS, assertClean, docs, driveEveryState, paths, waitForWidgets } from './helpers.mjs';

/** Every fenced css block of the README and docs that styles :not(:defined): the documented snippet(s). */
function docsUndefinedCss() {
  return docs().flatMap(({ text }) => [...text.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]).filter((css) => css.includes(':not(:defined)')));
}

/** Everything a page can keep about a visitor: cookies, web storage, IndexedDB, Cache Storage. */
function stored(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
  }));
}

describe('a well-behaved guest', () => {
  let server;
  let browser;
  before(async () => {
    const css = docsUndefinedCss();
    server = await startServer({
      routes: {
        '/docs-undefined.css': (req, res) => {
          res.setHeader('Content-Type', 'text/css; charset=utf-8');
          res.end(css.join('\n'));
        },
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('requests nothing but the page, the script and the configured endpoint, sets no cookie, and stores nothing until the visitor acts', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/guest.html`);
    await waitForWidgets(page);
    await page.waitForTimeout(500);
    assert.deepEqual(await stored(page), { cookie: '', local: [], session: [], indexedDB: [], caches: [] }, 'nothing stored on arrival');
    const page3 = ['/dist/pole-widgets.js', '/pages/favicon.svg', '/pages/guest.html'];
    assert.deepEqual(paths(report, server.origin).sort(), page3);

    const key = `guest-${Date.now()}`;
    await driveEveryState(page, async () => {}, { key });
    const requested = paths(report, server.origin);
    const endpoint = requested.filter((p) => p.startsWith('/api/test/signup?'));
    assert.equal(endpoint.length, 2, 'the two signups the visitor sent');
    const others = requested.filter((p) => !p.startsWith('/api/test/signup?') && !p.startsWith('/api/test/requests?'));
    assert.deepEqual(others.sort(), page3);

    const after = await stored(page);
    assert.equal(after.cookie, '');
    assert.deepEqual(await context.cookies(), [], 'no cookie in the browser context, not even HttpOnly');
    assert.deepEqual([after.session, after.indexedDB, after.caches], [[], [], []]);
    assert.ok(after.local.length > 0, 'the visitor’s choices are remembered once made');
    assert.ok(after.local.every((k) => k.startsWith('pole-widgets:')), `only our namespace: ${after.local}`);
    const values = await page.evaluate(() => Object.values(localStorage).join(' '));
    assert.doesNotMatch(values, /visiteur@example\.org/, 'the email address is never stored');
    assertClean(report, { errors: SERVER_ERROR_LOGS });
    await context.close();
  });

  it('sends the signup without the host site’s cookies', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/guest.html`, {
      beforeLoad: (p) => p.context().addCookies([{ name: 'host_session', value: 'secret', url: server.origin }]),
    });
    await waitForWidgets(page);
    const key = `cookies-${Date.now()}`;
    await driveEveryState(page, async () => {}, { key });
    const sent = await page.evaluate((k) => fetch(`/api/test/requests?key=${k}`).then((r) => r.json()), key);
    assert.equal(sent.length, 2);
    for (const request of sent) assert.equal(request.cookie, null, 'credentials: "omit"');
    assertClean(report, { errors: SERVER_ERROR_LOGS });
    await context.close();
  });

  it('keeps typing in the email field away from the host’s single-key shortcuts', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/shortcuts.html`);
    await waitForWidgets(page);
    // The host's shortcuts work on the page itself (the test page is honest).
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q');
    await page.evaluate(() => {
      document.activeElement.blur();
      window.hostShortcuts.length = 0;
    });

    await page.locator('pole-newsletter-modal [part~="trigger"]').click();
    await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('dialog').open);
    const email = page.locator('pole-newsletter-modal input[type="email"]');
    await email.focus();
    const typed = 'js/k?g.s-j@example.org';
    await page.keyboard.type(typed);
    assert.equal(await email.inputValue(), typed, 'every key reached the field');
    assert.deepEqual(await page.evaluate(() => window.hostShortcuts), [], 'no host shortcut fired');
    assert.equal(await page.evaluate(() => document.activeElement.localName), 'pole-newsletter-modal', 'focus stayed in the widget');
    assertClean(report);
    await context.close();
  });

  it('never submits a host <form> it sits inside, by button or by Enter', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/shortcuts.html`);
    await waitForWidgets(page);
    await page.evaluate(() => {
      window.hostSubmits = 0;
      document.getElementById('host-form').addEventListener('submit', () => window.hostSubmits++);
    });
    const key = `host-form-${Date.now()}`;
    await page.evaluate((a) => (document.querySelector('pole-newsletter-modal').action = a), `/api/test/signup?key=${key}`);
    await page.locator('pole-newsletter-modal [part~="trigger"]').click();
    const email = page.locator('pole-newsletter-modal input[type="email"]');
    await email.fill('visiteur@example.org');
    await page.locator('pole-newsletter-modal input[type="checkbox"]').first().check();
    await email.press('Enter');
    await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[role="status"]')?.textContent.trim());
    const state = await page.evaluate(() => ({ submits: window.hostSubmits, url: location.pathname + location.search }));
    assert.deepEqual(state, { submits: 0, url: '/pages/shortcuts.html' });
    assert.ok(!paths(report, server.origin).some((p) => p.startsWith('/pages/host-form-submitted')), 'no navigation to the host form’s action');
    const sent = await page.evaluate((k) => fetch(`/api/test/requests?key=${k}`).then((r) => r.json()), key);
    assert.equal(sent.length, 1, 'the signup itself went to the endpoint');
    assertClean(report);
    await context.close();
  });

  it('when the script never loads (404), hides nothing and breaks nothing; the docs’ :not(:defined) CSS only reserves space', async () => {
    const css = docsUndefinedCss();
    assert.ok(css.length > 0, 'the docs give :not(:defined) CSS');
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/script-404.html`);
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => {
      const visible = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0;
      return {
        defined: ['pole-anniversary-banner', 'pole-explainer-card', 'pole-newsletter-modal'].filter((t) => customElements.get(t)),
        applied: document.styleSheets[0].cssRules.length > 0,
        hostText: visible(document.getElementById('host-text')),
        cardFallback: visible(document.getElementById('card-fallback')),
        modalFallback: visible(document.getElementById('modal-fallback')),
        bannerSpace: document.querySelector('pole-anniversary-banner').getBoundingClientRect().height,
        hidden: [...document.querySelectorAll('body *')]
          .filter((el) => {
            const cs = getComputedStyle(el);
            return cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0' || el.hasAttribute('hidden') || el.inert;
          })
          .map((el) => el.localName),
      };
    });
    assert.deepEqual(state.defined, []);
    assert.ok(state.applied, 'the docs’ CSS is in the page');
    assert.deepEqual(
      { ...state, bannerSpace: state.bannerSpace > 0 },
      { defined: [], applied: true, hostText: true, cardFallback: true, modalFallback: true, bannerSpace: true, hidden: [] },
    );
    // The host's own link still works.
    await page.locator('#host-link').click();
    assert.equal(await page.evaluate(() => location.hash), '#suite');
    assertClean(report, { errors: [/^Failed to load resource: the server responded with a status of 404/] });
    assert.equal(report.errors.length, 1);
    await context.close();
  });
});
