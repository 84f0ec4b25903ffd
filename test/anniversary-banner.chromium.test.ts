// The anniversary banner's behaviours that need Chromium's tools: the system colour scheme and
// reduced motion (DevTools emulation), viewport sizes, and the Layout Instability API.
// Run in Chromium only (web-test-runner.config.mjs, the chromium-only group).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../src/components/anniversary-banner/pole-anniversary-banner.js';
import type { PoleAnniversaryBanner } from '../src/components/anniversary-banner/pole-anniversary-banner.js';
import type { PoleAnniversaryLogo } from '../src/components/anniversary-logo/pole-anniversary-logo.js';
import { HREF, clearDismissals, closeButton, expectThemed, part } from './anniversary-banner.helpers.js';

describe('<pole-anniversary-banner>', () => {
  beforeEach(clearDismissals);
  afterEach(async () => {
    clearDismissals();
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: 'screen' });
    await setViewport({ width: 800, height: 600 });
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
    // On a dark system (the light-system cases run in every engine, in anniversary-banner.test.ts).
    const themes: [string, 'light' | 'dark', string | undefined][] = [
      ['dark by prefers-color-scheme', 'dark', undefined],
      ['light by theme="light" on a dark system', 'dark', 'light'],
    ];
    for (const [name, scheme, attr] of themes) {
      it(`passes axe in every state, fr and en, ${name}`, async function () {
        // 24 axe runs: over 10 s in WebKitGTK on a loaded 2-core machine.
        this.timeout(40_000);
        await emulateMedia({ colorScheme: scheme });
        await expectThemed(scheme, attr);
      });
    }

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
