// Keyboard alone: every path through every widget with Tab, Shift+Tab, Enter, Space and Escape,
// with the focus always visible (a ring of at least 2 px at 3:1 against what it is painted over,
// on light and dark host pages), never lost to <body>, and never hidden under the host page's
// sticky header (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11, 2.4.13's contrast measure; RGAA 7.3, 10.7, 12.8).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { HostPage, deepActive, flatContains, focusProblems, label, media, nextFrame, obscuring, press, resetVisitorSettings, type HostTheme } from './helpers.js';
import { $, forgetDismissals, modal, openModal, until } from './widgets.js';

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
  describe('<pole-anniversary-banner>', () => {
    for (const [hostTheme, scheme] of COMBOS) {
      it(`is walked by Tab and Shift+Tab, link then close button, focus visible at 3:1 (${hostTheme} host page, ${scheme} widget)`, async () => {
        await media({ colorScheme: scheme });
        forgetDismissals();
        page = new HostPage({ theme: hostTheme, headerHeight: 60 });
        await page.mount(html`<button id="start">avant</button><pole-anniversary-banner href="/20-ans" dismissible></pole-anniversary-banner>`, 'top');
        page.main.append(Object.assign(document.createElement('button'), { id: 'end', textContent: 'après' }));
        document.getElementById('start')!.focus();
        const forward = await walk('Tab', 'end');
        expect(forward.stops).to.deep.equal([
          'a#cta[part=cta] "Découvrir"',
          'button[part=dismiss-button] "Masquer le bandeau"',
        ]);
        expect(forward.problems).to.deep.equal([]);
        const back = await walk('Shift+Tab', 'start');
        expect(back.stops).to.deep.equal([...forward.stops].reverse());
        expect(back.problems).to.deep.equal([]);
      });
    }

    for (const key of ['Enter', 'Space']) {
      it(`is dismissed with ${key} on its close button, and focus moves to the page's main content, not to <body>`, async () => {
        forgetDismissals();
        page = new HostPage();
        const el = await page.mount(html`<pole-anniversary-banner href="/20-ans" dismissible></pole-anniversary-banner>`, 'top');
        $(el, '[part=dismiss-button]').focus();
        await press(key);
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(el.shadowRoot!.querySelector('[part=base]')).to.equal(null);
        expect(deepActive()).to.equal(page.main);
        // The next Tab goes on from there, into the page.
        page.main.append(Object.assign(document.createElement('a'), { href: '#suite', id: 'next', textContent: 'Suite' }));
        await press('Tab');
        expect(deepActive()?.id).to.equal('next');
      });
    }
  });

  describe('<pole-newsletter-modal>', () => {
    for (const [hostTheme, scheme] of COMBOS) {
      it(`opens from its trigger with Enter, focus visible at 3:1 on the trigger and on every control inside (${hostTheme} host page, ${scheme} widget)`, async () => {
        await media({ colorScheme: scheme });
        page = new HostPage({ theme: hostTheme, headerHeight: 80 });
        const el = await modal(page, 'fr');
        const start = document.createElement('button');
        start.id = 'start';
        start.textContent = 'avant';
        el.before(start);
        start.focus();
        await press('Tab');
        expect(label(deepActive())).to.equal('button[part=trigger] "S’inscrire à la newsletter"');
        expect(focusProblems()).to.deep.equal([]);
        await press('Enter');
        // Focus reaches the field 600 ms after the dialog opens (Orca names the dialog first: see dialog-focus.ts).
        await until(() => deepActive()?.id === 'pf-email', 'the dialog, focus on its email field');
        expect(label(deepActive())).to.match(/^input#pf-email/);
        expect(focusProblems()).to.deep.equal([]);
        // Every stop inside the dialog, forward then back: visible, never under the host's header
        // (the dialog is in the top layer, above any z-index).
        const stops: string[] = [];
        for (let i = 0; i < 4; i++) {
          await press('Tab');
          stops.push(label(deepActive()));
          expect(focusProblems(), stops.at(-1)).to.deep.equal([]);
        }
        expect(stops).to.deep.equal(['input#pf-name', 'input#pf-consent', 'a "Politique de confidentialité (nouvelle f"', 'button "S’inscrire"']);
        // Back up past the email field to the close button, first in the dialog's order (its header).
        for (let i = 0; i < 5; i++) {
          await press('Shift+Tab');
          expect(focusProblems(), label(deepActive())).to.deep.equal([]);
        }
        expect(label(deepActive())).to.equal('button[part=close-button] "Fermer cette fenêtre"');
      });
    }

    it('keeps Tab and Shift+Tab inside the open dialog: the page behind is never reached', async () => {
      page = new HostPage();
      const el = await modal(page, 'en');
      el.before(Object.assign(document.createElement('a'), { href: '#avant', textContent: 'avant' }));
      el.after(Object.assign(document.createElement('a'), { href: '#apres', textContent: 'après' }));
      await openModal(el);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      for (const key of ['Tab', 'Shift+Tab']) {
        const visited = new Set<Element>();
        let outside = 0;
        for (let i = 0; i < 16; i++) {
          await press(key);
          const f = deepActive();
          // Between the last control and the first, a native modal dialog lets focus pass through
          // the browser's own UI (the page then has no focused element): one press, then back in.
          if (f === document.body) {
            expect(++outside, `${key}: more than one press outside the dialog`).to.be.at.most(1);
            continue;
          }
          outside = 0;
          expect(f && flatContains(dialog, f), `${key} #${i}: ${label(f)}`).to.equal(true);
          visited.add(f!);
        }
        expect(visited.size, `${key} visits every control of the dialog`).to.equal(6);
      }
    });

    for (const [how, act] of [
      ['Escape', () => press('Escape')],
      ['Space on the close button', async (el: Element) => { $(el, '[part=close-button]').focus(); await press('Space'); }],
      ['Enter on the close button', async (el: Element) => { $(el, '[part=close-button]').focus(); await press('Enter'); }],
    ] as [string, (el: Element) => Promise<void>][]) {
      it(`closes with ${how} and gives focus back to the trigger, visibly`, async () => {
        page = new HostPage();
        const el = await modal(page, 'fr');
        const trigger = $(el, '[part=trigger]');
        trigger.focus();
        await press('Enter');
        await until(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog');
        await act(el);
        await until(() => !el.shadowRoot!.querySelector('dialog')!.open, 'the dialog to close');
        expect(deepActive()).to.equal(trigger);
        expect(focusProblems()).to.deep.equal([]);
      });
    }

    it('moves focus to the first invalid field on a keyboard submission with errors, visibly', async () => {
      page = new HostPage();
      const el = await openModal(await modal(page, 'fr'));
      await press('Enter');
      await until(() => el.shadowRoot!.querySelector('[aria-invalid="true"]'), 'the errors');
      expect(label(deepActive())).to.match(/^input#pf-email/);
      expect(focusProblems()).to.deep.equal([]);
      $(el, '#pf-email').focus();
      await sendKeys({ type: 'visiteur@example.org' });
      await press('Enter');
      await until(() => deepActive()?.id === 'pf-consent', 'focus on the consent box');
      expect(focusProblems()).to.deep.equal([]);
    });

    it('after a keyboard signup, puts focus on the thank-you message, visibly, so a second Enter cannot close it unread; Tab then Enter closes', async () => {
      page = new HostPage();
      const el = await openModal(await modal(page, 'fr', 'ok', 100));
      $(el, '#pf-email').focus();
      await sendKeys({ type: 'visiteur@example.org' });
      await press('Tab');
      await press('Tab');
      await press('Space');
      expect((el.shadowRoot!.querySelector('#pf-consent') as HTMLInputElement).checked).to.equal(true);
      $(el, 'form button[type=submit]').focus();
      await press('Enter');
      await until(() => el.shadowRoot!.querySelector('[role=status]')?.textContent?.trim(), 'the success');
      await until(() => deepActive()?.matches('.pf-status'), 'focus on the thank-you message');
      expect(focusProblems()).to.deep.equal([]);
      await press('Enter');
      await new Promise((r) => setTimeout(r, 100));
      expect(el.shadowRoot!.querySelector('dialog')!.open, 'a second Enter leaves the thank-you shown').to.equal(true);
      await press('Tab');
      expect(deepActive()?.matches('.pf-close')).to.equal(true);
      expect(focusProblems()).to.deep.equal([]);
      await press('Enter');
      await until(() => !el.shadowRoot!.querySelector('dialog')!.open, 'the dialog to close');
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
