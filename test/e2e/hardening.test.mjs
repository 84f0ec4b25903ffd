// What the built file refuses, clamps and survives (docs/hardening.md), each case in a plain page
// that loads dist/pole-widgets.js as a site would, against real endpoints of the test server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { builtFile, serveScript, waitForWidgets } from './helpers.mjs';

const LONG = '#20ansDesPôlesDeCompétitivitéEtDeLInnovationEnFranceEtEnEurope';

/** A route handler that answers with a plain HTML page around `body`. */
function htmlPage(body, { head = '', title = 'Page partenaire' } = {}) {
  return (req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${title}</title>${head}</head><body>${body}</body></html>`);
  };
}

const SCRIPT = '<script src="/dist/pole-widgets.js"></script>';
const COMPLETE = 'organisation="Pôle Test" privacy-href="/privacy"';

/** The modal's dialog state and what the page around it looks like. */
const state = (page, selector = 'pole-newsletter-modal') =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const dialog = el.shadowRoot.querySelector('dialog');
    return { open: el.open, dialog: dialog.open, modal: dialog.matches(':modal'), overflow: document.documentElement.style.overflow };
  }, selector);

/** The focused element, through shadow roots, as `tag#id`. */
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.localName}${el.id ? '#' + el.id : ''}` : null;
  });

/** Counts pole-open / pole-close on document (they bubble and are composed) and on the element. */
const countEvents = (page, selector = 'pole-newsletter-modal') =>
  page.evaluate((sel) => {
    window.__events = [];
    for (const type of ['pole-open', 'pole-close']) {
      document.addEventListener(type, (e) => window.__events.push(`document:${type}:${e.detail.reason}`));
      document.querySelector(sel).addEventListener(type, (e) => window.__events.push(`element:${type}:${e.detail.reason}`));
    }
  }, selector);

const requests = (server, key) => fetch(`${server.origin}/api/test/requests?key=${key}`).then((r) => r.json());

/**
 * Fills the modal's form like a visitor and presses its submit button. No pause for the spam guard:
 * Playwright's input is trusted, so the form holds a quick submission until its fill time, then sends it.
 */
async function fillAndSubmit(scope, { email = 'visiteur@example.org', name, press = 'click' } = {}) {
  const inModal = (css) => scope.locator(`pole-newsletter-modal ${css}`);
  await inModal('input[type="email"]').fill(email);
  if (name) await inModal('#pf-name').fill(name);
  await inModal('input[type="checkbox"]').check();
  if (press == 'enter') await inModal('input[type="email"]').press('Enter');
  else await inModal('button[type="submit"]').click();
}

describe('hardening: what the built file refuses, clamps and survives', () => {
  let server;
  let browser;
  const routes = {};
  /** Serves `body` at a fresh path and opens it. */
  let n = 0;
  async function open(body, options = {}) {
    const path = `/hardening/${++n}.html`;
    routes[path] = htmlPage(body, options);
    return openPage(browser, server.origin + path, options);
  }

  before(async () => {
    const v2 = (await builtFile()).replaceAll('"0.1.0"', '"0.2.0"').replaceAll('`0.1.0`', '`0.2.0`');
    routes['/variants/v2/pole-widgets.js'] = serveScript(v2);
    // Answers whose status and body the endpoints of signup-endpoint.mjs cannot shape.
    routes['/hardening/bidi-endpoint'] = (req, res) => {
      res.writeHead(422, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Adresse \u202Eeésufer\u202C refusée.\u0007' }));
    };
    routes['/hardening/late-body'] = (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"status":');
      setTimeout(() => res.end('"pending"}'), 2500);
    };
    routes['/hardening/endless-body'] = (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = `{"padding":"${'x'.repeat(64 * 1024)}`;
      const timer = setInterval(() => res.write(chunk), 5);
      res.on('close', () => clearInterval(timer));
    };
    server = await startServer({ routes });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the modal is never open where it cannot be seen', () => {
    for (const [cause, css] of [
      ['display: none', 'display: none'],
      ['content-visibility: hidden', 'content-visibility: hidden'],
    ]) {
      it(`refuses every way of opening inside an ancestor with ${cause}, with a console message, and leaves the page usable`, async () => {
        const { page, report, context } = await open(
          `<style>.sidebar { ${css}; }</style><main><h1>Page</h1>
           <a href="#newsletter" id="link" data-pole-newsletter-open>Newsletter</a>
           <button id="invoker" commandfor="nl" command="--show">Newsletter</button></main>
           <aside class="sidebar"><pole-newsletter-modal id="nl" ${COMPLETE} auto-open="delay" auto-open-delay="0.2" action="/api/test/signup"></pole-newsletter-modal></aside>
           ${SCRIPT}`,
        );
        await waitForWidgets(page);
        await countEvents(page);
        await page.waitForTimeout(800); // auto-open's delay has passed
        assert.deepEqual(await state(page), { open: false, dialog: false, modal: false, overflow: '' }, 'auto-open refused');
        await page.evaluate(() => document.querySelector('pole-newsletter-modal').show());
        await page.evaluate(() => document.querySelector('pole-newsletter-modal').setAttribute('open', ''));
        await page.click('#link');
        await page.click('#invoker');
        await page.evaluate(() => document.querySelector('pole-newsletter-modal').updateComplete);
        assert.deepEqual(await state(page), { open: false, dialog: false, modal: false, overflow: '' }, 'still closed, page not locked');
        assert.equal(await page.evaluate(() => document.querySelector('pole-newsletter-modal').hasAttribute('open')), false);
        assert.deepEqual(await page.evaluate(() => window.__events), [], 'no pole-open');
        const refusals = report.warnings.filter((w) => w.includes('<pole-newsletter-modal> refuses to open: not displayed'));
        assert.equal(refusals.length, 5, `one message per attempt: ${report.warnings.join('\n')}`);
        // The page is not inert: the visitor can still use it.
        await page.click('#invoker');
        assert.equal(await focused(page), 'button#invoker');
        await context.close();
      });
    }

    it('closes, with pole-close and focus back on the opener, when an ancestor is hidden while it is open', async () => {
      const { page, report, context } = await open(
        `<main><h1>Page</h1><button id="opener">Newsletter</button></main><aside id="side"><pole-newsletter-modal ${COMPLETE} action="/api/test/signup"></pole-newsletter-modal></aside>${SCRIPT}
         <script>document.getElementById('opener').onclick = () => document.querySelector('pole-newsletter-modal').show();</script>`,
      );
      await waitForWidgets(page);
      await countEvents(page);
      await page.click('#opener');
      await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('dialog').open);
      await page.evaluate(() => (document.getElementById('side').hidden = true));
      await page.waitForFunction(() => !document.querySelector('pole-newsletter-modal').open);
      assert.deepEqual(await state(page), { open: false, dialog: false, modal: false, overflow: '' });
      assert.equal(await focused(page), 'button#opener');
      assert.deepEqual(await page.evaluate(() => window.__events), [
        'element:pole-open:api',
        'document:pole-open:api',
        'element:pole-close:api',
        'document:pole-close:api',
      ]);
      assert.ok(report.warnings.some((w) => w.includes('<pole-newsletter-modal> refuses to open: not displayed')));
      await context.close();
    });

    it('opens normally once the ancestor is shown again', async () => {
      const { page, context } = await open(
        `<aside id="side" hidden><pole-newsletter-modal ${COMPLETE} action="/api/test/signup"></pole-newsletter-modal></aside>${SCRIPT}`,
      );
      await waitForWidgets(page);
      await page.evaluate(() => document.querySelector('pole-newsletter-modal').show());
      assert.equal((await state(page)).dialog, false);
      await page.evaluate(() => {
        document.getElementById('side').hidden = false;
        document.querySelector('pole-newsletter-modal').show();
      });
      await page.evaluate(() => document.querySelector('pole-newsletter-modal').updateComplete);
      assert.deepEqual(await state(page), { open: true, dialog: true, modal: true, overflow: 'hidden' });
      await context.close();
    });
  });

  describe('long unbreakable words wrap in every text a site sets', () => {
    it('at 320 px (400 % zoom of 1280 px): no sideways scroll, the close button stays in the dialog', async () => {
      const { page, context } = await open(
        `<pole-anniversary-banner heading="${LONG}" cta-label="${LONG}" href="/20-ans" dismissible>${LONG}</pole-anniversary-banner>
         <main><h1>Page</h1>
         <pole-explainer-card pole-name="${LONG}" theme-label="${LONG}" href="/pole" collapsible></pole-explainer-card>
         <pole-newsletter-modal heading="${LONG}" trigger-label="${LONG}" organisation="${LONG}" privacy-href="/privacy" ask-name action="/api/test/signup"></pole-newsletter-modal></main>
         ${SCRIPT}`,
        { contextOptions: { viewport: { width: 320, height: 640 } } },
      );
      await waitForWidgets(page);
      await page.locator('pole-explainer-card button[aria-expanded="false"]').click();
      const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok((await pageWidth()) <= 320, `no sideways scroll with the texts in the page: ${await pageWidth()} px`);
      await page.locator('pole-newsletter-modal [part~="trigger"]').click();
      await page.locator('pole-newsletter-modal input[type="email"]').waitFor();
      const boxes = await page.evaluate(() => {
        const root = document.querySelector('pole-newsletter-modal').shadowRoot;
        const box = (css) => root.querySelector(css).getBoundingClientRect().toJSON();
        const inner = [...root.querySelectorAll('dialog *')].map((el) => el.getBoundingClientRect()).filter((r) => r.width);
        return { dialog: box('dialog'), close: box('[part~="close-button"]'), right: Math.max(...inner.map((r) => r.right)) };
      });
      assert.ok(boxes.close.right <= boxes.dialog.right && boxes.close.left >= boxes.dialog.left, `close button inside: ${JSON.stringify(boxes)}`);
      assert.ok(boxes.dialog.right <= 320, `dialog inside the viewport: ${boxes.dialog.right}`);
      assert.ok(boxes.right <= boxes.dialog.right, `nothing in the dialog overflows it: ${boxes.right} > ${boxes.dialog.right}`);
      assert.ok((await pageWidth()) <= 320, 'no sideways scroll with the dialog open');
      await context.close();
    });
  });

  describe('a sandboxed frame (allow-scripts, no allow-forms)', () => {
    for (const press of ['click', 'enter']) {
      it(`sends the signup on a ${press == 'click' ? 'click on the submit button' : 'press of Enter in the field'}, without native submission`, async () => {
        const key = `sandbox-${press}-${Date.now()}`;
        routes[`/hardening/frame-${key}.html`] = htmlPage(
          `<pole-newsletter-modal ${COMPLETE} trigger-label="Newsletter" action="${server.origin}/api/test/signup?key=${key}"></pole-newsletter-modal>${SCRIPT}`,
        );
        const { page, context } = await open(`<h1>CMS</h1><iframe sandbox="allow-scripts" title="Aperçu" src="/hardening/frame-${key}.html"></iframe>`);
        const frame = page.frameLocator('iframe');
        await frame.locator('pole-newsletter-modal [part~="trigger"]').click();
        await fillAndSubmit(frame, { press });
        await frame.locator('pole-newsletter-modal [role="status"]').filter({ hasText: /./ }).waitFor({ timeout: 5000 });
        const sent = await requests(server, key);
        assert.equal(sent.length, 1, 'one request reached the endpoint');
        assert.equal(sent[0].parsed.email, 'visiteur@example.org');
        await context.close();
      });
    }
  });

  describe('durations are clamped to their documented range', () => {
    for (const value of ['Infinity', '1e9']) {
      it(`timeout="${value}" waits (capped at 120 s) instead of giving up at once`, async () => {
        const key = `timeout-${value}-${Date.now()}`;
        const { page, report, context } = await open(
          `<pole-newsletter-modal ${COMPLETE} trigger-label="Newsletter" timeout="${value}" action="/api/test/signup?key=${key}&amp;delay=1000"></pole-newsletter-modal>${SCRIPT}`,
        );
        await waitForWidgets(page);
        await page.locator('pole-newsletter-modal [part~="trigger"]').click();
        await fillAndSubmit(page);
        await page.locator('pole-newsletter-modal [role="status"]').filter({ hasText: /./ }).waitFor({ timeout: 5000 });
        assert.equal(await page.locator('pole-newsletter-modal [role="alert"]').textContent(), '', 'no failure shown');
        assert.ok(report.warnings.includes(`[pole-widgets] <pole-newsletter-modal> ignores timeout="${value}": use 0.1 to 120; using 120.`), report.warnings.join('\n'));
        assert.equal((await requests(server, key)).length, 1);
        await context.close();
      });
    }

    it('auto-open-delay="2592000" (30 days) is capped at a day, not fired at once', async () => {
      const { page, report, context } = await open(
        `<main><h1>Page</h1></main><pole-newsletter-modal ${COMPLETE} auto-open="delay" auto-open-delay="2592000" action="/api/test/signup"></pole-newsletter-modal>${SCRIPT}`,
      );
      await waitForWidgets(page);
      await page.waitForTimeout(1500);
      assert.equal((await state(page)).dialog, false);
      assert.ok(report.warnings.includes('[pole-widgets] <pole-newsletter-modal> ignores auto-open-delay="2592000": use 0 to 86400; using 86400.'));
      await context.close();
    });

    it('remember-days and dismiss-days above ten years are capped, with a message', async () => {
      const { page, report, context } = await open(
        `<pole-anniversary-banner dismiss-days="1e9"></pole-anniversary-banner><main><h1>Page</h1></main>
         <pole-newsletter-modal ${COMPLETE} remember-days="1e9" action="/api/test/signup"></pole-newsletter-modal>${SCRIPT}`,
      );
      await waitForWidgets(page);
      for (const [tag, attr] of [['pole-anniversary-banner', 'dismiss-days'], ['pole-newsletter-modal', 'remember-days']])
        assert.ok(report.warnings.includes(`[pole-widgets] <${tag}> ignores ${attr}="1e9": use 0 to 3650; using 3650.`), report.warnings.join('\n'));
      await context.close();
    });
  });

  describe('the documented body fields always win', () => {
    /** One signup with `attrs` (and `children`); the body the endpoint received and the console warnings. */
    async function signup(attrs, { children = '', name } = {}) {
      const key = `fields-${Date.now()}-${Math.random()}`;
      const { page, report, context } = await open(
        `<main><h1>Page</h1></main><pole-newsletter-modal ${COMPLETE} trigger-label="Newsletter" ${attrs} action="/api/test/signup?key=${key}">${children}</pole-newsletter-modal>${SCRIPT}`,
      );
      await waitForWidgets(page);
      await page.locator('pole-newsletter-modal [part~="trigger"]').click();
      await fillAndSubmit(page, { name });
      await page.locator('pole-newsletter-modal [role="status"]').filter({ hasText: /./ }).waitFor({ timeout: 5000 });
      const [sent] = await requests(server, key);
      await context.close();
      return { body: sent.parsed, warnings: report.warnings.filter((w) => w.startsWith('[pole-widgets]')) };
    }

    it('extra-fields cannot supply the name, the page or the consent; the key "constructor" is a field like any other', async () => {
      const { body, warnings } = await signup(
        `ask-name extra-fields='{"name":"Robot","page":"https://evil.example/","consent":"no","list":"42","constructor":"c"}'`,
      );
      assert.equal(body.name, undefined, 'no name typed, none sent');
      assert.match(body.page, /^http:\/\/127\.0\.0\.1:\d+\/hardening\//);
      assert.equal(body.consent, true);
      assert.equal(body.list, '42');
      assert.equal(body.constructor, 'c');
      for (const k of ['name', 'page', 'consent'])
        assert.ok(warnings.includes(`[pole-widgets] <pole-newsletter-modal> extra-fields: ignores "${k}": a field the signup sends itself.`), warnings.join('\n'));
    });

    it('a slotted extra input cannot replace the address', async () => {
      const { body, warnings } = await signup('', { children: '<input type="hidden" slot="extra" name="email" value="autre@example.org"><input type="hidden" slot="extra" name="source" value="footer">' });
      assert.equal(body.email, 'visiteur@example.org');
      assert.equal(body.source, 'footer');
      assert.ok(warnings.includes('[pole-widgets] <pole-newsletter-modal> slot="extra": ignores "email": a field the signup sends itself.'));
    });

    for (const field of ['consent', 'page', 'locale']) {
      it(`email-field="${field}" is refused: the address goes as "email"`, async () => {
        const { body, warnings } = await signup(`email-field="${field}"`);
        assert.equal(body.email, 'visiteur@example.org');
        assert.notEqual(body[field], 'visiteur@example.org');
        assert.ok(warnings.includes(`[pole-widgets] <pole-newsletter-modal> ignores email-field="${field}": a field the signup sends itself; using email.`), warnings.join('\n'));
      });
    }

    it('name-field="email" is refused: the first name never goes as the address', async () => {
      const { body, warnings } = await signup('ask-name name-field="email"', { name: 'Ada' });
      assert.equal(body.email, 'visiteur@example.org');
      assert.equal(body.name, 'Ada');
      assert.ok(warnings.includes('[pole-widgets] <pole-newsletter-modal> ignores name-field="email": a field the signup sends itself; using name.'));
    });
  });

  describe('lifecycle', () => {
    it('moved while open, it stays open where it now is; removed, it closes: every pole-open has its pole-close, focus back on the opener', async () => {
      const { page, context } = await open(
        `<main><h1>Page</h1><button id="opener">Newsletter</button><div id="a"><pole-newsletter-modal ${COMPLETE} action="/api/test/signup"></pole-newsletter-modal></div><div id="b"></div></main>${SCRIPT}
         <script>document.getElementById('opener').onclick = () => document.querySelector('pole-newsletter-modal').show();</script>`,
      );
      await waitForWidgets(page);
      await countEvents(page);
      await page.click('#opener');
      await page.locator('pole-newsletter-modal input[type="email"]').fill('visit');
      await page.evaluate(() => document.getElementById('b').append(document.querySelector('pole-newsletter-modal')));
      await page.waitForTimeout(100);
      assert.deepEqual(await state(page), { open: true, dialog: true, modal: true, overflow: 'hidden' }, 'still a modal dialog after the move');
      assert.equal(await page.locator('pole-newsletter-modal input[type="email"]').inputValue(), 'visit', 'what the visitor typed is kept');
      // Shown again, the dialog moves focus to the field 600 ms later, as at any opening (dialog-focus.ts).
      await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.activeElement?.id == 'pf-email', null, { timeout: 3000 });
      assert.equal(await focused(page), 'input#pf-email');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('pole-newsletter-modal').open);
      assert.equal(await focused(page), 'button#opener');

      await page.click('#opener');
      await page.evaluate(() => document.querySelector('pole-newsletter-modal').remove());
      await page.waitForTimeout(100);
      assert.equal(await focused(page), 'button#opener', 'focus back on the opener, not on <body>');
      assert.equal(await page.evaluate(() => document.documentElement.style.overflow), '', 'the page scrolls again');
      assert.deepEqual(await page.evaluate(() => window.__events), [
        'element:pole-open:api',
        'document:pole-open:api',
        'element:pole-close:escape',
        'document:pole-close:escape',
        'element:pole-open:api',
        'document:pole-open:api',
        'element:pole-close:api',
      ]);
      await context.close();
    });

    for (const [how, init] of [
      ['remember-days="0"', ''],
      ['storage blocked', `<script>Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });</script>`],
    ]) {
      it(`auto-opens at most once per page view when re-inserted (framework re-render), with ${how}`, async () => {
        const { page, context } = await open(
          `<main><h1>Page</h1><div id="slot"><pole-newsletter-modal ${COMPLETE} remember-days="0" auto-open="delay" auto-open-delay="0.2" action="/api/test/signup"></pole-newsletter-modal></div></main>${SCRIPT}`,
          { head: init },
        );
        await waitForWidgets(page);
        await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').open);
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.querySelector('pole-newsletter-modal').open);
        await page.evaluate(() => {
          const el = document.querySelector('pole-newsletter-modal');
          el.remove();
          document.getElementById('slot').append(el);
        });
        await page.waitForTimeout(1000);
        assert.equal((await state(page)).dialog, false, 'not opened a second time');
        await context.close();
      });
    }

    it('closed after its opener was removed, in a page without main or h1, focus does not fall to <body>', async () => {
      const { page, context } = await open(
        `<div class="site"><p id="intro">Texte</p><button id="opener">Newsletter</button></div><pole-newsletter-modal ${COMPLETE} action="/api/test/signup"></pole-newsletter-modal>${SCRIPT}
         <script>document.getElementById('opener').onclick = () => document.querySelector('pole-newsletter-modal').show();</script>`,
      );
      await waitForWidgets(page);
      await page.click('#opener');
      await page.evaluate(() => document.getElementById('opener').remove());
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('pole-newsletter-modal').open);
      const at = await focused(page);
      assert.ok(at && at != 'body', `focus on ${at}`);
      await context.close();
    });

    it('a dismissed banner that is the page’s last element, with no main or h1, leaves focus somewhere meaningful', async () => {
      const { page, context } = await open(`<div class="site"><h2>Actualités</h2></div><pole-anniversary-banner dismissible campaign="last-${Date.now()}"></pole-anniversary-banner>${SCRIPT}`);
      await waitForWidgets(page);
      await page.locator('pole-anniversary-banner [part~="dismiss-button"]').click();
      assert.equal(await focused(page), 'h2');
      await context.close();
    });
  });

  describe('two copies on one page', () => {
    for (const [first, second, version] of [
      ['/dist/pole-widgets.js', '/variants/v2/pole-widgets.js', '0.1.0'],
      ['/variants/v2/pole-widgets.js', '/dist/pole-widgets.js', '0.2.0'],
    ]) {
      it(`window.PoleWidgets is the copy that runs: ${first} then ${second}`, async () => {
        const { page, context } = await open(`<main><h1>Page</h1></main><script src="${first}"></script><script src="${second}"></script>`);
        const got = await page.evaluate(() => ({
          version: window.PoleWidgets.version,
          modal: window.PoleWidgets.PoleNewsletterModal === customElements.get('pole-newsletter-modal'),
          banner: window.PoleWidgets.PoleAnniversaryBanner === customElements.get('pole-anniversary-banner'),
        }));
        assert.deepEqual(got, { version, modal: true, banner: true });
        await context.close();
      });
    }

    it('loaded with <script type="module">, window.PoleWidgets is set', async () => {
      const { page, context } = await open(`<main><h1>Page</h1></main><script type="module" src="/dist/pole-widgets.js"></script>`);
      await page.waitForFunction(() => customElements.get('pole-newsletter-modal'));
      assert.equal(await page.evaluate(() => window.PoleWidgets?.PoleNewsletterModal === customElements.get('pole-newsletter-modal')), true);
      await context.close();
    });

    it('the script tag configures the page’s own modal and banner inside a shadow root instead of inserting others', async () => {
      const { page, context } = await open(
        `<site-app><template shadowrootmode="open"><pole-anniversary-banner></pole-anniversary-banner><main><h1>Page</h1><slot></slot></main>
         <pole-newsletter-modal ${COMPLETE}></pole-newsletter-modal></template></site-app>
         <script src="/dist/pole-widgets.js" data-banner data-banner-href="https://example.org/20-ans" data-newsletter data-newsletter-action="/api/test/signup"></script>`,
      );
      await page.waitForFunction(() => customElements.get('pole-newsletter-modal'));
      const got = await page.evaluate(() => {
        const app = document.querySelector('site-app').shadowRoot;
        return {
          light: document.querySelectorAll('pole-newsletter-modal, pole-anniversary-banner').length,
          action: app.querySelector('pole-newsletter-modal').getAttribute('action'),
          href: app.querySelector('pole-anniversary-banner').getAttribute('href'),
        };
      });
      assert.deepEqual(got, { light: 0, action: '/api/test/signup', href: 'https://example.org/20-ans' });
      await context.close();
    });
  });

  describe('smaller refusals', () => {
    it('refuses URLs with a user name or password up front, in every URL attribute', async () => {
      const cred = `http://user:pass@127.0.0.1:${server.port}`;
      const { page, report, context } = await open(
        `<pole-anniversary-banner href="https://user:pass@example.org/"></pole-anniversary-banner><main><h1>Page</h1>
         <pole-explainer-card href="https://www.pole.fr@evil.example/"></pole-explainer-card></main>
         <pole-newsletter-modal organisation="Pôle" privacy-href="https://a:b@example.org/privacy" trigger-label="Newsletter" action="${cred}/api/test/signup"></pole-newsletter-modal>${SCRIPT}`,
      );
      await waitForWidgets(page);
      const said = report.warnings.filter((w) => w.includes('a URL may not carry a user name or password.'));
      assert.deepEqual(
        said.map((w) => w.match(/<([a-z-]+)> ignores ([a-z-]+)=/).slice(1).join(' ')).sort(),
        ['pole-anniversary-banner href', 'pole-explainer-card href', 'pole-newsletter-modal action', 'pole-newsletter-modal privacy-href'],
      );
      assert.ok(report.errors.some((e) => e.includes(`action="${cred}/api/test/signup" refused: signup unavailable.`)));
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('pole-anniversary-banner, pole-explainer-card, pole-newsletter-modal')].flatMap((el) =>
          [...el.shadowRoot.querySelectorAll('a[href]')].map((a) => a.href),
        ),
      );
      assert.deepEqual(links.filter((h) => h.includes('@')), [], 'no link carries credentials');
      await context.close();
    });

    it('caps the address at 254 characters: the field stops there and a longer value is refused before any request', async () => {
      const key = `long-${Date.now()}`;
      const { page, report, context } = await open(
        `<main><h1>Page</h1></main><pole-newsletter-modal ${COMPLETE} trigger-label="Newsletter" action="/api/test/signup?key=${key}"></pole-newsletter-modal>${SCRIPT}`,
      );
      await waitForWidgets(page);
      await page.locator('pole-newsletter-modal [part~="trigger"]').click();
      const email = page.locator('pole-newsletter-modal input[type="email"]');
      assert.equal(await email.getAttribute('maxlength'), '254');
      const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.example`; // 264 characters
      await email.fill(long);
      assert.equal((await email.inputValue()).length, 254, 'typing or pasting stops at 254');
      // A script (or an extension) can still set a longer value than the visitor could type.
      await email.evaluate((el, v) => (el.value = v), long);
      await page.locator('pole-newsletter-modal input[type="checkbox"]').check();
      await page.waitForTimeout(1700);
      await page.locator('pole-newsletter-modal button[type="submit"]').click();
      await page.locator('pole-newsletter-modal #pf-email[aria-invalid="true"]').waitFor();
      assert.equal(await email.inputValue(), long, 'what was typed stays');
      await page.waitForTimeout(300);
      assert.deepEqual(await requests(server, key), []);
      assert.deepEqual(report.errors, []);
      await context.close();
    });

    it('removes bidi and control characters from server messages', async () => {
      const { page, context } = await open(
        `<main><h1>Page</h1></main><pole-newsletter-modal ${COMPLETE} trigger-label="Newsletter" action="/hardening/bidi-endpoint"></pole-newsletter-modal>${SCRIPT}`,
      );
      await waitForWidgets(page);
      await page.locator('pole-newsletter-modal [part~="trigger"]').click();
      await fillAndSubmit(page);
      const alert = page.locator('pole-newsletter-modal [role="alert"]');
      await alert.filter({ hasText: /./ }).waitFor();
      assert.equal(await alert.textContent(), 'Adresse eésufer refusée.');
      await context.close();
    });

    for (const [what, path, timeout] of [
      ['whose body arrives after the timeout', '/hardening/late-body', 1],
      ['whose body never ends (read up to 16 kB)', '/hardening/endless-body', 5],
    ]) {
      it(`reports a 2xx ${what} as a success: the status decides`, async () => {
        const { page, context } = await open(
          `<main><h1>Page</h1></main><pole-newsletter-modal ${COMPLETE} trigger-label="Newsletter" timeout="${timeout}" action="${path}"></pole-newsletter-modal>${SCRIPT}`,
        );
        await waitForWidgets(page);
        await page.locator('pole-newsletter-modal [part~="trigger"]').click();
        const started = Date.now();
        await fillAndSubmit(page);
        await page.locator('pole-newsletter-modal [role="status"]').filter({ hasText: /./ }).waitFor({ timeout: 8000 });
        assert.ok(Date.now() - started < 1700 + timeout * 1000 + 1500, 'not held past the timeout');
        assert.equal(await page.locator('pole-newsletter-modal [role="alert"]').textContent(), '');
        await context.close();
      });
    }
  });
});
