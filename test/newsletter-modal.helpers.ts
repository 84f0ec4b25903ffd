// Helpers shared by the newsletter modal's suites: parts, focus, real keys and clicks.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PoleNewsletterModal } from '../src/components/newsletter-modal/newsletter-modal.js';
import { deepActive, describeNode } from './helpers.js';

export { deepActive, describeNode };


export const part = <T extends HTMLElement = HTMLElement>(el: PoleNewsletterModal, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
export const dialogOf = (el: PoleNewsletterModal) => part<HTMLDialogElement>(el, 'dialog');
export const emailOf = (el: PoleNewsletterModal) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;

/** A real mouse click in the middle of the element. */
export async function click(target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}


/** Checks where focus is, looking into shadow roots. */
export function expectFocusOn(target: Element | null, why = 'focus'): void {
  const now = deepActive();
  expect(now === target, `${why}: expected on ${describeNode(target)}, found on ${describeNode(now)}`).to.be.true;
}

/** Focus is in the browser's own UI (between the last and the first control of a modal dialog), not in the page. */
export const inBrowserUi = () => deepActive() === document.body;

/** A real key press; `Shift+Tab` holds Shift down around Tab (a config command, for WebKit's driver too). */
export async function press(key: string): Promise<void> {
  if (key !== 'Shift+Tab') return sendKeys({ press: key });
  await executeServerCommand('shift-tab');
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(target: Element, back = false, max = 30): Promise<void> {
  for (let i = 0; i < max && deepActive() !== target; i++) await press(back ? 'Shift+Tab' : 'Tab');
  expectFocusOn(target);
}

/**
/**
 * A modal set to open by itself 0.1 s after it is added to `parent` (a page that is holding it back
 * is already in place): the test then checks that it waits, and opens once let.
 */
export function armedModal(parent: Element): PoleNewsletterModal {
  const el = document.createElement('pole-newsletter-modal');
  el.setAttribute('auto-open', 'delay');
  el.setAttribute('auto-open-delay', '0.1');
  parent.append(el);
  return el;
}

/**
 * The dialog is open and focus has moved on from where showModal() puts it (the dialog box in Firefox, the
 * close button in Chromium) to where the form says, 600 ms later (or stays there when the form names nothing).
 */
export async function opened(el: PoleNewsletterModal): Promise<void> {
  await waitUntil(() => dialogOf(el).open, 'the dialog opens', { timeout: 3000 });
  await el.updateComplete;
  const first: Element[] = [dialogOf(el), part(el, 'close-button')];
  await waitUntil(() => !first.includes(deepActive()!), 'focus moves on', { timeout: 1500 }).catch(() => undefined);
}
