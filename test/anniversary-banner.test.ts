import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../src/components/anniversary-banner/pole-anniversary-banner.js';
import type { PoleAnniversaryBanner } from '../src/components/anniversary-banner/pole-anniversary-banner.js';
import type { PoleAnniversaryLogo } from '../src/components/anniversary-logo/pole-anniversary-logo.js';
import { en } from '../src/locales/en.js';
import { fr } from '../src/locales/fr.js';
import { accessible, describeNode, warningsDuring } from './helpers.js';

const KEY = 'pole-widgets:banner:20-ans';
const DAY = 864e5;
const HREF = 'https://example.org/20-ans';


const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~='${name}']`);
const closeButton = (el: Element) => part(el, 'dismiss-button') as HTMLButtonElement;
const isShown = (el: Element) => !!part(el, 'base');
/** The visible text of a part, whitespace collapsed (no-break spaces kept). */
const text = (el: Element, name: string) => part(el, name)!.textContent!.replace(/[ \n\t]+/g, ' ').trim();

/** Local calendar day `offset` days from today, as the `YYYY-MM-DD` a web manager would write. */
function day(offset: number): string {
  const d = new Date(Date.now() + offset * DAY);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}


/** Asserts that `actual` (an activeElement) is `expected`. */
function expectSame(actual: Element | null | undefined, expected: Element | null | undefined, message?: string): void {
  expect(describeNode(actual), message).to.equal(describeNode(expected));
  expect(actual === expected, message).to.be.true;
}


async function clickCenter(target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

async function until(test: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function clearDismissals(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith('pole-widgets:banner:')) localStorage.removeItem(k);
}

/** A page with something focusable before the banner and the main content after it. */
async function page(banner: ReturnType<typeof html>) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <button id="before">Avant</button>
    ${banner}
    <main><h1>Contenu de la page</h1><a href="#suite">Suite</a></main>
  </div>`);
  const el = wrap.querySelector('pole-anniversary-banner')!;
  await el.updateComplete;
  return { wrap, el, main: wrap.querySelector('main')! };
}

describe('<pole-anniversary-banner>', () => {
  beforeEach(clearDismissals);
  afterEach(async () => {
    clearDismissals();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  describe('content and language', () => {
    it('says its French headline, short line and link by default, as a region named by the headline', async () => {
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner href=${HREF}></pole-anniversary-banner>`);
      expect(text(el, 'headline')).to.equal('Les pôles de compétitivité fêtent leur 20\u00a0ans\u202f!');
      expect(text(el, 'message')).to.equal(fr.banner.message);
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
      expect(text(el, 'message')).to.equal(en.banner.message);
      expect(text(el, 'cta')).to.equal('Discover');
      expect(accessible(closeButton(el))).to.deep.equal({ role: 'button', name: 'Hide the banner' });
      expect(part(el, 'base')!.lang).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('follows an ancestor’s lang, and a later change of it', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="en-GB"><pole-anniversary-banner dismissible></pole-anniversary-banner></div>`);
      const el = wrap.firstElementChild as PoleAnniversaryBanner;
      expect(text(el, 'headline')).to.equal(en.banner.headline);
      wrap.lang = 'fr-FR';
      await until(() => text(el, 'headline') === fr.banner.headline);
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
      expect(text(el, 'message')).to.equal(fr.banner.message);
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
      await sendKeys({ press: 'Space' });
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

  describe('compact variant', () => {
    it('is a thin strip with the logo, headline, link and close button, without the short line', async () => {
      await setViewport({ width: 1280, height: 600 });
      const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner variant="compact" href=${HREF} dismissible></pole-anniversary-banner>`);
      const normal = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner href=${HREF} dismissible></pole-anniversary-banner>`);
      expect(part(el, 'message')!.hidden).to.be.true;
      expect(part(el, 'headline')).to.exist;
      expect(part(el, 'cta')).to.exist;
      expect(part(el, 'logo')).to.exist;
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.below(normal.getBoundingClientRect().height * 0.7);
      expect(height).to.be.at.most(3 * 16 + 1);
      const r = closeButton(el).getBoundingClientRect();
      expect(Math.min(r.width, r.height)).to.be.at.least(24);
      await expect(el).to.be.accessible();
    });
  });

  describe('look', () => {
    const themes: [string, 'light' | 'dark', string | undefined][] = [
      ['light', 'light', undefined],
      ['dark by theme="dark"', 'light', 'dark'],
      ['dark by prefers-color-scheme', 'dark', undefined],
      ['light by theme="light" on a dark system', 'dark', 'light'],
    ];
    for (const [name, scheme, attr] of themes) {
      it(`passes axe in every state, fr and en, ${name}`, async () => {
        await emulateMedia({ colorScheme: scheme });
        for (const lang of ['fr', 'en']) {
          for (const variant of ['', 'compact']) {
            const { el, wrap } = await page(html`<pole-anniversary-banner lang=${lang} variant=${variant} theme=${attr ?? ''} href=${HREF} dismissible
              >${lang === 'fr' ? '' : html`Our <a href="#x">own line</a>.`}</pole-anniversary-banner
            >`);
            await expect(el).to.be.accessible();
            // Focus on the link and on the close button.
            part(el, 'cta')!.focus();
            await expect(el).to.be.accessible();
            wrap.querySelector<HTMLButtonElement>('#before')!.focus();
            await sendKeys({ press: 'Tab' });
            await sendKeys({ press: 'Tab' });
            await expect(el).to.be.accessible();
          }
        }
        const dark = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner theme=${attr ?? ''}></pole-anniversary-banner>`);
        // The logo draws in the banner's colours: its "2 ans" in the headline's colour, its ring in the border's.
        const logo = part(dark, 'logo')!;
        await (logo as PoleAnniversaryLogo).updateComplete;
        expect(getComputedStyle(logo.shadowRoot!.querySelector('path')!).stroke).to.equal(getComputedStyle(part(dark, 'headline')!).color);
        expect(getComputedStyle(logo.shadowRoot!.querySelector('.r')!).stroke).to.equal(getComputedStyle(part(dark, 'base')!).borderBottomColor);
        const bg = getComputedStyle(part(dark, 'base')!).backgroundColor;
        const isDark = attr ? attr === 'dark' : scheme === 'dark';
        // rgb(0-255 …) or color(srgb 0-1 …)
        const [r, g, b] = bg.match(/[\d.]+/g)!.map(Number);
        const mean = ((r + g + b) / 3) * (bg.startsWith('color(') ? 255 : 1);
        expect(mean < 128, `background ${bg}`).to.equal(isDark);
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

    it('arrives without any animation, with or without prefers-reduced-motion', async () => {
      for (const reducedMotion of ['no-preference', 'reduce'] as const) {
        await emulateMedia({ reducedMotion });
        const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner href=${HREF} dismissible></pole-anniversary-banner>`);
        const logo = part(el, 'logo') as PoleAnniversaryLogo;
        await logo.updateComplete;
        expect(el.shadowRoot!.getAnimations(), reducedMotion).to.have.length(0);
        expect(logo.shadowRoot!.getAnimations(), reducedMotion).to.have.length(0);
      }
    });

    for (const width of [320, 1280]) {
      it(`reflows at ${width} px with no horizontal scroll and no clipped text`, async () => {
        await setViewport({ width, height: 800 });
        for (const lang of ['fr', 'en']) {
          for (const variant of ['', 'compact']) {
            const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner lang=${lang} variant=${variant} href=${HREF} dismissible></pole-anniversary-banner>`);
            const label = `${lang} ${variant || 'default'}`;
            expect(document.documentElement.scrollWidth, label).to.be.at.most(document.documentElement.clientWidth);
            expect(el.getBoundingClientRect().right, label).to.be.at.most(width);
            const box = part(el, 'base')!.getBoundingClientRect();
            for (const name of ['logo', 'headline', 'message', 'cta', 'dismiss-button']) {
              const p = part(el, name)!;
              if (p.hidden) continue;
              const r = p.getBoundingClientRect();
              expect(r.left, `${label} ${name}`).to.be.at.least(box.left);
              expect(r.right, `${label} ${name}`).to.be.at.most(box.right);
              expect(p.scrollWidth, `${label} ${name} not clipped`).to.be.at.most(p.clientWidth + 1);
            }
            // The close button never covers the text or the link.
            const x = closeButton(el).getBoundingClientRect();
            for (const name of ['headline', 'message', 'cta']) {
              const r = part(el, name)!.getBoundingClientRect();
              const overlaps = r.width > 0 && r.left < x.right && x.left < r.right && r.top < x.bottom && x.top < r.bottom;
              expect(overlaps, `${label}: close button over ${name}`).to.be.false;
            }
          }
        }
      });
    }
  });

  it('wraps a long unbreakable word of the site’s own at 320 px instead of scrolling sideways', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await fixture<PoleAnniversaryBanner>(html`<pole-anniversary-banner
      heading="Innovationsförderungsgesellschaftsvertragsverhandlungen"
      href=${HREF}
      dismissible
      >Wettbewerbsfähigkeitsclusterjubiläumsveranstaltungsprogramm</pole-anniversary-banner
    >`);
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    const headline = part(el, 'headline')!;
    expect(headline.scrollWidth).to.be.at.most(headline.clientWidth + 1);
    expect(part(el, 'base')!.getBoundingClientRect().right).to.be.at.most(320);
  });

  describe('no layout shift', () => {
    /** The one-line snippets the docs tell web managers to paste, read from the banner's page itself. */
    async function snippets(): Promise<string[]> {
      const page = await (await fetch('/docs/anniversary-banner.md')).text();
      const lines = page.split('\n').filter((l) => /^pole-anniversary-banner.*:not\(:defined\)\{.*\}$/.test(l.trim()));
      expect(lines.length, 'the banner’s docs page gives the snippet lines').to.be.at.least(2);
      return lines;
    }

    /**
     * Loads a plain page in a frame `width` px wide, with the snippet in its CSS and the banner not
     * yet defined; after the first paint defines it, and returns the page's cumulative layout shift.
     */
    async function cls(css: string, width: number, lang: string, variant: string, font = 'sans-serif'): Promise<number> {
      const frame = document.createElement('iframe');
      frame.className = 'cls-probe';
      frame.width = String(width);
      frame.height = '700';
      frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{margin:0;font-family:${font}}${css}</style></head><body>
<pole-anniversary-banner${variant ? ` variant="${variant}"` : ''} href="${HREF}" dismissible></pole-anniversary-banner>
<main><h1>Un site partenaire</h1><p>${'Du contenu sous le bandeau. '.repeat(40)}</p><div style="height:2000px"></div></main></body></html>`;
      const loaded = oneEvent(frame, 'load');
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow! as Window & typeof globalThis;
      try {
        let shift = 0;
        new win.PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        const frames = async (n: number) => {
          for (let i = 0; i < n; i++) await new Promise((r) => win.requestAnimationFrame(r));
        };
        await frames(2);
        expect(win.customElements.get('pole-anniversary-banner'), 'undefined at first paint').to.be.undefined;
        const script = win.document.createElement('script');
        script.type = 'module';
        script.textContent = `import '/src/components/anniversary-banner/pole-anniversary-banner.ts';`;
        win.document.head.append(script);
        await win.customElements.whenDefined('pole-anniversary-banner');
        const el = win.document.querySelector('pole-anniversary-banner') as PoleAnniversaryBanner;
        await el.updateComplete;
        await (el.shadowRoot!.querySelector('pole-anniversary-logo') as PoleAnniversaryLogo | null)?.updateComplete;
        expect(el.shadowRoot!.querySelector('[part=base]'), 'rendered').to.exist;
        await frames(3);
        await new Promise((r) => setTimeout(r, 50));
        return shift;
      } finally {
        frame.remove();
      }
    }

    const WIDTHS = [320, 360, 375, 390, 412, 414, 768, 800, 1024, 1280, 1366, 1440, 1536, 1920];

    it('measures a shift without the snippet (the measurement works)', async function () {
      this.timeout(20_000);
      expect(await cls('', 1280, 'fr', '')).to.be.greaterThan(0);
      expect(await cls('', 375, 'fr', 'compact')).to.be.greaterThan(0);
    });

    it('has a cumulative layout shift of 0 with the docs page’s snippet, at common widths, fr and en, both variants, sans and serif', async function () {
      this.timeout(240_000);
      const css = (await snippets()).join('\n');
      const failures: string[] = [];
      for (const font of ['sans-serif', 'serif'])
        for (const variant of ['', 'compact'])
          for (const lang of ['fr', 'en'])
            for (const width of WIDTHS) {
              const shift = await cls(css, width, lang, variant, font);
              if (shift !== 0) failures.push(`${font} ${variant || 'default'} ${lang} ${width}px: CLS ${shift.toFixed(4)}`);
            }
      expect(failures).to.deep.equal([]);
    });
  });
});
