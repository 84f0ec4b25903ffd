import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../internal/define.js';
import { LangController } from '../../internal/i18n.js';
import { theme } from '../../internal/theme.js';
import '../anniversary-logo/anniversary-logo.js';
import styles from './anniversary-banner.styles.js';

/**
 * @summary The 20th-anniversary banner (stub: issue 3 builds it).
 *
 * @csspart base - The banner's wrapper.
 */
export class PoleAnniversaryBanner extends LitElement {
  static override styles = [theme, styles];

  /** The anniversary page the call-to-action links to. */
  @property() href = '';

  private readonly i18n = new LangController(this);

  override render() {
    return html`<section part="base" class="pole-root" lang=${this.i18n.lang}>
      <pole-anniversary-logo decorative></pole-anniversary-logo>
      <p>${this.i18n.t.banner.headline}</p>
    </section>`;
  }
}

define('pole-anniversary-banner', PoleAnniversaryBanner);

declare global {
  interface HTMLElementTagNameMap {
    'pole-anniversary-banner': PoleAnniversaryBanner;
  }
}
