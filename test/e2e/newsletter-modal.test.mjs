// The built modal in a plain page, where the component tests cannot reach: a classic scrollbar (the
// test runner's Chromium hides scrollbars) and a touch-first device (exit intent must stay quiet).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromeFlags, findChrome } from '../server/chrome.mjs';
import { openPage } from './browser.mjs';
import { startServer } from './server.mjs';

describe('<pole-newsletter-modal> from dist/pole-widgets.js', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    // Playwright hides scrollbars in headless mode unless told otherwise: this page needs a real one.
    browser = await chromium.launch({ executablePath: findChrome(), headless: true, args: chromeFlags, ignoreDefaultArgs: ['--hide-scrollbars'] });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('locks the page behind without any layout shift from the vanishing scrollbar, and restores it exactly', async () => {
    const { page, report, context } = await openPage(browser, `${server.origin}/pages/plain.html`);
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('div'), { className: 'spacer' }));
      document.querySelector('.spacer').style.height = '3000px';
      scrollTo(0, 40);
    });
    const measure = () =>
      page.evaluate(() => ({
        scrollbar: innerWidth - document.documentElement.clientWidth,
        heading: JSON.stringify(document.querySelector('h1').getBoundingClientRect()),
        style: document.documentElement.getAttribute('style'),
        overflow: getComputedStyle(document.documentElement).overflowY,
        scrollY,
      }));
    const before = await measure();
    assert.ok(before.scrollbar > 0, 'the page has a classic scrollbar');
    await page.locator('pole-newsletter-modal [part=trigger]').click();
    await page.locator('pole-newsletter-modal dialog[open]').waitFor();
    const open = await measure();
    assert.equal(open.overflow, 'hidden');
    assert.equal(open.heading, before.heading, 'nothing moved or resized: the scrollbar’s room is kept');
    assert.equal(open.scrollY, before.scrollY);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(200);
    assert.equal((await measure()).scrollY, before.scrollY, 'the wheel does not scroll the page behind');
    await page.keyboard.press('Escape');
    await page.locator('pole-newsletter-modal dialog:not([open])').waitFor({ state: 'attached' });
    const after = await measure();
    assert.deepEqual(after, before, 'overflow, inline style, scroll position and layout as they were');
    assert.deepEqual(report.pageErrors, []);
    await context.close();
  });

  for (const [device, contextOptions, expected] of [
    ['a desktop with a mouse', {}, true],
    ['a touch-first phone', { isMobile: true, hasTouch: true, viewport: { width: 390, height: 700 } }, false],
  ]) {
    it(`${expected ? 'opens' : 'stays quiet'} on exit intent on ${device}`, async () => {
      const { page, context } = await openPage(browser, `${server.origin}/pages/plain.html`, { contextOptions });
      await page.evaluate(() => document.querySelector('pole-newsletter-modal').setAttribute('auto-open', 'exit'));
      await page.mouse.move(150, 200);
      await page.mouse.move(150, -10, { steps: 4 });
      await page.waitForTimeout(400);
      const open = await page.evaluate(() => document.querySelector('pole-newsletter-modal').open);
      assert.equal(open, expected);
      await context.close();
    });
  }
});
