import { LitElement, html } from 'lit';
import { define } from '../../internal/define.js';
import { LangController } from '../../internal/i18n.js';
import { theme } from '../../internal/theme.js';
import styles from './explainer-card.styles.js';

/**
 * @summary What a pôle de compétitivité is and what it is for (stub: issue 4 builds it).
 *
 * @csspart base - The card's wrapper.
 */
export class PoleExplainerCard extends LitElement {
  static override styles = [theme, styles];

  private readonly i18n = new LangController(this);

  override render() {
    return html`<section part="base" class="pole-root" lang=${this.i18n.lang}>
      <h2>${this.i18n.t.card.whatHeading}</h2>
    </section>`;
  }
}

define('pole-explainer-card', PoleExplainerCard);

declare global {
  interface HTMLElementTagNameMap {
    'pole-explainer-card': PoleExplainerCard;
  }
}
