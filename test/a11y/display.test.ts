// Forced colours (Windows contrast themes, emulated) and reduced motion, in every widget state:
// every boundary, focus ring, checkbox, button and graphic stays visible in the system colours
// (WCAG 1.4.11, RGAA 3.3 / 10.x), and nothing moves when the visitor asked for less motion
// (WCAG 2.3.3, 2.2.2; RGAA 13.8).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import {
  HostPage,
  animations,
  backgroundOf,
  contrast,
  deepActive,
  deepElements,
  label,
  media,
  nextFrame,
  over,
  paintedContrast,
  parseColor,
  press,
  resetVisitorSettings,
  type RGBA,
} from './helpers.js';
import { STATES, forgetDismissals } from './widgets.js';

const CONTROLS = 'button, input:not([type=hidden]), select, textarea, a[href]';

/** A visible border: a style, a width, and a colour that differs from what surrounds the element. */
function borderVisible(el: Element): boolean {
  const cs = getComputedStyle(el);
  const around = backgroundOf(el, true);
  return (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => {
    const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const width = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const colour = over(parseColor(cs.getPropertyValue(`border-${side.toLowerCase()}-color`)), around);
    return style !== 'none' && style !== 'hidden' && width >= 1 && contrast(colour, around) > 1.5;
  });
}

/** The control is set apart from its surroundings: by its border or by its own background. */
function hasBoundary(el: Element): boolean {
  return borderVisible(el) || contrast(backgroundOf(el), backgroundOf(el, true)) > 1.5;
}

/** Colours painted by SVG shapes (fill and stroke that are not none), with the background behind. */
function svgPaints(root: Element): { shape: Element; paint: RGBA; bg: RGBA; currentColor: RGBA }[] {
  const out: { shape: Element; paint: RGBA; bg: RGBA; currentColor: RGBA }[] = [];
  for (const shape of deepElements(root)) {
    if (!(shape instanceof SVGGeometryElement || shape instanceof SVGTextContentElement)) continue;
    if (!shape.checkVisibility()) continue;
    const svg = shape.closest('svg')!;
    const cs = getComputedStyle(shape);
    const bg = backgroundOf(svg);
    for (const prop of ['fill', 'stroke'] as const) {
      const value = cs[prop];
      if (value === 'none' || (prop === 'stroke' && parseFloat(cs.strokeWidth) === 0)) continue;
      // An open path (line segments, no closing z) has no area to fill.
      if (prop === 'fill' && shape instanceof SVGPathElement && !/z/i.test(shape.getAttribute('d') ?? '')) continue;
      out.push({ shape, paint: over(parseColor(value), bg), bg, currentColor: over(parseColor(cs.color), bg) });
    }
  }
  return out;
}

describe('forced colours and reduced motion', () => {
  let page: HostPage | undefined;
  afterEach(async () => {
    page?.cleanup();
    page = undefined;
    await resetVisitorSettings();
  });

  for (const { tag, state, setup } of STATES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`<${tag}> ${state}: keeps its borders, controls, graphics and focus ring visible in forced colours (${scheme} contrast theme)`, async () => {
        page = new HostPage({ theme: scheme });
        await media({ colorScheme: scheme });
        const el = await setup(page, 'fr');
        // What has a boundary in normal colours must keep one in forced colours.
        const framed = [el, ...deepElements(el)].filter((e) => e.checkVisibility() && borderVisible(e));
        const controls = deepElements(el).filter((e) => e.matches(CONTROLS) && e.checkVisibility() && hasBoundary(e));
        await media({ colorScheme: scheme, forcedColors: 'active' });
        await nextFrame();
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const problems: string[] = [];
        for (const e of framed) if (!borderVisible(e)) problems.push(`${label(e)} loses its border`);
        for (const c of controls) if (!hasBoundary(c)) problems.push(`${label(c)} loses its boundary`);
        // Every graphic is painted, as pixels, at 3:1 or more against the system background…
        for (const svg of deepElements(el).filter((e): e is SVGSVGElement => e instanceof SVGSVGElement && e.checkVisibility())) {
          const { best } = await paintedContrast(svg, backgroundOf(svg));
          if (best < 3) problems.push(`${label(svg)} painted at ${best.toFixed(2)}:1 at most`);
        }
        // …and its shapes follow the system text colour (currentColor) or stand out at 3:1.
        for (const { shape, paint, bg, currentColor } of svgPaints(el)) {
          if (contrast(paint, currentColor) > 1.01 && contrast(paint, bg) < 3) problems.push(`${label(shape.closest('svg'))} ${shape.localName} paints ${paint.map(Math.round)} on ${bg.map(Math.round)}`);
        }
        // Native checkboxes paint their own box: its pixels must stand out from the system background.
        for (const box of deepElements(el).filter((e) => e.matches('input[type=checkbox]') && e.checkVisibility())) {
          const { best, perimeterShare } = await paintedContrast(box, backgroundOf(box, true));
          if (best < 3 || perimeterShare < 0.5) problems.push(`${label(box)} checkbox painted at ${best.toFixed(2)}:1 over ${Math.round(perimeterShare * 100)} % of its perimeter`);
        }
        // The focus ring of every control, reached by Tab (an open modal dialog keeps Tab inside it).
        // (An open modal dialog makes the rest inert: its own controls are the stops.)
        const dialog = deepElements(el).find((e) => e.matches('dialog:modal'));
        const stops = deepElements(dialog ?? el).filter((e) => e.matches(CONTROLS) && e.checkVisibility() && (e as HTMLElement).tabIndex >= 0);
        const start = document.createElement('button');
        start.textContent = 'avant';
        el.before(start);
        start.focus();
        const seen = new Set<Element>();
        for (let i = 0; i < stops.length * 2 + 2 && seen.size < stops.length; i++) {
          await press('Tab');
          const f = deepActive()!;
          if (!stops.includes(f) || seen.has(f)) continue;
          seen.add(f);
          const cs = getComputedStyle(f);
          const behind = backgroundOf(f, true);
          if (cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) < 2 || contrast(over(parseColor(cs.outlineColor), behind), behind) < 3) {
            problems.push(`${label(f)} focus ring ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} on ${behind.map(Math.round)}`);
          }
        }
        for (const missed of stops.filter((e) => !seen.has(e))) problems.push(`${label(missed)} not reached by Tab`);
        start.remove();
        expect(problems).to.deep.equal([]);
      });
    }

    it(`<${tag}> ${state}: has no animation and no transition with prefers-reduced-motion: reduce`, async () => {
      await media({ reducedMotion: 'reduce' });
      page = new HostPage();
      const el = await setup(page, 'fr');
      const moving: string[] = [];
      for (const e of [el, ...deepElements(el)]) {
        for (const pseudo of [null, '::before', '::after', ...(e instanceof HTMLDialogElement ? ['::backdrop'] : [])]) {
          const cs = getComputedStyle(e, pseudo);
          const durations = (v: string) => v.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000));
          if (cs.animationName !== 'none' && durations(cs.animationDuration).some((d) => d > 0)) moving.push(`${label(e)}${pseudo ?? ''} animation ${cs.animationName}`);
          if (durations(cs.transitionDuration).some((d) => d > 0)) moving.push(`${label(e)}${pseudo ?? ''} transition ${cs.transitionProperty} ${cs.transitionDuration}`);
        }
      }
      expect(moving).to.deep.equal([]);
      expect(animations(el).map((a) => (a as CSSAnimation).animationName ?? a.id)).to.deep.equal([]);
    });
  }

  for (const { tag, state, setup } of STATES.filter((s) => !s.textless)) {
    it(`<${tag}> ${state}: underlines every link set in running text, so colour is not the only cue`, async () => {
      page = new HostPage();
      const el = await setup(page, 'fr');
      const inText = deepElements(el).filter(
        // In running text: a text or inline sibling with words (the consent label sits beside the policy link).
        (a) =>
          a.matches('a[href]') &&
          a.checkVisibility() &&
          [...(a.parentElement?.childNodes ?? [])].some(
            (n) => n !== a && (n instanceof Text || (n instanceof Element && getComputedStyle(n).display === 'inline')) && n.textContent!.trim().length > 1,
          ),
      );
      for (const a of inText) expect(getComputedStyle(a).textDecorationLine, label(a)).to.contain('underline');
      if (tag === 'pole-newsletter-modal' && !state.startsWith('closed') && state !== 'success') expect(inText.map(label)).to.deep.equal(['a "Politique de confidentialité (nouvelle f"']);
    });
  }

  it('sees a control that loses its boundary and a hard-coded SVG colour in forced colours (the measure is real)', async () => {
    page = new HostPage();
    const el = await page.mount(html`<div>
      <button style="background: #000091; color: white; border: 0">Sans bordure</button>
      <svg width="20" height="20"><rect width="20" height="20" style="fill: #ffffff"></rect></svg>
    </div>`);
    const button = el.querySelector('button')!;
    expect(hasBoundary(button)).to.equal(true);
    await media({ forcedColors: 'active' });
    await nextFrame();
    expect(hasBoundary(button)).to.equal(false);
    const [paint] = svgPaints(el);
    expect(contrast(paint.paint, paint.bg)).to.be.below(3);
  });

  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    it(`shows the banner and opens the dialog ${reducedMotion === 'reduce' ? 'without any animation under reduced motion' : 'with the dialog’s entrance animation otherwise (the measure is real)'}`, async () => {
      await media({ reducedMotion });
      page = new HostPage();
      forgetDismissals();
      const banner = await page.mount(html`<pole-anniversary-banner></pole-anniversary-banner>`, 'top');
      const modal = await page.mount<HTMLElementTagNameMap['pole-newsletter-modal']>(
        html`<pole-newsletter-modal organisation="Pôle exemple" privacy-href="/confidentialite"></pole-newsletter-modal>`,
      );
      const onShow = animations(banner).length;
      modal.show();
      await modal.updateComplete;
      const onOpen = animations(modal).length;
      if (reducedMotion === 'reduce') expect([onShow, onOpen]).to.deep.equal([0, 0]);
      else expect(onOpen).to.be.above(0);
    });
  }

  it('collapses and expands the card without any animation under reduced motion', async () => {
    await media({ reducedMotion: 'reduce' });
    page = new HostPage();
    const el = await page.mount(html`<pole-explainer-card collapsible></pole-explainer-card>`);
    const toggle = el.shadowRoot!.querySelector('button')!;
    for (let i = 0; i < 2; i++) {
      toggle.click();
      await nextFrame();
      expect(animations(el)).to.have.length(0);
    }
  });
});
