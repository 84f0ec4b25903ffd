// The three script-tag files (member, partner, complete), each pasted alone into a plain page as a
// site owner would, then two of them on one page: each file defines exactly its elements and they
// work; two files define each element once, warn nothing and keep window.PoleWidgets coherent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './browser.mjs';
import { PASTED_DIR } from './server.mjs';
import { ROOT, TAGS, assertClean, pastedPage, useServerAndBrowser } from './helpers.mjs';

const BUILT = JSON.parse(readFileSync(join(ROOT, 'dist/pole-widgets.json'), 'utf8')).files;
const MEMBER = ['pole-anniversary-banner', 'pole-anniversary-logo', 'pole-explainer-card'];
const PARTNER = ['pole-newsletter-modal'];
const ELEMENTS = { member: MEMBER, partner: PARTNER, complete: TAGS };
const tag = (file, data = '') =>
  `<script src="/dist/${BUILT[file].file}" integrity="${BUILT[file].integrity}" crossorigin="anonymous"${data}></script>`;
const CONTENT = `<pole-explainer-card pole-name="Polymeris" collapsible></pole-explainer-card>
<pole-newsletter-modal action="/api/test/signup" trigger-label="S’inscrire à la newsletter" organisation="Pôle Test" privacy-href="/privacy"></pole-newsletter-modal>`;
const TOP = '<pole-anniversary-banner href="https://example.org/20-ans"></pole-anniversary-banner>';

describe('the three script-tag files in a plain page', () => {
  let server;
  let browser;
  useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

  async function open(name, parts, headers) {
    mkdirSync(PASTED_DIR, { recursive: true });
    writeFileSync(join(PASTED_DIR, `files-${name}.html`), pastedPage(parts));
    if (headers) writeFileSync(join(PASTED_DIR, `files-${name}.headers.json`), JSON.stringify(headers));
    const opened = await openPage(browser, `${server.origin}/pasted/files-${name}.html`);
    opened.page.setDefaultTimeout(5000);
    await opened.page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    return opened;
  }
  const defined = (page) => page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);

  /** The member elements render and respond: the banner shows its logo, the card expands. */
  async function memberWorks(page) {
    await page.locator('pole-anniversary-banner pole-anniversary-logo svg').first().waitFor();
    await page.locator('pole-explainer-card button[aria-expanded="false"]').click();
    await page.locator('pole-explainer-card button[aria-expanded="true"]').waitFor();
  }
  /** The dialog opens from its trigger with focus on its first field. */
  async function partnerWorks(page) {
    await page.locator('pole-newsletter-modal [part~="trigger"]').click();
    await page.waitForFunction(() => {
      const root = document.querySelector('pole-newsletter-modal').shadowRoot;
      return root.querySelector('dialog').open && root.activeElement?.matches('input[type="email"]');
    });
  }

  for (const file of ['member', 'partner', 'complete']) {
    it(`${BUILT[file].file} defines exactly its elements, which work, with nothing in the console`, async () => {
      const { page, report, context } = await open(file, { top: TOP, content: CONTENT, end: tag(file) });
      await page.waitForFunction((t) => customElements.get(t), ELEMENTS[file][0]);
      assert.deepEqual(await defined(page), ELEMENTS[file]);
      if (file != 'partner') await memberWorks(page);
      if (file != 'member') await partnerWorks(page);
      const api = await page.evaluate(() => ({ files: window.PoleWidgets.files, names: Object.keys(window.PoleWidgets).sort() }));
      assert.deepEqual(api.files, [file]);
      assertClean(report);
      assert.deepEqual(report.warnings, []);
      await context.close();
    });
  }

  for (const [first, second] of [
    ['member', 'partner'],
    ['partner', 'member'],
    ['member', 'complete'],
    ['complete', 'member'],
  ]) {
    it(`${BUILT[first].file} then ${BUILT[second].file}: each element defined once, no warning, window.PoleWidgets names what runs`, async () => {
      const { page, report, context } = await open(`${first}-${second}`, { top: TOP, content: CONTENT, end: tag(first) + tag(second) });
      await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);
      await memberWorks(page);
      await partnerWorks(page);
      const api = await page.evaluate((tags) => {
        const name = (t) => t.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
        return { files: window.PoleWidgets.files, same: tags.every((t) => window.PoleWidgets[name(t)] === customElements.get(t)) };
      }, TAGS);
      // The second file adds what the first did not define; a complete file after the member file
      // adds only the dialog.
      const added = first == 'complete' ? [first] : [first, second];
      assert.deepEqual(api, { files: added, same: true });
      assertClean(report);
      assert.deepEqual(report.warnings, []);
      await context.close();
    });
  }

  it('each file reads its own script tag’s options, and says which file has an option it lacks', async () => {
    const member = tag('member', ' data-banner data-banner-href="https://example.org/20-ans" data-newsletter');
    const partner = tag('partner', ' data-newsletter data-newsletter-action="/api/test/signup" data-newsletter-organisation="Pôle Test" data-newsletter-privacy-href="/privacy" data-banner-variant="compact"');
    const { page, report, context } = await open('options', { end: member + partner });
    await page.waitForFunction(() => document.querySelector('pole-anniversary-banner') && document.querySelector('pole-newsletter-modal'));
    await partnerWorks(page);
    const got = await page.evaluate(() => ({
      banners: document.querySelectorAll('pole-anniversary-banner').length,
      modals: document.querySelectorAll('pole-newsletter-modal').length,
      action: document.querySelector('pole-newsletter-modal').getAttribute('action'),
    }));
    assert.deepEqual(got, { banners: 1, modals: 1, action: '/api/test/signup' });
    assert.deepEqual(report.warnings, [
      '[pole-widgets] <script> ignores data-newsletter: pole-widgets-member.js has no <pole-newsletter-modal>; pole-widgets-partner.js or pole-widgets.js has.',
      '[pole-widgets] <script> ignores data-banner: pole-widgets-partner.js has no <pole-anniversary-banner>; pole-widgets-member.js or pole-widgets.js has.',
    ]);
    await context.close();
  });

  // Each file bundles its own Lit, and each Lit creates a Trusted Types policy named lit-html: a page
  // that enforces Trusted Types allows the second one with 'allow-duplicates' (docs/files.md).
  for (const [policy, both] of [
    ["trusted-types lit-html 'allow-duplicates'", true],
    ['trusted-types lit-html', false],
  ]) {
    it(`under "require-trusted-types-for 'script'; ${policy}", the second file ${both ? 'runs too' : 'is refused, as docs/files.md says'}`, async () => {
      const csp = { 'Content-Security-Policy': `require-trusted-types-for 'script'; ${policy}` };
      const { page, report, context } = await open(`tt-${both}`, { top: TOP, content: CONTENT, end: tag('member') + tag('partner') }, csp);
      await page.waitForFunction(() => customElements.get('pole-explainer-card'));
      if (both) await partnerWorks(page);
      assert.equal(await page.evaluate(() => !!customElements.get('pole-newsletter-modal')), both);
      if (both) assertClean(report);
      else assert.match(report.pageErrors.join('\n'), /Policy with name "lit-html" already exists/);
      await context.close();
    });
  }
});
