// The anniversary banner in every engine. What needs Chromium's tools (colour-scheme and motion
// emulation, viewport sizes, the Layout Instability API) is in anniversary-banner.chromium.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../src/components/anniversary-banner/pole-anniversary-banner.js';
import type { PoleAnniversaryBanner } from '../src/components/anniversary-banner/pole-anniversary-banner.js';
import { strings } from '../src/components/anniversary-banner/anniversary-banner.strings.js';
import { accessible, warningsDuring } from './helpers.js';
import { DAY, HREF, KEY, clearDismissals, clickCenter, closeButton, day, expectSame, expectThemed, isShown, page, part, text, until } from './anniversary-banner.helpers.js';

describe('<pole-anniversary-banner>', () => {
  beforeEach(clearDismissals);
  afterEach(clearDismissals);

  describe('content and language', () => {
    it('says its French headline, short line and link by default, as a region named by the headline', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner href=${HREF}></pole-anniversary-banner>`);
      expect(text(el, 'headline')).to.equal('Les pôles de compétitivité fêtent leur 20\u00a0ans\u202f!');
      expect(text(el, 'message')).to.equal(strings.fr.message);
      expect(text(el, 'message')).to.match(/^Depuis 2005/);
      expect(text(el, 'cta')).to.equal('Découvrir');
      expect(part(el, 'cta')!.getAttribute('href')).to.equal(HREF);
      expect(part(el, 'base')!.lang).to.equal('fr');
      expect(part(el, 'logo')!.hasAttribute('decorative'), 'the headline already says "20 ans"').to.be.true;

      const headline = 'Les pôles de compétitivité fêtent leur 20 ans !';
      expect(accessible(part(el, 'base')!)).to.deep.equal({ role: 'region', name: headline });
      // ARIA7: the link's purpose is clear on its own ("Découvrir" + the headline).
      expect(accessible(part(el, 'cta')!)).to.deep.equal({ role: 'link', name: `Découvrir ${headline}` });
      await expect(el).to.be.accessible();
    });

    it('speaks English when its own lang says so', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner lang="en" href=${HREF} dismissible></pole-anniversary-banner>`);
      expect(text(el, 'headline')).to.equal('The French competitiveness clusters turn\u00a020!');
      expect(text(el, 'message')).to.equal(strings.en.message);
      expect(text(el, 'cta')).to.equal('Discover');
      expect(accessible(closeButton(el))).to.deep.equal({ role: 'button', name: 'Hide the banner' });
      expect(part(el, 'base')!.lang).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('follows an ancestor’s lang, and a later change of it', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en-GB"><pole-anniversary-banner dismissible></pole-anniversary-banner></div>`);
      const el = wrap.firstElementChild as PoleAnniversaryBanner;
      expect(text(el, 'headline')).to.equal(strings.en.headline);
      wrap.lang = 'fr-FR';
      await until(() => text(el, 'headline') === strings.fr.headline);
      expect(accessible(closeButton(el))).to.deep.equal({ role: 'button', name: 'Masquer le bandeau' });
    });

    it('takes its headline from heading and its short line from the default slot', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner heading="20 ans d’innovation en Bretagne"
        ><strong>Un pôle</strong> au cœur de l’Ouest.</pole-anniversary-banner
      >`);
      expect(text(el, 'headline')).to.equal('20 ans d’innovation en Bretagne');
      const slot = part(el, 'message')!.querySelector('slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal('Un pôle au cœur de l’Ouest.');
      expect(part(el, 'message')!.textContent).not.to.contain('2005');
      await expect(el).to.be.accessible();
    });

    it('keeps its own short line when only whitespace sits between the tags', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner>
      </pole-anniversary-banner>`);
      expect(text(el, 'message')).to.equal(strings.fr.message);
    });
  });

  describe('call to action', () => {
    it('links only to a safe href, with its own label when given', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner href="/20-ans" cta-label="Voir le programme"></pole-anniversary-banner>`);
      expect(part(el, 'cta')!.getAttribute('href')).to.equal('/20-ans');
      expect(text(el, 'cta')).to.equal('Voir le programme');

      const none = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner></pole-anniversary-banner>`);
      expect(part(none, 'cta'), 'no href, no link').to.be.null;
    });

    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'http://example.org/20-ans']) {
      it(`renders no link for href="${bad}" and tells the web manager why`, async () => {
        let el!: PoleAnniversaryBanner;
        const seen = await warningsDuring(async () => {
          el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner href=${bad}></pole-anniversary-banner>`);
        });
        expect(part(el, 'cta')).to.be.null;
        expect(el.shadowRoot!.querySelector('a')).to.be.null;
        expect(seen.some((m) => m.startsWith('[pole-widgets] <pole-anniversary-banner> ignores href='))).to.be.true;
        expect(isShown(el), 'the rest of the banner still shows').to.be.true;
      });
    }
  });

  describe('dismissal', () => {
    it('closes on a mouse click, fires pole-dismiss and moves focus to the main content', async () => {
      const { el, main } = await page(html`<pole-anniversary-banner href=${HREF} dismissible></pole-anniversary-banner>`);
      const button = closeButton(el);
      const r = button.getBoundingClientRect();
      expect(r.width, 'target at least 24 px').to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
      const fired = oneEvent(document, 'pole-dismiss');
      await clickCenter(button);
      const event = (await fired) as CustomEvent<{ campaign: string }>;
      expect(event.detail.campaign).to.equal('20-ans');
      await el.updateComplete;
      expect(isShown(el)).to.be.false;
      expect(el.getBoundingClientRect().height, 'takes no space once closed').to.equal(0);
      expectSame(document.activeElement, main);
      expect(JSON.parse(localStorage.getItem(KEY)!).at).to.be.closeTo(Date.now(), 5000);
    });

    it('is reached by Tab after its link and closes on Enter; focus lands on main, never on <body>', async () => {
      const { wrap, el, main } = await page(html`<pole-anniversary-banner href=${HREF} dismissible></pole-anniversary-banner>`);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expectSame(el.shadowRoot!.activeElement, part(el, 'cta'));
      await sendKeys({ press: 'Tab' });
      expectSame(el.shadowRoot!.activeElement, closeButton(el));
      expect(closeButton(el).matches(':focus-visible'), 'visible focus').to.be.true;
      expect(getComputedStyle(closeButton(el)).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isShown(el)).to.be.false;
      expectSame(document.activeElement, main);
      expect(document.activeElement !== document.body, 'not lost to <body>').to.be.true;
      expect(main.getAttribute('tabindex'), 'focusable only while it holds focus').to.equal('-1');
      // The next Tab continues into the content, and main is left as it was.
      await sendKeys({ press: 'Tab' });
      expectSame(document.activeElement, main.querySelector('a'));
      expect(main.hasAttribute('tabindex')).to.be.false;
    });

    it('closes on Space too', async () => {
      const { el } = await page(html`<pole-anniversary-banner dismissible></pole-anniversary-banner>`);
      closeButton(el).focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(isShown(el)).to.be.false;
    });

    it('hands focus to the next sibling on a page with no main or h1', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <pole-anniversary-banner dismissible></pole-anniversary-banner>
        <p id="next">Suite de la page</p>
      </div>`);
      const el = wrap.querySelector('pole-anniversary-banner')!;
      closeButton(el).focus();
      await sendKeys({ press: 'Enter' });
      const next = wrap.querySelector('#next')!;
      expectSame(document.activeElement, next);
      expect(next.getAttribute('tabindex')).to.equal('-1');
    });

    it('stays closed after a reload, for its campaign only', async () => {
      const first = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner dismissible></pole-anniversary-banner>`);
      closeButton(first).click();
      await first.updateComplete;

      const reloaded = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner dismissible></pole-anniversary-banner>`);
      expect(isShown(reloaded)).to.be.false;
      expect(reloaded.shadowRoot!.childElementCount).to.equal(0);

      const other = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner campaign="Fête de la science" dismissible></pole-anniversary-banner>`);
      expect(isShown(other), 'another campaign shows again').to.be.true;
      closeButton(other).click();
      expect(localStorage.getItem('pole-widgets:banner:f-te-de-la-science')).to.not.be.null;
    });

    it('is remembered for dismiss-days (30 by default), then shows again', async () => {
      const at = (days: number) => localStorage.setItem(KEY, JSON.stringify({ at: Date.now() - days * DAY }));
      at(29);
      expect(isShown(await fixture(html`<pole-anniversary-banner></pole-anniversary-banner>`))).to.be.false;
      at(31);
      expect(isShown(await fixture(html`<pole-anniversary-banner></pole-anniversary-banner>`))).to.be.true;
      expect(isShown(await fixture(html`<pole-anniversary-banner dismiss-days="60"></pole-anniversary-banner>`))).to.be.false;
      at(2);
      expect(isShown(await fixture(html`<pole-anniversary-banner dismiss-days="1"></pole-anniversary-banner>`))).to.be.true;
      expect(isShown(await fixture(html`<pole-anniversary-banner dismiss-days="2.5"></pole-anniversary-banner>`))).to.be.false;
    });

    it('with dismiss-days="0" closes for this page view only', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner dismiss-days="0" dismissible></pole-anniversary-banner>`);
      closeButton(el).click();
      await el.updateComplete;
      expect(isShown(el)).to.be.false;
      expect(isShown(await fixture(html`<pole-anniversary-banner dismiss-days="0"></pole-anniversary-banner>`))).to.be.true;
    });

    it('lets a listener cancel pole-dismiss: the banner stays, nothing is stored, focus stays put', async () => {
      const { el } = await page(html`<pole-anniversary-banner dismissible></pole-anniversary-banner>`);
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('pole-dismiss', cancel);
      try {
        closeButton(el).focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(isShown(el)).to.be.true;
        expectSame(el.shadowRoot!.activeElement, closeButton(el));
        expect(localStorage.getItem(KEY)).to.be.null;
      } finally {
        document.removeEventListener('pole-dismiss', cancel);
      }
    });

    it('fires pole-dismiss bubbling and composed, out of another component’s shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('pole-anniversary-banner');
      el.dismissible = true;
      root.append(el, Object.assign(document.createElement('h1'), { textContent: 'Titre' }));
      await el.updateComplete;
      const fired = oneEvent(document, 'pole-dismiss');
      closeButton(el).focus();
      closeButton(el).click();
      const event = await fired;
      expect(event.bubbles && event.composed && event.cancelable).to.be.true;
      expectSame(root.activeElement, root.querySelector('h1'), 'focus went to the heading beside it');
    });

    describe('when storage fails', () => {
      const proto = Storage.prototype;
      const saved = { getItem: proto.getItem, setItem: proto.setItem };
      afterEach(() => Object.assign(proto, saved));

      it('still closes for this page view when storage throws, with a console message', async () => {
        const boom = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        Object.assign(proto, { getItem: boom, setItem: boom });
        const { el, main } = await page(html`<pole-anniversary-banner dismissible></pole-anniversary-banner>`);
        expect(isShown(el), 'unreadable storage reads as not dismissed').to.be.true;
        closeButton(el).focus();
        const seen = await warningsDuring(async () => {
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
        });
        expect(isShown(el)).to.be.false;
        expectSame(document.activeElement, main);
        expect(seen).to.include('[pole-widgets] <pole-anniversary-banner> cannot store the dismissal: hidden for this page view only.');
      });

      it('still closes when localStorage itself cannot be reached (sandboxed frame, blocked storage)', async () => {
        const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
        try {
          const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner dismissible></pole-anniversary-banner>`);
          expect(isShown(el)).to.be.true;
          await warningsDuring(async () => closeButton(el).click());
          await el.updateComplete;
          expect(isShown(el)).to.be.false;
        } finally {
          Object.defineProperty(window, 'localStorage', original);
        }
        expect(() => window.localStorage).not.to.throw();
      });

      for (const garbage of ['{oops', 'null', '"yes"', '{"at":"yesterday"}', '{"at":null}', `{"at":${Date.now() + 365 * DAY}}`, '[1,2]']) {
        it(`treats ${garbage} in storage as not dismissed`, async () => {
          localStorage.setItem(KEY, garbage);
          const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner dismissible></pole-anniversary-banner>`);
          expect(isShown(el)).to.be.true;
        });
      }
    });
  });

  describe('schedule', () => {
    it('renders nothing before start', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner start=${day(1)}></pole-anniversary-banner>`);
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('shows from the first moment of start to the last moment of end (whole local days)', async () => {
      for (const [start, end] of [
        [day(-1), day(1)],
        [day(0), day(0)],
        [day(-30), ''],
        ['', day(0)],
      ]) {
        const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner start=${start} end=${end}></pole-anniversary-banner>`);
        expect(isShown(el), `start=${start} end=${end}`).to.be.true;
      }
    });

    it('after end renders nothing and requests nothing', async () => {
      const before = performance.getEntriesByType('resource').length;
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner end=${day(-1)} href=${HREF} dismissible></pole-anniversary-banner>`);
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(performance.getEntriesByType('resource').length).to.equal(before);
    });

    it('ignores a date it cannot read, with a console message, and keeps showing', async () => {
      let el!: PoleAnniversaryBanner;
      const seen = await warningsDuring(async () => {
        el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner start="bientôt" end="31/12/2025"></pole-anniversary-banner>`);
      });
      expect(isShown(el)).to.be.true;
      expect(seen).to.include('[pole-widgets] <pole-anniversary-banner> ignores start="bientôt": not a date like 2025-12-31.');
      expect(seen.some((m) => m.includes('ignores end="31/12/2025"'))).to.be.true;
    });
  });

  describe('bad input', () => {
    for (const bad of ['banana', '-3', 'Infinity']) {
      it(`falls back to 30 days (caps at 3650) for dismiss-days="${bad}", with a console message`, async () => {
        localStorage.setItem(KEY, JSON.stringify({ at: Date.now() - 29 * DAY }));
        let el!: PoleAnniversaryBanner;
        const seen = await warningsDuring(async () => {
          el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner dismiss-days=${bad}></pole-anniversary-banner>`);
        });
        expect(isShown(el), 'a 29-day-old dismissal still holds').to.be.false;
        expect(seen).to.include(`[pole-widgets] <pole-anniversary-banner> ignores dismiss-days="${bad}": use 0 to 3650; using ${bad == 'Infinity' ? 3650 : 30}.`);
      });
    }

    it('shows the default banner for an unknown variant', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner variant="huge" href=${HREF}></pole-anniversary-banner>`);
      const normal = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner href=${HREF}></pole-anniversary-banner>`);
      expect(part(el, 'message')!.hidden).to.be.false;
      expect(el.getBoundingClientRect().height).to.equal(normal.getBoundingClientRect().height);
    });
  });

  describe('look', () => {
    // The system is light here (Chromium emulates a dark one in the .chromium suite).
    for (const [name, attr] of [['light', undefined], ['dark by theme="dark"', 'dark']] as const) {
      it(`passes axe in every state, fr and en, ${name}`, async function () {
        // 24 axe runs: over 10 s in WebKitGTK on a loaded 2-core machine.
        this.timeout(40_000);
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'a light system').to.be.false;
        await expectThemed('light', attr);
      });
    }

    it('uses the site’s --pole-accent for border, logo and link, with readable link text', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner href=${HREF} style="--pole-accent: #e1000f"></pole-anniversary-banner>`);
      expect(getComputedStyle(part(el, 'base')!).borderBottomColor).to.equal('rgb(225, 0, 15)');
      expect(getComputedStyle(part(el, 'cta')!).backgroundColor).to.equal('rgb(225, 0, 15)');
      const logo = part(el, 'logo')!;
      expect(getComputedStyle(logo.shadowRoot!.querySelector('.r')!).stroke).to.equal('rgb(225, 0, 15)');
      await expect(el).to.be.accessible();
    });
  });
});
