// The demo pages as a visitor sees them at phone and desktop widths (dist/demo): frames true to
// their label, controls apart, no select cut off, and the one-tag partner page's placements.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage } from './browser.mjs';
import { useServerAndBrowser, whenRendered } from './helpers.mjs';

describe('the demo pages’ layout (dist/demo)', () => {
  let server;
  let browser;
  useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

  async function open(name, width, colorScheme = 'light') {
    return openPage(browser, `${server.origin}/dist/demo/${name}.html`, {
      contextOptions: { viewport: { width, height: 800 }, colorScheme, bypassCSP: true },
    });
  }

  it('phone.html: the frames labelled 360 × 740 show 360 × 740 CSS px of page, on a laptop and on a 360 px phone', async () => {
    for (const width of [1280, 360]) {
      const { page, context } = await open('phone', width);
      const sizes = await page.$$eval('.phone iframe', (frames) => frames.map((f) => `${f.clientWidth}×${f.clientHeight}`));
      assert.ok(sizes.length >= 3);
      assert.deepEqual(new Set(sizes), new Set(['360×740']), `at ${width} px`);
      await context.close();
    }
  });

  it('index.html: the “Actualiser” button and the link beside it stay at least 8 px apart at 320 and 360 px', async () => {
    for (const width of [320, 360]) {
      const { page, context } = await open('index', width);
      const gap = await page.evaluate(() => {
        const b = document.querySelector('[data-signups-refresh]').getBoundingClientRect();
        const a = document.querySelector('[data-signups-refresh] ~ a').getBoundingClientRect();
        return Math.max(a.left - b.right, a.top - b.bottom, b.left - a.right, b.top - a.bottom);
      });
      assert.ok(gap >= 8, `${gap} px at ${width} px`);
      await context.close();
    }
  });

  it('configurator.html: every select shows its whole option text, from 320 px up', async () => {
    for (const width of [320, 360, 1280]) {
      const { page, context } = await open('configurator', width);
      const cut = await page.$$eval('select', (selects) =>
        selects.flatMap((s) => {
          const cs = getComputedStyle(s);
          const room = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20; // the arrow
          const probe = document.createElement('span');
          probe.style.font = cs.font;
          probe.style.whiteSpace = 'pre';
          document.body.append(probe);
          const out = [...s.options].filter((o) => ((probe.textContent = o.text), probe.getBoundingClientRect().width > room)).map((o) => `${s.id}: ${o.text}`);
          probe.remove();
          return out;
        }),
      );
      assert.deepEqual(cut, [], `at ${width} px`);
      await context.close();
    }
  });

  it('partner.html (one tag, no CSS for the widgets): the trigger floats in view, clear of the overlay banner, early in the keyboard order, both pass axe, light and dark, 320 to 1280 px', async () => {
    for (const width of [320, 360, 768, 1280])
      for (const scheme of ['light', 'dark']) {
        const { page, context, report } = await open('partner', width, scheme);
        await whenRendered(page);
        // The trigger rises above the overlay banner with a 0.2 s transform transition: measure it once
        // it has settled (its transitions finished), not in the middle of the slide.
        await page.evaluate(async () => {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const trigger = document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[part~=trigger]');
          await Promise.all(trigger.getAnimations().map((a) => a.finished.catch(() => undefined)));
        });
        const seen = await page.evaluate(() => {
          const modal = document.querySelector('pole-newsletter-modal');
          const t = modal.shadowRoot.querySelector('[part~=trigger]').getBoundingClientRect();
          const b = document.querySelector('pole-anniversary-banner').shadowRoot.querySelector('[part~=base]').getBoundingClientRect();
          return {
            inView: t.top >= 0 && t.bottom <= innerHeight && t.left >= 0 && t.right <= innerWidth,
            clear: t.bottom <= b.top,
            target: t.width >= 44 && t.height >= 44,
            beforeFooter: !!(modal.compareDocumentPosition(document.querySelector('footer')) & Node.DOCUMENT_POSITION_FOLLOWING),
          };
        });
        assert.deepEqual(seen, { inView: true, clear: true, target: true, beforeFooter: true }, `${width} px ${scheme}`);
        assert.deepEqual(await axeViolations(page), [], `${width} px ${scheme}`);
        assert.deepEqual(report.errors, []);
        await context.close();
      }
  });
});
