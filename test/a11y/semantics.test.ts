// What a screen reader gets, read from Chromium's accessibility tree (the same tree NVDA, JAWS
// and Orca query through the platform APIs): roles, names, heading levels, lists, dialog modality,
// live regions, and the language of the content (WCAG 1.3.1, 3.1.2, 4.1.2, 4.1.3; RGAA 7.1, 7.5,
// 8.7, 9.1, 9.3).
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { HostPage, axAll, axNodes, axTree, resetVisitorSettings, textBoxes } from './helpers.js';
import { STATES, forgetDismissals, modal, openModal, submit, until } from './widgets.js';

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
    for (const { tag, state, setup } of STATES.filter((s) => !s.textless)) {
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

  describe('<pole-anniversary-banner> and <pole-anniversary-logo>', () => {
    for (const [lang, region, headline, cta, dismiss] of [
      ['fr', 'Les pôles de compétitivité fêtent leur 20\u00a0ans\u202f!', 'Les pôles de compétitivité fêtent leur 20\u00a0ans\u202f!', 'Découvrir', 'Masquer le bandeau'],
      ['en', 'The French competitiveness clusters turn\u00a020!', 'The French competitiveness clusters turn\u00a020!', 'Discover', 'Hide the banner'],
    ] as const) {
      it(`is a region landmark named by its headline, with a named link and close button and its logo hidden as decoration (${lang})`, async () => {
        forgetDismissals();
        page = new HostPage({ lang });
        await page.mount(html`<pole-anniversary-banner href="/20-ans" dismissible></pole-anniversary-banner>`, 'top');
        const tree = await axTree('pole-anniversary-banner');
        const [landmark] = axAll(tree, 'region');
        expect(landmark?.name).to.equal(region);
        expect(axAll(tree, 'link').map((l) => l.name)).to.deep.equal([`${cta} ${headline}`]);
        expect(axAll(tree, 'button').map((b) => b.name)).to.deep.equal([dismiss]);
        // The logo beside the headline is decoration there: no image, no second "20 ans".
        expect(axAll(tree, (n) => n.role === 'image' || n.role === 'img')).to.have.length(0);
      });
    }

    it('leaves nothing behind in the accessibility tree once dismissed', async () => {
      forgetDismissals();
      page = new HostPage();
      const el = await page.mount(html`<pole-anniversary-banner href="/20-ans" dismissible></pole-anniversary-banner>`, 'top');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=dismiss-button]')!.click();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const tree = await axTree('pole-anniversary-banner');
      expect(axAll(tree, (n) => !!n.name || n.role === 'region')).to.deep.equal([]);
    });

    for (const [lang, name] of [
      ['fr', '20 ans'],
      ['en', '20 years'],
    ] as const) {
      it(`names the logo "${name}" as one image, in ${lang}, and tags that name with its language`, async () => {
        page = new HostPage({ lang: lang === 'fr' ? 'en' : 'fr' });
        const p = await page.mount(html`<p><pole-anniversary-logo lang=${lang}></pole-anniversary-logo></p>`);
        const logo = p.querySelector('pole-anniversary-logo')!;
        const tree = await axTree('pole-anniversary-logo');
        const images = axAll(tree, (n) => n.role === 'image' || n.role === 'img');
        expect(images.map((i) => i.name)).to.deep.equal([name]);
        expect(images[0].children ?? [], 'the drawing inside is not read').to.have.length(0);
        expect(logo.shadowRoot!.querySelector('svg')!.matches(`:lang(${lang})`)).to.equal(true);
      });
    }

    it('hides the decorative logo from assistive technology', async () => {
      page = new HostPage();
      await page.mount(html`<p><pole-anniversary-logo decorative></pole-anniversary-logo> Les pôles ont 20 ans</p>`);
      // Not in the tree at all (the element has no accessibility node): only the sentence is read.
      const nodes = await axNodes();
      expect(nodes.filter((n) => n.role === 'image' || n.role === 'img' || n.role === 'graphics-document')).to.deep.equal([]);
      expect(nodes.filter((n) => n.role === 'StaticText' && n.name?.includes('20 ans')).map((n) => n.name?.trim())).to.deep.equal(['Les pôles ont 20 ans']);
    });
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
  describe('<pole-newsletter-modal>', () => {
    /** Records each non-empty text a live region takes, in order. */
    function recordAnnouncements(region: Element): string[] {
      const said: string[] = [];
      let last = region.textContent!.trim();
      new MutationObserver(() => {
        const now = region.textContent!.trim();
        if (now && now !== last) said.push(now);
        last = now;
      }).observe(region, { subtree: true, childList: true, characterData: true });
      return said;
    }

    it('is a modal dialog named by its visible heading', async () => {
      page = new HostPage();
      await openModal(await modal(page, 'fr'));
      const [dialog] = axAll(await axTree('pole-newsletter-modal'), 'dialog');
      expect(dialog.name).to.equal('Inscription à notre newsletter');
      expect(dialog.modal).to.equal(true);
      const [heading] = axAll(dialog, 'heading');
      expect(heading.name).to.equal(dialog.name);
      expect(heading.level).to.equal(2);
      const raw = (await axNodes()).filter((n) => n.role === 'dialog');
      expect(raw.map((n) => [n.name, n.props.modal])).to.deep.equal([['Inscription à notre newsletter', true]]);
    });

    it('labels every field, marks the required ones before submission, and names the buttons', async () => {
      page = new HostPage();
      await openModal(await modal(page, 'fr'));
      const tree = await axTree('pole-newsletter-modal');
      const fields = axAll(tree, (n) => n.role === 'textbox' || n.role === 'checkbox');
      expect(fields.map((f) => [f.role, f.name?.replace(/\s+/g, ' ').trim().slice(0, 28)])).to.deep.equal([
        ['textbox', 'Adresse e-mail'],
        ['textbox', 'Prénom (facultatif)'],
        ['checkbox', 'J’accepte de recevoir la new'],
      ]);
      // The consent box says what for, who processes the data and how to leave; the policy link is its own
      // stop beside it, and the visible « (obligatoire) » is hidden from the names: the required state says it.
      for (const part of ['recevoir la newsletter par e-mail', 'traitées par Pôle exemple', 'désinscrire à tout moment']) {
        expect(fields[2].name).to.contain(part);
      }
      for (const name of [fields[0].name, fields[2].name]) expect(name).not.to.match(/Politique|obligatoire/);
      expect(axAll(tree, 'link').map((l) => l.name)).to.include('Politique de confidentialité (nouvelle fenêtre)');
      expect(fields[0].required).to.equal(true);
      // Their purpose is machine-readable, so browsers and assistive tools can fill them (RGAA 11.13).
      const root = document.querySelector('pole-newsletter-modal')!.shadowRoot!;
      expect([...root.querySelectorAll('input:not([tabindex="-1"])')].map((i) => [i.getAttribute('type') ?? 'text', i.getAttribute('autocomplete')])).to.deep.equal([
        ['email', 'email'],
        ['text', 'given-name'],
        ['checkbox', null],
      ]);
      expect(axAll(tree, 'button').map((b) => b.name)).to.include.members(['Fermer cette fenêtre', 'S’inscrire']);
      // The honeypot is not exposed.
      expect(JSON.stringify(tree)).not.to.contain('Ne pas remplir');
    });

    it('has its status and alert regions in place, empty, from the moment it opens', async () => {
      page = new HostPage();
      const el = await openModal(await modal(page, 'fr'));
      const status = el.shadowRoot!.querySelectorAll('[role=status]');
      const alert = el.shadowRoot!.querySelectorAll('[role=alert]');
      expect(status).to.have.length(1);
      expect(alert).to.have.length(1);
      expect(status[0].textContent!.trim()).to.equal('');
      expect(alert[0].textContent!.trim()).to.equal('');
      // Already in the accessibility tree, so screen readers watch them before the first message.
      const live = (await axNodes()).filter((n) => n.props.live);
      expect(live.map((n) => [n.role, n.props.live, n.props.atomic])).to.have.deep.members([
        ['status', 'polite', true],
        ['alert', 'assertive', true],
      ]);
    });

    it('announces a success once, through the polite status region only', async () => {
      page = new HostPage();
      const el = await openModal(await modal(page, 'fr', 'ok', 300));
      const statusSaid = recordAnnouncements(el.shadowRoot!.querySelector('[role=status]')!);
      const alertSaid = recordAnnouncements(el.shadowRoot!.querySelector('[role=alert]')!);
      await submit(el);
      await until(() => statusSaid.length, 'the success message');
      await new Promise((r) => setTimeout(r, 300));
      expect(statusSaid).to.deep.equal(['Merci ! Consultez votre boîte de réception pour confirmer votre inscription.']);
      expect(alertSaid).to.deep.equal([]);
      const nodes = await axNodes();
      const [status] = nodes.filter((n) => n.role === 'status');
      const inside = nodes.filter((n) => n.parent === status.id).map((n) => n.name);
      expect(status.props.live).to.equal('polite');
      expect(inside.join(' ')).to.contain('Merci !');
    });

    it('announces a failure once per attempt, through the assertive alert region, and keeps what was typed', async () => {
      page = new HostPage();
      const el = await openModal(await modal(page, 'fr', 'server-error', 200));
      const alert = el.shadowRoot!.querySelector('[role=alert]')!;
      const said = recordAnnouncements(alert);
      await submit(el);
      await until(() => said.length === 1, 'the first error');
      await submit(el, { fill: false });
      await until(() => said.length === 2, 'the second error');
      await new Promise((r) => setTimeout(r, 300));
      expect(said).to.deep.equal(['Erreur du service d’inscription. Réessayez.', 'Erreur du service d’inscription. Réessayez.']);
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value).to.equal('visiteur@example.org');
      const live = (await axNodes()).filter((n) => n.props.live === 'assertive');
      expect(live.length).to.be.at.least(1);
    });

    it('ties each field error to its field and moves focus to the first invalid one', async () => {
      page = new HostPage();
      const el = await openModal(await modal(page, 'en'));
      await submit(el, { fill: false });
      await until(() => el.shadowRoot!.querySelector('[aria-invalid="true"]'), 'the errors');
      const email = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
      expect(el.shadowRoot!.activeElement).to.equal(email);
      const tree = await axTree('pole-newsletter-modal');
      const [box] = axAll(tree, (n) => n.role === 'textbox' && !!n.name?.startsWith('Email'));
      expect(box.invalid).to.equal('true');
      expect(box.description).to.match(/email/i);
      const [check] = axAll(tree, 'checkbox');
      expect(check.invalid).to.equal('true');
      expect(check.description).to.match(/box/i);
    });
  });
});
