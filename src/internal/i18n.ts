import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../locales/en.js';
import { fr, type Strings } from '../locales/fr.js';

export type Lang = 'fr' | 'en';
export type { Strings };

const TABLES: Record<Lang, Strings> = { fr, en };

/** `fr-*` → fr, `en-*` → en, anything else (or nothing) → fr: French first. */
export function normalizeLang(value: string | null | undefined): Lang {
  return /^en(-|$)/i.test((value ?? '').trim()) ? 'en' : 'fr';
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots, so a widget inside another component follows that component's page), else `<html lang>`.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return normalizeLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return normalizeLang(document.documentElement.lang);
}

export function stringsFor(lang: Lang): Strings {
  return TABLES[lang];
}

/**
 * Keeps a component's language right: resolved on connect, and again when `lang` changes on the
 * element, an ancestor or `<html>` (sites switch language client-side). Components read
 * `this.i18n.lang` and `this.i18n.t`, and put `lang=${this.i18n.lang}` on their rendered wrapper
 * so screen readers pronounce the content right on a host page of another language.
 */
export class LangController implements ReactiveController {
  lang: Lang = 'fr';
  t: Strings = fr;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    // One observer on the document, filtered to `lang`: cheap, and catches any ancestor's change.
    this.observer = new MutationObserver(() => this.refresh());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang || this.t !== TABLES[lang]) {
      this.lang = lang;
      this.t = TABLES[lang];
      this.host.requestUpdate();
    }
  }
}
