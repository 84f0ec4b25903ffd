// One-tag placements with the built single file in plain pages with no site CSS: a partner pastes
// the script tag (in <head>, with defer or async, or at the end of <body>), and nothing in the page
// moves, measured by the Layout Instability API. The file is served late (as on a slow connection),
// so every position but a plain script in <head> runs after the first paint.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtFile } from './helpers.mjs';
import { launch, openPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { after, before } from 'node:test';

const WIDTHS = [320, 360, 768, 1280, 1920];
const POSITIONS = ['head', 'head-defer', 'head-async', 'body-end'];
const TEXT = {
  fr: ['Actualités du pôle', 'Le contenu de la page, que rien ne doit déplacer. ', 'S’inscrire à la lettre'],
  en: ['Cluster news', 'The page’s content, which nothing may move. ', 'Subscribe to the newsletter'],
};
const DELAY = 400;

/** A plain page with the tag at `position`; `data` are the tag's data-* attributes (name → value). */
export function pastedPage({ lang = 'fr', position = 'head-defer', data = {}, target = false }) {
  const [title, sentence, label] = TEXT[lang];
  const attrs = Object.entries({
    'data-lang': lang,
    'data-newsletter-action': '/api/signup',
    'data-newsletter-organisation': 'Pôle exemple',
    'data-newsletter-privacy-href': '/confidentialite',
    'data-newsletter-trigger-label': label,
    ...data,
  })
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  const mode = { 'head-defer': ' defer', 'head-async': ' async' }[position] ?? '';
  const tag = `<script src="/slow/pole-widgets.js"${mode}${attrs}></script>`;
  const head = position.startsWith('head') ? tag : '';
  const end = position == 'body-end' ? tag : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>${title}</title>
<script>
window.__shift = 0;
window.__still = 0;
window.__moved = [];
const same = (a, b) => ['x', 'y', 'width', 'height'].every((k) => a[k] == b[k]);
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) { if (e.sources.length && e.sources.every((s) => same(s.previousRect, s.currentRect))) { window.__still += e.value; continue; } window.__shift += e.value; for (const s of e.sources) window.__moved.push((s.node?.nodeName ?? '?') + ' ' + JSON.stringify(s.previousRect) + ' → ' + JSON.stringify(s.currentRect)); } }).observe({ type: 'layout-shift', buffered: true });
</script>
${head}</head><body>
<header><strong>Pôle exemple</strong> <a href="#">Accueil</a> <a href="#">Contact</a></header>
<main><h1>${title}</h1>${`<p>${sentence.repeat(25)}</p>`.repeat(target ? 12 : 6)}${target ? '<div id="lettre"></div>' : ''}</main>
<footer><p>© Pôle exemple</p></footer>
${end}</body></html>`;
}

describe('one-tag placements with dist/pole-widgets.js, no site CSS', () => {
  let server;
  let browser;
  before(async () => {
    const file = await builtFile();
    const slow = (req, res) =>
      setTimeout(() => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(file);
      }, DELAY);
    server = await startServer({ routes: { '/slow/pole-widgets.js': slow } });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Loads `html` at `width`; returns the layout shift and what the script placed where. */
  async function load(html, width, inspect = () => null) {
    const url = `${server.origin}/pages/placements-virtual.html`;
    const { page, context, report } = await openPage(browser, url, {
      contextOptions: { viewport: { width, height: 800 } },
      beforeLoad: (p) => p.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html })),
    });
    await page.waitForFunction(() => document.querySelector('pole-newsletter-modal')?.shadowRoot?.childElementCount);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
    const result = await page.evaluate(() => ({ shift: window.__shift, still: window.__still, moved: window.__moved }));
    result.seen = await page.evaluate(inspect);
    assert.deepEqual(report.pageErrors, []);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
    await context.close();
    return result;
  }

  const where = () => {
    const banner = document.querySelector('pole-anniversary-banner');
    const modal = document.querySelector('pole-newsletter-modal');
    const trigger = modal.shadowRoot.querySelector('[part~=trigger]');
    return {
      banner: banner?.getAttribute('placement'),
      bannerShown: !!banner?.shadowRoot.querySelector('[part~=base]')?.checkVisibility(),
      newsletter: modal.getAttribute('placement'),
      parent: modal.parentElement.localName + (modal.parentElement.id ? '#' + modal.parentElement.id : ''),
      trigger: getComputedStyle(trigger).position,
      triggerShown: trigger.checkVisibility(),
    };
  };

  async function matrix(config, expect) {
    const failures = [];
    for (const lang of ['fr', 'en'])
      for (const position of POSITIONS)
        for (const width of WIDTHS) {
          const { shift, still, moved, seen } = await load(pastedPage({ lang, position, ...config }), width, where);
          if (shift !== 0) failures.push(`${lang} ${position} ${width}px: CLS ${shift.toFixed(4)} (${moved.join('; ')})`);
          // Now and then (about 1 page in 100, loaded or idle machine) Chromium scores a shift of the
          // header's text whose rect did not change at all (0.0015-0.0023): nothing moved on screen.
          // Counted apart, bounded well under any real move of the header.
          if (still >= 0.005) failures.push(`${lang} ${position} ${width}px: ${still.toFixed(4)} scored on nodes that did not move`);
          const wanted = expect(position);
          for (const [k, v] of Object.entries(wanted))
            if (seen[k] !== v) failures.push(`${lang} ${position} ${width}px: ${k} is ${seen[k]}, expected ${v}`);
        }
    assert.deepEqual(failures, []);
  }

  it('defaults: a top bar in the flow from <head> (space held before the first paint), an overlay at the bottom otherwise, a trigger floating at the bottom end; CLS 0 everywhere', async () => {
    await matrix({ data: { 'data-banner': '', 'data-banner-href': 'https://example.org/20-ans' } }, (position) => ({
      banner: position == 'head' ? 'top' : 'overlay-bottom',
      bannerShown: true,
      newsletter: 'bottom-end',
      parent: 'main',
      trigger: 'fixed',
      triggerShown: true,
    }));
  });

  it('overlay-top banner and a trigger at the bottom start: CLS 0 everywhere', async () => {
    await matrix(
      { data: { 'data-banner-placement': 'overlay-top', 'data-newsletter-placement': 'bottom-start' } },
      () => ({ banner: 'overlay-top', bannerShown: true, newsletter: 'bottom-start', trigger: 'fixed', triggerShown: true }),
    );
  });

  it('inline newsletter trigger in data-newsletter-target below the fold, overlay-bottom banner: CLS 0 everywhere', async () => {
    await matrix(
      {
        target: true,
        data: { 'data-banner-placement': 'overlay-bottom', 'data-newsletter-placement': 'inline', 'data-newsletter-target': '#lettre' },
      },
      () => ({ banner: 'overlay-bottom', bannerShown: true, newsletter: 'inline', parent: 'div#lettre', trigger: 'static', triggerShown: true }),
    );
  });

  it('the measurement is real: a top bar asked for by a late script shifts the page', async () => {
    const html = pastedPage({ position: 'head-defer', data: { 'data-banner-placement': 'top' } });
    assert.ok((await load(html, 360)).shift > 0.05);
  });
});
