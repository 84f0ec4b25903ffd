import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/event-count/pole-event-count.js';
import { warningsDuring } from './helpers.js';

describe('<pole-event-count>', () => {
  it('says how many events there are in French by default', async () => {
    const el = await fixture(html`<pole-event-count count="12"></pole-event-count>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('12 événements');
    await expect(el).to.be.accessible();
  });

  it('says it in English under lang="en"', async () => {
    const el = await fixture(html`<pole-event-count lang="en" count="1"></pole-event-count>`);
    expect(el.shadowRoot!.textContent!.trim()).to.equal('1 event');
    await expect(el).to.be.accessible();
  });

  it('shows 0 and warns once for a count that is not a whole number from 0 to 9999', async () => {
    let el!: Element;
    const warnings = await warningsDuring(async () => {
      el = await fixture(html`<pole-event-count count="-3"></pole-event-count>`);
    });
    expect(el.shadowRoot!.textContent!.trim()).to.equal('0 événement');
    expect(warnings).to.deep.equal(['[pole-widgets] <pole-event-count> ignores count="-3": use 0 to 9999; using 0.']);
  });
});
