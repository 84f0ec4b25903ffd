/**
 * Script-tag configuration, for partners who can only paste one tag (a tag manager, a CMS footer
 * field). One rule for every attribute:
 *
 *   data-banner                 inserts <pole-anniversary-banner> as the first child of <body>
 *   data-banner-<attribute>     sets <attribute> on it (and implies data-banner)
 *   data-newsletter             inserts <pole-newsletter-modal> at the end of <body>
 *   data-newsletter-<attribute> sets <attribute> on it (and implies data-newsletter)
 *   data-lang                   sets `lang` on both
 *
 * An element already in the page (or in an open shadow root of it) is used instead of a new one, and what is written on it wins over
 * the script's attributes. The card is never inserted: it belongs somewhere in the content, which
 * only the page knows. Values go through setAttribute only: the elements validate them.
 */
import { warn } from './log.js';

function configure(script: HTMLScriptElement | null): void {
  const body = document.body;
  if (!script || !body) return;
  const lang = script.getAttribute('data-lang');
  for (const key of ['banner', 'newsletter']) {
    const prefix = `data-${key}-`;
    const own = [...script.attributes].filter((a) => a.name.startsWith(prefix));
    if (!own.length && !script.hasAttribute(`data-${key}`)) continue;
    const tag = key == 'banner' ? 'pole-anniversary-banner' : 'pole-newsletter-modal';
    const found = deepFind(document, tag);
    const el = found ?? document.createElement(tag);
    const pairs = own.map((a) => [a.name.slice(prefix.length), a.value, a.name]);
    if (lang) pairs.push(['lang', lang, 'data-lang']);
    for (const [name, value, from] of pairs) {
      // What the page wrote on its own element wins.
      if (el.hasAttribute(name)) continue;
      try {
        // An event handler would run the value as code; a style attribute breaks a strict CSP.
        if (/^(on|style$)/.test(name)) throw 0;
        el.setAttribute(name, value);
      } catch {
        warn('script', `ignores ${from}: not an attribute it may set.`);
      }
    }
    // Set before insertion, so the element starts with its whole configuration.
    if (!found) body[key == 'banner' ? 'prepend' : 'append'](el);
  }
  if (script.hasAttribute('data-card')) warn('script', 'ignores data-card: write <pole-explainer-card> in your content.');
}

/** The first `tag` of the page, also inside open shadow roots (an app shell that renders its own). */
function deepFind(root: Document | ShadowRoot, tag: string): Element | null {
  let found = root.querySelector(tag);
  for (const el of root.querySelectorAll('*')) found ??= el.shadowRoot && deepFind(el.shadowRoot, tag);
  return found;
}

/**
 * Applies the script tag's configuration. `current` is `document.currentScript` read while the file
 * first ran; it is null in a module script or a loader's callback: then the tag is found by the
 * file's name. In <head>, or async while the page is still parsing, it waits for the whole body, so
 * elements written further down are found and used instead of duplicated.
 */
export function configureFromScriptTag(current: HTMLScriptElement | null): void {
  const script = current ?? document.querySelector<HTMLScriptElement>('script[src*="pole-widgets"]');
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => configure(script));
  else configure(script);
}
