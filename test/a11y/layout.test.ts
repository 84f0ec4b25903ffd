// What the visitor's own settings do to the layout: reflow at 320 × 256 CSS px (a 1280 × 1024
// window at 400 % zoom), text spacing (WCAG 1.4.12 values injected inside the shadow roots), the
// browser's text-size setting and 200 % text. Nothing may be cut off, clipped, overlapping or
// scroll sideways (WCAG 1.4.4, 1.4.10, 1.4.12; RGAA 10.4, 10.11, 10.12).
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import {
  HostPage,
  applyTextSpacing,
  browserFontSize,
  deepElements,
  horizontalScroll,
  nextFrame,
  obscuring,
  resetVisitorSettings,
  shadowRoots,
  textLayoutProblems,
} from './helpers.js';
import { STATES, modal, openModal } from './widgets.js';

describe('layout under the visitor’s settings', () => {
  let page: HostPage | undefined;
  let undo: (() => void) | undefined;
  afterEach(async () => {
    undo?.();
    undo = undefined;
    page?.cleanup();
    page = undefined;
    await resetVisitorSettings();
  });

  for (const { tag, state, setup, textless } of STATES) {
    for (const lang of ['fr', 'en'] as const) {
      it(`<${tag}> ${state}: reflows at 320 × 256 CSS px (400 % zoom) with no sideways scroll and no text cut off (${lang})`, async () => {
        await setViewport({ width: 320, height: 256 });
        page = new HostPage({ lang });
        const el = await setup(page, lang);
        await nextFrame();
        expect(horizontalScroll(), 'sideways scroll (px)').to.be.at.most(0);
        expect(textLayoutProblems(el)).to.deep.equal([]);
      });

      if (!textless) it(`<${tag}> ${state}: keeps every text whole with WCAG 1.4.12 text spacing inside its shadow roots, at 320 px and 1024 px (${lang})`, async () => {
        for (const width of [320, 1024]) {
          await setViewport({ width, height: 700 });
          page = new HostPage({ lang });
          const el = await setup(page, lang);
          undo = applyTextSpacing(el);
          await nextFrame();
          // The sheet did reach the shadow roots.
          const root = shadowRoots(el)[0].querySelector('.pole-root') ?? shadowRoots(el)[0].firstElementChild!;
          expect(getComputedStyle(root).letterSpacing, 'letter-spacing applied inside').to.not.equal('normal');
          expect(horizontalScroll(), `sideways scroll at ${width} px`).to.be.at.most(0);
          expect(textLayoutProblems(el), `at ${width} px`).to.deep.equal([]);
          undo();
          undo = undefined;
          page.cleanup();
          page = undefined;
        }
      });
    }

    if (!textless) it(`<${tag}> ${state}: takes its text size from the browser setting, not from a host html { font-size: 62.5% }`, async () => {
      page = new HostPage();
      document.documentElement.style.fontSize = '62.5%';
      await browserFontSize(24);
      const el = await setup(page, 'fr');
      const root = shadowRoots(el)[0].querySelector('.pole-root')!;
      expect(getComputedStyle(root).fontSize).to.equal('24px');
      await browserFontSize(16);
      expect(getComputedStyle(root).fontSize).to.equal('16px');
    });

    it(`<${tag}> ${state}: clips nothing at 200 % text (browser setting 32 px) in a 640 px window`, async () => {
      await setViewport({ width: 640, height: 600 });
      await browserFontSize(32);
      page = new HostPage();
      const el = await setup(page, 'fr');
      await nextFrame();
      if (!textless) expect(getComputedStyle(shadowRoots(el)[0].querySelector('.pole-root')!).fontSize).to.equal('32px');
      expect(horizontalScroll()).to.be.at.most(0);
      expect(textLayoutProblems(el)).to.deep.equal([]);
    });
  }

  for (const [width, height] of [
    [320, 256],
    [320, 480],
    [480, 320],
  ]) {
    it(`fits the open dialog in a ${width} × ${height} window: it scrolls inside, and the close and submit buttons can be reached`, async () => {
      await setViewport({ width, height });
      page = new HostPage({ tall: true });
      const el = await openModal(await modal(page, 'fr'));
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      const box = dialog.getBoundingClientRect();
      expect([box.left, box.top]).to.satisfy(([l, t]: number[]) => l >= 0 && t >= 0);
      expect(box.right).to.be.at.most(width);
      expect(box.bottom).to.be.at.most(height);
      expect(horizontalScroll()).to.be.at.most(0);
      // The page behind does not scroll; the dialog's own content does when it is taller.
      const scroller = deepElements(dialog).find((e) => /auto|scroll/.test(getComputedStyle(e).overflowY) && e.scrollHeight > e.clientHeight + 1);
      if (height < 400) expect(scroller, 'a scrolling area inside the dialog').to.not.equal(undefined);
      for (const selector of ['[part=close-button]', 'form button[type=submit]', '#pf-consent']) {
        const target = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
        target.focus();
        await nextFrame();
        expect(obscuring(target), selector).to.deep.equal([]);
      }
      expect(textLayoutProblems(el)).to.deep.equal([]);
    });
  }

  it('sees text cut off, clipped and overlapping when there is (the measure is real)', async () => {
    await setViewport({ width: 320, height: 256 });
    page = new HostPage();
    const el = await page.mount(html`<div>
      <p style="width: 400px; margin: 0">Un texte plus large que la fenêtre de trois cent vingt pixels</p>
      <p style="height: 1em; overflow: hidden; margin: 0">Un texte coupé<br />par son conteneur</p>
      <p style="height: 0; margin: 0">Chevauche</p><p style="margin: 0">le suivant</p>
    </div>`);
    const problems = textLayoutProblems(el).join('\n');
    expect(horizontalScroll()).to.be.above(0);
    expect(problems).to.contain('cut by the viewport').and.contain('clipped by p').and.contain('overlaps');
  });
});
