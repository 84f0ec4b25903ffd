import { LitElement, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../internal/define.js';
import { LangController } from '../../internal/i18n.js';
import { theme } from '../../internal/theme.js';
import styles from './anniversary-logo.styles.js';

/**
 * The mark, drawn once: a "2", a "0" as a ring in the accent with an orbiting dot (the network),
 * and "ans". Strokes, not text, so it renders the same with any font and stays legible at 24 px.
 */
const MARK = svg`<path stroke-width="7" d="M5 15.5a10.5 10.5 0 1 1 18 7.5L5 42h21"/><ellipse class="r" stroke-width="7" cx="45" cy="24" rx="10.5" ry="17.5"/><circle class="d" cx="60" cy="7" r="4.5"/><path stroke-width="4.6" d="M80 28.5V42m0-7a6.5 6.5 0 1 1 0-.01M88 42V28.5m0 7a6 6 0 0 1 12 0V42M116 31.2c-1-1.7-2.8-2.7-5-2.7-2.7 0-4.8 1.5-4.8 3.6 0 4.6 10.3 2.6 10.3 7 0 2.2-2.3 3.9-5.3 3.9-2.4 0-4.4-1-5.4-2.8"/>`;

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
export class PoleAnniversaryLogo extends LitElement {
  static override styles = [theme, styles];

  /** Hides the logo from assistive technology where nearby text already says "20 ans". */
  @property({ type: Boolean, reflect: true }) decorative = false;

  /** Overrides the accessible name ("20 ans" / "20 years"). */
  @property() label = '';

  private readonly i18n = new LangController(this);

  override render() {
    // The name lives on the <svg> itself: role="img" + aria-label is the most widely supported pattern.
    return this.decorative
      ? html`<svg part="base" viewBox="0 0 120 48" aria-hidden="true">${MARK}</svg>`
      : html`<svg part="base" viewBox="0 0 120 48" role="img" lang=${this.i18n.lang} aria-label=${this.label || this.i18n.t.logo.name}>${MARK}</svg>`;
  }
}

define('pole-anniversary-logo', PoleAnniversaryLogo);

declare global {
  interface HTMLElementTagNameMap {
    'pole-anniversary-logo': PoleAnniversaryLogo;
  }
}
