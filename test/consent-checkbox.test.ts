// The consent checkbox's edge as each engine paints it: a native checkbox draws its own box, so only
// pixels (a screenshot, in every engine) tell whether its outline stands out at 3:1 (WCAG 1.4.11).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/newsletter-modal/pole-newsletter-modal.js';
import type { PoleNewsletterModal } from '../src/components/newsletter-modal/pole-newsletter-modal.js';
import { contrast, paintedPixels, parseColor } from './a11y/helpers.js';

/**
 * The share of the box's outline that is painted at 3:1 or more against `bg`: for every column of its
 * top and bottom edges and every row of its sides, a strong pixel within `depth` px of the edge,
 * inside or out (a ring drawn around the box counts).
 */
async function outlineShare(box: Element, bg: ReturnType<typeof parseColor>, depth = 3): Promise<number> {
  const r = box.getBoundingClientRect();
  const [x, y] = [Math.floor(r.x) - depth, Math.floor(r.y) - depth];
  const [w, h] = [Math.ceil(r.right) + depth - x, Math.ceil(r.bottom) + depth - y];
  const px = await paintedPixels({ x, y, width: w, height: h });
  expect(px.length, 'one pixel per CSS px').to.equal(w * h);
  const strong = (i: number, j: number) => contrast(px[j * w + i], bg) >= 3;
  const band = 2 * depth + 1;
  let covered = 0;
  let total = 0;
  for (let i = depth; i < w - depth; i++) {
    total += 2;
    if ([...Array(band).keys()].some((k) => strong(i, k))) covered++;
    if ([...Array(band).keys()].some((k) => strong(i, h - 1 - k))) covered++;
  }
  for (let j = depth; j < h - depth; j++) {
    total += 2;
    if ([...Array(band).keys()].some((k) => strong(k, j))) covered++;
    if ([...Array(band).keys()].some((k) => strong(w - 1 - k, j))) covered++;
  }
  return covered / total;
}

describe('the consent checkbox', () => {
  for (const lang of ['fr', 'en']) {
    it(`shows its unticked box’s edge at 3:1 all around, light theme (${lang})`, async () => {
      const el = await fixture<PoleNewsletterModal>(
        html`<pole-newsletter-modal open lang=${lang} theme="light" action="/api/test/signup" organisation="Pôle Exemple" privacy-href="/p"></pole-newsletter-modal>`,
      );
      await el.updateComplete;
      // The dialog fades in: measured once it is fully painted.
      await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('#pf-consent')!;
      expect(box.checked).to.be.false;
      // The dialog's own background, behind the form.
      const bg = parseColor(getComputedStyle(el.shadowRoot!.querySelector('[part~="dialog"]')!).backgroundColor);
      expect(contrast(bg, [255, 255, 255, 1]), 'a light dialog').to.be.below(1.1);
      const share = await outlineShare(box, bg);
      console.log(`consent box outline at 3:1: ${(share * 100).toFixed(0)} % (${navigator.userAgent.match(/Firefox|Chrome|Version\/[\d.]+ Safari/)?.[0]})`);
      expect(share).to.be.at.least(0.97);
    });
  }
});
