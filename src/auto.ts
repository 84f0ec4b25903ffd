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
 * An element already in the page is used instead of a new one, and what is written on it wins over
 * the script's attributes. The card is never inserted: it belongs somewhere in the content, which
 * only the page knows. Values go through setAttribute only: the elements validate them.
 */
import { warn } from './internal/log.js';

const TAGS = { banner: 'pole-anniversary-banner', newsletter: 'pole-newsletter-modal' } as const;

// document.currentScript is set only while a classic script first runs, so it is read now. It is
// null in a module script or a loader's callback: then the tag is found by the file's name.
const script = (document.currentScript ?? document.querySelector('script[src*="pole-widgets"]')) as HTMLScriptElement | null;

function configure(): void {
  const body = document.body;
  if (!script || !body) return;
  let key: keyof typeof TAGS;
  for (key in TAGS) {
    const prefix = `data-${key}-`;
    const own = [...script.attributes].filter((a) => a.name.startsWith(prefix));
    if (!script.hasAttribute(`data-${key}`) && !own.length) continue;
    const found = document.querySelector(TAGS[key]);
    const el = found ?? document.createElement(TAGS[key]);
    for (const { name, value } of own) set(el, name.slice(prefix.length), value, name);
    if (script.dataset.lang) set(el, 'lang', script.dataset.lang, 'data-lang');
    // Set before insertion, so the element starts with its whole configuration.
    if (!found) body[key === 'banner' ? 'prepend' : 'append'](el);
  }
  if (script.hasAttribute('data-card')) {
    warn('script', 'ignores data-card: write <pole-explainer-card> in your content.');
  }
}

function set(el: Element, name: string, value: string, from: string): void {
  if (el.hasAttribute(name)) return;
  // Event handlers would run the value as code; a style attribute breaks a strict CSP.
  if (/^(on|style$)/.test(name)) return warn('script', `ignores ${from}: no on* or style.`);
  try {
    el.setAttribute(name, value);
  } catch {
    warn('script', `ignores ${from}: invalid name.`);
  }
}

// In <head>, or async while the page is still parsing: wait for the whole body, so elements
// written further down are found and used instead of duplicated.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', configure, { once: true });
else configure();
