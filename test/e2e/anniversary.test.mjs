// The built single file's banner and logo, as a site owner pastes them: what the build (minified
// templates and CSS) must not change. The component tests run the sources; these run dist/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './browser.mjs';
import { docCssLines, lateScript, useServerAndBrowser } from './helpers.mjs';

const SNIPPETS = docCssLines('anniversary-banner', 'pole-anniversary-banner');

/**
 * A plain page with the banner and content below it; the single file is loaded only after the
 * first paint (as a slow or deferred script would be), with or without the snippet of its docs page.
 */
function pageHtml({ css = '', lang = 'fr', variant = '' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{margin:0;font-family:sans-serif}${css}</style></head><body>
<pole-anniversary-banner${variant ? ` variant="${variant}"` : ''} href="https://example.org/20-ans" dismissible></pole-anniversary-banner>
<main><h1>Un site partenaire</h1><p>${'Du contenu sous le bandeau. '.repeat(40)}</p>
<pole-anniversary-logo style="height:96px"></pole-anniversary-logo></main>
${lateScript()}</body></html>`;
}

describe('banner and logo in dist/pole-widgets.js', () => {
  let server;
  let browser;
  useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

  async function open(html, width = 1280) {
    const url = `${server.origin}/pages/anniversary-virtual.html`;
    const opened = await openPage(browser, url, {
      contextOptions: { viewport: { width, height: 800 } },
      beforeLoad: (p) => p.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })),
    });
    await opened.page.waitForFunction(() => window.__done === true);
    return opened;
  }

  it('draws every shape of the logo side by side (none swallowed by a minified tag)', async () => {
    const { page, report, context } = await open(pageHtml({ css: SNIPPETS.join('\n') }));
    const shapes = await page.evaluate(() => {
      const svg = document.querySelector('pole-anniversary-logo').shadowRoot.querySelector('svg');
      return { children: [...svg.children].map((c) => `${c.localName}:${c.childElementCount}`), box: { width: svg.getBBox().width } };
    });
    assert.deepEqual(shapes.children, ['path:0', 'ellipse:0', 'circle:0', 'path:0']);
    assert.ok(shapes.box.width > 110, `the mark spans its width (${shapes.box.width})`);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.pageErrors, []);
    await context.close();
  });

  it('the banner’s docs page gives one snippet line per variant', () => {
    assert.equal(SNIPPETS.length, 2);
  });

  it('keeps the layout shift at 0 with the docs page’s snippet, at phone, tablet and desktop widths', async () => {
    const failures = [];
    for (const variant of ['', 'compact'])
      for (const lang of ['fr', 'en'])
        for (const width of [320, 375, 414, 768, 1024, 1440]) {
          const { page, context } = await open(pageHtml({ css: SNIPPETS.join('\n'), lang, variant }), width);
          const shift = await page.evaluate(() => window.__shift);
          if (shift !== 0) failures.push(`${variant || 'default'} ${lang} ${width}px: ${shift.toFixed(4)}`);
          await context.close();
        }
    assert.deepEqual(failures, []);
  });

  it('shifts the page without the snippet (the measurement is real)', async () => {
    const { page, context } = await open(pageHtml(), 1280);
    assert.ok((await page.evaluate(() => window.__shift)) > 0);
    await context.close();
  });
});
