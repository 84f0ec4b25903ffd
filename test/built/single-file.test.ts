// The built single file (dist/pole-widgets.js) as a site owner pastes it: one classic script tag in
// a plain page, then the elements in the page's HTML. Runs in Chromium, Firefox and WebKit after
// `npm run build` (`npm run test:built`; web-test-runner.built.config.mjs), against the test
// server's real signup endpoint. Only the file's public surface is used: tags, attributes, parts.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive, describeNode } from '../helpers.js';

type Modal = HTMLElement & { open: boolean; close(): void };
const TAGS = ['pole-anniversary-banner', 'pole-anniversary-logo', 'pole-explainer-card', 'pole-newsletter-modal'];
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

function expectFocusOn(target: Element | null, why: string): void {
  const now = deepActive();
  expect(now === target, `${why}: expected on ${describeNode(target)}, found on ${describeNode(now)}`).to.be.true;
}

before(async () => {
  // The tag the docs give, without integrity here: the file is served by this same test server.
  const script = document.createElement('script');
  script.src = '/dist/pole-widgets.js';
  const loaded = oneEvent(script, 'load');
  document.head.append(script);
  await loaded;
});

describe('the built single file, pasted into a plain page', () => {
  it('defines the four elements', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders a dismissible banner that a keyboard press closes, and says so with pole-dismiss', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <pole-anniversary-banner id="built-banner" href="https://example.org/20-ans" dismissible></pole-anniversary-banner>
      <main><h1>Page</h1></main>
    </div>`);
    const banner = wrap.querySelector('pole-anniversary-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('[part~="base"]'), 'the banner renders');
    const close = part(banner, 'dismiss-button');
    close.focus();
    const dismissed = oneEvent(banner, 'pole-dismiss');
    await sendKeys({ press: 'Enter' });
    await dismissed;
    await waitUntil(() => !banner.shadowRoot!.querySelector('[part~="base"]'), 'the banner is gone');
    for (const k of Object.keys(localStorage)) if (k.startsWith('pole-widgets:banner:')) localStorage.removeItem(k);
  });

  describe('the newsletter modal', () => {
    const key = `built-${Math.random().toString(36).slice(2)}`;
    async function page(): Promise<{ opener: HTMLButtonElement; modal: Modal }> {
      const wrap = await fixture<HTMLElement>(html`<div>
        <button type="button" data-pole-newsletter-open="built-nl">Recevoir la lettre</button>
        <pole-newsletter-modal id="built-nl" action="/api/test/signup?scenario=ok&key=${key}" organisation="Pôle Exemple" privacy-href="/confidentialite"></pole-newsletter-modal>
      </div>`);
      const modal = wrap.querySelector<Modal>('pole-newsletter-modal')!;
      await waitUntil(() => modal.shadowRoot?.querySelector('dialog'), 'the modal renders');
      return { opener: wrap.querySelector('button')!, modal };
    }

    async function openByKeyboard(): Promise<Modal> {
      const { opener, modal } = await page();
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(modal, 'dialog').matches('[open]'), 'the dialog opens on Enter');
      await waitUntil(() => modal.shadowRoot!.querySelector('input[type=email]'), 'the form renders');
      return modal;
    }

    it('opens from its opener with the keyboard, focus in the dialog', async () => {
      const modal = await openByKeyboard();
      await waitUntil(() => modal.shadowRoot!.contains(deepActive()), 'focus moves into the dialog');
      modal.close();
    });

    it('keeps Tab inside the dialog: from the last control, Tab returns to the close button', async () => {
      const modal = await openByKeyboard();
      const dialog = part(modal, 'dialog');
      const controls = [...dialog.querySelectorAll<HTMLElement>('button, input, a[href], textarea, select')].filter(
        (c) => c.tabIndex >= 0 && c.checkVisibility() && !c.closest('[aria-hidden="true"]'),
      );
      const last = controls.at(-1)!;
      last.focus();
      expectFocusOn(last, 'on the last control');
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => deepActive() === part(modal, 'close-button'), `Tab from the last control reaches the close button (focus on ${describeNode(deepActive())})`);
      modal.close();
    });

    it('sends a signup typed by keyboard to the real endpoint and announces the success', async () => {
      const modal = await openByKeyboard();
      const root = modal.shadowRoot!;
      const email = root.querySelector<HTMLInputElement>('input[type=email]')!;
      email.focus();
      await sendKeys({ type: 'marie@example.fr' });
      root.querySelector<HTMLInputElement>('input[type=checkbox][required], input[type=checkbox][aria-required="true"]')!.focus();
      await sendKeys({ press: ' ' });
      const subscribed = oneEvent(modal, 'pole-subscribed');
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.focus();
      await sendKeys({ press: 'Enter' });
      await subscribed;
      const status = root.querySelector('[role=status]')!;
      await waitUntil(() => status.textContent!.includes('Merci'), 'the success is in the status region');
      const sent: { parsed: { email?: string } | null }[] = await (await fetch(`/api/test/requests?key=${key}`)).json();
      expect(sent).to.have.length(1);
      expect(sent[0].parsed?.email).to.equal('marie@example.fr');
    });
  });
});
