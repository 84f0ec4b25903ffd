import { html, nothing, type TemplateResult } from 'lit';
import { LangController } from '../../internal/i18n.js';
import { PoleElement } from '../../internal/pole-element.js';
import { theme } from '../../internal/theme.js';
import { safeUrl } from '../../internal/url.js';
import { strings } from './explainer-card.strings.js';
import styles from './explainer-card.styles.js';

// Decorative 24×24 stroke icons: companies, research, training, public and private actors;
// then expertise, innovation, R&D, growth.
const ICONS = [
  'M4 21V4h10v17h6V9h-6M2 21h20',
  'M9 3h6m-5 0v6L4 20h16L14 9V3',
  'M2 9l10-5 10 5-10 5zm4 2v5c3 3 9 3 12 0v-5',
  'M9 11a3 3 0 100-6 3 3 0 000 6zm-6 9c0-6 12-6 12 0m1-9a3 3 0 000-6m1 9c3 1 4 3 4 6',
  'M12 3l3 6 6 1-4.5 4 1 6-5.5-3-5.5 3 1-6L3 10l6-1z',
  'M9 18h6m-5 3h4M9 15a6 6 0 116 0v3H9z',
  'M11 17a6 6 0 100-12 6 6 0 000 12zm9 3l-4.5-4.5',
  'M3 20h18M4 16l5-5 4 4 7-7m-5 0h5v5',
];

// Real <h2>…<h6>: five fixed templates cost fewer bytes than lit's static-html module.
const HEADINGS = [
  (c: unknown) => html`<h2 part="heading">${c}</h2>`,
  (c: unknown) => html`<h3 part="heading">${c}</h3>`,
  (c: unknown) => html`<h4 part="heading">${c}</h4>`,
  (c: unknown) => html`<h5 part="heading">${c}</h5>`,
  (c: unknown) => html`<h6 part="heading">${c}</h6>`,
];

/**
 * @summary What a pôle de compétitivité is and what it is for, in French or English, in a card
 * that fits a 280 px sidebar (one column) as well as a full-width section (two columns).
 *
 * @attr {'light' | 'dark'} theme - `light` or `dark` forces a colour scheme; by default the visitor's `prefers-color-scheme`.
 *
 * @slot what - Replaces the body of "Qu’est-ce qu’un pôle ?" (the heading stays).
 * @slot mission - Replaces the body of "Quelle est la mission d’un pôle ?" (the heading stays).
 * @slot - Unassigned content is the no-JavaScript fallback: shown by the browser while the script
 * is missing, not rendered once the element is defined.
 *
 * @csspart base - The card: border, background, container for the layout queries.
 * @csspart what - The "what is a pôle" section.
 * @csspart mission - The mission section.
 * @csspart heading - Both section headings.
 * @csspart list - Both lists (members, levers).
 * @csspart icon - Each list item's decorative icon.
 * @csspart toggle - The disclosure button of the mission heading (with `collapsible`).
 * @csspart link - The "learn more" link (with `href`).
 *
 * @cssprop --pole-accent - Headings, icons, link and top border.
 * @cssprop --pole-surface - Background.
 * @cssprop --pole-text - Text.
 * @cssprop --pole-border - Border.
 * @cssprop --pole-focus - Focus ring.
 * @cssprop --pole-font - Font family.
 * @cssprop --pole-font-size - Base text size (the visitor's setting by default).
 * @cssprop --pole-radius - Corner radius.
 *
 * @fires {CustomEvent<{ open: boolean }>} pole-toggle - The visitor opened or closed the mission section; `detail.open` says which.
 *
 * @tagname pole-explainer-card
 */
export class PoleExplainerCard extends PoleElement {
  static override styles = [theme, styles];

  // Plain `static properties` rather than decorators: the decorator helpers cost ~0.5 kB brotli
  // in the single file. Each property keeps its JSDoc on its field below.
  static override properties = {
    poleName: { attribute: 'pole-name' },
    themeLabel: { attribute: 'theme-label' },
    href: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    collapsible: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
  };

  /** The pôle's name, woven into the copy ("Polymeris est un pôle de compétitivité…"). */
  poleName = '';

  /** The pôle's theme, woven into the copy (e.g. "caoutchoucs, plastiques et composites"). */
  themeLabel = '';

  /** Adds a "learn more" link: an https: or relative URL; anything else is refused with a console warning. */
  href = '';

  /** Level of the two section headings, 2 to 6, to fit the host page's outline; anything else → 2. */
  headingLevel = 2;

  /** Puts the mission section behind a disclosure button, closed until the visitor opens it. */
  collapsible = false;

  /** With `collapsible`, whether the mission section is open. Reflected. */
  open = false;

  /** Its language (`lang`, an ancestor's, or `<html lang>`) and its strings in that language. */
  private readonly i18n = new LangController(this, strings);

  private level = 2;
  private link: string | null = null;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('headingLevel')) this.level = this.inRange('heading-level', this.headingLevel, 2, 6, false, 2, true);
    if (changed.has('href')) this.link = safeUrl(this.href, this, 'href');
  }

  override render() {
    const t = this.i18n.t;
    const n = this.poleName.trim();
    const h = HEADINGS[this.level - 2];
    const shut = this.collapsible && !this.open;
    const list = (items: string[], from: number): TemplateResult =>
      html`<ul part="list" role="list">
        ${items.map(
          (item, i) =>
            html`<li><svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[from + i]}></path></svg>${item}</li>`,
        )}
      </ul>`;
    return html`<div part="base" class="pole-root" lang=${this.i18n.lang}>
      <div class="grid">
        <section part="what">
          ${h(t.what)}
          <slot name="what"><p>${t.intro(n, this.themeLabel.trim())}</p>${list(t.members, 0)}<p>${t.aim}</p></slot>
        </section>
        <section part="mission">
          ${h(
            this.collapsible
              ? html`<button part="toggle" aria-expanded=${!shut} aria-controls="body" @click=${this.toggle}>
                  ${t.mission}<svg viewBox="0 0 24 24" aria-hidden="true"><path d="m6 9 6 6 6-6"></path></svg>
                </button>`
              : t.mission,
          )}
          <div id="body" hidden=${shut ? 'until-found' : nothing} @beforematch=${this.toggle}>
            <slot name="mission"><p>${t.levers(n)}</p>${list(t.leverList, 4)}</slot>
          </div>
        </section>
        ${this.link ? html`<p class="more"><a part="link" href=${this.link}>${t.more(n)}</a></p>` : nothing}
      </div>
    </div>`;
  }

  // Click, Enter and Space on the button; also find-in-page revealing the hidden="until-found" body.
  private toggle(): void {
    this.open = !this.open;
    this.emit('pole-toggle', { open: this.open });
  }
}
