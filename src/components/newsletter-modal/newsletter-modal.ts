import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
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

/** What the storage key holds: a close time (auto-open stays quiet for `remember-days`) or a signup. */
interface Cap {
  closedAt?: number;
  subscribed?: true;
}
const isCap = (v: unknown): v is Cap =>
  !!v && typeof v == 'object' && ((v as Cap).subscribed === true || Number.isFinite((v as Cap).closedAt));

const MODES = ['delay', 'scroll', 'exit'];

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
 */
export class PoleNewsletterModal extends LitElement {
  static override styles = [theme, styles, formStyles];

  // --- the dialog (issue 5) ---

  /** Whether the dialog is open. Reflected; removing it closes through `pole-request-close` (`reason: 'api'`). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Overrides the dialog's heading. */
  @property() heading = '';

  /** Renders a built-in button with this label that opens the dialog. */
  @property({ attribute: 'trigger-label' }) triggerLabel = '';

  /** A click on the backdrop does not close the dialog. */
  @property({ type: Boolean, attribute: 'no-backdrop-close' }) noBackdropClose = false;

  /**
   * Polite auto-open, off by default: `delay`, `scroll` or `exit` (exit intent, desktop only), or several
   * separated by spaces (the first to happen opens). Never before `load`, never while the visitor types in
   * a field or another modal dialog is open, never again for `remember-days` after a close, never after a signup.
   */
  @property({ attribute: 'auto-open' }) autoOpen = '';

  /** Seconds after `load` before a `delay` auto-open; fractions allowed (`0.5`). */
  @property({ type: Number, attribute: 'auto-open-delay' }) autoOpenDelay = 15;

  /** Share of the page (percent, 0–100) scrolled before a `scroll` auto-open. */
  @property({ type: Number, attribute: 'auto-open-scroll' }) autoOpenScroll = 50;

  /** Days auto-open stays quiet after the visitor closes the dialog without subscribing (0: no pause). */
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
  @query('h2') private headingEl!: HTMLElement;

  private readonly i18n = new LangController(this);
  private readonly form = new SignupForm(this, this.i18n);

  /** Every connected modal: the one document listener for `data-pole-newsletter-open` serves them all. */
  private static modals = new Set<PoleNewsletterModal>();

  /** The dialog is shown (the open steps ran): lags `open` until `updated()`. */
  private shown = false;
  private opener: HTMLElement | null = null;
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
      if (command == '--close') this.requestClose('api');
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const all = PoleNewsletterModal.modals;
    if (!all.size) document.addEventListener('click', PoleNewsletterModal.onDocumentClick);
    all.add(this);
    if (this.hasUpdated) this.arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const all = PoleNewsletterModal.modals;
    all.delete(this);
    if (!all.size) document.removeEventListener('click', PoleNewsletterModal.onDocumentClick);
    this.disarm();
    // A removed modal dialog leaves the top layer: give the page its scroll back.
    if (this.shown) {
      this.shown = false;
      this.dialog.close();
      lockScroll(false);
      this.open = false;
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rememberDays')) this.days = this.checked(this.rememberDays, 30, 'remember-days');
    // `open` removed from outside (attribute or property): the same cancelable close path as close().
    if (changed.has('open') && !this.open && this.shown && !this.closeReason) {
      if (this.emit('pole-request-close', { reason: 'api' }, true)) this.closeReason = 'api';
      else this.open = true;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (this.open && !this.shown) this.openSteps();
    else if (!this.open && this.shown) this.closeSteps();
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
    return html`<slot name="trigger" @click=${this.onSlottedTrigger}></slot>${this.triggerLabel
        ? html`<button
            part="trigger"
            class="pole-root trigger"
            lang=${lang}
            type="button"
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
        @cancel=${this.onCancel}
        @close=${this.onDialogClose}
        @pointerdown=${(e: Event) => (this.downOnBackdrop = e.target == this.dialog)}
        @click=${this.onDialogClick}
      >
        <div part="header" class="header">
          <h2 id="heading" part="heading" tabindex="-1">${this.heading || t.heading}</h2>
          <button part="close-button" class="close" type="button" aria-label=${t.close} @click=${() => this.requestClose('close-button')}>
            <svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d="M6 6l12 12M18 6 6 18"/>`}</svg>
          </button>
        </div>
        <div part="body" class="body"><slot name="intro"></slot>${this.form.render()}</div>
      </dialog>`;
  }

  private get key(): string {
    return `newsletter-modal:${storageKeyPart(this.id)}`;
  }

  private emit(name: string, detail: object, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
  }

  /** A numeric attribute within 0…max, or a console message and the default. */
  private checked(value: number, fallback: number, attribute: string, max = Infinity): number {
    if (value >= 0 && value <= max) return value;
    warn(this, `ignores ${attribute}="${this.getAttribute(attribute)}": expected a number from 0${max < Infinity ? ` to ${max}` : ''}; using ${fallback}.`);
    return fallback;
  }

  private openBy(reason: OpenReason, opener?: HTMLElement | null): void {
    if (this.open) return;
    if (!this.isConnected) return warn(this, 'cannot open: the element is not in the document.');
    this.openReason = reason;
    this.opener = opener ?? deepActiveElement();
    this.open = true;
  }

  private requestClose(reason: CloseReason, cancelable = true): void {
    if (this.open && this.emit('pole-request-close', { reason }, cancelable)) {
      this.closeReason = reason;
      this.open = false;
    }
  }

  private openSteps(): void {
    this.shown = true;
    this.disarm();
    this.opener ??= deepActiveElement();
    lockScroll(true);
    this.dialog.showModal();
    (this.form.focusTarget() ?? this.headingEl).focus();
    this.emit('pole-open', { reason: this.openReason });
    this.openReason = 'api';
  }

  private closeSteps(): void {
    const reason = this.closeReason ?? 'api';
    this.shown = false;
    this.closeReason = undefined;
    if (this.dialog.open) this.dialog.close();
    lockScroll(false);
    if (!readStored(this.key, isCap)?.subscribed) writeStored(this.key, { closedAt: Date.now() });
    this.returnFocus();
    this.emit('pole-close', { reason });
  }

  /** Back to the opener; if it is gone, to another way to reopen this dialog, else to the page's main content. */
  private returnFocus(): void {
    const opener = this.opener;
    this.opener = null;
    const id = CSS.escape(this.id);
    const all = PoleNewsletterModal.modals;
    const usable = (el: Element | null | undefined): el is HTMLElement =>
      el instanceof HTMLElement && el.isConnected && !el.matches(':disabled') && el.checkVisibility() && !el.closest('[inert]');
    const target =
      [
        opener,
        this.renderRoot.querySelector('[part=trigger]'),
        this.querySelector('[slot=trigger]'),
        ...document.querySelectorAll(
          `${id ? `[data-pole-newsletter-open="${id}"],[commandfor="${id}"]` : '_'}${all.size == 1 ? ',[data-pole-newsletter-open=""]' : ''}`,
        ),
      ].find(usable) ?? document.querySelector<HTMLElement>('main,[role=main],h1');
    if (!target) return;
    if (!usable(opener) && target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus({ preventScroll: true });
  }

  /** Arms the polite auto-open rules; they wait for `load` and fire at most once per page view. */
  private arm(): void {
    this.disarm();
    const modes = this.autoOpen.split(/\s+/).filter(Boolean);
    const unknown = modes.filter((m) => !MODES.includes(m));
    if (unknown.length) warn(this, `ignores auto-open="${unknown.join(' ')}": use delay, scroll or exit.`);
    const delay = this.checked(this.autoOpenDelay, 15, 'auto-open-delay');
    const share = this.checked(this.autoOpenScroll, 50, 'auto-open-scroll', 100);
    if (!this.isConnected || !modes.some((m) => MODES.includes(m)) || this.capped()) return;
    const armed = (this.armed = new AbortController());
    const { signal } = armed;
    const start = () => {
      if (modes.includes('delay')) this.timer = setTimeout(() => this.autoOpenNow(), delay * 1000);
      if (modes.includes('scroll')) {
        const onScroll = () => {
          const max = document.documentElement.scrollHeight - innerHeight;
          if (max > 0 && (scrollY / max) * 100 >= share) this.autoOpenNow();
        };
        addEventListener('scroll', onScroll, { passive: true, signal });
        onScroll();
      }
      // Exit intent: the pointer leaves the page through its top edge (towards tabs and address bar).
      // Not on touch-first devices (phones, tablets), where there is no such gesture.
      if (modes.includes('exit') && !matchMedia('(pointer:coarse)').matches) {
        document.addEventListener(
          'mouseout',
          (e) => {
            if (!e.relatedTarget && e.clientY <= 0) this.autoOpenNow();
          },
          { signal },
        );
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
    return !!cap && (!!cap.subscribed || Date.now() - cap.closedAt! < this.days * 864e5);
  }

  /** A rule fired: open now if the moment is polite, else look again in a second. */
  private autoOpenNow(): void {
    if (!this.armed) return;
    clearTimeout(this.timer);
    if (this.open || this.capped()) return this.disarm();
    if (document.hidden || isTyping() || otherModalOpen(document)) {
      this.timer = setTimeout(() => this.autoOpenNow(), 1000);
      return;
    }
    this.disarm();
    this.openBy('auto');
  }

  private onSlottedTrigger(e: Event): void {
    const opener = (e.target as Element).closest<HTMLElement>('[slot=trigger]');
    if (!opener) return;
    e.preventDefault();
    this.openBy('trigger', opener);
  }

  /** Escape (or another close request). Chromium's close watcher may refuse a second cancel: see onDialogClose. */
  private onCancel(e: Event): void {
    if (!e.cancelable) return;
    e.preventDefault();
    this.requestClose('escape');
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

  private onDialogClick(e: MouseEvent): void {
    // A click whose press and release both hit the dialog box itself landed on the backdrop (the panel fills the box).
    if (e.target == this.dialog && this.downOnBackdrop && !this.noBackdropClose) this.requestClose('backdrop');
  }

  /** `data-pole-newsletter-open` anywhere on the page (value: a modal's id, or empty for the only modal). */
  private static onDocumentClick(e: MouseEvent): void {
    const source = e
      .composedPath()
      .find((n): n is HTMLElement => n instanceof HTMLElement && n.hasAttribute('data-pole-newsletter-open'));
    if (!source || e.defaultPrevented) return;
    const id = source.dataset.poleNewsletterOpen;
    const modals = [...PoleNewsletterModal.modals].filter((m) => !id || m.id == id);
    if (modals.length == 1) {
      e.preventDefault();
      modals[0].openBy('trigger', source);
    } else {
      warn(
        'pole-newsletter-modal',
        id
          ? `data-pole-newsletter-open="${id}": no modal has this id.`
          : 'data-pole-newsletter-open is empty but the page has several modals: give it the id of one.',
      );
    }
  }
}

/** The focused element, looking into shadow roots; `null` for none or `<body>`. */
function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el != document.body ? el : null;
}

function isTyping(): boolean {
  const el = deepActiveElement();
  return !!el && (el.isContentEditable || el.matches('input,textarea,select'));
}

/**
 * A modal dialog of the page or of any open shadow root (`:modal`), or a rendered `aria-modal` one that is not
 * `aria-hidden` (cookie banners). Opacity and visibility are not looked at: a banner fading in starts at 0.
 */
function otherModalOpen(root: Document | ShadowRoot): boolean {
  return [...root.querySelectorAll('*')].some(
    (el) =>
      el.matches(MODAL) ||
      (el.matches('[aria-modal=true]:not([aria-hidden=true])') && el.checkVisibility()) ||
      (!!el.shadowRoot && otherModalOpen(el.shadowRoot)),
  );
}
// `:modal` is Safari 15.6+; before that an open dialog counts as modal.
const MODAL = CSS.supports('selector(:modal)') ? 'dialog:modal' : 'dialog[open]';

let locks = 0;
let unlock = (): void => {};

/**
 * Stops the page behind from scrolling: overflow hidden on <html> (honoured by iOS Safari 16+), with the
 * scrollbar's room kept (scrollbar-gutter, else padding) so nothing shifts. On unlock the inline styles are
 * put back as they were and the scroll position too (iOS moves it when the keyboard opens).
 */
function lockScroll(on: boolean): void {
  if (!on) {
    if (locks && !--locks) unlock();
    return;
  }
  if (locks++) return;
  const root = document.documentElement;
  const s = root.style;
  const hadStyle = root.hasAttribute('style');
  const [x, y] = [scrollX, scrollY];
  const saved = ['overflow-x', 'overflow-y', 'scrollbar-gutter', 'padding-right'].map((p) => [p, s.getPropertyValue(p), s.getPropertyPriority(p)]);
  unlock = () => {
    for (const [p, v, important] of saved) s.setProperty(p, v, important);
    // Reading the attribute also syncs it: Chromium re-creates style="" after a removal made while it is stale.
    if (!hadStyle && !root.getAttribute('style')) root.removeAttribute('style');
    if (scrollX != x || scrollY != y) scrollTo({ left: x, top: y, behavior: 'instant' });
  };
  const width = root.clientWidth;
  s.setProperty('overflow-x', 'hidden', 'important');
  s.setProperty('overflow-y', 'hidden', 'important');
  if (root.clientWidth > width) s.setProperty('scrollbar-gutter', 'stable', 'important');
  const grown = root.clientWidth - width;
  if (grown > 0) s.setProperty('padding-right', `calc(${getComputedStyle(root).paddingRight} + ${grown}px)`, 'important');
}

define('pole-newsletter-modal', PoleNewsletterModal);

declare global {
  interface HTMLElementTagNameMap {
    'pole-newsletter-modal': PoleNewsletterModal;
  }
}
