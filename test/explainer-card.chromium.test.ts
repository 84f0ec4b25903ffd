// The explainer card as Chromium's accessibility tree exposes it (what a screen reader receives), and
// under a dark system colour scheme (DevTools emulation).
// Run in Chromium only (web-test-runner.config.mjs, the chromium-only group).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { PoleExplainerCard } from '../src/components/explainer-card/pole-explainer-card.js';
import { $, axAll, axTree, card, load, STATES } from './explainer-card.helpers.js';

describe('<pole-explainer-card> in the accessibility tree', () => {
  it('no longer exposes its light-DOM fallback once defined', async () => {
    expect(customElements.get('pole-explainer-card'), 'this test runs before the definition').to.equal(undefined);
    const el = await fixture<PoleExplainerCard>(html`<pole-explainer-card pole-name="Polymeris">
      <p id="fallback">Polymeris est un pôle de compétitivité. <a href="https://example.org/">Découvrir le pôle</a></p>
    </pole-explainer-card>`);
    await load();
    await el.updateComplete;
    const tree = await axTree('pole-explainer-card');
    expect(JSON.stringify(tree)).not.to.contain('Découvrir le pôle');
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`exposes both section headings at level ${level} with heading-level="${level}"`, async () => {
      await card(html`<pole-explainer-card heading-level=${level}></pole-explainer-card>`);
      const headings = axAll(await axTree('pole-explainer-card'), 'heading');
      expect(headings.map((h) => [h.name, h.level])).to.deep.equal([
        ['Qu’est-ce qu’un pôle\u202f?', level],
        ['Quelle est la mission d’un pôle\u202f?', level],
      ]);
    });
  }

  it('exposes the four kinds of members and the four levers as lists of four items', async () => {
    await card(html`<pole-explainer-card></pole-explainer-card>`);
    const lists = axAll(await axTree('pole-explainer-card'), 'list');
    expect(lists).to.have.length(2);
    expect(lists.map((list) => axAll(list, 'listitem').length)).to.deep.equal([4, 4]);
  });

  it('exposes no image for the decorative icons', async () => {
    await card(html`<pole-explainer-card></pole-explainer-card>`);
    const tree = await axTree('pole-explainer-card');
    expect(axAll(tree, 'img')).to.have.length(0);
    expect(axAll(tree, 'graphics-document')).to.have.length(0);
  });

  it('exposes the pôle’s own words in place of the built-in lists, under both headings', async () => {
    await card(html`<pole-explainer-card>
      <div slot="what"><p>Notre pôle réunit la filière.</p></div>
      <div slot="mission"><p>Nous accompagnons les projets.</p></div>
    </pole-explainer-card>`);
    const tree = await axTree('pole-explainer-card');
    expect(axAll(tree, 'list')).to.have.length(0);
    expect(axAll(tree, 'heading')).to.have.length(2);
  });

  it('puts the collapsed mission’s disclosure button, named by the heading, inside the heading, and follows its state', async () => {
    const el = await card(html`<pole-explainer-card collapsible></pole-explainer-card>`);
    const headings = axAll(await axTree('pole-explainer-card'), 'heading');
    expect(headings[1].name).to.equal('Quelle est la mission d’un pôle\u202f?');
    const [toggle] = axAll(headings[1], 'button');
    expect(toggle.name).to.equal('Quelle est la mission d’un pôle\u202f?');
    expect(toggle.expanded ?? false).to.equal(false);
    $(el, 'button').click();
    await el.updateComplete;
    const [, mission] = axAll(await axTree('pole-explainer-card'), 'heading');
    expect(axAll(mission, 'button')[0].expanded).to.equal(true);
  });
});

describe('<pole-explainer-card> with the system colour scheme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const [state, make] of STATES) {
    it(`is axe-clean ${state}, dark (prefers-color-scheme)`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      await expect(await make()).to.be.accessible();
    });
  }

  it('changes its colours with prefers-color-scheme, and theme="light" overrides a dark system', async () => {
    const el = await card(html`<pole-explainer-card></pole-explainer-card>`);
    const bg = () => getComputedStyle($(el, '.pole-root')).backgroundColor;
    expect(bg()).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg()).to.equal('rgb(30, 30, 30)');
    el.setAttribute('theme', 'light');
    expect(bg()).to.equal('rgb(255, 255, 255)');
  });
});
