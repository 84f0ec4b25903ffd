import { html, nothing } from 'lit';
import { LangController } from '../../internal/i18n.js';
import { PoleElement } from '../../internal/pole-element.js';
import { theme } from '../../internal/theme.js';
import { strings } from './anniversary-logo.strings.js';
import styles from './anniversary-logo.styles.js';

/**
 * @tagname pole-anniversary-logo
 * @summary The "20 ans" anniversary mark, inline SVG (no request), in the host's text colour and
 * the accent. Its size follows the element's `height` (default `3em`); the width follows.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - The background it sits on: unset or `light` for light
 * backgrounds, `dark` for dark ones, `auto` to follow `prefers-color-scheme` (only if the site does).
 *
 * @csspart base - The SVG image.
 *
 * @cssprop --pole-accent - The ring and dot (default `#000091`, `#8585f6` with `theme="dark"`).
 */
export class PoleAnniversaryLogo extends PoleElement {
  static override styles = [theme, styles];

  // Plain `static properties` rather than decorators: the decorator helpers cost ~0.5 kB brotli
  // in the single file. Each property keeps its JSDoc on its field below.
  static override properties = {
    decorative: { type: Boolean, reflect: true },
  };

  /** Hides the logo from assistive technology where nearby text already says "20 ans". */
  decorative = false;

  /** Its language (`lang`, an ancestor's, or `<html lang>`) and its strings in that language. */
  private readonly i18n = new LangController(this, strings);

  override render() {
    const d = this.decorative;
    // The name lives on the <svg> itself: role="img" + aria-label is the most widely supported
    // pattern. The mark: a "2", a "0" as a ring in the accent with an orbiting dot (the network),
    // and "ans"; strokes, not text, so it looks the same in any font and stays legible at 24 px.
    // It sits in this html`` template (not an svg`` one) so the build's template minifier keeps
    // its self-closing tags.
    return html`<svg
      part="base"
      viewBox="0 0 120 48"
      role=${d ? nothing : 'img'}
      lang=${d ? nothing : this.i18n.lang}
      aria-label=${d ? nothing : this.i18n.t.name}
      aria-hidden=${d ? 'true' : nothing}
    >
      <path stroke-width="7" d="M5 16a11 11 0 1 1 18 7L5 42h21" />
      <ellipse class="r" stroke-width="7" cx="45" cy="24" rx="10.5" ry="17.5" />
      <circle class="d" cx="60" cy="7" r="4.5" />
      <path stroke-width="4.6" d="M80 28.5V42m0-7a6.5 6.5 0 1 1 0-.01M88 42V28.5m0 7a6 6 0 0 1 12 0V42M116 31a5 3 0 1 0-5 4 5 3.5 0 1 1-5.5 4.5" />
    </svg>`;
  }
}
