import type { ReactiveController } from 'lit';
import { isTyping, usable } from '../../internal/active-element.js';
import { warn } from '../../internal/log.js';
import { readStored, storageKeyPart } from '../../internal/storage.js';

/** The storage value of a modal: when the visitor last closed it, or that they subscribed. */
export interface Remembered {
  closedAt?: number;
  subscribed?: boolean;
}
export const isRemembered = (v: unknown): v is Remembered => !!v && typeof v == 'object';
export const rememberKey = (id: string): string => 'modal:' + storageKeyPart(id);

/** What the controller reads from its modal: its four auto-open attributes. */
export interface AutoOpenHost extends HTMLElement {
  autoOpen: string;
  autoOpenDelay: number;
  autoOpenScroll: number;
  rememberDays: number;
  readonly open: boolean;
  readonly hasUpdated: boolean;
  addController(controller: ReactiveController): void;
  inRange(attribute: string, value: number, fallback: number, max: number, cap?: boolean): number;
  openBy(reason: 'auto'): void;
}

/**
 * Polite auto-open: `delay`, `scroll` or `exit` (intent: the pointer leaves through the top edge,
 * towards tabs and address bar; not on touch-first devices). Never before `load`, never while the
 * visitor types in a field, the tab is hidden or another modal dialog is open (it looks again a
 * second later), never again for `remember-days` after a close, never after a signup, and at most once per page view.
 */
export class AutoOpen implements ReactiveController {
  private armed?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private quietMs = 0;
  private settings?: string;
  /** The dialog has opened in this page view: auto-open is over, whatever storage can remember. */
  private done = false;

  constructor(private readonly host: AutoOpenHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page (a framework re-render): armed again, as the settings are the same.
    if (this.host.hasUpdated) this.arm();
  }

  hostDisconnected(): void {
    this.disarm();
  }

  /** Re-armed when one of the four settings changed. */
  hostUpdated(): void {
    const h = this.host;
    const settings = [h.autoOpen, h.autoOpenDelay, h.autoOpenScroll, h.rememberDays].join();
    if (settings != this.settings) {
      this.settings = settings;
      this.arm();
    }
  }

  /** (Re)arms the rule from the host's current settings, checked; it fires at most once per arming. */
  arm(): void {
    this.disarm();
    const h = this.host;
    const mode = h.autoOpen;
    const delay = h.inRange('auto-open-delay', h.autoOpenDelay, 15, 86400, true);
    const share = h.inRange('auto-open-scroll', h.autoOpenScroll, 50, 100);
    this.quietMs = h.inRange('remember-days', h.rememberDays, 30, 3650, true) * 864e5;
    if (mode && !/^(delay|scroll|exit)$/.test(mode)) warn(h, `ignores auto-open="${mode}": use delay, scroll or exit.`);
    if (!/^(delay|scroll|exit)$/.test(mode) || !h.isConnected || this.done || this.capped()) return;
    const { signal } = (this.armed = new AbortController());
    const start = () => {
      if (mode == 'delay') this.timer = setTimeout(() => this.fire(), delay * 1000);
      else if (mode == 'scroll' || !matchMedia('(pointer:coarse)').matches) {
        const check = (e?: MouseEvent) => {
          const max = document.documentElement.scrollHeight - innerHeight;
          if (e ? !e.relatedTarget && e.clientY <= 0 : max > 0 && (scrollY / max) * 100 >= share) this.fire();
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

  /** The dialog opened (for any reason): no auto-open after it in this page view, even once moved or with `remember-days="0"`. */
  opened(): void {
    this.done = true;
    this.disarm();
  }

  disarm(): void {
    this.armed?.abort();
    this.armed = undefined;
    clearTimeout(this.timer);
  }

  /** Subscribed, or closed less than `remember-days` ago. */
  capped(): boolean {
    const cap = readStored(rememberKey(this.host.id), isRemembered);
    // A stored value that is not a number compares false: tampered storage only loses the capping.
    return !!cap?.subscribed || Date.now() - (cap?.closedAt as number) < this.quietMs;
  }

  /** A rule fired: open now if the moment is polite, else look again in a second. */
  private fire(): void {
    if (!this.armed) return;
    clearTimeout(this.timer);
    if (this.host.open || this.capped()) this.disarm();
    else if (document.hidden || isTyping() || otherModalOpen(document)) this.timer = setTimeout(() => this.fire(), 1000);
    else {
      this.disarm();
      this.host.openBy('auto');
    }
  }
}

/**
 * A modal dialog (`:modal`) or a rendered `aria-modal` element that is not `aria-hidden` (cookie
 * banners), in the page or any open shadow root. Opacity and visibility are not looked at: a banner
 * fading in starts at 0.
 */
function otherModalOpen(root: Document | ShadowRoot): boolean {
  return [...root.querySelectorAll('*')].some(
    (el) =>
      (el.matches(':modal,[aria-modal=true]:not([aria-hidden=true])') && usable(el)) ||
      (!!el.shadowRoot && otherModalOpen(el.shadowRoot)),
  );
}

