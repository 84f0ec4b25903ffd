// The anniversary logo in every engine. What needs Chromium's emulation of the system colour scheme
// and reduced motion is in anniversary-logo.chromium.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../src/components/anniversary-logo/pole-anniversary-logo.js';
import type { PoleAnniversaryLogo } from '../src/components/anniversary-logo/pole-anniversary-logo.js';
import { accessible } from './helpers.js';


const svgOf = (el: Element) => el.shadowRoot!.querySelector('svg')!;
const ring = (el: Element) => el.shadowRoot!.querySelector<SVGElement>('.r')!;
const dot = (el: Element) => el.shadowRoot!.querySelector<SVGElement>('.d')!;

/** What `color: <value>` computes to here, to compare colours whatever their notation. */
function colour(value: string): string {
  const probe = document.createElement('i');
  probe.style.color = value;
  document.body.append(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}

/**
 * Applies the element's own `@media (<condition>)` rules as if the condition held: Chromium's
 * forced-colours mode cannot be emulated from the test runner, but the rules it would apply can.
 */
function applyMediaRules(el: Element, condition: string): void {
  const root = el.shadowRoot!;
  const inner = root.adoptedStyleSheets
    .flatMap((s) => [...s.cssRules])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes(condition))
    .flatMap((r) => [...r.cssRules].map((x) => x.cssText));
  expect(inner.length, `the logo has @media (${condition}) rules`).to.be.greaterThan(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(inner.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

describe('<pole-anniversary-logo>', () => {
  describe('name', () => {
    it('is an image named "20 ans" in French', async () => {
      const el = await fixture(html`<pole-anniversary-logo></pole-anniversary-logo>`);
      const svg = svgOf(el);
      expect(svg.getAttribute('aria-label')).to.equal('20 ans');
      expect(accessible(svg)).to.deep.equal({ role: 'img', name: '20 ans' });
      expect(svg.getAttribute('lang')).to.equal('fr');
      await expect(el).to.be.accessible();
    });

    it('is named "20 years" in English, from its own lang', async () => {
      const el = await fixture(html`<pole-anniversary-logo lang="en"></pole-anniversary-logo>`);
      expect(accessible(svgOf(el))).to.deep.equal({ role: 'img', name: '20 years' });
      expect(svgOf(el).getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('follows an ancestor’s lang, and a later change of it', async () => {
      const wrap = await fixture<HTMLElement>(html`<p lang="en-US"><pole-anniversary-logo></pole-anniversary-logo></p>`);
      const el = wrap.firstElementChild as PoleAnniversaryLogo;
      expect(accessible(svgOf(el)).name).to.equal('20 years');
      wrap.lang = 'fr';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(accessible(svgOf(el)).name).to.equal('20 ans');
    });

    it('is hidden from assistive technology when decorative, and back when it is not', async () => {
      const el = await fixture<PoleAnniversaryLogo>(html`<pole-anniversary-logo decorative></pole-anniversary-logo>`);
      const svg = svgOf(el);
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.hasAttribute('role')).to.be.false;
      expect(svg.hasAttribute('aria-label')).to.be.false;
      await expect(el).to.be.accessible();
      el.decorative = false;
      await el.updateComplete;
      expect(svgOf(el).hasAttribute('aria-hidden')).to.be.false;
      expect(accessible(svgOf(el))).to.deep.equal({ role: 'img', name: '20 ans' });
    });
  });

  describe('drawing', () => {
    it('is drawn from shapes in the page: no text, no image, no request', async () => {
      const before = performance.getEntriesByType('resource').length;
      const el = await fixture(html`<pole-anniversary-logo></pole-anniversary-logo>`);
      const svg = svgOf(el);
      expect(svg.querySelectorAll('text, image, use, foreignObject')).to.have.length(0);
      expect(svg.querySelectorAll('path, ellipse, circle').length).to.be.at.least(3);
      await new Promise((r) => setTimeout(r, 50));
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });

    for (const height of [24, 32, 48, 96, 320]) {
      it(`renders whole and legible at ${height} px high`, async () => {
        const el = await fixture<HTMLElement>(html`<pole-anniversary-logo style="height: ${height}px"></pole-anniversary-logo>`);
        const svg = svgOf(el);
        const box = svg.getBoundingClientRect();
        expect(box.height).to.be.closeTo(height, 0.01);
        expect(box.width).to.be.closeTo(height * 2.5, 0.5);
        expect(el.getBoundingClientRect().width, 'the element wraps the mark').to.be.closeTo(box.width, 0.5);
        // The thinnest stroke stays at least 2 CSS px wide (4.6 of 48 units: 2.3 px at 24 px).
        const scale = svg.getScreenCTM()!.a;
        const thinnest = Math.min(...[...svg.querySelectorAll<SVGGeometryElement>('path, ellipse')].map((s) => parseFloat(s.getAttribute('stroke-width')!)));
        expect(thinnest * scale).to.be.at.least(2);
        // Nothing is cut off: every shape, with half its stroke, lies inside the viewBox.
        for (const shape of svg.querySelectorAll<SVGGraphicsElement>('path, ellipse, circle')) {
          const b = shape.getBBox();
          const half = parseFloat(shape.getAttribute('stroke-width') ?? '0') / 2;
          expect(b.x - half).to.be.at.least(0);
          expect(b.y - half).to.be.at.least(0);
          expect(b.x + b.width + half).to.be.at.most(120);
          expect(b.y + b.height + half).to.be.at.most(48);
        }
      });
    }

    it('is 3em high by default, following the text around it', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="font-size: 20px"><pole-anniversary-logo></pole-anniversary-logo></div>`);
      expect(svgOf(wrap.firstElementChild!).getBoundingClientRect().height).to.equal(60);
    });
  });

  describe('colours', () => {
    it('draws "2" and "ans" in the surrounding text colour and the ring in the accent', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="color: rgb(10, 120, 30)"><pole-anniversary-logo></pole-anniversary-logo></div>`);
      const el = wrap.firstElementChild!;
      const glyphs = el.shadowRoot!.querySelector('path')!;
      expect(getComputedStyle(glyphs).stroke).to.equal('rgb(10, 120, 30)');
      expect(getComputedStyle(ring(el)).stroke).to.equal(colour('#000091'));
      expect(getComputedStyle(dot(el)).fill).to.equal(colour('#000091'));
    });

    it('takes the site’s --pole-accent, or one colour with --pole-accent: currentColor', async () => {
      const el = await fixture<HTMLElement>(html`<pole-anniversary-logo style="--pole-accent: #e1000f"></pole-anniversary-logo>`);
      expect(getComputedStyle(ring(el)).stroke).to.equal('rgb(225, 0, 15)');
      const mono = await fixture<HTMLElement>(html`<pole-anniversary-logo style="--pole-accent: currentColor; color: rgb(1, 2, 3)"></pole-anniversary-logo>`);
      expect(getComputedStyle(ring(mono)).stroke).to.equal('rgb(1, 2, 3)');
    });

    it('has a variant for dark backgrounds, theme="dark": a light ring beside the light text around it', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="color: #f2f2f2"><pole-anniversary-logo theme="dark"></pole-anniversary-logo></div>`);
      const el = wrap.firstElementChild!;
      expect(getComputedStyle(el.shadowRoot!.querySelector('path')!).stroke).to.equal(colour('#f2f2f2'));
      expect(getComputedStyle(ring(el)).stroke).to.equal(colour('#8585f6'));
    });

    it('draws everything in the system text colour in forced colours', async () => {
      const el = await fixture<HTMLElement>(html`<pole-anniversary-logo style="--pole-accent: #e1000f"></pole-anniversary-logo>`);
      applyMediaRules(el, 'forced-colors');
      expect(getComputedStyle(ring(el)).stroke).to.equal(colour('CanvasText'));
      expect(getComputedStyle(dot(el)).fill).to.equal(colour('CanvasText'));
    });

    it('passes axe on a dark background with theme="dark", in both languages', async () => {
      for (const lang of ['fr', 'en']) {
        const wrap = await fixture<HTMLElement>(html`<div style="background: #161616; color: #f2f2f2; padding: 1em">
          <pole-anniversary-logo lang=${lang} theme="dark"></pole-anniversary-logo>
        </div>`);
        await expect(wrap).to.be.accessible();
      }
    });
  });
});
