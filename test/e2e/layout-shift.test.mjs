// The docs' no-layout-shift lines with the built single file, as a site owner pastes them: the
// benchmark page (test/bench/pages/ours.html) carries them, and with the script running after the
// first paint (a deferred script on a slow connection) nothing in the page moves. The component
// tests (test/layout-shift.test.ts) run the same lines on the sources.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage } from './browser.mjs';
import { docCssLines, lateScript, pageOf, useServerAndBrowser } from './helpers.mjs';

const read = (path) => readFileSync(new URL(path, import.meta.url), 'utf8');
const lines = (tag) => docCssLines(pageOf(tag), tag).filter((l) => !l.includes('[variant=compact]'));
const BENCH = read('../bench/pages/ours.html');
const RESERVE = /<!-- bench:reserve[^]*?<!-- \/bench:reserve -->/;

const LATE_SCRIPT = lateScript();

/** The benchmark page with the script loaded late; `reserve: false` drops its bench:reserve block. */
function benchPage({ reserve = true } = {}) {
  const page = BENCH.replace(/<script src="\/dist\/pole-widgets\.js"[^>]*><\/script>/, '').replace('</body>', `${LATE_SCRIPT}</body>`);
  return reserve ? page : page.replace(RESERVE, '');
}

describe('the docs’ no-layout-shift lines with dist/pole-widgets.js', () => {
  let server;
  let browser;
  useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

  async function shift(html, width, height = 800) {
    const url = `${server.origin}/pages/layout-shift-virtual.html`;
    const { page, context, report } = await openPage(browser, url, {
      contextOptions: { viewport: { width, height } },
      beforeLoad: (p) => p.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })),
    });
    await page.waitForFunction(() => window.__done === true);
    const result = await page.evaluate(() => ({
      shift: window.__shift,
      rendered: ((els) => els.length > 0 && els.every((el) => el.shadowRoot?.childElementCount))([
        ...document.querySelectorAll('pole-anniversary-banner,pole-newsletter-modal,pole-explainer-card'),
      ]),
    }));
    assert.deepEqual(report.pageErrors, []);
    assert.deepEqual(report.warnings, []);
    await context.close();
    assert.ok(result.rendered, 'the widgets rendered');
    return result.shift;
  }

  /** Where the script tag put its banner in `html`. */
  async function placed(html) {
    const url = `${server.origin}/pages/layout-shift-virtual.html`;
    const { page, context } = await openPage(browser, url, {
      beforeLoad: (p) => p.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })),
    });
    await page.waitForFunction(() => window.__done === true);
    const placement = await page.evaluate(() => document.querySelector('pole-anniversary-banner').getAttribute('placement'));
    await context.close();
    return placement;
  }

  it('the benchmark pages carry the docs’ lines for the banner, the newsletter trigger and the card, as pasted', () => {
    const expected = [...lines('pole-anniversary-banner'), ...lines('pole-newsletter-modal'), ...lines('pole-explainer-card')];
    assert.equal(lines('pole-newsletter-modal').length, 4);
    assert.equal(lines('pole-explainer-card').length, 3);
    for (const name of ['ours.html', 'ours-sync.html']) {
      const block = read(`../bench/pages/${name}`).match(RESERVE)?.[0] ?? '';
      const pasted = block.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('pole-'));
      assert.deepEqual(pasted, expected, name);
    }
  });

  it('the demo member site’s stylesheet carries every docs line as pasted', () => {
    const css = read('../../demo/demo.css').split('\n').map((l) => l.trim());
    const expected = ['pole-anniversary-banner', 'pole-newsletter-modal', 'pole-explainer-card'].flatMap((tag) => docCssLines(pageOf(tag), tag));
    assert.deepEqual(expected.filter((l) => !css.includes(l)), []);
  });

  it('keeps the benchmark page’s layout shift at 0 on a phone (412 × 823) and a laptop (1280 × 800)', async () => {
    assert.equal(await shift(benchPage(), 412, 823), 0);
    assert.equal(await shift(benchPage(), 1280, 800), 0);
  });

  it('shifts the benchmark page without the lines (the measurement is real)', async () => {
    assert.ok((await shift(benchPage({ reserve: false }), 412, 823)) > 0.1);
  });

  it('keeps the newsletter trigger’s layout shift at 0, in a sentence, with an intro and a fallback link, at phone, tablet and desktop widths, fr and en', async () => {
    const css = lines('pole-newsletter-modal').join('\n');
    const failures = [];
    for (const [lang, label] of [
      ['fr', 'S’inscrire à la newsletter'],
      ['en', 'Subscribe to the newsletter'],
    ])
      for (const width of [320, 375, 414, 768, 1024, 1440]) {
        const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{margin:0;font-family:sans-serif;line-height:1.5}${css}</style></head><body><main>
<div>Recevez nos actualités : <pole-newsletter-modal action="/api/signup" organisation="Pôle exemple" privacy-href="/confidentialite" trigger-label="${label}">
  <p slot="intro">Un courriel par mois.</p>
  <a href="/newsletter">${label}</a>
</pole-newsletter-modal> ou lisez les archives de la lettre du pôle et de ses membres.</div>
<p>${'Du contenu sous le bouton. '.repeat(40)}</p></main>${LATE_SCRIPT}</body></html>`;
        const s = await shift(html, width);
        if (s !== 0) failures.push(`${lang} ${width}px: ${s.toFixed(4)}`);
      }
    assert.deepEqual(failures, []);
  });

  it('keeps a banner inserted by the script tag (data-banner) in the flow without shifting the page with the script-tag page’s body line, fr and en, phone to desktop; a top bar shifts without it', async () => {
    const [line] = docCssLines('script-tag', 'body:not(:has(pole-anniversary-banner:defined))::before{');
    assert.ok(line, 'the script-tag page gives the line');
    const page = (lang, css, placement = {}) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{margin:0;font-family:sans-serif;line-height:1.5}${css}</style></head><body>
<header><strong>Pôle exemple</strong></header><main><h1>Actualités</h1><p>${'Le contenu de la page, sous le bandeau. '.repeat(30)}</p></main>
${lateScript({ lang, banner: '', bannerHref: 'https://example.org/20-ans', bannerDismissible: '', ...placement })}</body></html>`;
    const failures = [];
    for (const lang of ['fr', 'en'])
      for (const width of [320, 412, 768, 1280, 1920]) {
        const s = await shift(page(lang, line), width);
        if (s !== 0) failures.push(`${lang} ${width}px: ${s.toFixed(4)}`);
        // The reserved space is what makes the script choose the flow over an overlay.
        if (width == 320) assert.equal(await placed(page(lang, line)), 'top');
      }
    assert.deepEqual(failures, []);
    assert.ok((await shift(page('fr', '', { bannerPlacement: 'top' }), 412, 823)) > 0.05, 'without the line a top bar moves the page');
  });
});
