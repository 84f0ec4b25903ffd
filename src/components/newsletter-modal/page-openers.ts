import type { ReactiveController, ReactiveElement } from 'lit';
import { warn } from '../../internal/log.js';

/** A modal that the page's own buttons can open. */
type Openable = ReactiveElement & { openBy(reason: 'trigger', opener: HTMLElement): void };

/** Every connected modal: one document listener for `data-pole-newsletter-open` serves them all. */
const all = new Set<Openable>();

/**
 * Opens the modal from buttons elsewhere in the page: `data-pole-newsletter-open` (value: the
 * modal's id, or empty for the only modal) and Invoker Commands (`commandfor="its-id" command="--show"`).
 */
export class PageOpeners implements ReactiveController {
  constructor(private readonly host: Openable) {
    host.addController(this);
    host.addEventListener('command', (e) => {
      const { command, source } = e as CommandEvent;
      if (command == '--show') host.openBy('trigger', source as HTMLElement);
    });
  }

  hostConnected(): void {
    if (!all.size) document.addEventListener('click', onDocumentClick);
    all.add(this.host);
  }

  hostDisconnected(): void {
    all.delete(this.host);
    if (!all.size) document.removeEventListener('click', onDocumentClick);
  }
}

function onDocumentClick(e: MouseEvent): void {
  const source = e.composedPath().find((n) => (n as Element).hasAttribute?.('data-pole-newsletter-open')) as HTMLElement;
  if (!source || e.defaultPrevented) return;
  const id = source.dataset.poleNewsletterOpen;
  const modals = [...all].filter((m) => !id || m.id == id);
  if (modals.length != 1) return warn(source, `data-pole-newsletter-open="${id}" matches ${modals.length} modals.`);
  e.preventDefault();
  modals[0].openBy('trigger', source);
}
