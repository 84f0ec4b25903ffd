import { html } from 'lit';
import { LangController } from '../../internal/i18n.js';
import { PoleElement } from '../../internal/pole-element.js';
import { theme } from '../../internal/theme.js';
import { strings } from './event-count.strings.js';
import styles from './event-count.styles.js';

/**
 * @tagname pole-event-count
 * @summary How many events the pôle holds this year, as one short line ("12 événements").
 *
 * @attr {'light' | 'dark'} theme - `light` or `dark` forces a colour scheme; by default the visitor's `prefers-color-scheme`.
 *
 * @csspart base - The line.
 *
 * @cssprop --pole-accent - The text (darkened or lightened to stay readable on the surface).
 * @cssprop --pole-surface - Background.
 * @cssprop --pole-radius - Corner radius.
 */
export class PoleEventCount extends PoleElement {
  static override styles = [theme, styles];

  // Plain `static properties` rather than decorators: the decorator helpers cost ~0.5 kB brotli
  // in the single file. Each property keeps its JSDoc on its field below.
  static override properties = {
    count: { type: Number },
  };

  /** The number of events, a whole number from 0 to 9999; anything else → 0. */
  count = 0;

  /** Its language (`lang`, an ancestor's, or `<html lang>`) and its strings in that language. */
  private readonly i18n = new LangController(this, strings);

  private shown = 0;

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('count')) this.shown = this.inRange('count', this.count, 0, 9999, false, 0, true);
  }

  override render() {
    return html`<span part="base" class="pole-root" lang=${this.i18n.lang}>${this.i18n.t.count(this.shown)}</span>`;
  }
}
