// One-tag placements with the built single file in plain pages with no site CSS: a partner pastes
// the script tag (in <head>, with defer or async, or at the end of <body>), and nothing in the page
// moves, measured by the Layout Instability API. In every position but a plain script in <head>, the
// server holds the file until the page has painted (as on a slow connection), so it runs after the
// first paint by construction rather than after a guessed delay.
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
// When a page has not told the server it painted by then, its file is sent anyway and the load fails.
const PAINT_TIMEOUT = 10_000;

/**
 * A plain page with the tag at `position`; `data` are the tag's data-* attributes (name → value).
 * `key` names the load: the page reports its first paint to /placements/painted?k=key, and its file
 * (/placements/pole-widgets.js?k=key) is held until then, except in <head> without defer or async,
 * where the file blocks the first paint itself.
 */
export function pastedPage({ lang = 'fr', position = 'head-defer', data = {}, target = false, key = '0' }) {
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
  const hold = position == 'head' ? '' : '&after-paint';
  const tag = `<script src="/placements/pole-widgets.js?k=${key}${hold}"${mode}${attrs}></script>`;
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
new PerformanceObserver((l, o) => { o.disconnect(); fetch('/placements/painted?k=${key}', { method: 'POST' }); }).observe({ type: 'paint', buffered: true });
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
  // Per load (by key): its page, whether it painted, and its file's answer while held.
  const pages = new Map();
  const painted = new Set();
  const held = new Map();
  const late = [];
  let loads = 0;
  before(async () => {
    const file = await builtFile();
    const query = (req) => new URL(req.url, 'http://x').searchParams;
    const key = (req) => query(req).get('k');
    const routes = {
      '/placements/page.html': (req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(pages.get(key(req)));
      },
      '/placements/painted': (req, res) => {
        painted.add(key(req));
        held.get(key(req))?.();
        res.end();
      },
      '/placements/pole-widgets.js': (req, res) => {
        const k = key(req);
        const send = () => {
          clearTimeout(timer);
          held.delete(k);
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.end(file);
        };
        const waits = query(req).has('after-paint') && !painted.has(k);
        const timer = waits ? setTimeout(() => (late.push(k), send()), PAINT_TIMEOUT) : undefined;
        if (waits) held.set(k, send);
        else send();
      },
    };
    server = await startServer({ routes });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Loads `page` (pastedPage's options) at `width`; returns the layout shift and what the script placed where. */
  async function load(options, width, inspect = () => null) {
    const key = String(++loads);
    pages.set(key, pastedPage({ ...options, key }));
    const { page, context, report } = await openPage(browser, `${server.origin}/placements/page.html?k=${key}`, {
      contextOptions: { viewport: { width, height: 800 } },
    });
    await page.waitForFunction(() => document.querySelector('pole-newsletter-modal')?.shadowRoot?.childElementCount);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 200)))));
    const result = await page.evaluate(() => ({ shift: window.__shift, still: window.__still, moved: window.__moved }));
    result.seen = await page.evaluate(inspect);
    assert.deepEqual(report.pageErrors, []);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.warnings, []);
    assert.deepEqual(late, [], 'a page did not paint before its held file was sent');
    await context.close();
    pages.delete(key);
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
          const { shift, still, moved, seen } = await load({ lang, position, ...config }, width, where);
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
    assert.ok((await load({ position: 'head-defer', data: { 'data-banner-placement': 'top' } }, 360)).shift > 0.05);
  });
});
