// The explainer card in every engine. What needs Chromium's tools (its accessibility tree, the
// system colour scheme) is in explainer-card.chromium.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PoleExplainerCard } from '../src/components/explainer-card/pole-explainer-card.js';
import { warningsDuring } from './helpers.js';
import { $, $$, card, load, text, visible, STATES } from './explainer-card.helpers.js';



describe('<pole-explainer-card> without JavaScript', () => {
  it('shows its light-DOM fallback while undefined, then renders the card instead of it once defined', async () => {
    expect(customElements.get('pole-explainer-card'), 'this suite runs before the definition').to.equal(undefined);
    const el = await fixture<PoleExplainerCard>(html`<pole-explainer-card pole-name="Polymeris">
      <p id="fallback">Polymeris est un pôle de compétitivité. <a href="https://example.org/">Découvrir le pôle</a></p>
      <div slot="mission" id="own-mission">Nos propres mots sur la mission.</div>
    </pole-explainer-card>`);

    // No definition: the browser shows the light DOM as ordinary content, links included.
    expect(el.matches(':defined')).to.equal(false);
    const fallback = el.querySelector('#fallback')!;
    const ownMission = el.querySelector('#own-mission')!;
    expect(visible(fallback)).to.equal(true);
    expect(text(el)).to.contain('Polymeris est un pôle de compétitivité. Découvrir le pôle');
    expect(visible(ownMission)).to.equal(true);

    await load();
    await el.updateComplete;

    // Defined: the card replaces the fallback (not rendered, not read), named-slot content takes its slot.
    expect(el.matches(':defined')).to.equal(true);
    expect(visible(fallback)).to.equal(false);
    expect(fallback.assignedSlot).to.equal(null);
    expect(ownMission.assignedSlot?.name).to.equal('mission');
    expect(visible(ownMission)).to.equal(true);
    expect(text(el)).to.contain('Qu’est-ce qu’un pôle');
    expect(text(el)).to.contain('Nos propres mots sur la mission.');
    expect(text(el)).not.to.contain('Découvrir le pôle');
    await expect(el).to.be.accessible();
  });
});

describe('<pole-explainer-card>', () => {

  describe('headings', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`exposes both section headings at level ${level} with heading-level="${level}"`, async () => {
        const el = await card(html`<pole-explainer-card heading-level=${level}></pole-explainer-card>`);
        expect($$(el, `h${level}`).length).to.equal(2);
      });
    }

    it('defaults to level 2', async () => {
      const el = await card(html`<pole-explainer-card></pole-explainer-card>`);
      expect($$(el, 'h2').length).to.equal(2);
    });

    for (const bad of ['1', '7', '2.5', 'trois', '']) {
      it(`falls back to level 2 with a console warning for heading-level="${bad}"`, async () => {
        let el!: PoleExplainerCard;
        const seen = await warningsDuring(async () => {
          el = await card(html`<pole-explainer-card heading-level=${bad}></pole-explainer-card>`);
        });
        expect($$(el, 'h2').length).to.equal(2);
        expect(seen).to.have.length(1);
        expect(seen[0]).to.contain('<pole-explainer-card>').and.contain(`heading-level="${bad}"`);
      });
    }

    it('follows heading-level changed after the first render', async () => {
      const el = await card(html`<pole-explainer-card heading-level="4"></pole-explainer-card>`);
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect($$(el, 'h3').length).to.equal(2);
      expect($$(el, 'h4').length).to.equal(0);
    });
  });

  describe('lists', () => {
    it('exposes the four kinds of members and the four levers as lists of four items', async () => {
      const el = await card(html`<pole-explainer-card></pole-explainer-card>`);
      const [members, levers] = $$(el, 'ul').map((ul) => [...ul.children].map((li) => text(li)));
      expect(members).to.deep.equal(['des entreprises', 'des organismes de recherche', 'des organismes de formation', 'des acteurs publics et privés']);
      expect(levers).to.deep.equal(['expertises et compétences', 'capacité d’innovation', 'accès à la R&D', 'croissance et emploi']);
    });

    it('draws a decorative icon per item, hidden from assistive technology', async () => {
      const el = await card(html`<pole-explainer-card></pole-explainer-card>`);
      const icons = $$(el, 'li > svg');
      expect(icons).to.have.length(8);
      for (const svg of icons) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('copy and personalisation', () => {
    const cases: [string, string, string, string][] = [
      ['', '', 'Un pôle de compétitivité est un réseau associatif et agile. Sur un territoire, autour d’une thématique, il fédère :', 'Un pôle a pour mission'],
      ['Polymeris', '', 'Polymeris est un pôle de compétitivité : un réseau associatif et agile. Sur son territoire, autour d’une thématique, il fédère :', 'Polymeris a pour mission'],
      ['', 'caoutchoucs, plastiques et composites', 'Un pôle de compétitivité est un réseau associatif et agile. Sur un territoire, autour de la thématique « caoutchoucs, plastiques et composites », il fédère :', 'Un pôle a pour mission'],
      ['Polymeris', 'caoutchoucs, plastiques et composites', 'Polymeris est un pôle de compétitivité : un réseau associatif et agile. Sur son territoire, autour de la thématique « caoutchoucs, plastiques et composites », il fédère :', 'Polymeris a pour mission'],
    ];
    for (const [name, themeLabel, intro, mission] of cases) {
      it(`weaves pole-name="${name}" and theme-label="${themeLabel}" into the French copy`, async () => {
        const el = await card(html`<pole-explainer-card pole-name=${name} theme-label=${themeLabel}></pole-explainer-card>`);
        const [what, why] = $$(el, 'section');
        expect(text(what.querySelector('p')!).replace(/[\u00a0\u202f]/g, ' ')).to.equal(intro);
        expect(text(why.querySelector('p')!)).to.contain(mission);
        expect(text(el)).to.contain('2005').and.contain('20\u00a0ans');
      });
    }

    const enCases: [string, string, string, string][] = [
      ['', '', 'A competitiveness cluster (pôle de compétitivité) is an agile, association-based network. On one territory, around one theme, it brings together:', 'A cluster’s mission is'],
      ['Polymeris', 'rubber, plastics and composites', 'Polymeris is a competitiveness cluster (pôle de compétitivité): an agile, association-based network. On its territory, around the theme “rubber, plastics and composites”, it brings together:', 'The mission of Polymeris is'],
    ];
    for (const [name, themeLabel, intro, mission] of enCases) {
      it(`speaks English with lang="en" (pole-name="${name}", theme-label="${themeLabel}")`, async () => {
        const el = await card(html`<pole-explainer-card lang="en" pole-name=${name} theme-label=${themeLabel}></pole-explainer-card>`);
        expect($(el, '.pole-root').lang).to.equal('en');
        const [what, why] = $$(el, 'section');
        expect(text(what.querySelector('h2')!)).to.equal('What is a competitiveness cluster?');
        expect(text(what.querySelector('p')!)).to.equal(intro);
        expect(text(why.querySelector('h2')!)).to.equal('What is a cluster for?');
        expect(text(why.querySelector('p')!)).to.contain(mission);
        expect([...$(el, 'ul').children].map((li) => text(li))).to.deep.equal(['companies', 'research organisations', 'training organisations', 'public and private actors']);
        await expect(el).to.be.accessible();
      });
    }

    it('uses one term in English: “cluster”, with the French “pôle de compétitivité” once, in brackets', async () => {
      const el = await card(html`<pole-explainer-card lang="en" open></pole-explainer-card>`);
      const words = text(el.shadowRoot!.querySelector('.pole-root')!);
      expect(words.match(/pôles?\b[^)]*/gi)).to.deep.equal(['pôle de compétitivité']);
      expect(words).to.contain('competitiveness cluster (pôle de compétitivité)');
    });

    it('speaks the language of an ancestor and follows it when the site switches language', async () => {
      const wrap = await fixture(html`<div lang="en-GB"><pole-explainer-card></pole-explainer-card></div>`);
      await load();
      const el = wrap.querySelector('pole-explainer-card')!;
      await el.updateComplete;
      expect($(el, '.pole-root').lang).to.equal('en');
      expect(text($(el, 'h2'))).to.equal('What is a competitiveness cluster?');
      wrap.setAttribute('lang', 'fr');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect($(el, '.pole-root').lang).to.equal('fr');
      expect(text($(el, 'h2'))).to.equal('Qu’est-ce qu’un pôle\u202f?');
    });

    it('treats a blank pole-name as none', async () => {
      const el = await card(html`<pole-explainer-card pole-name="   "></pole-explainer-card>`);
      expect(text($(el, 'p'))).to.match(/^Un pôle de compétitivité est/);
    });
  });

  describe('slots', () => {
    it('replaces each section body with the pôle’s own words and keeps the headings', async () => {
      const el = await card(html`<pole-explainer-card>
        <div slot="what"><p>Notre pôle réunit la filière.</p></div>
        <div slot="mission"><p>Nous accompagnons les projets.</p></div>
      </pole-explainer-card>`);
      const [what, mission] = $$(el, 'slot') as HTMLSlotElement[];
      expect(what.name).to.equal('what');
      expect(mission.name).to.equal('mission');
      expect(text(what.assignedElements()[0])).to.equal('Notre pôle réunit la filière.');
      expect(text(mission.assignedElements()[0])).to.equal('Nous accompagnons les projets.');
      // The built-in bodies (lists included) are no longer rendered or exposed.
      for (const fallback of $$(el, 'slot > *')) expect(visible(fallback)).to.equal(false);
      expect(text(el)).not.to.contain('réseau associatif');
      expect(text(el)).not.to.contain('leviers');
      await expect(el).to.be.accessible();
    });

    it('replaces one section and keeps the default of the other', async () => {
      const el = await card(html`<pole-explainer-card><p slot="mission">Notre mission, nos mots.</p></pole-explainer-card>`);
      expect(text(el)).to.contain('réseau associatif');
      expect(text(el)).to.contain('Notre mission, nos mots.');
      expect(text(el)).not.to.contain('leviers');
    });
  });

  describe('learn-more link', () => {
    it('adds a link named after the pôle for a safe href', async () => {
      const el = await card(html`<pole-explainer-card pole-name="Polymeris" href="https://example.org/pole"></pole-explainer-card>`);
      const a = $(el, 'a[part="link"]') as HTMLAnchorElement;
      expect(a.getAttribute('href')).to.equal('https://example.org/pole');
      expect(text(a)).to.equal('En savoir plus sur Polymeris');
      await expect(el).to.be.accessible();
    });

    it('accepts a relative href and names the link generically without pole-name', async () => {
      const el = await card(html`<pole-explainer-card lang="en" href="/les-poles"></pole-explainer-card>`);
      const a = $(el, 'a') as HTMLAnchorElement;
      expect(a.getAttribute('href')).to.equal('/les-poles');
      expect(text(a)).to.equal('Learn more about the clusters');
    });

    for (const unsafe of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'http://example.org/']) {
      it(`refuses href="${unsafe}": no link, a console warning`, async () => {
        let el!: PoleExplainerCard;
        const seen = await warningsDuring(async () => {
          el = await card(html`<pole-explainer-card href=${unsafe}></pole-explainer-card>`);
        });
        expect($$(el, 'a')).to.have.length(0);
        expect(seen).to.have.length(1);
        expect(seen[0]).to.contain('<pole-explainer-card>').and.contain('href=');
      });
    }

    it('removes the link when href turns unsafe later', async () => {
      const el = await card(html`<pole-explainer-card href="https://example.org/"></pole-explainer-card>`);
      await warningsDuring(async () => {
        el.href = 'javascript:alert(1)';
        await el.updateComplete;
      });
      expect($$(el, 'a')).to.have.length(0);
    });
  });

  describe('collapsible mission', () => {
    it('puts the mission behind a closed disclosure button inside its heading', async () => {
      const el = await card(html`<pole-explainer-card collapsible></pole-explainer-card>`);
      const button = $(el, 'h2 > button');
      const body = $(el, `#${button.getAttribute('aria-controls')}`);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(body.contains($(el, 'slot[name="mission"]'))).to.equal(true);
      expect(visible(body.querySelector('p')!)).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is reached with Tab, opened with Enter and closed with Space, with aria-expanded following', async () => {
      const wrap = await fixture(html`<div><button id="before">avant</button><pole-explainer-card collapsible></pole-explainer-card></div>`);
      await load();
      const el = wrap.querySelector('pole-explainer-card')!;
      await el.updateComplete;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = $(el, 'button');
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(button);

      let toggled = oneEvent(el, 'pole-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await toggled).detail).to.deep.equal({ open: true });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.open).to.equal(true);
      expect(visible($(el, '#body p'))).to.equal(true);
      await expect(el).to.be.accessible();

      toggled = oneEvent(el, 'pole-toggle');
      await sendKeys({ press: ' ' });
      expect((await toggled).detail).to.deep.equal({ open: false });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visible($(el, '#body p'))).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('opens and closes on click', async () => {
      const el = await card(html`<pole-explainer-card collapsible></pole-explainer-card>`);
      const button = $(el, 'button');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.hasAttribute('open')).to.equal(true);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('fires pole-toggle for the visitor only, not when a script sets open', async () => {
      const el = await card(html`<pole-explainer-card collapsible></pole-explainer-card>`);
      let fired = 0;
      el.addEventListener('pole-toggle', () => fired++);
      el.open = true;
      await el.updateComplete;
      expect($(el, 'button').getAttribute('aria-expanded')).to.equal('true');
      expect(fired).to.equal(0);
    });

    it('starts open with the open attribute', async () => {
      const el = await card(html`<pole-explainer-card collapsible open></pole-explainer-card>`);
      expect($(el, 'button').getAttribute('aria-expanded')).to.equal('true');
      expect(visible($(el, '#body p'))).to.equal(true);
    });

    it('keeps the closed body findable (hidden="until-found") and opens on the beforematch event find-in-page fires', async () => {
      const el = await card(html`<pole-explainer-card collapsible></pole-explainer-card>`);
      const body = $(el, '#body');
      expect(body.getAttribute('hidden')).to.equal('until-found');
      body.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect($(el, 'button').getAttribute('aria-expanded')).to.equal('true');
      expect(body.hasAttribute('hidden')).to.equal(false);
    });

    it('has no button and shows the mission when not collapsible', async () => {
      const el = await card(html`<pole-explainer-card></pole-explainer-card>`);
      expect($$(el, 'button')).to.have.length(0);
      expect(visible($(el, '#body p'))).to.equal(true);
    });
  });

  describe('accessibility in every state and theme', () => {
    for (const [state, make] of STATES) {
      it(`is axe-clean ${state}, light (prefers-color-scheme)`, async () => {
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'a light system').to.be.false;
        await expect(await make()).to.be.accessible();
      });
      it(`is axe-clean ${state}, theme="dark" on a light system`, async () => {
        const el = await make();
        el.setAttribute('theme', 'dark');
        await expect(el).to.be.accessible();
      });
    }

    it('changes its colours with theme="dark"', async () => {
      const el = await card(html`<pole-explainer-card></pole-explainer-card>`);
      const bg = () => getComputedStyle($(el, '.pole-root')).backgroundColor;
      expect(bg()).to.equal('rgb(255, 255, 255)');
      el.setAttribute('theme', 'dark');
      expect(bg()).to.equal('rgb(30, 30, 30)');
    });
  });

  describe('layout from its container', () => {
    /** Every box stays inside the card's padding, nothing scrolls sideways, no text is cut off. */
    function expectNoOverflow(el: PoleExplainerCard) {
      const root = $(el, '.pole-root');
      const grid = $(el, '.grid');
      const style = getComputedStyle(grid);
      const box = grid.getBoundingClientRect();
      const left = box.left + parseFloat(style.paddingLeft);
      const right = box.right - parseFloat(style.paddingRight);
      expect(root.scrollWidth, 'card scroll width').to.be.at.most(root.clientWidth);
      expect(el.parentElement!.scrollWidth, 'container scroll width').to.be.at.most(el.parentElement!.clientWidth);
      for (const node of grid.querySelectorAll('*')) {
        const r = node.getBoundingClientRect();
        if (!r.width) continue;
        expect(r.right, `${node.localName} right edge`).to.be.at.most(right + 0.5);
        expect(r.left, `${node.localName} left edge`).to.be.at.least(left - 0.5);
        // An inline box cannot clip (overflow does not apply to it); its client size is 0 and Firefox
        // gives it a scroll size, so only block-level boxes are asked.
        if (getComputedStyle(node).display === 'inline') continue;
        expect(node.scrollWidth, `${node.localName} clipped horizontally`).to.be.at.most(node.clientWidth + 1);
        expect(node.scrollHeight, `${node.localName} clipped vertically`).to.be.at.most(node.clientHeight + 1);
      }
    }

    function columns(el: PoleExplainerCard) {
      const [what, mission] = $$(el, 'section').map((s) => s.getBoundingClientRect());
      return { sideBySide: mission.left > what.right - 1 && Math.abs(mission.top - what.top) < 1, what, mission };
    }

    it('stacks the sections in one column in a 280 px sidebar, without horizontal scroll', async () => {
      const wrap = await fixture(html`<div style="width: 280px"><pole-explainer-card pole-name="Polymeris" theme-label="caoutchoucs, plastiques et composites" href="/x" collapsible open></pole-explainer-card></div>`);
      const el = wrap.firstElementChild as PoleExplainerCard;
      await load();
      await el.updateComplete;
      const { sideBySide, what, mission } = columns(el);
      expect(sideBySide).to.equal(false);
      expect(mission.top).to.be.at.least(what.bottom - 1);
      expectNoOverflow(el);
    });

    it('places the sections side by side in a wide section', async () => {
      const wrap = await fixture(html`<div style="width: 900px"><pole-explainer-card href="/x"></pole-explainer-card></div>`);
      const el = wrap.firstElementChild as PoleExplainerCard;
      await load();
      await el.updateComplete;
      expect(columns(el).sideBySide).to.equal(true);
      const link = $(el, '.more').getBoundingClientRect();
      expect(link.top, 'the link spans both columns below them').to.be.at.least(Math.max(columns(el).what.bottom, columns(el).mission.bottom) - 1);
      expectNoOverflow(el);
    });

    it('follows its container, not the viewport: a narrow card in a wide window stays one column', async () => {
      const wrap = await fixture(html`<div style="width: 400px"><pole-explainer-card></pole-explainer-card></div>`);
      const el = wrap.firstElementChild as PoleExplainerCard;
      await load();
      await el.updateComplete;
      expect(window.innerWidth).to.be.above(700);
      expect(columns(el).sideBySide).to.equal(false);
    });

    for (const lang of ['fr', 'en']) {
      it(`clips no text at 200 % text size in a 280 px sidebar (${lang})`, async () => {
        const wrap = await fixture(html`<div style="width: 280px" lang=${lang}><pole-explainer-card style="--pole-font-size: 32px" pole-name="Polymeris" theme-label="caoutchoucs, plastiques et composites" href="/x" collapsible open></pole-explainer-card></div>`);
        const el = wrap.firstElementChild as PoleExplainerCard;
        await load();
        await el.updateComplete;
        expect(getComputedStyle($(el, '.pole-root')).fontSize).to.equal('32px');
        expectNoOverflow(el);
      });
    }

    it('drops to one column when 200 % text makes a mid-width section too narrow for two', async () => {
      const wrap = await fixture(html`<div style="width: 700px"><pole-explainer-card></pole-explainer-card></div>`);
      const el = wrap.firstElementChild as PoleExplainerCard;
      await load();
      await el.updateComplete;
      expect(columns(el).sideBySide).to.equal(true);
      el.style.setProperty('--pole-font-size', '32px');
      expect(columns(el).sideBySide).to.equal(false);
      expectNoOverflow(el);
    });
  });
});
