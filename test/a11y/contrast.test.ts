// Contrast in the real widgets, for any --pole-accent a site sets (test/theme.test.ts sweeps the
// automatic foreground on a probe; here every text of every widget state is measured): text at
// 4.5:1 (3:1 large), and the boundaries of form controls at 3:1 (WCAG 1.4.3, 1.4.11; RGAA 3.2, 3.3).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { HostPage, backgroundOf, contrast, media, over, paintedContrast, parseColor, resetVisitorSettings, textBoxes, textContrast, visuallyHidden, type RGBA } from './helpers.js';
import { STATES } from './widgets.js';

/** Accents a site may set: brand colours of pôles and public bodies, greys, pale and saturated hues. */
const ACCENTS = [
  '#000091', '#6a6af4', '#e1000f', '#ffcc00', '#00a95f', '#009081', '#ff9940', '#a558a0',
  '#777777', '#000000', '#ffffff', '#f5f5fe', '#1e1e1e', '#8585f6', '#0063cb', '#fcc63a',
];

/** Every rendered text of `el` with its contrast, as "text: ratio < needed" for the failures. */
function textFailures(el: HTMLElement): string[] {
  const failures: string[] = [];
  for (const { node } of textBoxes(el)) {
    const parent = node.parentElement!;
    const { ratio, needed } = textContrast(parent);
    if (ratio < needed - 0.005) failures.push(`"${node.data.trim().slice(0, 40)}" ${ratio.toFixed(2)} < ${needed}`);
  }
  return failures;
}

/**
 * Text fields and checkboxes: their border against what surrounds them. Native controls (a checkbox
 * with its default appearance) paint their border outside CSS: their pixels are measured instead.
 */
async function boundaryFailures(el: HTMLElement): Promise<string[]> {
  const failures: string[] = [];
  for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('input:not([type=hidden]), textarea, select')) {
    if (!control.checkVisibility() || visuallyHidden(control)) continue;
    const cs = getComputedStyle(control);
    const around = backgroundOf(control, true);
    const name = `${control.localName}[${control.getAttribute('type') ?? 'text'}]`;
    if (cs.appearance !== 'none' && /checkbox|radio/.test(control.getAttribute('type') ?? '')) {
      const { best, perimeterShare } = await paintedContrast(control, around);
      if (best < 3 || perimeterShare < 0.5) failures.push(`${name} painted boundary ${best.toFixed(2)}:1 over ${Math.round(perimeterShare * 100)} % of its perimeter`);
      continue;
    }
    const border = over(parseColor(cs.borderTopColor), around);
    const own = backgroundOf(control);
    const ratio = Math.max(parseFloat(cs.borderTopWidth) > 0 && cs.borderTopStyle !== 'none' ? contrast(border, around) : 0, contrast(own, around));
    if (ratio < 3) failures.push(`${name} boundary ${ratio.toFixed(2)} < 3`);
  }
  // Buttons and button-like links drawn on a fill: the fill or the border sets them apart at 3:1.
  for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href]')) {
    if (!control.checkVisibility() || visuallyHidden(control)) continue;
    const cs = getComputedStyle(control);
    const fill = parseColor(cs.backgroundColor);
    if (fill[3] === 0) continue;
    const around = backgroundOf(control, true);
    const own = over(fill, around);
    const border = over(parseColor(cs.borderTopColor), own);
    const framed = parseFloat(cs.borderTopWidth) >= 1 && cs.borderTopStyle !== 'none' ? contrast(border, around) : 0;
    const ratio = Math.max(contrast(own, around), framed);
    if (ratio < 3) failures.push(`${control.localName}[part=${control.getAttribute('part') ?? ''}] "${control.textContent!.trim().slice(0, 20)}" boundary ${ratio.toFixed(2)} < 3`);
  }
  return failures;
}

describe('contrast in the real widgets', () => {
  let page: HostPage | undefined;
  afterEach(async () => {
    page?.cleanup();
    page = undefined;
    await resetVisitorSettings();
  });

  for (const { tag, state, setup } of STATES.filter((s) => !s.textless)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`<${tag}> ${state}: every text ≥ 4.5:1, every field and button boundary ≥ 3:1 with any --pole-accent (${scheme})`, async () => {
        await media({ colorScheme: scheme });
        page = new HostPage({ theme: scheme });
        const el = await setup(page, 'fr');
        const failures: string[] = [];
        for (const accent of [null, ...ACCENTS]) {
          if (accent) el.style.setProperty('--pole-accent', accent);
          for (const f of [...textFailures(el), ...(await boundaryFailures(el))]) failures.push(`${accent ?? 'default'}: ${f}`);
        }
        expect(failures).to.deep.equal([]);
      });
    }
  }
  it('measures painted pixels where the box is, the page scrolled or not (the measure is real)', async () => {
    page = new HostPage({ tall: true });
    const el = await page.mount(html`<div style="height: 50vh"></div>
      <div id="strong" style="width: 20px; height: 20px; border: 2px solid #767676"></div>
      <div id="faint" style="width: 20px; height: 20px; border: 2px solid #eeeeee"></div>
      <input id="native" type="checkbox" />`);
    const white: RGBA = [255, 255, 255, 1];
    window.scrollTo(0, 200);
    const strong = await paintedContrast(el.parentElement!.querySelector('#strong')!, white);
    const faint = await paintedContrast(el.parentElement!.querySelector('#faint')!, white);
    const native = await paintedContrast(el.parentElement!.querySelector('#native')!, white);
    expect(strong.best).to.be.closeTo(4.54, 0.05);
    expect(strong.perimeterShare).to.be.at.least(1);
    expect(faint.best).to.be.below(1.2);
    expect(native.best, 'Chromium’s own checkbox border').to.be.at.least(3);
  });
});
