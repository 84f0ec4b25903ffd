// Keyboard alone: every path through every widget with Tab, Shift+Tab, Enter, Space and Escape,
// with the focus always visible (a ring of at least 2 px at 3:1 against what it is painted over,
// on light and dark host pages), never lost to <body>, and never hidden under the host page's
// sticky header (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11, 2.4.13's contrast measure; RGAA 7.3, 10.7, 12.8).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { HostPage, deepActive, focusProblems, label, media, nextFrame, obscuring, press, resetVisitorSettings, type HostTheme } from './helpers.js';
import { $ } from './widgets.js';

const COMBOS: [HostTheme, 'light' | 'dark'][] = [
  ['light', 'light'],
  ['dark', 'dark'],
  ['dark', 'light'],
  ['light', 'dark'],
];

/**
 * Presses `key` until focus reaches the host page's `#end` button, checking the focus at each
 * stop; resolves to the stops inside widgets (by label) and every problem seen.
 */
async function walk(key: 'Tab' | 'Shift+Tab', end: string, max = 30) {
  const stops: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < max; i++) {
    await press(key);
    const el = deepActive();
    if (el?.id === end) return { stops, problems };
    stops.push(label(el));
    problems.push(...focusProblems());
  }
  throw new Error(`${key} never reached #${end}; stops: ${stops.join(', ')}`);
}

describe('keyboard and focus', () => {
  let page: HostPage | undefined;
  afterEach(async () => {
    page?.cleanup();
    page = undefined;
    await resetVisitorSettings();
  });

  describe('<pole-explainer-card>', () => {
    for (const [hostTheme, scheme] of COMBOS) {
      it(`is walked by Tab and Shift+Tab, toggle then link, focus visible at 3:1 and never under the sticky header (${hostTheme} host page, ${scheme} widget)`, async () => {
        await media({ colorScheme: scheme });
        page = new HostPage({ theme: hostTheme, headerHeight: 80, tall: true });
        await page.mount(html`<button id="start">avant</button>
          <div style="height: 120vh"></div>
          <pole-explainer-card collapsible open href="/le-pole"></pole-explainer-card>
          <button id="end">après</button>`);
        document.getElementById('start')!.focus();
        const forward = await walk('Tab', 'end');
        expect(forward.stops).to.deep.equal(['button[part=toggle] "Quelle est la mission d’un pôle ?"', 'a[part=link] "En savoir plus sur les pôles"']);
        expect(forward.problems).to.deep.equal([]);
        const back = await walk('Shift+Tab', 'start');
        expect(back.stops).to.deep.equal([...forward.stops].reverse());
        expect(back.problems).to.deep.equal([]);
      });
    }

    it('keeps the focus on the disclosure button through Enter and Space, visible each time', async () => {
      page = new HostPage();
      const el = await page.mount(html`<button id="start">avant</button><pole-explainer-card collapsible></pole-explainer-card>`);
      document.getElementById('start')!.focus();
      await sendKeys({ press: 'Tab' });
      const toggle = $(el.nextElementSibling!, 'button');
      for (const key of ['Enter', 'Space', 'Enter']) {
        await sendKeys({ press: key });
        await nextFrame();
        expect(deepActive()).to.equal(toggle);
        expect(focusProblems()).to.deep.equal([]);
      }
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    });

    it('brings the toggle out from under the sticky header when Shift+Tab returns to it', async () => {
      page = new HostPage({ headerHeight: 120, tall: true });
      const el = await page.mount<HTMLElement>(html`<div style="height: 100vh"></div><pole-explainer-card collapsible open href="/le-pole" style="display: block; max-width: 20em"></pole-explainer-card>`);
      const card = el.nextElementSibling!;
      const toggle = $(card, 'button');
      const link = $(card, 'a');
      link.focus();
      // The visitor scrolled so that the toggle now sits under the header, the link still in view.
      window.scrollBy(0, toggle.getBoundingClientRect().top - 20);
      await nextFrame();
      expect(obscuring(toggle).length, 'the toggle starts under the header').to.be.above(0);
      expect(obscuring(link)).to.deep.equal([]);
      await press('Shift+Tab');
      expect(deepActive()).to.equal(toggle);
      expect(focusProblems()).to.deep.equal([]);
    });
  });
  it('sees a lost focus, a faint ring, a clipped ring and a covered control (the measure is real)', async () => {
    page = new HostPage({ headerHeight: 60 });
    const el = await page.mount(html`<div>
      <button id="faint" style="outline: 3px solid #dddddd">pâle</button>
      <div style="overflow: hidden; padding: 0"><button id="clipped" style="outline: 3px solid #000; outline-offset: 2px; margin: 0">rogné</button></div>
      <button id="start">départ</button>
    </div>`);
    document.getElementById('start')!.focus();
    await press('Shift+Tab');
    await press('Shift+Tab');
    expect(focusProblems().join()).to.contain('ring contrast 1.3');
    await press('Tab');
    expect(focusProblems().join()).to.contain('ring clipped by div');
    await press('Shift+Tab');
    page.header.style.cssText += '; position: fixed; width: 100%; height: 200px';
    expect(focusProblems().join()).to.contain('covered at').and.contain('by header#host-header');
    (document.activeElement as HTMLElement).blur();
    expect(focusProblems()[0]).to.match(/^focus lost \(on body/);
    expect(el.isConnected).to.equal(true);
  });
});
