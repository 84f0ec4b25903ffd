import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/components/anniversary-banner/pole-anniversary-banner.js';
import '../src/components/newsletter-modal/pole-newsletter-modal.js';
import type { PoleAnniversaryBanner } from '../src/components/anniversary-banner/anniversary-banner.js';
import type { PoleNewsletterModal } from '../src/components/newsletter-modal/newsletter-modal.js';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const trigger = (el: PoleNewsletterModal) => el.shadowRoot!.querySelector<HTMLElement>('[part~=trigger]');

async function floating(placement = 'bottom-end', label = 'S’inscrire à la lettre'): Promise<PoleNewsletterModal> {
  const el = await fixture<PoleNewsletterModal>(
    html`<pole-newsletter-modal id=${'m' + Math.random().toString(36).slice(2)} placement=${placement} trigger-label=${label} action="/api/signup" organisation="Pôle" privacy-href="/p"></pole-newsletter-modal>`,
  );
  await el.updateComplete;
  await frames();
  return el;
}

describe('placements', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('floating newsletter trigger', () => {
    it('floats in the bottom end corner, 1em from the edges, at least 44 px high, and passes axe, light and dark', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = await floating();
      const b = trigger(el)!;
      const r = b.getBoundingClientRect();
      expect(getComputedStyle(b).position).to.equal('fixed');
      expect(Math.round(innerWidth - r.right)).to.equal(16);
      expect(Math.round(innerHeight - r.bottom)).to.equal(16);
      expect(r.height).to.be.at.least(44);
      expect(b.textContent!.trim()).to.equal('S’inscrire à la lettre');
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await expect(el).to.be.accessible();
    });

    it('bottom-start floats in the other corner', async () => {
      const el = await floating('bottom-start');
      expect(Math.round(trigger(el)!.getBoundingClientRect().left)).to.equal(16);
    });

    it('says “Newsletter” without a trigger-label', async () => {
      const el = await floating('bottom-end', '');
      expect(trigger(el)!.textContent!.trim()).to.equal('Newsletter');
    });

    it('collapses to a round icon on a small screen, its label kept as its accessible name', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await floating();
      const r = trigger(el)!.getBoundingClientRect();
      expect(Math.round(r.width)).to.equal(48);
      expect(Math.round(r.height)).to.equal(48);
      await expect(el).to.be.accessible();
      const label = trigger(el)!.querySelector('span')!;
      expect(label.textContent).to.equal('S’inscrire à la lettre');
      expect(label.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('rises above a bar the page fixes at the bottom (a cookie banner) when it appears, by a transform', async () => {
      await setViewport({ width: 800, height: 600 });
      const el = await floating();
      const before = trigger(el)!.getBoundingClientRect();
      const bar = document.createElement('div');
      bar.id = 'cookie-banner';
      bar.setAttribute('style', 'position:fixed;left:0;right:0;bottom:0;height:120px;background:#333;z-index:2147483647');
      document.body.append(bar);
      try {
        await waitUntil(() => trigger(el)!.getBoundingClientRect().bottom <= innerHeight - 120, 'the trigger rises above the bar', { timeout: 3000 });
        expect(getComputedStyle(trigger(el)!).bottom).to.equal('16px');
        expect(before.bottom).to.be.greaterThan(innerHeight - 120);
        bar.remove();
        await waitUntil(() => Math.round(trigger(el)!.getBoundingClientRect().bottom) == innerHeight - 16, 'back down once the bar is gone', { timeout: 3000 });
      } finally {
        bar.remove();
      }
    });

    it('hides after a signup', async () => {
      const el = await floating();
      expect(trigger(el)).to.not.equal(null);
      el.dispatchEvent(new CustomEvent('pole-subscribed', { detail: {} }));
      el.requestUpdate();
      await el.updateComplete;
      expect(trigger(el)).to.equal(null);
      localStorage.clear();
    });

    it('hides while the on-screen keyboard shrinks the visual viewport (a trigger in the flow stays: hiding it would move the page)', async () => {
      const el = await floating();
      const inFlow = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal trigger-label="S’inscrire" action="/api/signup" organisation="P" privacy-href="/p"></pole-newsletter-modal>`);
      const vv = window.visualViewport!;
      const height = Object.getOwnPropertyDescriptor(VisualViewport.prototype, 'height')!;
      Object.defineProperty(vv, 'height', { configurable: true, get: () => innerHeight - 300 });
      try {
        vv.dispatchEvent(new Event('resize'));
        await waitUntil(() => trigger(el)!.hidden, 'hidden with the keyboard up');
        expect(trigger(el)!.checkVisibility()).to.equal(false);
        await inFlow.updateComplete;
        expect(trigger(inFlow)!.checkVisibility()).to.equal(true);
      } finally {
        Object.defineProperty(vv, 'height', height);
        delete (vv as unknown as Record<string, unknown>).height;
      }
      vv.dispatchEvent(new Event('resize'));
      await waitUntil(() => !trigger(el)!.hidden, 'shown again');
    });

    it('without a placement, stays in the flow where it is written', async () => {
      const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal trigger-label="S’inscrire" action="/api/signup" organisation="P" privacy-href="/p"></pole-newsletter-modal>`);
      expect(getComputedStyle(trigger(el)!).position).to.equal('static');
    });
  });

  describe('overlay banner', () => {
    for (const placement of ['overlay-top', 'overlay-bottom']) {
      it(`${placement}: fixed at that edge, compact, with its close button even without dismissible, and passes axe`, async () => {
        await setViewport({ width: 360, height: 740 });
        localStorage.clear();
        const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner placement=${placement} href="https://example.org/20-ans"></pole-anniversary-banner>`);
        await el.updateComplete;
        const r = el.shadowRoot!.querySelector('[part~=base]')!.getBoundingClientRect();
        expect(getComputedStyle(el).position).to.equal('fixed');
        if (placement == 'overlay-top') expect(Math.round(r.top)).to.equal(0);
        else expect(Math.round(r.bottom)).to.equal(innerHeight);
        expect(el.shadowRoot!.querySelector('.compact')).to.not.equal(null);
        expect(el.shadowRoot!.querySelector('[part~=dismiss-button]')).to.not.equal(null);
        await expect(el).to.be.accessible();
        await emulateMedia({ colorScheme: 'dark' });
        await expect(el).to.be.accessible();
        localStorage.clear();
      });
    }

    it('scrolls away with the page where the window is short (400 % zoom), rather than staying over it', async () => {
      await setViewport({ width: 320, height: 256 });
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner placement="overlay-bottom"></pole-anniversary-banner>`);
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('absolute');
      await aTimeout(0);
    });
  });
});
