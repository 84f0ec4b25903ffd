// The built single file, as a site owner pastes it, checked by axe (WCAG 2.0/2.1/2.2 A+AA and
// RGAA 4 rules, target-size on) in French and English, light and dark, and under forced colours
// and reduced motion: what the component suites prove on the sources holds after minification.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { openPage } from './browser.mjs';
import { useServerAndBrowser } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'RGAAv4'];
const PAGES = { fr: 'plain.html', en: 'a11y-en.html' };

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(
    (tags) =>
      window.axe
        .run(document, { runOnly: { type: 'tag', values: tags }, rules: { 'target-size': { enabled: true } } })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(' | ')}`)),
    TAGS,
  );
}

describe('dist/pole-widgets.js: accessibility in a plain page', () => {
  let server;
  let browser;
  useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

  for (const [lang, file] of Object.entries(PAGES)) {
    for (const colorScheme of ['light', 'dark']) {
      it(`has no axe violation with every widget rendered (${lang}, ${colorScheme})`, async () => {
        const { page, context, report } = await openPage(browser, `${server.origin}/pages/${file}`, { contextOptions: { colorScheme } });
        await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('pole-')).every((e) => e.shadowRoot?.childElementCount || e.shadowRoot?.childNodes.length));
        assert.deepEqual(await axe(page), []);
        assert.deepEqual(report.pageErrors, []);
        await context.close();
      });
    }
  }

  it('speaks the page’s language: lang on every widget’s rendered content follows <html lang>', async () => {
    for (const [lang, file] of Object.entries(PAGES)) {
      const { page, context } = await openPage(browser, `${server.origin}/pages/${file}`);
      const langs = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('pole-') && e.shadowRoot)
          .map((e) => e.shadowRoot.querySelector('[lang]')?.getAttribute('lang')),
      );
      assert.ok(langs.length >= 4, 'every widget rendered');
      assert.deepEqual([...new Set(langs)], [lang]);
      await context.close();
    }
  });

  it('keeps, once minified, the reduced-motion rules: the dialog opens with no transition or animation anywhere, shadow roots included', async () => {
    const { page, context } = await openPage(browser, `${server.origin}/pages/plain.html`, {
      contextOptions: { reducedMotion: 'reduce', forcedColors: 'active' },
    });
    const found = await page.evaluate(async () => {
      // Open the dialog: its entrance animation is the one thing that would move.
      const modal = document.querySelector('pole-newsletter-modal');
      modal.show();
      await modal.updateComplete;
      const all = [];
      const roots = [document];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) {
            roots.push(el.shadowRoot);
            walk(el.shadowRoot);
          }
        }
      };
      walk(document);
      const moving = all.filter((el) => {
        const cs = getComputedStyle(el);
        const ms = (v) => v.split(',').some((d) => parseFloat(d) > 0);
        return (cs.animationName !== 'none' && ms(cs.animationDuration)) || ms(cs.transitionDuration);
      });
      return { forced: matchMedia('(forced-colors: active)').matches, moving: moving.map((e) => e.localName), animations: roots.flatMap((r) => r.getAnimations()).length };
    });
    assert.deepEqual(found, { forced: true, moving: [], animations: 0 });
    await context.close();
  });
});
