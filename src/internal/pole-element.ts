import { LitElement, type CSSResultGroup } from 'lit';
import { warn } from './log.js';
import { theme } from './theme.js';

/**
 * What every pole-widgets element shares: the theme tokens, its events (`emit()`) and one way to
 * check a number attribute. Nothing else: behaviour that only some elements need lives in
 * controllers. Each element speaks through its own `i18n = new LangController(this, strings)`
 * (internal/i18n.ts), with the strings of its own `<name>.strings.ts`, so that a script-tag file
 * carries the strings of the elements it has and no others.
 */
export class PoleElement extends LitElement {
  static override styles: CSSResultGroup = theme;

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
