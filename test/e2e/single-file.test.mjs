// The built single file, pasted into a plain HTML page as a site owner would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage } from './browser.mjs';
import { useServerAndBrowser } from './helpers.mjs';

const ELEMENTS = ['pole-anniversary-logo', 'pole-anniversary-banner', 'pole-explainer-card', 'pole-newsletter-modal'];

describe('dist/pole-widgets.js in a plain page', () => {
  let server;
  let browser;
  useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

  it('defines and renders every element with no console error and no other request', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/plain.html`);
    for (const tag of ELEMENTS) {
      const rendered = await page.evaluate(
        (t) => !!customElements.get(t) && !!document.querySelector(t)?.shadowRoot?.childElementCount,
        tag,
      );
      assert.ok(rendered, `${tag} is defined and rendered`);
    }
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.equal(await page.evaluate(() => window.PoleWidgets?.version), pkg.version);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.pageErrors, []);
    const others = report.requests.filter((u) => !u.startsWith(`${server.origin}/pages/`) && !u.startsWith(`${server.origin}/dist/`));
    assert.deepEqual(others, []);
    await context.close();
  });
});
