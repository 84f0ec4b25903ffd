// Every widget in every state a visitor can meet, built on a host page: the catalogue the
// accessibility suites run their checks over.
import { html } from 'lit';
import '../../src/index.js';
import { spamGuard } from '../../src/components/newsletter-modal/signup-form.js';
import { animations, nextFrame, type HostPage } from './helpers.js';

export type Lang = 'fr' | 'en';

export interface WidgetState {
  /** The element's tag. */
  tag: string;
  /** The state, as a visitor would name it. */
  state: string;
  /** Builds the widget on `page` and brings it into the state; resolves to the element. */
  setup(page: HostPage, lang: Lang): Promise<HTMLElement>;
  /** The state shows no text of the widget's own (a dismissed banner, a closed modal without trigger). */
  textless?: boolean;
}

type Modal = HTMLElementTagNameMap['pole-newsletter-modal'];

/** Waits until `test` holds (polling each frame), or fails after `ms`. */
export async function until(test: () => unknown, what: string, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await nextFrame();
  }
}

let keys = 0;
/** A modal posting to the test endpoint with `scenario`, the spam guard's fill time off. */
export function modal(page: HostPage, lang: Lang, scenario = 'ok', delay = 0, placement = ''): Promise<Modal> {
  spamGuard.minFillMs = 0;
  const action = `/api/test/signup?scenario=${scenario}&delay=${delay}&key=a11y-${Date.now()}-${keys++}`;
  return page.mount<Modal>(html`<pole-newsletter-modal
    lang=${lang}
    trigger-label=${lang === 'fr' ? 'S’inscrire à la newsletter' : 'Subscribe to the newsletter'}
    action=${action}
    organisation="Pôle exemple"
    privacy-href="/confidentialite"
    placement=${placement}
    ask-name
  ></pole-newsletter-modal>`);
}

export async function openModal(el: Modal): Promise<Modal> {
  el.show();
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog to open');
  // Focus reaches the form 600 ms after the opening (see dialog-focus.ts).
  await until(() => el.shadowRoot!.activeElement?.matches('input, .pf-status, .pf-off'), 'focus on the form');
  // Measure the settled dialog, not a frame of its entrance (opacity) animation.
  await Promise.all(animations(el).map((a) => a.finished.catch(() => undefined)));
  await nextFrame();
  return el;
}

/** Fills the form as a visitor would (valid address, consent ticked) and submits it. */
export async function submit(el: Modal, { fill = true } = {}): Promise<void> {
  const root = el.shadowRoot!;
  if (fill) {
    const email = root.querySelector<HTMLInputElement>('input[type=email]')!;
    email.value = 'visiteur@example.org';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked = true;
  }
  root.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await el.updateComplete;
}

const modalState = (state: string, make: (page: HostPage, lang: Lang) => Promise<Modal>, textless = false): WidgetState => ({
  tag: 'pole-newsletter-modal',
  state,
  setup: make,
  textless,
});

const card = (state: string, make: (lang: Lang) => unknown): WidgetState => ({
  tag: 'pole-explainer-card',
  state,
  setup: (page, lang) => page.mount(make(lang)),
});

type Banner = HTMLElementTagNameMap['pole-anniversary-banner'];

/** The banner at the top of the page, where sites paste it; its remembered dismissal forgotten first. */
function banner(page: HostPage, lang: Lang, variant = '', placement = ''): Promise<Banner> {
  forgetDismissals();
  return page.mount<Banner>(
    html`<pole-anniversary-banner lang=${lang} href="/20-ans" dismissible variant=${variant || 'default'} placement=${placement}></pole-anniversary-banner>`,
    'top',
  );
}

export function forgetDismissals(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('pole-widgets')) localStorage.removeItem(key);
}

const bannerState = (state: string, make: (page: HostPage, lang: Lang) => Promise<HTMLElement>, textless = false): WidgetState => ({
  tag: 'pole-anniversary-banner',
  state,
  setup: make,
  textless,
});

export const STATES: WidgetState[] = [
  bannerState('shown, with its link and close button', (page, lang) => banner(page, lang)),
  bannerState('compact', (page, lang) => banner(page, lang, 'compact')),
  // The one-tag placements: fixed over the page's bottom or top edge.
  bannerState('overlay at the bottom', (page, lang) => banner(page, lang, '', 'overlay-bottom')),
  bannerState('overlay at the top', (page, lang) => banner(page, lang, '', 'overlay-top')),
  bannerState(
    'after dismissal',
    async (page, lang) => {
      const el = await banner(page, lang);
      $<HTMLButtonElement>(el, '[part=dismiss-button]').click();
      await el.updateComplete;
      return el;
    },
    true,
  ),
  {
    tag: 'pole-anniversary-logo',
    state: 'on its own',
    setup: (page, lang) => page.mount(html`<p>Partenaire des <pole-anniversary-logo lang=${lang}></pole-anniversary-logo></p>`).then((p) => p.querySelector('pole-anniversary-logo')!),
    textless: true,
  },
  {
    tag: 'pole-anniversary-logo',
    state: 'decorative, beside its words',
    setup: (page, lang) =>
      page.mount(html`<p><pole-anniversary-logo lang=${lang} decorative></pole-anniversary-logo> Les pôles ont 20 ans</p>`).then((p) => p.querySelector('pole-anniversary-logo')!),
    textless: true,
  },

  card('open, with its link', (lang) => html`<pole-explainer-card lang=${lang} pole-name="Polymeris" theme-label="caoutchoucs, plastiques et composites" href="/le-pole"></pole-explainer-card>`),
  card('collapsible, collapsed', (lang) => html`<pole-explainer-card lang=${lang} collapsible heading-level="3"></pole-explainer-card>`),
  card('collapsible, expanded', (lang) => html`<pole-explainer-card lang=${lang} collapsible open href="/le-pole"></pole-explainer-card>`),

  modalState('closed', (page, lang) => modal(page, lang)),
  // The one-tag placement: the trigger floats in the bottom corner.
  modalState('closed, floating trigger', (page, lang) => modal(page, lang, 'ok', 0, 'bottom-end')),
  modalState('open', async (page, lang) => openModal(await modal(page, lang))),
  modalState('with field errors', async (page, lang) => {
    const el = await openModal(await modal(page, lang));
    await submit(el, { fill: false });
    await until(() => el.shadowRoot!.querySelector('[aria-invalid="true"]'), 'the field errors');
    return el;
  }),
  modalState('sending', async (page, lang) => {
    const el = await openModal(await modal(page, lang, 'ok', 8000));
    await submit(el);
    await until(() => el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the pending state');
    return el;
  }),
  modalState('server error', async (page, lang) => {
    const el = await openModal(await modal(page, lang, 'server-error'));
    await submit(el);
    await until(() => el.shadowRoot!.querySelector('[role=alert]')?.textContent?.trim(), 'the error message');
    return el;
  }),
  modalState('success', async (page, lang) => {
    const el = await openModal(await modal(page, lang, 'ok'));
    await submit(el);
    await until(() => el.shadowRoot!.querySelector('[role=status]')?.textContent?.trim(), 'the success message');
    return el;
  }),
];

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)];
