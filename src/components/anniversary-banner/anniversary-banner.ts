import { html, nothing, type PropertyValues } from 'lit';
import { focusSomewhere, mainContent, meaningfulFocus } from '../../internal/active-element.js';
import { LangController } from '../../internal/i18n.js';
import { warn } from '../../internal/log.js';
import { PoleElement } from '../../internal/pole-element.js';
import { theme } from '../../internal/theme.js';
import { readStored, storageKeyPart, writeStored } from '../../internal/storage.js';
import { safeUrl } from '../../internal/url.js';
import { strings } from './anniversary-banner.strings.js';
import styles from './anniversary-banner.styles.js';

const DAYS = 30;

/** What a dismissal stores: when it happened, so a changed `dismiss-days` applies to past ones. */
const isDismissal = (v: unknown): v is { at: number } => typeof (v as { at?: unknown })?.at == 'number';

/**
 * `2025-12-31` is a day in the visitor's time zone: from its first moment (`start`) or until its
 * last (`end`, inclusive). Anything else goes to `Date.parse` (`2025-12-31T18:00:00+01:00`).
 */
function parseDay(el: Element, value: string, attribute: string, end: number): number {
  if (!value) return NaN;
  const d = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value.trim());
  const t = d ? new Date(+d[1], +d[2] - 1, +d[3] + end).getTime() : Date.parse(value);
  if (isNaN(t)) warn(el, `ignores ${attribute}="${value}": not a date like 2025-12-31.`);
  return t;
}

/**
 * @tagname pole-anniversary-banner
 * @summary The 20th-anniversary banner: the "20 ans" logo, a headline, a short line, a link to
 * the anniversary page and, if asked, a close button whose choice is remembered per campaign.
 * Shown only between `start` and `end` (checked as the page loads).
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
 * @fires {CustomEvent<{ campaign: string }>} pole-dismiss - The visitor closed the banner (`detail.campaign`). Cancelable: `preventDefault()` keeps it shown and remembers nothing.
 */
export class PoleAnniversaryBanner extends PoleElement {
  static override styles = [theme, styles];

  // Plain `static properties` rather than decorators: the decorator helpers cost ~0.5 kB brotli
  // in the single file. Each property keeps its JSDoc on its field below.
  static override properties = {
    href: {},
    ctaLabel: { attribute: 'cta-label' },
    heading: {},
    dismissible: { type: Boolean },
    campaign: {},
    dismissDays: { attribute: 'dismiss-days', type: Number },
    start: {},
    end: {},
    variant: {},
    placement: { reflect: true },
    dismissed: { state: true },
    customMessage: { state: true },
  };

  /** The anniversary page the call-to-action links to (https or relative); no link without it. */
  href = '';

  /** The link's text (default "Découvrir" / "Discover"). */
  ctaLabel = '';

  /** Replaces the headline "Les pôles de compétitivité fêtent leur 20 ans !". */
  heading = '';

  /** Adds the close button. */
  dismissible = false;

  /**
   * Names what a dismissal hides (stored as `pole-widgets:banner:<campaign>`): a new campaign shows
   * the banner again to those who closed it.
   */
  campaign = '20-ans';

  /** Days a dismissal is remembered (default 30; `0`: this page view only; at most 3650). */
  dismissDays = DAYS;

  /** First day shown (ISO date `2025-01-01` in the visitor's time zone, or a full ISO date-time). */
  start = '';

  /** Last day shown (inclusive); after it the banner renders nothing. */
  end = '';

  /** `compact`: a thin strip (logo, headline, link) for headers and phones. */
  variant: 'default' | 'compact' = 'default';

  /**
   * Where the banner sits. Empty or `top`: where it is written, in the page's flow. `overlay-top` or
   * `overlay-bottom`: fixed over the page's top or bottom edge, so a banner that arrives late moves
   * nothing; an overlay is always compact and always has its close button, so it never keeps part
   * of the page hidden.
   */
  placement: '' | 'top' | 'overlay-top' | 'overlay-bottom' = '';

  /** Its language (`lang`, an ancestor's, or `<html lang>`) and its strings in that language. */
  private readonly i18n = new LangController(this, strings);

  /**
   * Dismissed: by a stored dismissal that has not expired (re-read when the campaign changes), or
   * by the close button during this page view (also when storage could not remember it).
   */
  private dismissed = false;
  /** Whether the default slot holds a short line of the site's own. */
  private customMessage = false;

  private link: string | null = null;
  private from = NaN;
  private to = NaN;
  private days = DAYS;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('href')) this.link = safeUrl(this.href, this, 'href');
    if (changed.has('start')) this.from = parseDay(this, this.start, 'start', 0);
    if (changed.has('end')) this.to = parseDay(this, this.end, 'end', 1);
    if (changed.has('dismissDays')) this.days = this.inRange('dismiss-days', this.dismissDays, DAYS, 3650, true);
    if (changed.has('campaign') || changed.has('dismissDays')) {
      const at = readStored(this.key, isDismissal)?.at ?? NaN;
      const now = Date.now();
      this.dismissed = at <= now && now < at + this.days * 864e5;
    }
  }

  override render() {
    const now = Date.now();
    if (this.dismissed || this.from > now || now >= this.to) return nothing;
    const t = this.i18n.t;
    const overlay = this.placement.startsWith('overlay');
    const compact = overlay || this.variant == 'compact';
    const dismissible = overlay || this.dismissible;
    return html`<section part="base" class="pole-root ${compact ? 'compact' : ''} ${dismissible ? 'dismissible' : ''}" lang=${this.i18n.lang} aria-labelledby="headline">
      <pole-anniversary-logo part="logo" decorative></pole-anniversary-logo>
      <div class="text">
        <div class="words">
          <p part="headline" id="headline">${this.heading || t.headline}</p>
          <p part="message" ?hidden=${compact}><slot @slotchange=${this.onSlot}></slot>${this.customMessage ? nothing : t.message}</p>
        </div>
        ${this.link ? html`<a part="cta" id="cta" href=${this.link} aria-labelledby="cta headline">${this.ctaLabel || t.cta}</a>` : nothing}
      </div>
      ${dismissible
        ? html`<button part="dismiss-button" type="button" aria-label=${t.dismiss} @click=${this.hide}><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"></path></svg></button>`
        : nothing}
    </section>`;
  }

  private get key(): string {
    return 'banner:' + storageKeyPart(this.campaign);
  }

  private onSlot(e: Event): void {
    // Whitespace between the tags is slotted too; only real content replaces the default line.
    this.customMessage = (e.target as HTMLSlotElement).assignedNodes().some((n) => n.nodeType == 1 || n.textContent!.trim());
  }

  /**
   * The close button (Lit calls it bound to the element). Unless a listener cancels, the dismissal
   * is stored and focus moves on before the button disappears, also when a click did not focus it
   * (Safari): to the page's main content (the first `main`, `[role=main]` or `h1`), where a skip
   * link would take it, else to the banner's next sibling, else a heading or the page's first element; never to <body>. The target gets
   * tabindex="-1" only while it holds focus.
   */
  private hide(): void {
    if (!this.emit('pole-dismiss', { campaign: this.campaign }, true)) return;
    if (!writeStored(this.key, { at: Date.now() }))
      warn(this, 'cannot store the dismissal: hidden for this page view only.');
    focusSomewhere(meaningfulFocus(mainContent(this.getRootNode() as ParentNode), this.nextElementSibling));
    this.dismissed = true;
  }
}
