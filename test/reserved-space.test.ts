// The explainer card's reservation (the lines of docs/explainer-card.md, read from that page) against the rendered
// card, measured box by box in plain pages: engine-neutral, so it runs in every engine. Firefox
// hyphenates French and WebKit wraps a little differently from Chromium, where the lines were fitted.
import { expect } from '@open-wc/testing';
import { define, open, docLines } from './frame-page.js';

describe('the explainer card’s reserved space (the docs’ lines)', () => {
  const FONTS = ["'Liberation Sans', Arial, sans-serif", "'Liberation Serif', 'Times New Roman', serif", "'DejaVu Sans', Verdana, sans-serif"];
  const VARIANTS = ['', 'pole-name="Pôle exemple"', 'collapsible', 'pole-name="Pôle exemple" collapsible'];

  it('reserves no more than the rendered card, and at most 12 em less, 288 to 1400 px wide, fr and en, three fonts, named or not, collapsible or not', async function () {
    this.timeout(120_000);
    const css = await docLines('pole-explainer-card');
    const widths: number[] = [];
    for (let w = 288; w <= 1400; w += 8) widths.push(w);
    const over: string[] = [];
    const gaps: Record<string, number[]> = {};
    const tightest: Record<string, string> = {};
    for (const font of FONTS)
      for (const lang of ['fr', 'en']) {
        const body = VARIANTS.map((v) => widths.map((w) => `<div style="width:${w}px"><pole-explainer-card ${v}></pole-explainer-card></div>`).join('')).join('');
        const { frame, win, doc } = await open({ width: 1500, lang, css, body, font });
        try {
          const heights = () => [...doc.querySelectorAll('pole-explainer-card')].map((c) => c.getBoundingClientRect().height);
          const reserved = heights();
          await define(win);
          const rendered = heights();
          rendered.forEach((h, i) => {
            const where = `${font.split(',')[0]} ${lang} ${VARIANTS[Math.floor(i / widths.length)] || 'plain'} ${widths[i % widths.length]}px`;
            if (reserved[i] > h + 0.5) over.push(`${where}: reserved ${reserved[i]}, rendered ${h}`);
            const g = (gaps[font.split(',')[0]] ??= []);
            if ((h - reserved[i]) / 16 < Math.min(...g)) tightest[font.split(',')[0]] = `${where}: reserved ${reserved[i]}, rendered ${h}`;
            g.push((h - reserved[i]) / 16);
          });
        } finally {
          frame.remove();
        }
      }
    expect(over, 'the card never ends shorter than its reservation').to.deep.equal([]);
    for (const [font, g] of Object.entries(gaps)) {
      const mean = g.reduce((a, b) => a + b, 0) / g.length;
      console.log(`card reservation, ${font}: grows by ${mean.toFixed(2)} em on average, ${Math.max(...g).toFixed(2)} em at most`);
      expect(Math.min(...g), `${font}: a reservation in place (tightest ${tightest[font]})`).to.be.at.least(0);
      expect(Math.max(...g), `${font}: what the reservation misses`).to.be.at.most(12);
    }
  });
});
