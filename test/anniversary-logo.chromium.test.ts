// The anniversary logo under the system colour scheme and motion preference (DevTools emulation).
// Run in Chromium only (web-test-runner.config.mjs, the chromium-only group).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/anniversary-logo/pole-anniversary-logo.js';

const ring = (el: Element) => el.shadowRoot!.querySelector<SVGElement>('.r')!;
const ACCENT = 'rgb(0, 0, 145)';
const DARK_ACCENT = 'rgb(133, 133, 246)';

describe('<pole-anniversary-logo> with the system’s preferences', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('does not guess dark from the system (it has no background), unless theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const plain = await fixture<HTMLElement>(html`<pole-anniversary-logo></pole-anniversary-logo>`);
    expect(getComputedStyle(ring(plain)).stroke).to.equal(ACCENT);
    const light = await fixture<HTMLElement>(html`<pole-anniversary-logo theme="light"></pole-anniversary-logo>`);
    expect(getComputedStyle(ring(light)).stroke).to.equal(ACCENT);
    const auto = await fixture<HTMLElement>(html`<pole-anniversary-logo theme="auto"></pole-anniversary-logo>`);
    expect(getComputedStyle(ring(auto)).stroke).to.equal(DARK_ACCENT);
  });

  it('never moves, whatever the motion preference', async () => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await emulateMedia({ reducedMotion });
      const el = await fixture<HTMLElement>(html`<pole-anniversary-logo></pole-anniversary-logo>`);
      expect(el.shadowRoot!.getAnimations(), reducedMotion).to.have.length(0);
    }
  });
});
