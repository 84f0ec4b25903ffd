import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { define } from '../../internal/define.js';
import { LangController } from '../../internal/i18n.js';
import { warn } from '../../internal/log.js';
import { readStored, storageKeyPart, writeStored } from '../../internal/storage.js';
import { theme } from '../../internal/theme.js';
import { SignupForm } from './signup-form.js';
import formStyles from './signup-form.styles.js';
import styles from './newsletter-modal.styles.js';

/** Why the dialog closes: the `reason` of `pole-request-close` and `pole-close`. */
export type CloseReason = 'close-button' | 'escape' | 'backdrop' | 'api';
/** Why the dialog opens: the `reason` of `pole-open`. */
export type OpenReason = 'trigger' | 'auto' | 'api';

/** The storage key's value: when the visitor last closed the dialog, or that they subscribed. */
interface Cap {
  closedAt?: number;
  subscribed?: boolean;
}
const isCap = (v: unknown): v is Cap => !!v && typeof v == 'object';

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
 * @cssprop --pole-surface - Dialog background.
 * @cssprop --pole-text - Dialog text.
 * @cssprop --pole-border - Dialog and close button borders.
 * @cssprop --pole-focus - Focus ring.
 * @cssprop --pole-radius - Corner radius.
 * @cssprop --pole-backdrop - What covers the page behind the dialog (default translucent black).
 *
 * @fires pole-open - The dialog opened. `detail: { reason: 'trigger' | 'auto' | 'api' }`.
 * @fires pole-request-close - The dialog is about to close; cancelable (`preventDefault()` keeps it open).
 *   `detail: { reason: 'close-button' | 'escape' | 'backdrop' | 'api' }`.
 * @fires pole-close - The dialog closed. `detail: { reason }`, as in `pole-request-close`.
 * @fires pole-subscribe - From the form, before the request; cancelable (`preventDefault()` sends nothing). `detail`: the body's fields.
 * @fires pole-subscribed - From the form: the endpoint accepted the signup. `detail: { status, body }`.
 * @fires pole-subscribe-error - From the form: the signup failed. `detail: { kind, status }`.
 *
 * @tag pole-newsletter-modal
 */
export class PoleNewsletterModal extends LitElement {
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
    action: {},
    encoding: {},
    emailField: { attribute: 'email-field' },
    nameField: { attribute: 'name-field' },
    askName: { type: Boolean, attribute: 'ask-name' },
    organisation: {},
    privacyHref: { attribute: 'privacy-href' },
    consentVersion: { attribute: 'consent-version' },
    extraFields: { attribute: 'extra-fields' },
    timeout: { type: Number },
  };

  // --- the dialog (issue 5) ---

  /** Whether the dialog is open. Reflected; removing it closes through `pole-request-close` (`reason: 'api'`). */
  open = false;

  /** Overrides the dialog's heading. */
  heading = '';

  /** Renders a built-in button with this label that opens the dialog. */
  triggerLabel = '';

  /** A click on the backdrop does not close the dialog. */
  noBackdropClose = false;

  /**
   * Polite auto-open, off by default: `delay`, `scroll` or `exit` (exit intent, not on touch-first devices).
   * Never before `load`, never while the visitor types in a field or another modal dialog is open, never again
   * for `remember-days` after a close, never after a signup.
   */
  autoOpen = '';

  /** Seconds after `load` before a `delay` auto-open; fractions allowed (`0.5`). */
  autoOpenDelay = 15;

  /** Share of the page (percent, 0–100) scrolled before a `scroll` auto-open. */
  autoOpenScroll = 50;

  /** Days auto-open stays quiet after the visitor closes the dialog without subscribing (0: no pause). */
  rememberDays = 30;

  // --- the signup form (issue 6) ---

  /** The signup endpoint: an https: URL (http: on localhost) or a relative URL. */
  action = '';

  /** Request body encoding: `json` (default) or `form` (application/x-www-form-urlencoded). */
  encoding = 'json';

  /** The body field name for the email address. */
  emailField = 'email';

  /** The body field name for the first name. */
  nameField = 'name';

  /** Asks for an optional first name. */
  askName = false;

  /** Who processes the data, named in the consent text. */
  organisation = '';

  /** The privacy policy linked from the consent text. */
  privacyHref = '';

  /** Version of the consent text, sent with each signup as proof of what was agreed. */
  consentVersion = '1';

  /** Extra body fields as a JSON object of strings, e.g. `{"list":"42"}`. */
  extraFields = '';

  /** Seconds before a hung request is abandoned. */
  timeout = 10;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  private readonly i18n = new LangController(this);
  private readonly form = new SignupForm(this, this.i18n);

  /** Every connected modal: one document listener for `data-pole-newsletter-open` serves them all. */
  private static all = new Set<PoleNewsletterModal>();

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
  private days = 30;
  private armed?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.addEventListener('pole-subscribed', () => writeStored(this.key, { subscribed: true }));
    // Invoker Commands: <button commandfor="this-id" command="--show">.
    this.addEventListener('command', (e) => {
      const { command, source } = e as CommandEvent;
      if (command == '--show') this.openBy('trigger', source as HTMLElement);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const all = PoleNewsletterModal.all;
    if (!all.size) document.addEventListener('click', onDocumentClick);
    all.add(this);
    if (this.hasUpdated) this.arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const all = PoleNewsletterModal.all;
    all.delete(this);
    if (!all.size) document.removeEventListener('click', onDocumentClick);
    this.disarm();
    // A removed modal dialog leaves the top layer: give the page its scroll back.
    if (this.shown) {
      this.shown = this.open = false;
      this.dialog.close();
      lockScroll(false);
    }
  }

  override firstUpdated(): void {
    // Safari has no requestIdleCallback: the next task then. Both are called unbound on purpose
    // (a global's operations take the global object when called without one).
    (window.requestIdleCallback ?? setTimeout)(() => {
      this.ready = true;
      this.requestUpdate();
    });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.open) this.ready = true;
    if (changed.has('rememberDays')) this.days = this.checked(this.rememberDays, 30, 'remember-days');
    // `open` removed from outside (attribute or property): the same cancelable close path as close().
    if (changed.has('open') && !this.open && this.shown && !this.closeReason) {
      if (this.emit('pole-request-close', 'api', true)) this.closeReason = 'api';
      else this.open = true;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (this.open && !this.shown) {
      this.shown = true;
      this.disarm();
      this.opener ??= deepActiveElement();
      lockScroll(true);
      // showModal() focuses the first control (the close button); the form names a better place.
      this.dialog.showModal();
      this.form.focusTarget()?.focus();
      this.emit('pole-open', this.openReason);
      this.openReason = 'api';
    } else if (!this.open && this.shown) {
      const { opener, closeReason = 'api' } = this;
      this.shown = false;
      this.opener = this.closeReason = undefined;
      this.dialog.close();
      lockScroll(false);
      if (!readStored(this.key, isCap)?.subscribed) writeStored(this.key, { closedAt: Date.now() });
      // Back to the opener; if it is gone, to a trigger of this dialog, else to the page's main content (never <body>).
      const target =
        ([opener, this.renderRoot.querySelector('[part=trigger]'), this.querySelector('[slot=trigger]')].find(usable) as HTMLElement) ??
        document.querySelector<HTMLElement>('main,[role=main],h1');
      if (target && target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
        target.tabIndex = -1;
        target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
      }
      target?.focus({ preventScroll: true });
      this.emit('pole-close', closeReason);
    }
    if (changed.has('autoOpen') || changed.has('autoOpenDelay') || changed.has('autoOpenScroll')) this.arm();
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
    const t = this.i18n.t.modal;
    const lang = this.i18n.lang;
    return html`<slot
        name="trigger"
        @click=${(e: Event) => {
          const opener = (e.target as Element).closest<HTMLElement>('[slot=trigger]');
          if (opener) {
            e.preventDefault();
            this.openBy('trigger', opener);
          }
        }}
      ></slot
      >${this.triggerLabel
        ? html`<button
            part="trigger"
            class="pole-root trigger"
            lang=${lang}
            aria-haspopup="dialog"
            @click=${(e: Event) => this.openBy('trigger', e.currentTarget as HTMLElement)}
          >
            ${this.triggerLabel}
          </button>`
        : nothing}<dialog
        part="dialog"
        class="pole-root"
        lang=${lang}
        aria-labelledby="heading"
        @keydown=${(e: KeyboardEvent) => {
          // Forward Tab: the empty stop at the end of the dialog is tabbable for this one key press, so that Tab from
          // the last control lands on it, and from there focus goes on to the top (the close button). Firefox does
          // not wrap Tab in a modal dialog that lives in a shadow root: from the last control, focus left for the
          // browser's UI and came back to that same control (Firefox ESR 153; a dialog in the page wraps).
          // Shift+Tab is left to the browser, which moves focus right after this event.
          const stop = this.dialog.lastElementChild as HTMLElement;
          if (e.key == 'Tab' && !e.shiftKey) {
            stop.tabIndex = 0;
            setTimeout(() => {
              stop.tabIndex = -1;
              if (this.shadowRoot!.activeElement == stop) this.dialog.querySelector('button')!.focus();
            });
          }
        }}
        @cancel=${this.onCancel}
        @close=${this.onDialogClose}
        @pointerdown=${(e: Event) => (this.downOnBackdrop = e.target == this.dialog)}
        @click=${(e: Event) =>
          // Pressed and released on the dialog box itself, not on its content: the backdrop.
          e.target == this.dialog && this.downOnBackdrop && !this.noBackdropClose && this.requestClose('backdrop')}
      >
        <header part="header">
          <h2 id="heading" part="heading">${this.heading || t.heading}</h2>
          <button part="close-button" class="close" aria-label=${t.close} @click=${() => this.requestClose('close-button')}>
            <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18" /></svg>
          </button>
        </header>
        <div part="body" class="body"><slot name="intro"></slot>${this.ready ? this.form.render() : nothing}</div>
        <i></i>
      </dialog>`;
  }

  private get key(): string {
    return 'modal:' + storageKeyPart(this.id);
  }

  private emit(name: string, reason: string, cancelable = false): boolean {
    /** @ignore The manifest takes the events from the class's `@fires`, not from this generic call. */
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail: { reason } }));
  }

  /** A number attribute within 0…max, or a console message and the default. */
  private checked(value: number, fallback: number, attribute: string, max = 1e9): number {
    if (value >= 0 && value <= max) return value;
    warn(this, `${attribute}="${this.getAttribute(attribute)}" invalid: using ${fallback}.`);
    return fallback;
  }

  /** @internal */
  openBy(reason: OpenReason, opener?: HTMLElement | null): void {
    if (this.open || !this.isConnected) return;
    this.openReason = reason;
    this.opener = opener;
    this.open = true;
  }

  private requestClose(reason: CloseReason, cancelable = true): void {
    if (this.open && this.emit('pole-request-close', reason, cancelable)) {
      this.closeReason = reason;
      this.open = false;
    }
  }

  /** Arms the polite auto-open rule; it waits for `load` and fires at most once per page view. */
  private arm(): void {
    this.disarm();
    const mode = this.autoOpen;
    const delay = this.checked(this.autoOpenDelay, 15, 'auto-open-delay');
    const share = this.checked(this.autoOpenScroll, 50, 'auto-open-scroll', 100);
    if (mode && !/^(delay|scroll|exit)$/.test(mode)) warn(this, `auto-open="${mode}" unknown: use delay, scroll or exit.`);
    if (!mode || !this.isConnected || this.capped()) return;
    const { signal } = (this.armed = new AbortController());
    const start = () => {
      if (mode == 'delay') this.timer = setTimeout(() => this.autoOpenNow(), delay * 1000);
      // scroll: past `share` percent of the page. exit (intent): the pointer leaves through the top edge, towards
      // tabs and address bar; not on touch-first devices.
      else if (mode == 'scroll' || !matchMedia('(pointer:coarse)').matches) {
        const check = (e?: MouseEvent) => {
          const max = document.documentElement.scrollHeight - innerHeight;
          if (e ? !e.relatedTarget && e.clientY <= 0 : max > 0 && (scrollY / max) * 100 >= share) this.autoOpenNow();
        };
        if (mode == 'scroll') {
          addEventListener('scroll', () => check(), { passive: true, signal });
          check();
        } else document.addEventListener('mouseout', check, { signal });
      }
    };
    if (document.readyState == 'complete') start();
    else addEventListener('load', start, { once: true, signal });
  }

  private disarm(): void {
    this.armed?.abort();
    this.armed = undefined;
    clearTimeout(this.timer);
  }

  private capped(): boolean {
    const cap = readStored(this.key, isCap);
    // A stored value that is not a number compares false: tampered storage only loses the capping.
    return !!cap?.subscribed || Date.now() - (cap?.closedAt as number) < this.days * 864e5;
  }

  /** A rule fired: open now if the moment is polite, else look again in a second. */
  private autoOpenNow(): void {
    if (!this.armed) return;
    clearTimeout(this.timer);
    if (this.open || this.capped()) this.disarm();
    else if (document.hidden || isTyping() || otherModalOpen(document)) this.timer = setTimeout(() => this.autoOpenNow(), 1000);
    else {
      this.disarm();
      this.openBy('auto');
    }
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

/** `data-pole-newsletter-open` anywhere on the page (value: a modal's id, or empty for the only modal). */
function onDocumentClick(e: MouseEvent): void {
  const source = e.composedPath().find((n) => (n as Element).hasAttribute?.('data-pole-newsletter-open')) as HTMLElement;
  if (!source || e.defaultPrevented) return;
  const id = source.dataset.poleNewsletterOpen;
  const modals = [...PoleNewsletterModal['all']].filter((m) => !id || m.id == id);
  if (modals.length != 1) return warn(source, `data-pole-newsletter-open="${id}" matches ${modals.length} modals.`);
  e.preventDefault();
  modals[0].openBy('trigger', source);
}

/** The focused element, looking into shadow roots; `null` for none or `<body>`. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el != document.body ? (el as HTMLElement) : null;
}

/** Rendered (display not none) and not disabled. */
const usable = (el?: Element | null): boolean => !!el?.getClientRects().length && !el.matches(':disabled');

function isTyping(): boolean {
  const el = deepActiveElement();
  return !!el && (el.isContentEditable || el.matches('input,textarea,select'));
}

/**
 * A modal dialog (`:modal`) or a rendered `aria-modal` element that is not `aria-hidden` (cookie banners), in
 * the page or any open shadow root. Opacity and visibility are not looked at: a banner fading in starts at 0.
 */
function otherModalOpen(root: Document | ShadowRoot): boolean {
  return [...root.querySelectorAll('*')].some(
    (el) =>
      (el.matches(':modal,[aria-modal=true]:not([aria-hidden=true])') && usable(el)) ||
      (!!el.shadowRoot && otherModalOpen(el.shadowRoot)),
  );
}

let locks = 0;
let unlock = (): void => {};

/**
 * Stops the page behind from scrolling: overflow hidden on <html> (honoured by iOS Safari 16+), keeping the
 * scrollbar's room (scrollbar-gutter) so nothing shifts. On unlock the inline styles are put back as they
 * were, and the scroll position too (iOS moves it when the keyboard opens).
 */
function lockScroll(on: boolean): void {
  if (on ? locks++ : !locks || --locks) return;
  if (!on) return unlock();
  const root = document.documentElement;
  const s = root.style;
  const before = root.getAttribute('style');
  const [x, y, width] = [scrollX, scrollY, root.clientWidth];
  const saved = ['overflow-x', 'overflow-y', 'scrollbar-gutter'].map((p) => [p, s.getPropertyValue(p), s.getPropertyPriority(p)]);
  unlock = () => {
    for (const [p, v, important] of saved) s.setProperty(p, v, important);
    // Reading the attribute also syncs it: Chromium re-creates style="" after a removal made while it is stale.
    if (before == null && !root.getAttribute('style')) root.removeAttribute('style');
    scrollTo({ left: x, top: y, behavior: 'instant' });
  };
  s.setProperty('overflow', 'hidden', 'important');
  if (root.clientWidth > width) s.setProperty('scrollbar-gutter', 'stable', 'important');
}

define('pole-newsletter-modal', PoleNewsletterModal);

declare global {
  interface HTMLElementTagNameMap {
    'pole-newsletter-modal': PoleNewsletterModal;
  }
}
