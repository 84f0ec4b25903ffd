import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/** The element the trigger opens. */
type TriggerHost = ReactiveElement & { floating: boolean; placement: string; openBy(reason: 'trigger', opener: HTMLElement): void };

/**
 * The trigger: the site's own button in the `trigger` slot, or the built-in button. Keeps a floating
 * trigger usable in a page it knows nothing about: above whatever the page pins over the bottom
 * corner where it floats (a fixed or sticky bar, a cookie banner, our own overlay
 * banner), and out of the way while the on-screen keyboard is up. Positions are measured, not
 * guessed from class names: a consent tool's banner is found the way a tap would find it.
 */
export class Trigger implements ReactiveController {
  /** The on-screen keyboard is up: the trigger hides rather than sitting on it. */
  keyboard = false;

  private frame = 0;
  private lift = 0;
  private observer = new MutationObserver(() => this.check());
  private readonly check = (): void => {
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.measure();
    });
  };

  constructor(private readonly host: TriggerHost) {
    host.addController(this);
  }

  /** The `trigger` slot, then the built-in button when there is a `label`. */
  render(label: string | false, lang: string): TemplateResult {
    const h = this.host;
    const floating = h.floating;
    return html`<slot
        name="trigger"
        @click=${(e: Event) => {
          const opener = (e.target as Element).closest<HTMLElement>('[slot=trigger]');
          if (opener) {
            e.preventDefault();
            h.openBy('trigger', opener);
          }
        }}
      ></slot
      >${label
        ? html`<button
            part="trigger"
            class="pole-root trigger ${floating ? 'float ' + h.placement : ''}"
            lang=${lang}
            aria-haspopup="dialog"
            ?hidden=${floating && this.keyboard}
            @click=${(e: Event) => h.openBy('trigger', e.currentTarget as HTMLElement)}
          >
            ${floating
              ? html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 5h18v14H3zm0 0 9 8 9-8" /></svg><span>${label}</span>`
              : label}
          </button>`
        : nothing}`;
  }

  hostConnected(): void {
    for (const t of [window, visualViewport]) t?.addEventListener('resize', this.check);
    addEventListener('scroll', this.check, { passive: true });
    // A consent tool or a site script shows its bar later: any change in the page may have added one.
    this.observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }

  hostDisconnected(): void {
    for (const t of [window, visualViewport]) t?.removeEventListener('resize', this.check);
    removeEventListener('scroll', this.check);
    this.observer.disconnect();
  }

  hostUpdated(): void {
    this.check();
  }

  private measure(): void {
    const button = this.host.renderRoot.querySelector<HTMLElement>('.float');
    const vv = visualViewport;
    // A keyboard shrinks the visual viewport without a pinch zoom; 150 px is more than any browser bar.
    const keyboard = !!vv && vv.scale <= 1 && innerHeight - vv.height > 150;
    if (keyboard != this.keyboard) {
      this.keyboard = keyboard;
      this.host.requestUpdate();
    }
    if (!button || keyboard) return;
    // Hit-test where the trigger sits when nothing is lifted (offset* ignore the transform, also
    // mid-transition): anything fixed or sticky there that is not a full-page backdrop pushes the
    // trigger above its top.
    const { offsetLeft: x0, offsetTop: y0, offsetWidth: w, offsetHeight: bh } = button;
    const h = innerHeight;
    let lift = 0;
    for (const x of [x0 + 1, x0 + w - 1])
      for (const y of [y0, y0 + bh - 1, h - 1])
        for (const el of document.elementsFromPoint(x, y)) {
          if (el == this.host || !/fixed|sticky/.test(getComputedStyle(el).position)) continue;
          const box = el.getBoundingClientRect();
          if (box.height < h / 2) lift = Math.max(lift, h - box.top);
        }
    if (lift != this.lift) button.style.setProperty('--_lift', `${(this.lift = lift)}px`);
  }
}
