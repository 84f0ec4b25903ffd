import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../internal/define.js';
import { LangController } from '../../internal/i18n.js';
import { theme } from '../../internal/theme.js';
import styles from './anniversary-logo.styles.js';

/**
 * @summary The "20 ans" anniversary mark, drawn as inline SVG.
 *
 * @csspart base - The SVG image.
 */
export class PoleAnniversaryLogo extends LitElement {
  static override styles = [theme, styles];

  /** Hides the logo from assistive technology where nearby text already says "20 ans". */
  @property({ type: Boolean, reflect: true }) decorative = false;

  private readonly i18n = new LangController(this);

  override render() {
    const name = this.i18n.t.logo.name;
    return html`<svg
      part="base"
      class="pole-root"
      lang=${this.i18n.lang}
      viewBox="0 0 120 60"
      role=${this.decorative ? 'presentation' : 'img'}
      aria-label=${this.decorative ? '' : name}
      aria-hidden=${this.decorative ? 'true' : 'false'}
    >
      <text x="0" y="45" font-size="48">20</text>
    </svg>`;
  }
}

define('pole-anniversary-logo', PoleAnniversaryLogo);

declare global {
  interface HTMLElementTagNameMap {
    'pole-anniversary-logo': PoleAnniversaryLogo;
  }
}
