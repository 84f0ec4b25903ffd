// Every widget in every state a visitor can meet, built on a host page: the catalogue the
// accessibility suites run their checks over.
import { html } from 'lit';
import '../../src/index.js';
import type { HostPage } from './helpers.js';

export type Lang = 'fr' | 'en';

export interface WidgetState {
  /** The element's tag. */
  tag: string;
  /** The state, as a visitor would name it. */
  state: string;
  /** Builds the widget on `page` and brings it into the state; resolves to the element. */
  setup(page: HostPage, lang: Lang): Promise<HTMLElement>;
}

const card = (state: string, make: (lang: Lang) => unknown): WidgetState => ({
  tag: 'pole-explainer-card',
  state,
  setup: (page, lang) => page.mount(make(lang)),
});

export const STATES: WidgetState[] = [
  card('open, with its link', (lang) => html`<pole-explainer-card lang=${lang} pole-name="Polymeris" theme-label="caoutchoucs, plastiques et composites" href="/le-pole"></pole-explainer-card>`),
  card('collapsible, collapsed', (lang) => html`<pole-explainer-card lang=${lang} collapsible heading-level="3"></pole-explainer-card>`),
  card('collapsible, expanded', (lang) => html`<pole-explainer-card lang=${lang} collapsible open href="/le-pole"></pole-explainer-card>`),
];

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)];
