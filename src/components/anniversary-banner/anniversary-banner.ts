import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../internal/define.js';
import { LangController } from '../../internal/i18n.js';
import { warn } from '../../internal/log.js';
import { readStored, storageKeyPart, writeStored } from '../../internal/storage.js';
import { theme } from '../../internal/theme.js';
import { safeUrl } from '../../internal/url.js';
import '../anniversary-logo/anniversary-logo.js';
import styles from './anniversary-banner.styles.js';

const DAYS = 30;

/** What a dismissal stores: when it happened, so a changed `dismiss-days` applies to past ones. */
const isDismissal = (v: unknown): v is { at: number } => typeof (v as { at?: unknown })?.at == 'number';

/**
 * `2025-12-31` is a day in the visitor's time zone: from its first moment (`start`) or until its
 * last (`end`, inclusive). Anything else goes to `Date.parse` (`2025-12-31T18:00:00+01:00`).
 */
function when(el: Element, value: string, attribute: string, end: number): number {
  if (!value) return NaN;
  const d = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value.trim());
  const t = d ? new Date(+d[1], +d[2] - 1, +d[3] + end).getTime() : Date.parse(value);
  if (isNaN(t)) warn(el, `ignores ${attribute}="${value}": not an ISO date such as 2025-12-31.`);
  return t;
}

/**
 * @tagname pole-anniversary-banner
 * @summary The 20th-anniversary banner: the "20 ans" logo, a headline, a short line, a link to
 * the anniversary page and, if asked, a close button whose choice is remembered per campaign.
 * Shown only between `start` and `end`.
 *
 * @attr {'light' | 'dark'} theme - Forces light or dark colours; without it, `prefers-color-scheme` decides.
 *
 * @slot - Replaces the short line under the headline (not shown in the compact variant).
 *
 * @csspart base - The banner (a region named by the headline).
 * @csspart logo - The `<pole-anniversary-logo>`.
 * @csspart headline - The headline.
 * @csspart message - The short line.
 * @csspart cta - The link to the anniversary page.
 * @csspart dismiss-button - The close button.
 *
 * @cssprop --pole-accent - Border, logo and link background (default `#000091`, dark `#8585f6`).
 * @cssprop --pole-accent-contrast - Link text on the accent (default: black or white, whichever reads).
 * @cssprop --pole-surface - Mixed with 8 % of the accent for the background (default `#fff`, dark `#1e1e1e`).
 * @cssprop --pole-text - Headline and logo (default `#161616`, dark `#f2f2f2`).
 * @cssprop --pole-muted - The short line (default `#3a3a3a`, dark `#cecece`).
 * @cssprop --pole-focus - Focus ring (default `#0a5bd3`, dark `#8fb8ff`).
 * @cssprop --pole-font - Font family (default: the page's).
 * @cssprop --pole-font-size - Base size (default `medium`, the visitor's setting).
 * @cssprop --pole-radius - Corners of the link and button (default `0.5rem`).
 *
 * @fires pole-dismiss - The visitor closed the banner (`detail.campaign`). Cancelable: `preventDefault()` keeps it shown and remembers nothing.
 */
export class PoleAnniversaryBanner extends LitElement {
  static override styles = [theme, styles];

  /** The anniversary page the call-to-action links to (https or relative); no link without it. */
  @property() href = '';

  /** The link's text (default "Découvrir" / "Discover"). */
  @property({ attribute: 'cta-label' }) ctaLabel = '';

  /** Replaces the headline "Les pôles de compétitivité fêtent leur 20 ans !". */
  @property() heading = '';

  /** Adds the close button. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Names what a dismissal hides: a new campaign shows the banner again to those who closed it. */
  @property() campaign = '20-ans';

  /** Overrides `campaign` as the storage key (`pole-widgets:banner:<key>` in localStorage). */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** Days a dismissal is remembered (default 30; `0`: this page view only). */
  @property({ attribute: 'dismiss-days', type: Number }) dismissDays = DAYS;

  /** First day shown (ISO date `2025-01-01` in the visitor's time zone, or a full ISO date-time). */
  @property() start = '';

  /** Last day shown (inclusive); after it the banner renders nothing. */
  @property() end = '';

  /** `compact`: a thin strip (logo, headline, link) for headers and phones. */
  @property({ reflect: true }) variant: 'default' | 'compact' = 'default';

  /** Closed during this page view (also when storage could not remember it). */
  @state() private closed = false;
  /** A remembered dismissal that has not expired. */
  @state() private remembered = false;
  /** Whether the default slot holds a short line of the site's own. */
  @state() private custom = false;

  private link: string | null = null;
  private from = NaN;
  private to = NaN;
  private days = DAYS;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly i18n = new LangController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) this.link = safeUrl(this.href, this, 'href');
    if (changed.has('start')) this.from = when(this, this.start, 'start', 0);
    if (changed.has('end')) this.to = when(this, this.end, 'end', 1);
    if (changed.has('variant') && !/^(compact|default)?$/.test(this.variant ?? ''))
      warn(this, `ignores variant="${this.variant}": use "compact" or leave it out.`);
    if (changed.has('dismissDays')) {
      const d = this.dismissDays;
      this.days = d >= 0 && d < Infinity ? d : DAYS;
      if (this.days !== d) warn(this, `ignores dismiss-days="${this.getAttribute('dismiss-days') ?? d}": use a number of days ≥ 0; remembering ${DAYS} days.`);
    }
    if (changed.has('campaign') || changed.has('storageKey') || changed.has('dismissDays')) {
      const at = readStored(this.key, isDismissal)?.at ?? NaN;
      const now = Date.now();
      this.remembered = at <= now && now < at + this.days * 864e5;
    }
  }

  override updated(): void {
    // Retire (or appear) on schedule in a page left open; setTimeout caps delays at 2^31 - 1 ms.
    clearTimeout(this.timer);
    const now = Date.now();
    const wait = ([this.from, this.to].find((t) => t > now) ?? NaN) - now;
    if (wait < 2 ** 31)
      this.timer = setTimeout(() => {
        if (this.matches(':focus-within')) this.handOffFocus();
        this.requestUpdate();
      }, wait);
  }

  /**
   * Hides the banner as its close button does: fires `pole-dismiss` and, unless that is cancelled,
   * remembers it for `dismiss-days`. Focus inside the banner moves on (see the close button).
   * Returns whether the banner was hidden.
   */
  dismiss(): boolean {
    return this.hide(this.matches(':focus-within'));
  }

  override render() {
    const now = Date.now();
    if (this.closed || this.remembered || this.from > now || now >= this.to) return nothing;
    const t = this.i18n.t.banner;
    const compact = this.variant == 'compact';
    return html`<section part="base" class="pole-root ${compact ? 'c' : ''} ${this.dismissible ? 'x' : ''}" lang=${this.i18n.lang} aria-labelledby="h">
      <pole-anniversary-logo part="logo" decorative></pole-anniversary-logo>
      <div class="t">
        <div class="w">
          <p part="headline" id="h">${this.heading || t.headline}</p>
          <p part="message" ?hidden=${compact}><slot @slotchange=${this.onSlot}></slot>${this.custom ? nothing : t.message}</p>
        </div>
        ${this.link ? html`<a part="cta" id="a" href=${this.link} aria-labelledby="a h">${this.ctaLabel || t.cta}</a>` : nothing}
      </div>
      ${this.dismissible
        ? html`<button part="dismiss-button" type="button" aria-label=${t.dismiss} @click=${this.onClose}><svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 3l10 10M13 3 3 13" /></svg></button>`
        : nothing}
    </section>`;
  }

  private get key(): string {
    return 'banner:' + storageKeyPart(this.storageKey || this.campaign);
  }

  private onSlot(e: Event): void {
    // Whitespace between the tags is slotted too; only real content replaces the default line.
    this.custom = (e.target as HTMLSlotElement).assignedNodes().some((n) => n.nodeType == 1 || n.textContent!.trim());
  }

  private onClose(): void {
    // Safari does not focus a clicked button: a click on ours still counts as focus inside.
    this.hide(true);
  }

  private hide(refocus: boolean): boolean {
    const campaign = this.key.slice(7);
    if (!this.dispatchEvent(new CustomEvent('pole-dismiss', { bubbles: true, composed: true, cancelable: true, detail: { campaign } })))
      return false;
    if (!writeStored(this.key, { at: Date.now() }))
      warn(this, `cannot store the dismissal of campaign "${campaign}" (storage unavailable): hidden for this page view only.`);
    if (refocus) this.handOffFocus();
    this.closed = true;
    return true;
  }

  /**
   * The close button is about to disappear: focus goes to the page's main content (the first
   * `main`, `[role=main]` or `h1`), where a skip link would take it, else to the banner's next
   * sibling, never to <body>. It gets tabindex="-1" only while focused, and no focus is stolen
   * from outside the banner.
   */
  private handOffFocus(): void {
    const target = ((this.getRootNode() as ParentNode).querySelector('main,[role=main],h1') ??
      this.nextElementSibling ??
      this.parentElement) as HTMLElement | null;
    if (!target) return;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  }
}

define('pole-anniversary-banner', PoleAnniversaryBanner);

declare global {
  interface HTMLElementTagNameMap {
    'pole-anniversary-banner': PoleAnniversaryBanner;
  }
}
