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
 * Placements, so that nothing moves after the first paint without a line of the site's CSS:
 *
 *   data-banner-placement       `top`: first in <body>, in the flow; `overlay-top` / `overlay-bottom`:
 *                               fixed over that edge. Default: `top` where that moves nothing (the
 *                               script runs in <head> before the body exists and reserves the space,
 *                               or the page's own CSS reserves it), else `overlay-bottom`.
 *   data-newsletter-placement   `bottom-end` (default) / `bottom-start`: a floating trigger in that
 *                               corner, the element at the end of <main> (a sensible place in the
 *                               keyboard order), else of <body>; `inline`: the element goes at the
 *                               end of the container named by data-newsletter-target (a selector).
 *
 * An element already in the page (or in an open shadow root of it) is used instead of a new one, and
 * what is written on it wins over
 * the script's attributes. The card is never inserted: it belongs somewhere in the content, which
 * only the page knows. Values go through setAttribute only: the elements validate them.
 *
 * Each file reads only the options of the elements it carries: the member file `data-banner*`, the
 * partner file `data-newsletter*`, the complete file both. An option for an element the file does
 * not carry is reported, with the file that has it.
 */
import { warn } from './log.js';
import { inserted, tags } from './tags.js';

/** The three script-tag files: dist/pole-widgets-member.js, dist/pole-widgets-partner.js, dist/pole-widgets.js. */
export type FileName = 'member' | 'partner' | 'complete';

/** The file's name on a CDN or a site: `pole-widgets.js` for the complete file. */
export const fileOf = (file: FileName) => `pole-widgets${file == 'complete' ? '' : `-${file}`}.js`;

/** The file that has the element a script-tag option inserts. */
const OPTIONS = { banner: 'member', newsletter: 'partner' } as const;
type Key = keyof typeof OPTIONS;

/**
 * How one script-tag option places its element. Each file's entry passes the placers of the
 * elements it carries, so the member file holds no newsletter placement code, nor the partner file
 * the banner's.
 */
export interface Placer {
  /** Run at once from <head> (the body does not exist yet): hold the element's space from the first paint. */
  reserve?(script: HTMLScriptElement): CSSStyleSheet | undefined;
  /** Insert the configured element, which the page did not already have. */
  place(el: Element, script: HTMLScriptElement, sheet?: CSSStyleSheet): void;
}
/**
 * What a file does with its script tag's options: the placers of the elements it carries and, in
 * the member and partner files, `elsewhere` for the others. The complete file carries every element,
 * and so not that message.
 */
export type Placers = Partial<Record<Key, Placer>> & { elsewhere?: typeof elsewhere };

/** Reports an option for an element the file does not carry, naming the files that have it. */
export function elsewhere(key: Key, file: FileName): void {
  warn('script', `ignores data-${key}: ${fileOf(file)} has no <${tags[key]}>; ${fileOf(OPTIONS[key])} or pole-widgets.js has.`);
}

/** The banner's min-height (default, compact), as in anniversary-banner.styles.ts. */
export const heights = [
  'max(5em,min(6.5em,114.4em - 150vw),min(16em,26.1em - 34.2vw,82.5em - 150vw))',
  'max(3em,min(3.6em,64.3em - 150vw),min(7.5em,14.85em - 30.6vw))',
];

export const banner: Placer = {
  reserve(script) {
    if (/^overlay/.test(script.getAttribute('data-banner-placement')!)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `body:not(:has(pole-anniversary-banner))::before{content:"";display:block;font-size:medium;min-height:${heights[+(script.getAttribute('data-banner-variant') == 'compact')]}}`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return sheet;
  },
  place(el, _script, sheet) {
    // In the flow only where the space is already held: by our reservation, or by the page's own
    // (the README's body::before line). Anything else would push the painted page down.
    if (!el.hasAttribute('placement'))
      el.setAttribute('placement', sheet || getComputedStyle(document.body, '::before').minHeight != '0px' ? 'top' : 'overlay-bottom');
    document.body.prepend(el);
  },
};

export const newsletter: Placer = {
  place(el, script) {
    let target: Element | null = null;
    if (el.getAttribute('placement') == 'inline') {
      try {
        target = document.querySelector(script.getAttribute('data-newsletter-target')!);
      } catch {
        // An invalid or missing selector: reported below.
      }
      if (!target) warn('script', 'finds no data-newsletter-target: the trigger floats instead.');
    }
    if (!target && !el.hasAttribute('placement')) el.setAttribute('placement', 'bottom-end');
    (target ?? document.querySelector('main') ?? document.body).append(el);
  },
};

function configure(script: HTMLScriptElement | null, file: FileName, placers: Placers, sheet?: CSSStyleSheet): void {
  if (!script || !document.body) return;
  const lang = script.getAttribute('data-lang');
  for (const key of inserted) {
    const prefix = `data-${key}-`;
    const own = [...script.attributes].filter((a) => a.name.startsWith(prefix));
    if (!own.length && !script.hasAttribute(`data-${key}`)) continue;
    const tag = tags[key];
    const placer = placers[key];
    if (!placer) {
      placers.elsewhere?.(key, file);
      continue;
    }
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
    if (!found) placer.place(el, script, sheet);
  }
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s != sheet);
  if (script.hasAttribute('data-card') && file != 'partner') warn('script', 'ignores data-card: write <pole-explainer-card> in your content.');
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
export function configureFromScriptTag(current: HTMLScriptElement | null, file: FileName, placers: Placers): void {
  // Found by the file's name (`pole-widgets-member.js`, a renamed `pole-widgets.min.js`), the
  // complete file's name never matching the other two.
  const name = new RegExp(`/pole-widgets${file == 'complete' ? '(?!-member|-partner)' : `-${file}`}[^/]*$`);
  const script = current ?? [...document.scripts].find((s) => name.test(s.src.split(/[?#]/)[0])) ?? null;
  // Run from <head> before the body exists (a plain script tag): nothing is painted yet, so the
  // banner's space can be held from the first paint until it is inserted, and it goes in the flow.
  const banner = [...(script?.attributes ?? [])].some((a) => a.name.startsWith('data-banner'));
  const sheet = banner && !document.body ? placers.banner?.reserve?.(script!) : undefined;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => configure(script, file, placers, sheet));
  else configure(script, file, placers, sheet);
}
