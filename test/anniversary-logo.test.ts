import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/anniversary-logo/anniversary-logo.js';

describe('<pole-anniversary-logo>', () => {
  it('is named "20 ans" in French', async () => {
    const el = await fixture(html`<pole-anniversary-logo></pole-anniversary-logo>`);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).to.equal('20 ans');
    await expect(el).to.be.accessible();
  });
});
