import { LitElement, type CSSResultGroup } from 'lit';
import { LangController } from './i18n.js';
import { warn } from './log.js';
import { theme } from './theme.js';

/**
 * What every pole-widgets element shares: the theme tokens, the language it speaks (`this.i18n`),
 * its events (`emit()`) and one way to check a number attribute. Nothing else: behaviour that only
 * some elements need lives in controllers.
 */
export class PoleElement extends LitElement {
  static override styles: CSSResultGroup = theme;

  /** The element's language (`lang`, an ancestor's, or `<html lang>`) and its string table. */
  protected readonly i18n = new LangController(this);

  /**
   * Dispatches a `pole-*` event that bubbles out of shadow roots. Returns false when the event was
   * cancelable and a listener called `preventDefault()`.
   * @internal
   */
  emit<Detail>(name: `pole-${string}`, detail: Detail, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
  }

  /**
   * A number attribute checked against its documented range, with one console message for the web
   * manager that names the attribute, the value and what is used instead: the fallback, or `max`
   * for a duration above its range (a timer past 2³¹ ms would fire at once, so durations are capped).
   * @internal
   */
  inRange(attribute: string, value: number, fallback: number, max: number, cap = false, min = 0, whole = false): number {
    if (value >= min && value <= max && (!whole || value % 1 == 0)) return value;
    const use = cap && value > max ? max : fallback;
    warn(this, `ignores ${attribute}="${this.getAttribute(attribute) ?? value}": use ${min} to ${max}; using ${use}.`);
    return use;
  }
}
