// Helpers shared by the anniversary banner's suites (every engine, and Chromium's tools).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PoleAnniversaryBanner } from '../src/components/anniversary-banner/pole-anniversary-banner.js';
import type { PoleAnniversaryLogo } from '../src/components/anniversary-logo/pole-anniversary-logo.js';
import { describeNode } from './helpers.js';
export const KEY = 'pole-widgets:banner:20-ans';
export const DAY = 864e5;
export const HREF = 'https://example.org/20-ans';


export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~='${name}']`);
export const closeButton = (el: Element) => part(el, 'dismiss-button') as HTMLButtonElement;
export const isShown = (el: Element) => !!part(el, 'base');
/** The visible text of a part, whitespace collapsed (no-break spaces kept). */
export const text = (el: Element, name: string) => part(el, name)!.textContent!.replace(/[ \n\t]+/g, ' ').trim();

/** Local calendar day `offset` days from today, as the `YYYY-MM-DD` a web manager would write. */
export function day(offset: number): string {
  const d = new Date(Date.now() + offset * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}


/** Asserts that `actual` (an activeElement) is `expected`. */
export function expectSame(actual: Element | null | undefined, expected: Element | null | undefined, message?: string): void {
  expect(describeNode(actual), message).to.equal(describeNode(expected));
  expect(actual === expected, message).to.be.true;
}


export async function clickCenter(target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

export async function until(test: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function clearDismissals(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith('pole-widgets:banner:')) localStorage.removeItem(k);
}

/** A page with something focusable before the banner and the main content after it. */
export async function page(banner: ReturnType<typeof html>) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Avant</button>
    ${banner}
    <main><h1>Contenu de la page</h1><a href="#suite">Suite</a></main>
  </div>`);
  const el = wrap.querySelector('pole-anniversary-banner')!;
  await el.updateComplete;
  return { wrap, el, main: wrap.querySelector('main')! };
}

/**
 * The banner passes axe in every state (fr and en, both variants, focus on the link and the close
 * button) with the system in `scheme` and `theme=attr`; its logo draws in its colours; its
 * background is dark exactly when the theme (or, without one, the system) is dark.
 */
export async function expectThemed(scheme: 'light' | 'dark', attr: string | undefined): Promise<void> {
  for (const lang of ['fr', 'en']) {
    for (const variant of ['', 'compact']) {
      const { el, wrap } = await page(html`<pole-anniversary-banner lang=${lang} variant=${variant} theme=${attr ?? ''} href=${HREF} dismissible
        >${lang === 'fr' ? '' : html`Our <a href="#x">own line</a>.`}</pole-anniversary-banner
      >`);
      await expect(el).to.be.accessible();
      // Focus on the link and on the close button.
      part(el, 'cta')!.focus();
      await expect(el).to.be.accessible();
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await expect(el).to.be.accessible();
    }
  }
  const dark = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner theme=${attr ?? ''}></pole-anniversary-banner>`);
  // The logo draws in the banner's colours: its "2 ans" in the headline's colour, its ring in the border's.
  const logo = part(dark, 'logo')!;
  await (logo as PoleAnniversaryLogo).updateComplete;
  expect(getComputedStyle(logo.shadowRoot!.querySelector('path')!).stroke).to.equal(getComputedStyle(part(dark, 'headline')!).color);
  expect(getComputedStyle(logo.shadowRoot!.querySelector('.r')!).stroke).to.equal(getComputedStyle(part(dark, 'base')!).borderBottomColor);
  const bg = getComputedStyle(part(dark, 'base')!).backgroundColor;
  const isDark = attr ? attr === 'dark' : scheme === 'dark';
  // rgb(0-255 …) or color(srgb 0-1 …)
  const [r, g, b] = bg.match(/[\d.]+/g)!.map(Number);
  const mean = ((r + g + b) / 3) * (bg.startsWith('color(') ? 255 : 1);
  expect(mean < 128, `background ${bg}`).to.equal(isDark);
}
