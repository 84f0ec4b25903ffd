// `npm run screenshots`: starts the demo on Vite's dev server, drives headless Chromium
// (playwright-core, the same browser as the tests) and writes demo/screenshots/<widget>-<lang>-
// <scheme>-<device>.png for every widget in French and English, light and dark, on a 360 px phone
// and a 1280 px desktop. Run it again whenever the look changes, and commit the PNGs.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { launch } from '../test/e2e/browser.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'demo/screenshots');

const PAGES = { fr: 'demo/index.html', en: 'demo/en.html' };
const DEVICES = {
  phone: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
};
const TAGS = ['pole-anniversary-banner', 'pole-anniversary-logo', 'pole-explainer-card', 'pole-newsletter-modal'];

/** How to photograph each widget on a member page that has just loaded. */
const WIDGETS = {
  banner: (page) => page.locator('pole-anniversary-banner').first().screenshot(),
  logo: (page) => page.locator('.logo-box pole-anniversary-logo').first().screenshot(),
  card: (page) => page.locator('pole-explainer-card').first().screenshot(),
  newsletter: async (page) => {
    const modal = page.locator('pole-newsletter-modal').first();
    await modal.evaluate((el) => el.show());
    await page.waitForFunction(() => document.querySelector('pole-newsletter-modal')?.shadowRoot?.querySelector('dialog')?.open);
    // The open dialog over the page, as the visitor sees it.
    return page.screenshot();
  },
};

/**
 * The one-tag partner page (demo/partner.html: one script tag, no CSS for the widgets) as a visitor
 * first sees it, at phone to desktop widths, light and dark: demo/screenshots/partner-<width>-<scheme>.png.
 * `npm run screenshots -- --partner` takes these only.
 */
const PARTNER_WIDTHS = [320, 360, 768, 1280];

async function partner(browser, origin) {
  let count = 0;
  for (const width of PARTNER_WIDTHS)
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: width < 768 ? 740 : 800 }, colorScheme: scheme, reducedMotion: 'reduce', locale: 'fr' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${origin}/demo/partner.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('pole-newsletter-modal')?.shadowRoot?.querySelector('[part~=trigger]'));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
      const file = `partner-${width}-${scheme}.png`;
      writeFileSync(join(OUT, file), await page.screenshot());
      if (errors.length) throw new Error(`${file}: the page reported errors:\n${errors.join('\n')}`);
      count++;
      await context.close();
    }
  return count;
}

async function main() {
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    server: { port: 5180, strictPort: false, open: false },
  });
  await server.listen();
  const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
  const browser = await launch();
  mkdirSync(OUT, { recursive: true });
  const only = process.argv.includes('--partner');
  if (!only) for (const f of readdirSync(OUT)) if (f.endsWith('.png')) rmSync(join(OUT, f));
  let count = 0;
  try {
    count += await partner(browser, origin);
    if (only) return console.log(`${count} partner screenshots written to demo/screenshots/`);
    for (const [lang, path] of Object.entries(PAGES)) {
      for (const scheme of ['light', 'dark']) {
        for (const [device, options] of Object.entries(DEVICES)) {
          for (const [widget, shoot] of Object.entries(WIDGETS)) {
            // A fresh context for each shot: no remembered dismissal, no open dialog left over.
            const context = await browser.newContext({ ...options, colorScheme: scheme, reducedMotion: 'reduce', locale: lang });
            const page = await context.newPage();
            const errors = [];
            page.on('pageerror', (e) => errors.push(String(e)));
            page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
            await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
            await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);
            await page.evaluate(async () => {
              await document.fonts.ready;
              for (const el of document.querySelectorAll('*')) if ('updateComplete' in el) await el.updateComplete;
            });
            const file = `${widget}-${lang}-${scheme}-${device}.png`;
            const png = await shoot(page);
            writeFileSync(join(OUT, file), png);
            if (errors.length) throw new Error(`${file}: the page reported errors:\n${errors.join('\n')}`);
            count++;
            await context.close();
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${count} screenshots written to demo/screenshots/`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
