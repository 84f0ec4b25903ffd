// The newsletter modal's behaviours that only Chromium's tools can show: its accessibility tree, the
// system colour scheme and reduced motion (DevTools emulation), a pointer leaving the viewport.
// Run in Chromium only (web-test-runner.config.mjs, the chromium-only group).
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendMouse } from '@web/test-runner-commands';
import '../src/components/newsletter-modal/newsletter-modal.js';
import type { PoleNewsletterModal } from '../src/components/newsletter-modal/newsletter-modal.js';

const part = <T extends HTMLElement = HTMLElement>(el: PoleNewsletterModal, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const dialogOf = (el: PoleNewsletterModal) => part<HTMLDialogElement>(el, 'dialog');

async function opened(el: PoleNewsletterModal): Promise<void> {
  await waitUntil(() => dialogOf(el).open, 'the dialog opens', { timeout: 3000 });
  await el.updateComplete;
}

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

afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

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
