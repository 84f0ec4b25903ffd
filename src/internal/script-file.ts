/**
 * What each script-tag file (dist/pole-widgets.js, -member.js, -partner.js) does once its elements
 * are defined: add to `window.PoleWidgets` the classes this copy defined, then apply its own script
 * tag's `data-*` configuration. Two files on one page (member + partner, or member + complete)
 * each define what the other did not, and `window.PoleWidgets` names the class that runs for every
 * tag (`PoleWidgets.PoleX === customElements.get('pole-x')`), whichever file defined it.
 */
import type { PoleAnniversaryBanner } from '../components/anniversary-banner/anniversary-banner.js';
import type { PoleAnniversaryLogo } from '../components/anniversary-logo/anniversary-logo.js';
import type { PoleExplainerCard } from '../components/explainer-card/explainer-card.js';
import type { PoleNewsletterModal } from '../components/newsletter-modal/newsletter-modal.js';
import { configureFromScriptTag, type FileName, type Placers } from './script-tag.js';
import { VERSION } from './version.js';

interface Classes {
  PoleAnniversaryLogo: typeof PoleAnniversaryLogo;
  PoleAnniversaryBanner: typeof PoleAnniversaryBanner;
  PoleExplainerCard: typeof PoleExplainerCard;
  PoleNewsletterModal: typeof PoleNewsletterModal;
}

/** What `window.PoleWidgets` holds: the classes that run, whichever file defined each. */
export interface PoleWidgetsApi extends Partial<Classes> {
  /** The version of the first file that defined an element on this page. */
  version: string;
  /** The files that defined an element, in the order they ran (`member`, `partner`, `complete`). */
  files: FileName[];
}

declare global {
  interface Window {
    PoleWidgets?: PoleWidgetsApi;
  }
}

/** `PoleAnniversaryLogo` → `pole-anniversary-logo`. */
const tagOf = (name: string) => name.replace(/\B[A-Z]/g, (c) => `-${c}`).toLowerCase();

/**
 * Run once by each file's entry after its define modules: `classes` are the elements it carries,
 * `placers` the script-tag options it reads (internal/script-tag.ts).
 */
export function start(file: FileName, classes: Partial<Classes>, placers: Placers): void {
  // Read now: `document.currentScript` is set only while a classic script first runs.
  const script = document.currentScript as HTMLScriptElement | null;
  // A copy whose classes lost the race (the same file twice, a second version) changes nothing, so
  // the version and classes named are the ones that run. Set on window explicitly, so that a
  // `<script type="module">` load exposes it too.
  const defined = Object.entries(classes).filter(([name, ctor]) => customElements.get(tagOf(name)) == ctor);
  if (defined.length) {
    const api = (window.PoleWidgets ??= { version: VERSION, files: [] });
    api.files.push(file);
    Object.assign(api, Object.fromEntries(defined));
  }
  // After the definitions: an abort above (a refused Trusted Types policy) leaves nothing half-inserted.
  configureFromScriptTag(script, file, placers);
}
