import { html, nothing, type PropertyValues } from 'lit';
import { deepActiveElement, focusSomewhere, meaningfulFocus } from '../../internal/active-element.js';
import { LangController } from '../../internal/i18n.js';
import { warn } from '../../internal/log.js';
import { theme } from '../../internal/theme.js';
import { lockScroll } from '../../internal/scroll-lock.js';
import { readStored, writeStored } from '../../internal/storage.js';
import { AutoOpen, isRemembered, rememberKey } from './auto-open.js';
import { Trigger } from './trigger.js';
import { PageOpeners } from './page-openers.js';
import { focusSoon, wrapTab } from './dialog-focus.js';
import { SignupFields } from './signup-fields.js';
import { SignupForm } from './signup-form.js';
import formStyles from './signup-form.styles.js';
import { strings } from './newsletter-modal.strings.js';
import styles from './newsletter-modal.styles.js';

/** Why the dialog closes: the `reason` of `pole-request-close` and `pole-close`. */
export type CloseReason = 'close-button' | 'escape' | 'backdrop' | 'api';
/** Why the dialog opens: the `reason` of `pole-open`. */
export type OpenReason = 'trigger' | 'auto' | 'api';

/**
 * @summary Newsletter signup in an accessible modal dialog.
 *
 * @slot intro - Text shown under the heading, before the form.
 * @slot trigger - The site's own button that opens the dialog.
 *
 * @csspart trigger - The built-in button rendered by `trigger-label`.
 * @csspart dialog - The native dialog.
 * @csspart header - The heading and close button row, always visible.
 * @csspart heading - The dialog's heading.
 * @csspart close-button - The "Fermer cette fenêtre" button.
 * @csspart body - The scrolling area under the header (intro and form).
 * @csspart form - The signup form.
 *
 * @cssprop --pole-accent - Trigger button background.
 * @cssprop --pole-accent-contrast - Text on the accent: trigger and submit buttons (default: black or white, whichever reads).
 * @cssprop --pole-surface - Dialog background.
 * @cssprop --pole-text - Dialog text.
 * @cssprop --pole-border - Dialog and close button borders.
 * @cssprop --pole-focus - Focus ring.
 * @cssprop --pole-font - Font family (default: the page's).
 * @cssprop --pole-font-size - Base size (default `medium`, the visitor's setting).
 * @cssprop --pole-radius - Corner radius.
 * @cssprop --pole-backdrop - What covers the page behind the dialog (default translucent black).
 *
 * @fires {CustomEvent<{ reason: 'trigger' | 'auto' | 'api' }>} pole-open - The dialog opened, and why.
 * @fires {CustomEvent<{ reason: 'close-button' | 'escape' | 'backdrop' | 'api' }>} pole-request-close - The dialog
 *   is about to close; cancelable (`preventDefault()` keeps it open).
 * @fires {CustomEvent<{ reason: 'close-button' | 'escape' | 'backdrop' | 'api' }>} pole-close - The dialog closed.
 * @fires {CustomEvent<Record<string, string | boolean>>} pole-subscribe - From the form, before the request; cancelable
 *   (`preventDefault()` sends nothing). `detail`: the body's fields.
 * @fires {CustomEvent<{ status: number; body: Record<string, unknown> | null; blind: boolean }>} pole-subscribed - From the
 *   form: the endpoint accepted the signup (`body`: its JSON object, or null; `blind`: a blind provider preset sent it,
 *   status 0, the answer unknown).
 * @fires {CustomEvent<{ kind: 'network' | 'timeout' | 'server' | 'rejected' | 'rate-limited' | 'offline' | 'config'; status: number }>} pole-subscribe-error - From
 *   the form: the signup failed (`status` 0 when there was no HTTP answer).
 *
 * @tagname pole-newsletter-modal
 */
export class PoleNewsletterModal extends SignupFields {
  static override styles = [theme, styles, formStyles];

  // Plain `static properties` rather than decorators: the decorator helpers cost ~0.5 kB brotli
  // in the single file. Each property keeps its JSDoc on its field below.
  static override properties = {
    open: { type: Boolean, reflect: true },
    heading: {},
    triggerLabel: { attribute: 'trigger-label' },
    noBackdropClose: { type: Boolean, attribute: 'no-backdrop-close' },
    autoOpen: { attribute: 'auto-open' },
    autoOpenDelay: { type: Number, attribute: 'auto-open-delay' },
    autoOpenScroll: { type: Number, attribute: 'auto-open-scroll' },
    rememberDays: { type: Number, attribute: 'remember-days' },
    placement: {},
  };

  /** Whether the dialog is open. Reflected; removing it closes through `pole-request-close` (`reason: 'api'`). */
  open = false;

  /** Overrides the dialog's heading. */
  heading = '';

  /**
   * Renders a built-in button with this label that opens the dialog (floating, it defaults to
   * "Newsletter").
   */
  triggerLabel = '';

  /** A click on the backdrop does not close the dialog. */
  noBackdropClose = false;

  /**
   * Polite auto-open, off by default: `delay`, `scroll` or `exit` (exit intent, not on touch-first devices).
   * Never before `load`, never while the visitor types in a field or another modal dialog is open, never again
   * for `remember-days` after a close, never after a signup, never after the dialog has opened in this page view.
   */
  autoOpen = '';

  /** Seconds after `load` before a `delay` auto-open; fractions allowed (`0.5`); at most 86400 (a day). */
  autoOpenDelay = 15;

  /** Share of the page (percent, 0–100) scrolled before a `scroll` auto-open. */
  autoOpenScroll = 50;

  /** Days auto-open stays quiet after the visitor closes the dialog without subscribing (0: no pause; at most 3650). */
  rememberDays = 30;

  /**
   * Where the built-in trigger sits. Empty: where the element is written. `bottom-end` or
   * `bottom-start`: floating in that corner of the viewport, clear of the safe-area insets, of the
   * page's fixed bottom bars and cookie banner, hidden while the on-screen keyboard is up and after a
   * signup; on small or short screens it collapses to an icon (its label stays its accessible name).
   */
  placement: '' | 'bottom-end' | 'bottom-start' = '';

  /** @internal The trigger floats. */
  get floating(): boolean {
    return this.placement == 'bottom-end' || this.placement == 'bottom-start';
  }

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /** Its language (`lang`, an ancestor's, or `<html lang>`) and its strings, the form's included. */
  private readonly i18n = new LangController(this, strings);
  private readonly form = new SignupForm(this, this.i18n);
  private readonly auto = new AutoOpen(this);
  private readonly trigger = new Trigger(this);

  /** The open steps ran: `shown` lags `open` until `updated()`. */
  private shown = false;
  /**
   * The form is rendered once the page is idle after load, or at the first opening if that comes
   * sooner: its templates are the largest of the file, and nobody sees them before the dialog opens,
   * so they stay out of the page's loading task (test/bench: the long task at load).
   */
  private ready = false;
  private opener?: HTMLElement | null;
  private openReason: OpenReason = 'api';
  private closeReason?: CloseReason;
  private downOnBackdrop = false;

  constructor() {
    super();
    new PageOpeners(this);
    this.addEventListener('pole-subscribed', () => writeStored(rememberKey(this.id), { subscribed: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed dialog leaves the top layer. Moved (removed and put back in the same task, as
    // frameworks do), it opens again where it now is; removed for good, it closes through the
    // usual steps, so every pole-open has its pole-close and focus goes back to the page.
    if (this.shown) queueMicrotask(() => (this.isConnected ? this.reshow() : this.requestClose('api', false)));
  }

  override firstUpdated(): void {
    // Safari has no requestIdleCallback: the next task then. Both are called unbound on purpose
    // (a global's operations take the global object when called without one).
    (window.requestIdleCallback ?? setTimeout)(() => {
      this.ready = true;
      this.requestUpdate();
    });
    // Hidden while open (the page's responsive CSS on a rotation, a script): a dialog with no box
    // reports a zero size; it closes rather than leave the page inert. Created here, not at
    // construction: server rendering has no ResizeObserver.
    new ResizeObserver(() => this.shown && !this.seen() && this.reshow()).observe(this.dialog);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.open) this.ready = true;
    // `open` removed from outside (attribute or property): the same cancelable close path as close().
    if (changed.has('open') && !this.open && this.shown && !this.closeReason) {
      if (this.emit('pole-request-close', { reason: 'api' }, true)) this.closeReason = 'api';
      else this.open = true;
    }
  }

  override updated(): void {
    if (this.open && !this.shown) {
      this.opener ??= deepActiveElement();
      // Refused where it could not be seen: an open modal with no box leaves the page inert and
      // scroll-locked, and only Escape (which phones lack) would end it.
      if (!this.reshow()) {
        this.open = false;
        this.opener = undefined;
        return;
      }
      this.shown = true;
      this.auto.opened();
      lockScroll(true);
      this.emit('pole-open', { reason: this.openReason });
      this.openReason = 'api';
    } else if (!this.open && this.shown) {
      const { opener, closeReason = 'api' } = this;
      this.shown = false;
      this.opener = this.closeReason = undefined;
      this.dialog.close();
      lockScroll(false);
      const key = rememberKey(this.id);
      if (!readStored(key, isRemembered)?.subscribed) writeStored(key, { closedAt: Date.now() });
      // Back to the opener; if it is gone, to a trigger of this dialog, else somewhere meaningful (never <body>).
      focusSomewhere(meaningfulFocus(opener, this.renderRoot.querySelector('[part=trigger]'), this.querySelector('[slot=trigger]')), {
        preventScroll: true,
      });
      this.emit('pole-close', { reason: closeReason });
    }
  }

  /** Opens the dialog. Always works, whatever auto-open's frequency capping says. */
  show(): void {
    this.openBy('api');
  }

  /** Closes the dialog through `pole-request-close` (`reason: 'api'`), which a listener may cancel. */
  close(): void {
    this.requestClose('api');
  }

  override render() {
    const t = this.i18n.t;
    const lang = this.i18n.lang;
    // A floating trigger is done once the visitor has subscribed: it would only be in the way.
    const label = this.floating ? !readStored(rememberKey(this.id), isRemembered)?.subscribed && (this.triggerLabel || t.trigger) : this.triggerLabel;
    // The header row is a div: a <header> outside sectioning content is a banner landmark (HTML-AAM),
    // and Chromium exposes one inside the dialog.
    return html`${this.trigger.render(label, lang)}<dialog
        part="dialog"
        class="pole-root"
        lang=${lang}
        aria-labelledby="heading"
        autofocus
        @keydown=${(e: KeyboardEvent) => wrapTab(e, this.dialog)}
        @cancel=${this.onCancel}
        @close=${this.onDialogClose}
        @pointerdown=${(e: Event) => (this.downOnBackdrop = e.target == this.dialog)}
        @click=${(e: Event) =>
          // Pressed and released on the dialog box itself, not on its content: the backdrop.
          e.target == this.dialog && this.downOnBackdrop && !this.noBackdropClose && this.requestClose('backdrop')}
      >
        <div part="header" class="bar">
          <h2 id="heading" part="heading">${this.heading || t.heading}</h2>
          <button part="close-button" class="close" aria-label=${t.close} @click=${() => this.requestClose('close-button')}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>
          </button>
        </div>
        <div part="body" class="body"><slot name="intro"></slot>${this.ready ? this.form.render() : nothing}</div>
      </dialog>`;
  }

  /** @internal Opens for `reason`, remembering `opener` to give focus back to. */
  openBy(reason: OpenReason, opener?: HTMLElement | null): void {
    if (this.open || !this.isConnected) return;
    this.openReason = reason;
    this.opener = opener;
    this.open = true;
  }

  private requestClose(reason: CloseReason, cancelable = true): void {
    if (this.open && this.emit('pole-request-close', { reason }, cancelable)) {
      this.closeReason = reason;
      this.open = false;
    }
  }

  /**
   * Shows the dialog as a modal where it now is, focus on the form; false, with a console message,
   * when it cannot be seen there (it or an ancestor has display: none or content-visibility: hidden;
   * a modal dialog is made visible whatever its ancestors' visibility). Also after a move: a removed
   * dialog has left the top layer.
   */
  private reshow(): boolean {
    const d = this.dialog;
    if (!this.isConnected) return false;
    d.close();
    d.showModal();
    if (this.seen()) {
      focusSoon(d, () => this.form.focusTarget());
      return true;
    }
    d.close();
    warn(this, 'refuses to open: not displayed (display: none or content-visibility: hidden on it or an ancestor).');
    if (this.shown) this.requestClose('api', false);
    return false;
  }

  /** The open dialog has a box. Safari before 17.4 has no checkVisibility(): a box there is enough (display: none). */
  private seen(): boolean {
    const d = this.dialog;
    return d.checkVisibility?.() ?? !!d.getClientRects().length;
  }

  /** Escape (or another close request). Chromium's close watcher may refuse a second cancel: see onDialogClose. */
  private onCancel(e: Event): void {
    if (e.cancelable) {
      e.preventDefault();
      this.requestClose('escape');
    }
  }

  /**
   * The browser closed the dialog without our say: after a cancelled Escape, a repeated one with no user
   * activation in between fires a non-cancelable `cancel` and then closes (HTML close watchers, Chromium).
   * Keep the state true to the screen: the close still goes through our close steps. (The event comes a
   * task late: after our own close() and a quick reopen, the dialog is open again and the event is stale.)
   */
  private onDialogClose(): void {
    if (this.shown && this.open && !this.dialog.open) this.requestClose('escape', false);
  }
}
