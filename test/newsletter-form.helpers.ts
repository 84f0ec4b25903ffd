// Helpers shared by the signup form's suites (every engine, and Chromium's tools): the modal on the
// real test endpoint, its fields and regions.
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { PoleNewsletterModal } from '../src/components/newsletter-modal/pole-newsletter-modal.js';
import { spamGuard } from '../src/components/newsletter-modal/signup-form.js';
import { spyConsole } from './helpers.js';

export interface Recorded {
  contentType: string | null;
  accept: string | null;
  cookie: string | null;
  url: string;
  body: string;
  parsed: Record<string, unknown> | null;
}

export const newKey = () => `form-${Math.random().toString(36).slice(2)}`;
export const endpoint = (scenario: string, key: string, extra = '') => `/api/test/signup?scenario=${scenario}&key=${key}${extra}`;
export const requests = async (key: string): Promise<Recorded[]> => (await fetch(`/api/test/requests?key=${key}`)).json();

export const FR_SUCCESS = 'Merci ! Consultez votre boîte de réception pour confirmer votre inscription.';
export const FR_CONSENT =
  'J’accepte de recevoir la newsletter par e-mail. Mes données sont traitées par Pôle Exemple pour cet envoi uniquement. Je peux me désinscrire à tout moment.';
export const EN_CONSENT =
  'I agree to receive the newsletter by email. My data is processed by Pôle Exemple for this purpose only. I can unsubscribe at any time.';

export function modal(action: string, lang = 'fr'): Promise<PoleNewsletterModal> {
  return fixture(html`<pole-newsletter-modal
    open
    lang=${lang}
    action=${action}
    organisation="Pôle Exemple"
    privacy-href="/confidentialite"
  ></pole-newsletter-modal>`);
}

export const $ = <T extends Element = HTMLElement>(el: PoleNewsletterModal, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
export const emailInput = (el: PoleNewsletterModal) => $<HTMLInputElement>(el, '#pf-email');
export const consentBox = (el: PoleNewsletterModal) => $<HTMLInputElement>(el, '#pf-consent');
export const submitButton = (el: PoleNewsletterModal) => $<HTMLButtonElement>(el, 'button[type=submit]');
export const alertText = (el: PoleNewsletterModal) => $(el, '[role=alert]').textContent!.trim();
export const statusText = (el: PoleNewsletterModal) => $(el, '[role=status]').textContent!.trim();

export function fill(el: PoleNewsletterModal, email = 'marie@example.fr', consent = true): void {
  emailInput(el).value = email;
  consentBox(el).checked = consent;
}

/** Fills, submits with the button and waits for the outcome event. */
export async function submitAndWait(el: PoleNewsletterModal, outcome: 'pole-subscribed' | 'pole-subscribe-error') {
  fill(el);
  const event = oneEvent(el, outcome);
  submitButton(el).click();
  return (await event) as CustomEvent;
}

/**
 * Fills and submits where the signup is expected to fail: returns the `pole-subscribe-error` event
 * and the console.error messages the form wrote for the web manager meanwhile.
 */
export async function submitExpectingError(el: PoleNewsletterModal): Promise<{ event: CustomEvent; errors: string[] }> {
  const spy = spyConsole('error');
  try {
    return { event: await submitAndWait(el, 'pole-subscribe-error'), errors: spy.messages };
  } finally {
    spy.restore();
  }
}


/** The form passes axe in its initial, error and success states, in `lang`, in the current colour scheme. */
export async function expectAccessibleStates(lang: string): Promise<void> {
  const el = await modal(endpoint('ok', newKey()), lang);
  await expect(el).to.be.accessible();
  submitButton(el).click();
  await el.updateComplete;
  expect(emailInput(el).getAttribute('aria-invalid')).to.equal('true');
  await expect(el).to.be.accessible();
  el.action = endpoint('server-error', newKey());
  await submitExpectingError(el);
  await el.updateComplete;
  expect(alertText(el)).to.not.equal('');
  await expect(el).to.be.accessible();
  el.action = endpoint('ok', newKey());
  await submitAndWait(el, 'pole-subscribed');
  await el.updateComplete;
  expect(statusText(el)).to.not.equal('');
  await expect(el).to.be.accessible();
}

/**
 * Submits, removes the modal 50 ms into its request (a 400 ms one) and waits past the answer:
 * returns the uncaught errors and the outcome events seen meanwhile.
 */
export async function removeDuringRequest(el: PoleNewsletterModal): Promise<{ uncaught: unknown[]; events: number }> {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  let events = 0;
  el.addEventListener('pole-subscribed', () => events++);
  el.addEventListener('pole-subscribe-error', () => events++);
  fill(el);
  submitButton(el).click();
  await aTimeout(50);
  el.remove();
  await aTimeout(700);
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  return { uncaught, events };
}

/** In the enclosing suite, submissions go at once: the minimum fill time has its own tests. */
export function submitAtOnce(): void {
  before(() => {
    spamGuard.minFillMs = 0;
  });
  after(() => {
    spamGuard.minFillMs = 1500;
  });
}
