import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { define } from '../src/internal/define.js';
import { theme } from '../src/internal/theme.js';
import { contrastBetween } from './helpers.js';

/** A probe drawing text on the accent the way every widget's buttons do. */
class AccentProbe extends LitElement {
  static override styles = [theme, css`button { background: var(--_accent); color: var(--_accent-fg); }`];
  override render() {
    return html`<div class="pole-root"><button>Découvrir</button></div>`;
  }
}
define('pole-test-accent-probe', AccentProbe);


describe('theme tokens', () => {
  it('picks a foreground of at least 4.5:1 on any --pole-accent (all 4096 #rgb colours)', async function () {
    // 4096 style recalculations: over 10 s in WebKitGTK on a loaded 2-core machine.
    this.timeout(40_000);
    const el = await fixture<AccentProbe>(html`<pole-test-accent-probe></pole-test-accent-probe>`);
    const button = el.shadowRoot!.querySelector('button')!;
    let worst = { ratio: Infinity, accent: '' };
    for (let i = 0; i < 4096; i++) {
      const accent = `#${(i >> 8).toString(16)}${((i >> 4) & 15).toString(16)}${(i & 15).toString(16)}`;
      el.style.setProperty('--pole-accent', accent);
      const cs = getComputedStyle(button);
      const ratio = contrastBetween(cs.color, cs.backgroundColor);
      if (ratio < worst.ratio) worst = { ratio, accent };
    }
    expect(worst.ratio, `worst accent ${worst.accent}`).to.be.at.least(4.5);
  });

  it('lets axe confirm the automatic foreground on light, mid and dark accents', async () => {
    for (const accent of ['#ffcc00', '#777777', '#6a6af4', '#e1000f', '#000091']) {
      const el = await fixture(html`<pole-test-accent-probe></pole-test-accent-probe>`);
      (el as HTMLElement).style.setProperty('--pole-accent', accent);
      await expect(el).to.be.accessible();
    }
  });

  it('keeps an explicit --pole-accent-contrast', async () => {
    const el = await fixture<AccentProbe>(html`<pole-test-accent-probe></pole-test-accent-probe>`);
    el.style.setProperty('--pole-accent', '#000091');
    el.style.setProperty('--pole-accent-contrast', 'rgb(255, 255, 0)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('button')!).color).to.equal('rgb(255, 255, 0)');
  });

  it('sizes text from the visitor’s setting, not from a host’s html { font-size: 62.5% }', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 62.5% }';
    document.head.append(style);
    try {
      const el = await fixture<AccentProbe>(html`<pole-test-accent-probe></pole-test-accent-probe>`);
      const root = el.shadowRoot!.querySelector('.pole-root')!;
      expect(getComputedStyle(root).fontSize).to.equal('16px');
    } finally {
      style.remove();
    }
  });
});
