// What a visitor sees when the deferred script runs after the page's first paint (a slow
// connection): the newsletter modal's built-in trigger and the explainer card appear in the page.
// With the docs page's reservation lines, the trigger moves nothing and the card moves little or
// nothing; without them, both push the page down. Measured with the browser's own layout-shift
// entries, in plain pages in frames of phone to desktop sizes.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

import { define, open, docLines, type Page } from './frame-page.js';

interface Shift {
  /** Cumulative layout shift of the page. */
  cls: number;
  /** Where the elements marked `data-probe` were before and after the widgets rendered (left,top). */
  moved: string[];
}

/** The page's cumulative layout shift from first paint to the widgets rendered. */
async function shift(page: Page): Promise<Shift> {
  const { frame, win, doc } = await open(page);
  try {
    let cls = 0;
    new win.PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const probes = [...doc.querySelectorAll('[data-probe]')];
    const where = () => probes.map((p) => `${Math.round(p.getBoundingClientRect().left)},${Math.round(p.getBoundingClientRect().top)}`);
    const before = where();
    await define(win);
    const after = where();
    return { cls, moved: probes.map((p, i) => (before[i] == after[i] ? '' : `${p.id}: ${before[i]} → ${after[i]}`)).filter(Boolean) };
  } finally {
    frame.remove();
  }
}

const WIDTHS = [320, 375, 412, 768, 1280, 1920];
const TEXT = 'Le pôle réunit entreprises, laboratoires et organismes de formation autour de projets collaboratifs. ';
const LABELS: Record<string, string[]> = {
  fr: ['S’inscrire à la newsletter', 'Recevoir chaque mois la lettre d’information du pôle et de ses membres'],
  en: ['Subscribe to the newsletter', 'Get the monthly newsletter of the cluster and of its members in your inbox'],
};

/** The trigger where a site puts it: alone in its paragraph, inside a sentence, or with an intro for the dialog. */
function triggerPages(lang: string): Record<string, string> {
  const [label, long] = LABELS[lang];
  const modal = (l: string, inner = '') => `<pole-newsletter-modal action="/api/signup" organisation="Pôle exemple" privacy-href="/confidentialite" trigger-label="${l}">${inner}</pole-newsletter-modal>`;
  const below = `<p id="below" data-probe>${TEXT.repeat(6)}</p>`;
  return {
    alone: `<main><p>${TEXT}</p><p>\n  ${modal(label)}\n</p>${below}</main>`,
    'in a sentence': `<main><p>Recevez nos actualités : ${modal(label)} <span id="after" data-probe>ou lisez les archives</span>. ${TEXT}</p>${below}</main>`,
    'long label': `<main><p>Chaque mois : ${modal(long)} <span id="after" data-probe>puis nos archives</span>.</p>${below}</main>`,
    // In a <div>: a <p> inside a <p> would close it (HTML parsing), putting the intro outside the element.
    'with an intro': `<main><div>Lettre : ${modal(label, `\n  <p slot="intro">${TEXT}</p>\n`)} <span id="after" data-probe>mensuelle</span></div>${below}</main>`,
    'with a fallback link': `<main><div>Lettre : ${modal(label, `\n  <a href="/newsletter">${label}</a>\n`)} <span id="after" data-probe>mensuelle</span></div>${below}</main>`,
    'tight between brackets': `<main><div>Lettre (${modal(label, `\n  <p slot="intro">${TEXT}</p>\n`)})<span id="after" data-probe>mensuelle</span></div>${below}</main>`,
  };
}

describe('no layout shift', () => {
  after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  describe('the newsletter modal’s built-in trigger', () => {
    it('moves the text below it, and beside it on its line, without the docs page lines (the measurement works)', async function () {
      this.timeout(20_000);
      const pages = triggerPages('fr');
      const alone = await shift({ width: 412, body: pages.alone });
      expect(alone.cls).to.be.greaterThan(0);
      expect(alone.moved).to.have.length(1);
      const inline = await shift({ width: 1280, body: pages['in a sentence'] });
      expect(inline.moved.find((m) => m.startsWith('after:')), 'the text after it moves sideways').to.exist;
    });

    it('keeps a layout shift of 0 with the docs page lines: alone, in a sentence, with a wrapping label, with an intro, with a fallback link, tight between brackets, 320 to 1920 px, fr and en', async function () {
      this.timeout(120_000);
      const css = await docLines('pole-newsletter-modal');
      const failures: string[] = [];
      for (const lang of ['fr', 'en'])
        for (const [name, body] of Object.entries(triggerPages(lang)))
          for (const width of WIDTHS) {
            const { cls, moved } = await shift({ width, lang, css, body });
            if (cls !== 0 || moved.length) failures.push(`${lang} ${name} ${width}px: CLS ${cls.toFixed(4)} ${moved.join('; ')}`);
          }
      expect(failures).to.deep.equal([]);
    });

    it('keeps the reserved box in serif text and with the site’s --pole-font-size', async function () {
      this.timeout(30_000);
      const css = (await docLines('pole-newsletter-modal')) + 'pole-newsletter-modal{--pole-font-size:1.25rem}';
      const failures: string[] = [];
      for (const width of [320, 1280]) {
        const { cls, moved } = await shift({ width, css, body: triggerPages('fr')['in a sentence'], font: 'serif' });
        if (cls !== 0 || moved.length) failures.push(`${width}px: CLS ${cls.toFixed(4)} ${moved.join('; ')}`);
      }
      expect(failures).to.deep.equal([]);
    });
    it('keeps the reserved label out of the accessibility tree, and shows a fallback link in its place, until the real button renders', async () => {
      const style = document.createElement('style');
      style.textContent = await docLines('pole-newsletter-modal');
      const [bareProbe, linkedProbe] = ['bare-probe', 'linked-probe'].map((id) => Object.assign(document.createElement('div'), { id }));
      const bare = document.createElement('pole-newsletter-modal');
      const linked = document.createElement('pole-newsletter-modal');
      const link = Object.assign(document.createElement('a'), { href: '/newsletter', textContent: 'Lettre du pôle' });
      for (const el of [bare, linked]) el.setAttribute('trigger-label', 'Lettre du pôle');
      linked.append(' ', link, ' ');
      bareProbe.append('Avant ', bare);
      linkedProbe.append('Avant ', linked);
      document.head.append(style);
      document.body.append(bareProbe, linkedProbe);
      try {
        expect(customElements.get('pole-newsletter-modal'), 'undefined in this document').to.be.undefined;
        expect(bare.getBoundingClientRect().width, 'the box is reserved').to.be.greaterThan(100);
        expect(link.checkVisibility({ visibilityProperty: true }), 'the fallback link shows').to.be.true;
        expect(linked.getBoundingClientRect().width, 'in the same box').to.be.closeTo(bare.getBoundingClientRect().width, 0.5);
        const bareTree = JSON.stringify(await executeServerCommand('a11y-tree', { selector: '#bare-probe' }));
        expect(bareTree).to.include('Avant');
        expect(bareTree, 'the reserved label is not read').not.to.include('Lettre');
        const linkedTree = await executeServerCommand<{ children: { role: string; name: string }[] }, { selector: string }>('a11y-tree', { selector: '#linked-probe' });
        expect(linkedTree.children.map((n) => `${n.role}: ${n.name}`)).to.deep.equal(['StaticText: Avant ', 'link: Lettre du pôle']);
      } finally {
        bareProbe.remove();
        linkedProbe.remove();
        style.remove();
      }
    });
  });

  describe('the explainer card', () => {
    const FONTS = ["'Liberation Sans', Arial, sans-serif", "'Liberation Serif', 'Times New Roman', serif", "'DejaVu Sans', Verdana, sans-serif"];

    const card = '<pole-explainer-card pole-name="Pôle exemple"></pole-explainer-card>';
    const footer = '<footer id="footer" data-probe style="padding:1rem">© Pôle exemple — mentions légales</footer>';
    const modal = '<p><pole-newsletter-modal action="/api/signup" organisation="Pôle exemple" privacy-href="/confidentialite" trigger-label="S’inscrire à la newsletter"></pole-newsletter-modal></p>';
    const intro = `<h1>Innover ensemble sur notre territoire</h1><p>${TEXT}</p>`;
    /** The benchmark page's order (test/bench/pages/ours.html), and the card right under the title. */
    const PAGES = {
      'benchmark page': `<main>${intro}${modal}<p>${TEXT}</p>${card}</main>${footer}`,
      'card under the title': `<main>${intro}${card}${modal}<p id="after" data-probe>${TEXT.repeat(4)}</p></main>${footer}`,
    };
    const SCREENS = [
      [412, 823],
      [1280, 800],
    ];

    it('pushes the page down without the docs page lines (the measurement works)', async function () {
      this.timeout(20_000);
      for (const [width, height] of SCREENS) expect((await shift({ width, height, body: PAGES['card under the title'] })).cls).to.be.greaterThan(0.05);
    });

    it('cuts the page’s layout shift tenfold or more with the docs page lines (fivefold in the wide DejaVu Sans), to 0 with the card at the first screen’s bottom, 412 × 823 and 1280 × 800', async function () {
      this.timeout(60_000);
      const css = (await docLines('pole-newsletter-modal')) + (await docLines('pole-explainer-card'));
      const failures: string[] = [];
      for (const [font, factor] of [
        [FONTS[0], 10],
        [FONTS[1], 10],
        [FONTS[2], 5],
      ] as const) {
        const results: Record<string, string> = {};
        for (const [name, body] of Object.entries(PAGES))
          for (const [width, height] of SCREENS) {
            const page = { width, height, body, font };
            const [without, withLines] = [(await shift(page)).cls, (await shift({ ...page, css })).cls];
            const where = `${font.split(',')[0]} ${name} ${width}×${height}`;
            results[`${name} ${width}×${height}`] = `${without.toFixed(3)} → ${withLines.toFixed(3)}`;
            if (withLines > without / factor) failures.push(`${where}: ${without} → ${withLines}`);
            if (name == 'benchmark page' && width == 412 && withLines !== 0) failures.push(`${where}: ${withLines}, not 0`);
          }
        console.log(`CLS without → with the docs page lines, ${font.split(',')[0]}:`, JSON.stringify(results));
      }
      expect(failures).to.deep.equal([]);
    });

    it('keeps the no-JavaScript fallback inside the reserved place', async function () {
      this.timeout(20_000);
      const css = await docLines('pole-explainer-card');
      const { frame, win, doc } = await open({
        width: 412,
        css,
        body: `<main><pole-explainer-card pole-name="Pôle exemple"><p id="fallback">Pôle exemple est un pôle de compétitivité. <a href="/le-pole">En savoir plus</a></p></pole-explainer-card>${footer}</main>`,
      });
      try {
        const el = doc.querySelector('pole-explainer-card')!.getBoundingClientRect();
        const fallback = doc.querySelector('#fallback')!.getBoundingClientRect();
        expect(fallback.width, 'the fallback spans the card').to.be.closeTo(el.width, 1);
        expect(fallback.top).to.be.at.least(el.top);
        expect(fallback.bottom).to.be.at.most(el.bottom);
        expect(el.height, 'the reservation is in place').to.be.greaterThan(400);
        void win;
      } finally {
        frame.remove();
      }
    });
  });
});
