// What a screen reader gets, read from Chromium's accessibility tree (the same tree NVDA, JAWS
// and Orca query through the platform APIs): roles, names, heading levels, lists, dialog modality,
// live regions, and the language of the content (WCAG 1.3.1, 3.1.2, 4.1.2, 4.1.3; RGAA 7.1, 7.5,
// 8.7, 9.1, 9.3).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { HostPage, axAll, axTree, resetVisitorSettings, textBoxes } from './helpers.js';
import { STATES } from './widgets.js';

/** The language the browser computes for every rendered text of `el` (`:lang()` crosses shadow roots). */
function languagesOf(el: Element): Set<string> {
  const langs = new Set<string>();
  for (const { node } of textBoxes(el)) {
    const parent = node.parentElement!;
    langs.add(parent.matches(':lang(en)') ? 'en' : parent.matches(':lang(fr)') ? 'fr' : 'other');
  }
  return langs;
}

describe('screen-reader semantics', () => {
  let page: HostPage | undefined;
  afterEach(async () => {
    page?.cleanup();
    page = undefined;
    await resetVisitorSettings();
  });

  describe('content language (WCAG 3.1.2, RGAA 8.7)', () => {
    for (const { tag, state, setup } of STATES) {
      it(`<${tag}> ${state}: speaks English and marks its text lang="en" on an English host page`, async () => {
        page = new HostPage({ lang: 'en' });
        const el = await setup(page, 'en');
        el.removeAttribute('lang');
        await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
        expect([...languagesOf(el)]).to.deep.equal(['en']);
      });

      it(`<${tag}> ${state}: marks its French text lang="fr" on an English host page when the element says lang="fr"`, async () => {
        page = new HostPage({ lang: 'en' });
        const el = await setup(page, 'fr');
        expect(el.getAttribute('lang')).to.equal('fr');
        expect([...languagesOf(el)]).to.deep.equal(['fr']);
      });

      it(`<${tag}> ${state}: marks its English text lang="en" inside a French page`, async () => {
        page = new HostPage({ lang: 'fr' });
        const el = await setup(page, 'en');
        expect([...languagesOf(el)]).to.deep.equal(['en']);
      });
    }
  });

  describe('<pole-explainer-card>', () => {
    it('exposes two headings at the requested level, two lists of four items, no stray image', async () => {
      page = new HostPage();
      await page.mount(html`<h2>Section de la page</h2><pole-explainer-card heading-level="3" href="/le-pole"></pole-explainer-card>`);
      const tree = await axTree('pole-explainer-card');
      expect(axAll(tree, 'heading').map((h) => h.level)).to.deep.equal([3, 3]);
      expect(axAll(tree, 'list').map((l) => axAll(l, 'listitem').length)).to.deep.equal([4, 4]);
      expect(axAll(tree, (n) => n.role === 'image' || n.role === 'img')).to.have.length(0);
      expect(axAll(tree, 'link').map((l) => l.name)).to.deep.equal(['En savoir plus sur les pôles']);
    });

    it('exposes the disclosure as a button named by the heading, collapsed then expanded', async () => {
      page = new HostPage();
      const el = await page.mount(html`<pole-explainer-card collapsible></pole-explainer-card>`);
      let [button] = axAll(await axTree('pole-explainer-card'), 'button');
      expect(button.name).to.equal('Quelle est la mission d’un pôle\u202f?');
      expect(button.expanded ?? false).to.equal(false);
      el.shadowRoot!.querySelector('button')!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      [button] = axAll(await axTree('pole-explainer-card'), 'button');
      expect(button.expanded).to.equal(true);
      expect(axAll(await axTree('pole-explainer-card'), 'list')).to.have.length(2);
    });
  });
});
