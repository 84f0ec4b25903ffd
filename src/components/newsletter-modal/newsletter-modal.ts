import { LitElement, html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { define } from '../../internal/define.js';
import { LangController } from '../../internal/i18n.js';
import { theme } from '../../internal/theme.js';
import { SignupForm } from './signup-form.js';
import formStyles from './signup-form.styles.js';
import styles from './newsletter-modal.styles.js';

/**
 * @summary Newsletter signup in an accessible modal dialog (stub: issues 5 and 6 build it).
 *
 * @csspart dialog - The native dialog.
 * @csspart close-button - The "Fermer cette fenêtre" button.
 * @csspart form - The signup form.
 */
export class PoleNewsletterModal extends LitElement {
  static override styles = [theme, styles, formStyles];

  // --- the dialog (issue 5) ---

  /** Whether the dialog is open. Reflected. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Overrides the dialog's heading. */
  @property() heading = '';

  /** Renders a built-in button with this label that opens the dialog. */
  @property({ attribute: 'trigger-label' }) triggerLabel = '';

  /** A click on the backdrop does not close the dialog. */
  @property({ type: Boolean, attribute: 'no-backdrop-close' }) noBackdropClose = false;

  /** Polite auto-open rule: `delay`, `scroll` or `exit`; empty (default) for none. */
  @property({ attribute: 'auto-open' }) autoOpen = '';

  /** Seconds before a `delay` auto-open. */
  @property({ type: Number, attribute: 'auto-open-delay' }) autoOpenDelay = 15;

  /** Share of the page (percent) scrolled before a `scroll` auto-open. */
  @property({ type: Number, attribute: 'auto-open-scroll' }) autoOpenScroll = 50;

  /** Days auto-open stays quiet after the visitor closes the dialog without subscribing. */
  @property({ type: Number, attribute: 'remember-days' }) rememberDays = 30;

  // --- the signup form (issue 6) ---

  /** The signup endpoint: an https: URL (http: on localhost) or a relative URL. */
  @property() action = '';

  /** Request body encoding: `json` (default) or `form` (application/x-www-form-urlencoded). */
  @property() encoding = 'json';

  /** The body field name for the email address. */
  @property({ attribute: 'email-field' }) emailField = 'email';

  /** The body field name for the first name. */
  @property({ attribute: 'name-field' }) nameField = 'name';

  /** Asks for an optional first name. */
  @property({ type: Boolean, attribute: 'ask-name' }) askName = false;

  /** Who processes the data, named in the consent text. */
  @property() organisation = '';

  /** The privacy policy linked from the consent text. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** Version of the consent text, sent with each signup as proof of what was agreed. */
  @property({ attribute: 'consent-version' }) consentVersion = '1';

  /** Extra body fields as a JSON object of strings, e.g. `{"list":"42"}`. */
  @property({ attribute: 'extra-fields' }) extraFields = '';

  /** Seconds before a hung request is abandoned. */
  @property({ type: Number }) timeout = 10;

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly i18n = new LangController(this);
  private readonly form = new SignupForm(this, this.i18n);

  /** Opens the dialog. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog. */
  close(): void {
    this.open = false;
  }

  override updated(): void {
    if (this.open && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog.open) this.dialog.close();
  }

  override render() {
    const t = this.i18n.t.modal;
    return html`<dialog part="dialog" class="pole-root" lang=${this.i18n.lang} aria-labelledby="heading">
      <h2 id="heading">${this.heading || t.heading}</h2>
      <button part="close-button" type="button" aria-label=${t.close} @click=${() => this.close()}>×</button>
      ${this.form.render()}
    </dialog>`;
  }
}

define('pole-newsletter-modal', PoleNewsletterModal);

declare global {
  interface HTMLElementTagNameMap {
    'pole-newsletter-modal': PoleNewsletterModal;
  }
}
