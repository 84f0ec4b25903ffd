// The newsletter modal's behaviours that only Chromium's tools can show: its accessibility tree, the
// system colour scheme and reduced motion (DevTools emulation), a pointer leaving the viewport, and
// Invoker Commands (WebKitGTK 2.50 has none; Firefox 153 has them).
// Run in Chromium only (web-test-runner.config.mjs, the chromium-only group).
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/components/newsletter-modal/pole-newsletter-modal.js';
import type { PoleNewsletterModal } from '../src/components/newsletter-modal/newsletter-modal.js';
import { armedModal, click, dialogOf, expectFocusOn, opened, part, tabTo } from './newsletter-modal.helpers.js';

interface AxNode {
  role: string;
  name?: string;
  modal?: boolean;
  children?: AxNode[];
}

/** Every node of the page's accessibility tree in Chromium (the config's a11y-tree command), flattened. */
async function axNodes(): Promise<AxNode[]> {
  const out: AxNode[] = [];
  const walk = (n?: AxNode | null) => n && (out.push(n), n.children?.forEach(walk));
  walk(await executeServerCommand<AxNode, object>('a11y-tree', {}));
  return out;
}

/** The <html> style attribute as the page had it before each test. */
let pageStyle: string | null;
const unlocked = () => document.documentElement.getAttribute('style') === pageStyle;
beforeEach(() => (pageStyle = document.documentElement.getAttribute('style')));
afterEach(async () => {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  // A close remembers itself (auto-open stays quiet for remember-days): each test starts from none.
  for (const k of Object.keys(localStorage)) if (k.startsWith('pole-widgets:modal:')) localStorage.removeItem(k);
});

describe('<pole-newsletter-modal> structure (Chromium accessibility tree)', () => {
  it('is a modal dialog named by its visible heading, with a close button named "Fermer cette fenêtre"', async () => {
    const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal open></pole-newsletter-modal>`);
    await opened(el);
    const dialog = dialogOf(el);
    const heading = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Inscription à notre newsletter');
    expect(heading.checkVisibility()).to.be.true;
    expect(dialog.lang).to.equal('fr');
    const nodes = await axNodes();
    const dialogNode = nodes.find((n) => n.role === 'dialog');
    expect(dialogNode?.name).to.equal('Inscription à notre newsletter');
    expect(dialogNode?.modal, 'exposed as modal').to.be.true;
    expect(nodes.some((n) => n.role === 'button' && n.name === 'Fermer cette fenêtre'), 'close button named exactly').to.be.true;
    await expect(el).to.be.accessible();
  });

  it('has no landmark inside the dialog: its heading row is not a banner', async () => {
    const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal open></pole-newsletter-modal>`);
    await opened(el);
    // A <header> there is a "banner" in Chromium (a dialog is not sectioning content): Orca said "bannière".
    const walk = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(walk)];
    const dialog = (await axNodes()).find((n) => n.role === 'dialog')!;
    const landmarks = walk(dialog).filter((n) => ['banner', 'contentinfo', 'region', 'navigation'].includes(n.role));
    expect(landmarks.map((n) => n.role)).to.deep.equal([]);
  });

  it('speaks English with lang="en": heading and "Close this window"', async () => {
    const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal lang="en" open></pole-newsletter-modal>`);
    await opened(el);
    expect(part(el, 'heading').textContent).to.equal('Sign up for our newsletter');
    const nodes = await axNodes();
    expect(nodes.find((n) => n.role === 'dialog')?.name).to.equal('Sign up for our newsletter');
    expect(nodes.some((n) => n.role === 'button' && n.name === 'Close this window'), 'close button named exactly').to.be.true;
    expect(dialogOf(el).lang).to.equal('en');
    await expect(el).to.be.accessible();
  });
});

describe('<pole-newsletter-modal> Invoker Commands (Chromium and Firefox have them, WebKitGTK 2.50 not)', () => {
  it('opens from an Invoker Command button (commandfor + command="--show") and returns focus to it', async () => {
    const wrap = await fixture(html`<div>
      <button commandfor="invoked" command="--show">Newsletter</button>
      <pole-newsletter-modal id="invoked"></pole-newsletter-modal>
    </div>`);
    const el = wrap.querySelector('pole-newsletter-modal')!;
    const button = wrap.querySelector('button')!;
    const opening = oneEvent(el, 'pole-open');
    const r = button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    expect((await opening).detail.reason).to.equal('trigger');
    await opened(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(button);
  });
});

describe('<pole-newsletter-modal> polite auto-open (pointer outside the viewport)', () => {
  it('opens on exit intent: the pointer leaving through the top of the page', async () => {
    const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal auto-open="exit"></pole-newsletter-modal>`);
    await sendMouse({ type: 'move', position: [200, 200] });
    await sendMouse({ type: 'move', position: [-5, 200] }); // out through the side: not an exit
    await aTimeout(100);
    expect(el.open).to.be.false;
    await sendMouse({ type: 'move', position: [200, 200] });
    await sendMouse({ type: 'move', position: [200, -5] });
    await opened(el);
  });
});

describe('<pole-newsletter-modal> look (emulated colour scheme and motion)', () => {
  for (const lang of ['fr', 'en']) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe closed and open in ${lang}, ${scheme} (theme attribute and system setting)`, async () => {
        for (const viaAttribute of [true, false]) {
          await emulateMedia({ colorScheme: viaAttribute ? 'light' : scheme });
          const el = await fixture<PoleNewsletterModal>(
            html`<pole-newsletter-modal lang=${lang} theme=${viaAttribute ? scheme : 'auto'} trigger-label=${lang === 'fr' ? 'Newsletter du pôle' : 'Cluster newsletter'}
              ><p slot="intro">${lang === 'fr' ? 'Une lettre par mois.' : 'One letter a month.'}</p></pole-newsletter-modal
            >`,
          );
          await expect(el).to.be.accessible();
          el.show();
          await opened(el);
          await aTimeout(250);
          const bg = getComputedStyle(dialogOf(el)).backgroundColor;
          expect(bg).to.equal(scheme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(255, 255, 255)');
          await expect(el).to.be.accessible();
          el.close();
          await el.updateComplete;
          el.remove();
        }
      });
    }
  }

  it('animates the opening only when motion is welcome', async () => {
    const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal open></pole-newsletter-modal>`);
    await opened(el);
    expect(getComputedStyle(dialogOf(el)).animationName).to.not.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(dialogOf(el)).animationName).to.equal('none');
    expect(getComputedStyle(dialogOf(el), '::backdrop').animationName).to.equal('none');
  });

  it('shows the dialog opaque from the first frame of its opening animation (no fade-in delay)', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal trigger-label="Newsletter"></pole-newsletter-modal>`);
    el.show();
    const dialog = dialogOf(el);
    // Sampled at the first frame, while the 0.2 s entrance is still running.
    await new Promise(requestAnimationFrame);
    const running = dialog.getAnimations().filter((a) => a.playState === 'running');
    expect(running.length, 'the entrance animation runs').to.be.at.least(1);
    expect(getComputedStyle(dialog).opacity).to.equal('1');
    expect(dialog.checkVisibility({ opacityProperty: true })).to.be.true;
  });
});

// Chromium's close watcher (a repeated Escape without user activation closes regardless), and two
// checks the WebKit driver cannot run yet: it has no viewport command, and in WebKitGTK typed text
// came out with characters missing (not understood yet).
describe('<pole-newsletter-modal> close watcher, small viewports, typing (Chromium)', () => {
  it('follows Chromium’s close watcher when a repeated Escape cannot be cancelled: closes, unlocks, refocuses', async () => {
    const wrap = await fixture(html`<div><button data-pole-newsletter-open>Ouvrir</button><pole-newsletter-modal></pole-newsletter-modal></div>`);
    const el = wrap.querySelector('pole-newsletter-modal')!;
    const opener = wrap.querySelector('button')!;
    const requests: boolean[] = [];
    el.addEventListener('pole-request-close', (e) => {
      requests.push(e.cancelable);
      e.preventDefault();
    });
    await click(opener);
    await opened(el);
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogOf(el).open, 'the first Escape is cancelled').to.be.true;
    const closing = oneEvent(el, 'pole-close');
    await sendKeys({ press: 'Escape' }); // no user activation since the cancelled one: the browser closes anyway
    const { detail } = await closing;
    await el.updateComplete;
    expect(detail.reason).to.equal('escape');
    expect(requests).to.deep.equal([true, false]);
    expect(el.open).to.be.false;
    expect(el.hasAttribute('open')).to.be.false;
    expect(unlocked(), 'scroll unlocked').to.be.true;
    expectFocusOn(opener);
  });


  it('waits while the visitor types in a field of the page', async () => {
    const wrap = await fixture(html`<div><input aria-label="Recherche" /><button>OK</button></div>`);
    const input = wrap.querySelector('input')!;
    input.focus();
    const el = armedModal(wrap);
    await sendKeys({ type: 'recherche en cours' });
    await aTimeout(600);
    expect(el.open).to.be.false;
    expect(input.value, 'nothing the visitor typed is lost').to.equal('recherche en cours');
    expectFocusOn(input);
    wrap.querySelector('button')!.focus();
    await opened(el);
  });


  for (const [width, height] of [
    [320, 256],
    [256, 320],
  ]) {
    it(`fits a ${width}×${height} viewport with the close and submit buttons reachable`, async () => {
      await setViewport({ width, height });
      try {
        const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal open><p slot="intro">${'Une lettre par mois sur l’innovation. '.repeat(6)}</p></pole-newsletter-modal>`);
        await opened(el);
        await aTimeout(250); // the opening animation
        const inViewport = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= height && r.right <= width;
        expect(inViewport(dialogOf(el).getBoundingClientRect()), 'dialog inside the viewport').to.be.true;
        expect(inViewport(part(el, 'close-button').getBoundingClientRect()), 'close button visible').to.be.true;
        const body = part(el, 'body');
        expect(body.scrollHeight, 'the body scrolls inside').to.be.greaterThan(body.clientHeight);
        const submit = el.shadowRoot!.querySelector('button[type=submit]')!;
        await tabTo(submit);
        const r = submit.getBoundingClientRect();
        const b = body.getBoundingClientRect();
        expect(r.top >= b.top && r.bottom <= b.bottom, 'submit scrolled into view').to.be.true;
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
