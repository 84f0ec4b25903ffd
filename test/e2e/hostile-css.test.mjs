// The widgets on a page whose CSS fights them (resets, !important, global element rules, a 62.5 %
// root font size, inherited text styles) look the same as on a clean page, nothing of ours
// changes the host's own elements, and the modal wins against z-index and trapping ancestors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { startServer } from './server.mjs';
import { assertClean, useServerAndBrowser, waitForWidgets } from './helpers.mjs';

const PROPS = [
  'display', 'position', 'box-sizing', 'width', 'height',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width', 'border-top-left-radius',
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'text-indent', 'text-shadow', 'text-decoration-line', 'white-space',
  'color', 'background-color', 'fill', 'outline-style', 'list-style-type', 'opacity', 'visibility', 'cursor',
  'overflow-x', 'overflow-y', 'scrollbar-gutter',
];

/**
 * Computed styles of every element inside our widgets' shadow roots (nested ones too), by path.
 * (The standalone logo follows the surrounding text's size and colour by design: the pages give
 * its slot the same text.)
 */
function widgetStyles(page, props) {
  return page.evaluate((props) => {
    const out = {};
    const walk = (root, path) => {
      [...root.children].forEach((el, i) => {
        const here = `${path} > ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}:${i}`;
        // A <slot> draws nothing: what it shows is the page's own content, styled by the page.
        if (el.localName === 'slot') return;
        if (el.localName !== 'style') {
          const cs = getComputedStyle(el);
          out[here] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
        }
        if (el.shadowRoot) walk(el.shadowRoot, `${here}::shadow`);
        walk(el, here);
      });
    };
    for (const slot of document.querySelectorAll('.slot')) {
      const host = slot.firstElementChild;
      walk(host.shadowRoot, `#${slot.id}`);
    }
    return out;
  }, props);
}

/**
 * Computed styles of the host page's own elements (everything outside our elements and the
 * script tags). The boxes that hold our widgets grow by their content: their size is not compared.
 */
function hostStyles(page, props) {
  return page.evaluate((props) => {
    const out = {};
    const own = [document.documentElement, ...document.querySelectorAll('body, body *')].filter(
      (el) => el.localName !== 'script' && !el.localName.startsWith('pole-'),
    );
    own.forEach((el, i) => {
      const holdsWidget = !!el.querySelector('pole-anniversary-banner, pole-anniversary-logo, pole-explainer-card, pole-newsletter-modal');
      const cs = getComputedStyle(el);
      out[`${i}:${el.localName}${el.id ? `#${el.id}` : ''}`] = Object.fromEntries(
        props.filter((p) => !(holdsWidget && (p === 'width' || p === 'height'))).map((p) => [p, cs.getPropertyValue(p)]),
      );
    });
    out.scroll = { x: String(scrollX), y: String(scrollY) };
    out.rootInline = { html: document.documentElement.getAttribute('style') ?? '', body: document.body.getAttribute('style') ?? '' };
    out.documentSheets = { adopted: String(document.adoptedStyleSheets.length), sheets: String(document.styleSheets.length) };
    return out;
  }, props);
}

/** Every (element, property) whose value differs, as readable lines. */
function differences(expected, actual) {
  const lines = [];
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (!expected[key] || !actual[key]) lines.push(`${key}: only on the ${expected[key] ? 'clean' : 'hostile'} page`);
    else for (const p of Object.keys(expected[key])) {
      if (expected[key][p] !== actual[key][p]) lines.push(`${key} ${p}: ${expected[key][p]} → ${actual[key][p]}`);
    }
  }
  return lines;
}

/** Mismatching pixels between two PNGs (a channel off by more than 24 counts), decoded in a blank page. */
async function pixelDiff(page, a, b) {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (b64) => {
        const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(bmp.width, bmp.height);
        const ctx = canvas.getContext('2d');
        ctx.drawImage(bmp, 0, 0);
        return ctx.getImageData(0, 0, bmp.width, bmp.height);
      };
      const [x, y] = await Promise.all([decode(a), decode(b)]);
      if (x.width !== y.width || x.height !== y.height) return { size: [`${x.width}x${x.height}`, `${y.width}x${y.height}`], ratio: 1 };
      let bad = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if ([0, 1, 2, 3].some((c) => Math.abs(x.data[i + c] - y.data[i + c]) > 24)) bad++;
      }
      return { size: `${x.width}x${x.height}`, ratio: bad / (x.width * x.height) };
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

describe('hostile host CSS', () => {
  let server;
  let browser;
  let blank;
  const pages = {};
  before(async () => {
    server = await startServer();
    browser = await launch();
    blank = await (await browser.newContext()).newPage();
    for (const name of ['clean', 'hostile']) {
      const opened = await openPage(browser, `${server.origin}/pages/${name}-css.html`, {
        contextOptions: { viewport: { width: 1280, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce' },
      });
      const before = await hostStyles(opened.page, PROPS);
      await opened.page.addScriptTag({ url: '/dist/pole-widgets.js' });
      await waitForWidgets(opened.page);
      pages[name] = { ...opened, before };
    }
  });
  after(async () => {
    for (const { context } of Object.values(pages)) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('leaves every host element’s computed style as it was before the script loaded', async () => {
    for (const [name, { page, before }] of Object.entries(pages)) {
      assert.deepEqual(differences(before, await hostStyles(page, PROPS)), [], `${name} page`);
    }
  });

  it('gives every element inside the widgets the same computed style as on a clean page', async () => {
    const clean = await widgetStyles(pages.clean.page, PROPS);
    const hostile = await widgetStyles(pages.hostile.page, PROPS);
    assert.ok(Object.keys(clean).length > 10, 'the widgets rendered their insides');
    assert.deepEqual(differences(clean, hostile), []);
  });

  it('renders each widget pixel for pixel like on a clean page (under 0.5 % of pixels off)', async () => {
    // The modal's host is display: contents (no box): its visible part while closed is the trigger.
    const targets = ['#slot-banner > *', '#slot-compact > *', '#slot-logo > *', '#slot-card > *', '#slot-card-narrow > *', '#slot-modal [part~="trigger"]'];
    for (const slot of targets) {
      const shots = {};
      for (const name of ['clean', 'hostile']) {
        shots[name] = await pages[name].page.locator(slot).screenshot({ animations: 'disabled' });
      }
      const diff = await pixelDiff(blank, shots.clean, shots.hostile);
      assert.ok(diff.ratio < 0.005, `${slot}: ${JSON.stringify(diff)}`);
    }
  });

  it('looks the same with the card expanded and the modal open, and restores the host page after closing', async () => {
    const beforeOpen = {};
    for (const [name, { page }] of Object.entries(pages)) {
      await page.locator('#slot-card pole-explainer-card button[aria-expanded="false"]').click();
      await page.locator('#slot-modal [part~="trigger"]').scrollIntoViewIfNeeded();
      beforeOpen[name] = await hostStyles(page, PROPS);
      await page.locator('#slot-modal [part~="trigger"]').click();
      // Settled: the dialog is open and focus has reached the email field (a moment after opening,
      // so that screen readers name the dialog first); compared before that, the field's focus ring
      // would depend on how busy the machine is.
      await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.activeElement?.type == 'email');
    }
    const clean = await widgetStyles(pages.clean.page, PROPS);
    assert.deepEqual(differences(clean, await widgetStyles(pages.hostile.page, PROPS)), []);
    const shots = {};
    for (const name of ['clean', 'hostile']) {
      shots[name] = await pages[name].page.locator('#slot-modal dialog').screenshot({ animations: 'disabled' });
      shots[`${name}-card`] = await pages[name].page.locator('#slot-card > *').screenshot({ animations: 'disabled' });
    }
    for (const what of ['', '-card']) {
      const diff = await pixelDiff(blank, shots[`clean${what}`], shots[`hostile${what}`]);
      assert.ok(diff.ratio < 0.005, `${what || 'dialog'}: ${JSON.stringify(diff)}`);
    }
    for (const [name, { page, report }] of Object.entries(pages)) {
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('dialog').open);
      await page.waitForTimeout(100);
      // Scroll position, overflow and padding of <html> and <body> are back as they were.
      assert.deepEqual(differences(beforeOpen[name], await hostStyles(page, PROPS)), [], `${name} page after the modal closed`);
      assertClean(report);
    }
  });
});

describe('stacking: a host header at the maximum z-index, the modal inside trapping ancestors', () => {
  let server;
  let browser;
  useServerAndBrowser((s, b) => ([server, browser] = [s, b]));

  for (const size of [{ width: 1280, height: 800 }, { width: 320, height: 568 }]) {
    it(`covers the whole ${size.width}×${size.height} viewport and takes focus, above a z-index 2147483647 header and through transform, filter and overflow: hidden`, async () => {
      const { page, report, context } = await openPage(browser, `${server.origin}/pages/stacking.html`, { contextOptions: { viewport: size } });
      await waitForWidgets(page);
      await page.locator('pole-newsletter-modal [part~="trigger"]').click();
      await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('dialog').open);
      const hits = await page.evaluate(({ width, height }) => {
        const modal = document.querySelector('pole-newsletter-modal');
        const dialog = modal.shadowRoot.querySelector('dialog');
        const points = [[1, 1], [width - 2, 1], [1, height - 2], [width - 2, height - 2], [width / 2, height / 2], [width / 2, 40]];
        return points.map(([x, y]) => {
          const top = document.elementFromPoint(x, y);
          const inner = modal.shadowRoot.elementFromPoint(x, y);
          // The backdrop hit-tests as the dialog itself; the dialog's content as its descendants.
          return { x, y, top: top?.localName ?? null, inDialog: !!inner && (inner === dialog || dialog.contains(inner)) };
        });
      }, size);
      for (const hit of hits) assert.deepEqual(hit, { x: hit.x, y: hit.y, top: 'pole-newsletter-modal', inDialog: true });
      const focus = await page.evaluate(() => {
        const modal = document.querySelector('pole-newsletter-modal');
        const active = modal.shadowRoot.activeElement;
        return { outer: document.activeElement?.localName, inDialog: !!active && modal.shadowRoot.querySelector('dialog').contains(active) };
      });
      assert.deepEqual(focus, { outer: 'pole-newsletter-modal', inDialog: true });
      assertClean(report);
      await context.close();
    });
  }
});
