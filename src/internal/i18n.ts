import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Lang = 'fr' | 'en';

/**
 * The shape a translation of an element's French strings must have (`<name>.strings.ts`, beside
 * the element): the same keys, a missing or extra one being a type error; functions keep their
 * parameters. Each element's file holds its strings only, so a script-tag file carries the strings
 * of the elements it has, in every language.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Translation<T[K]> };

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

/**
 * Keeps a component's language right: resolved on connect, and again when `lang` changes on the
 * element, an ancestor or `<html>` (sites switch language client-side). Components read
 * `this.i18n.lang` and `this.i18n.t` (their own strings, from `strings`, in that language), and put
 * `lang=${this.i18n.lang}` on their rendered wrapper so screen readers pronounce the content right
 * on a host page of another language.
 */
export class LangController<T> implements ReactiveController {
  lang: Lang = 'fr';
  t: T;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly strings: Record<Lang, T>,
  ) {
    host.addController(this);
    this.t = strings.fr;
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
    if (lang !== this.lang) {
      this.lang = lang;
      this.t = this.strings[lang];
      this.host.requestUpdate();
    }
  }
}
