/**
 * The entry of `dist/pole-widgets.js`, the one file a site pastes with a `<script>` tag: every
 * element, the script tag's own `data-*` configuration, and `window.PoleWidgets`.
 */
import {
  PoleAnniversaryBanner,
  PoleAnniversaryLogo,
  PoleExplainerCard,
  PoleNewsletterModal,
  version,
} from './index.js';

/** What `window.PoleWidgets` holds. */
const api = { version, PoleAnniversaryLogo, PoleAnniversaryBanner, PoleExplainerCard, PoleNewsletterModal };
import { configureFromScriptTag } from './internal/script-tag.js';

declare global {
  interface Window {
    PoleWidgets?: typeof api;
  }
}

// Read now: `document.currentScript` is set only while a classic script first runs.
const script = document.currentScript as HTMLScriptElement | null;

// Two copies on one page (a theme and a tag manager, two versions): only the copy whose classes
// were defined sets `window.PoleWidgets`, so its version and classes are the ones that run. Set on
// window explicitly, so that a `<script type="module">` load exposes it too.
if (customElements.get('pole-anniversary-logo') == PoleAnniversaryLogo) window.PoleWidgets = api;

// After the definitions: an abort above (a refused Trusted Types policy) leaves nothing half-inserted.
configureFromScriptTag(script);
