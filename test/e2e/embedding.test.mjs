// One tag on any site: the built single file configured by its script tag alone, wherever and
// however the tag is placed, loaded twice, or fed attributes it does not know.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { ROOT, assertClean, builtFile, serveScript, waitForWidgets } from './helpers.mjs';

/** Serves a page in two chunks, the body 400 ms after the head, so scripts run while it parses. */
function streamed(name) {
  return async (req, res) => {
    const html = await readFile(join(ROOT, 'test/e2e/pages', name), 'utf8');
    const cut = html.indexOf('<body>');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.write(html.slice(0, cut));
    setTimeout(() => res.end(html.slice(cut)), 400);
  };
}

/**
 * What the script tag produced: where our elements are and which attributes they carry (less
 * those the elements reflect by themselves, like the banner's `variant`).
 */
function layout(page) {
  return page.evaluate(() => {
    // placement is checked on its own: the script chooses it from where the tag runs.
    const reflected = ['variant', 'open', 'placement'];
    const describe = (el) => ({
      placement: el.getAttribute('placement'),
      lastInMain: el.parentElement.localName == 'main' && !el.nextElementSibling,
      attrs: Object.fromEntries([...el.attributes].filter((a) => !reflected.includes(a.name)).map((a) => [a.name, a.value])),
      index: [...document.body.children].indexOf(el),
      rendered: !!el.shadowRoot?.childElementCount,
    });
    return {
      banners: [...document.querySelectorAll('pole-anniversary-banner')].map(describe),
      modals: [...document.querySelectorAll('pole-newsletter-modal')].map(describe),
      cards: document.querySelectorAll('pole-explainer-card').length,
      last: document.body.children.length - 1,
    };
  });
}

describe('script-tag configuration', () => {
  let server;
  let browser;
  before(async () => {
    const v2 = (await builtFile()).replaceAll('"0.1.0"', '"0.2.0"').replaceAll('`0.1.0`', '`0.2.0`');
    server = await startServer({
      routes: {
        '/stream/auto-async.html': streamed('auto-async.html'),
        '/stream/auto-head.html': streamed('auto-head.html'),
        '/variants/v2/pole-widgets.js': serveScript(v2),
      },
    });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const placements = [
    ['a plain tag in <head> (waits for the body)', '/pages/auto-head.html'],
    ['a plain tag in <head> while the body is still arriving', '/stream/auto-head.html'],
    ['a defer tag in <head>', '/pages/auto-defer.html'],
    ['an async tag in <head>', '/pages/auto-async.html'],
    ['an async tag that runs before the body has arrived', '/stream/auto-async.html'],
    ['a tag at the end of <body>', '/pages/auto-end-of-body.html'],
    ['a type="module" tag (no document.currentScript: found by its file name)', '/pages/auto-module.html'],
  ];
  for (const [how, path] of placements) {
    it(`inserts the banner first in <body> and the modal at the end of <main>, configured by data attributes, from ${how}`, async () => {
      const { page, report, context } = await openPage(browser, server.origin + path);
      await page.waitForFunction(() => document.querySelector('pole-newsletter-modal'));
      await waitForWidgets(page);
      const got = await layout(page);
      assert.equal(got.banners.length, 1, 'one banner');
      assert.equal(got.modals.length, 1, 'one modal');
      assert.equal(got.banners[0].index, 0, 'the banner is the first child of <body>');
      assert.ok(got.modals[0].lastInMain, 'the modal is the last child of <main>: after the content, before the footer');
      assert.equal(got.modals[0].placement, 'bottom-end', 'the trigger floats');
      // In the flow only when the tag ran before the body existed and held the space; else an overlay.
      assert.equal(got.banners[0].placement, /auto-head|stream/.test(path) ? 'top' : 'overlay-bottom');
      assert.deepEqual(got.banners[0].attrs, { href: 'https://example.org/20-ans', dismissible: '', lang: 'en' });
      assert.deepEqual(got.modals[0].attrs, {
        action: '/api/test/signup',
        'trigger-label': 'Subscribe',
        'privacy-href': '/privacy',
        lang: 'en',
      });
      assert.ok(got.banners[0].rendered && got.modals[0].rendered, 'both render');
      assert.equal(got.cards, 0, 'no card is placed for the page');
      // data-lang reaches the rendered text: the wrappers speak English on a French page.
      const langs = await page.evaluate(() =>
        ['pole-anniversary-banner', 'pole-newsletter-modal'].map((t) => document.querySelector(t).shadowRoot.querySelector('[lang]')?.lang),
      );
      assert.deepEqual(langs, ['en', 'en']);
      assertClean(report);
      await context.close();
    });
  }

  it('works when a tag manager injects the tag after the page has loaded', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/auto-injected.html`);
    await page.waitForFunction(() => customElements.get('pole-newsletter-modal') && document.querySelector('pole-newsletter-modal'));
    await waitForWidgets(page);
    const got = await layout(page);
    assert.equal(got.banners.length, 1);
    assert.equal(got.banners[0].index, 0);
    assert.deepEqual(got.banners[0].attrs, { href: 'https://example.org/20-ans', lang: 'en' });
    assert.equal(got.modals.length, 1, 'data-newsletter-* alone implies data-newsletter');
    assert.ok(got.modals[0].lastInMain);
    assert.deepEqual(got.modals[0].attrs, { action: '/api/test/signup', 'trigger-label': 'Subscribe', lang: 'en' });
    assertClean(report);
    await context.close();
  });

  it('uses the elements the page already has instead of adding others, and keeps what the page wrote on them', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/auto-existing.html`);
    await waitForWidgets(page);
    const got = await layout(page);
    assert.equal(got.banners.length, 1);
    assert.equal(got.modals.length, 1);
    // Written further down than the script tag: found anyway, left where the page put it.
    assert.equal(got.banners[0].index, -1, 'the page’s banner stays inside <main>');
    assert.deepEqual(got.banners[0].attrs, {
      id: 'own-banner',
      href: 'https://example.org/own',
      dismissible: '',
      lang: 'en',
    });
    assert.deepEqual(got.modals[0].attrs, {
      id: 'own-modal',
      action: '/api/test/signup?from=page',
      lang: 'fr',
      'trigger-label': 'Subscribe',
    });
    assertClean(report);
    await context.close();
  });

  it('loaded twice (the same file, and another version) throws nothing, defines once and inserts one banner and one modal', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/auto-twice.html`);
    await page.waitForFunction(() => document.querySelectorAll('script[src*="pole-widgets"]').length === 3);
    await page.waitForLoadState('load');
    await waitForWidgets(page);
    const got = await layout(page);
    assert.equal(got.banners.length, 1, 'one banner');
    assert.equal(got.modals.length, 1, 'one modal');
    // The first copy inserted them; later copies only filled in what was still missing.
    assert.equal(got.banners[0].attrs.href, 'https://example.org/first');
    assert.equal(got.banners[0].attrs.dismissible, '');
    assert.equal(got.banners[0].attrs.lang, 'en');
    const versions = await page.evaluate(() => ({
      loaded: performance.getEntriesByType('resource').filter((e) => /pole-widgets\.js$/.test(e.name)).length,
      // The registered class is the first copy's: a later copy's own classes stay unregistered.
      sameClass: customElements.get('pole-anniversary-banner') === document.querySelector('pole-anniversary-banner').constructor,
    }));
    assert.ok(versions.loaded >= 2, 'both files were fetched and run');
    assert.ok(versions.sameClass);
    assertClean(report);
    await context.close();
  });

  it('passes values through setAttribute only: never sets on* or style, never runs a value, and warns the web manager', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/auto-attributes.html`);
    await waitForWidgets(page);
    const banner = await page.evaluate(() => {
      const el = document.querySelector('pole-anniversary-banner');
      return { attrs: el.getAttributeNames().filter((n) => n !== 'variant'), display: getComputedStyle(el).display };
    });
    // placement is the script's own choice (where the tag runs), not a value passed through.
    assert.deepEqual(banner.attrs.sort(), ['href', 'placement', 'x-unknown']);
    assert.notEqual(banner.display, 'none');
    // Click our elements and every button inside them (the dialog opened by data-newsletter-open
    // included), as a curious visitor would; links are checked by their href below instead.
    await page.evaluate(async () => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      for (const el of all(document)) {
        if (el.localName.startsWith('pole-') || (el.localName === 'button' && el.type !== 'submit' && el.getRootNode() !== document)) el.click();
      }
      await new Promise((r) => setTimeout(r, 300));
    });
    const leaked = await page.evaluate(() => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      return {
        ran: ['__poleHref', '__poleClick', '__poleXss', '__poleAction'].filter((k) => k in window),
        // Inside the shadow roots: what the elements rendered from those values.
        unsafeUrls: all(document)
          .filter((el) => el.getRootNode() !== document)
          .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((a) => el.getAttribute(a)))
          .filter((v) => v && /^\s*(javascript|data):/i.test(v)),
        url: location.pathname,
      };
    });
    assert.deepEqual(leaked, { ran: [], unsafeUrls: [], url: '/pages/auto-attributes.html' });
    const ours = report.warnings.filter((w) => w.startsWith('[pole-widgets] <script>'));
    assert.deepEqual(ours.sort(), [
      '[pole-widgets] <script> ignores data-banner-onclick: not an attribute it may set.',
      '[pole-widgets] <script> ignores data-banner-style: not an attribute it may set.',
      '[pole-widgets] <script> ignores data-card: write <pole-explainer-card> in your content.',
    ]);
    // The elements refuse unsafe URLs themselves, with messages that name the attribute.
    assertClean(report, { errors: [/^\[pole-widgets\] <pole-newsletter-modal> .*action/] });
    await context.close();
  });
});
