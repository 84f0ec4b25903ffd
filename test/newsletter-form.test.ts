// The signup form, driven through <pole-newsletter-modal> as a visitor would, against the real
// test endpoint (demo/server/signup-endpoint.mjs), in every engine. What needs Chromium's tools (its
// accessibility tree, offline emulation, colour-scheme emulation, window listener counts) is in
// newsletter-form.chromium.test.ts.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/newsletter-modal/pole-newsletter-modal.js';
import type { PoleNewsletterModal } from '../src/components/newsletter-modal/pole-newsletter-modal.js';
import { spamGuard } from '../src/components/newsletter-modal/signup-form.js';
import { spyConsole } from './helpers.js';
import {
  $,
  EN_CONSENT,
  FR_CONSENT,
  FR_SUCCESS,
  alertText,
  consentBox,
  emailInput,
  endpoint,
  expectAccessibleStates,
  fill,
  modal,
  newKey,
  removeDuringRequest,
  requests,
  statusText,
  submitAndWait,
  submitExpectingError,
  submitButton,
  submitAtOnce,
} from './newsletter-form.helpers.js';


describe('signup form', () => {
  submitAtOnce();

  describe('fields', () => {
    it('is a real form with an email field, an unticked required consent and labels for every field', async () => {
      const el = await modal(endpoint('ok', newKey()));
      const form = $<HTMLFormElement>(el, 'form');
      expect(form.noValidate).to.equal(true);
      const email = emailInput(el);
      expect(email.type).to.equal('email');
      expect(email.getAttribute('aria-required')).to.equal('true');
      expect(email.autocomplete).to.equal('email');
      expect(email.inputMode).to.equal('email');
      expect(consentBox(el).checked).to.equal(false);
      expect(consentBox(el).getAttribute('aria-required')).to.equal('true');
      for (const input of form.querySelectorAll('input')) {
        expect(el.shadowRoot!.querySelector(`label[for="${input.id}"]`), input.id).to.exist;
        expect(input.labels?.length, input.id).to.equal(1);
      }
      expect(el.shadowRoot!.querySelector('#pf-name')).to.equal(null);
    });

    it('counts and names the fields in error in the first invalid field’s description, not in the alert, on every empty submission', async () => {
      const el = await modal(endpoint('ok', newKey()));
      const submit = $<HTMLButtonElement>(el, 'button[type=submit]');
      const described = (input: HTMLInputElement) =>
        (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => el.shadowRoot!.getElementById(id)?.textContent!.trim());
      // Focus on the first field says its description: heard in Firefox and Chromium, where a changed alert
      // was not (Firefox) or was dropped by the focus move (Orca).
      for (const round of [1, 2]) {
        submit.focus();
        submit.click();
        await waitUntil(() => el.shadowRoot!.activeElement === emailInput(el), `round ${round}: focus on the email field`);
        expect(described(emailInput(el))).to.deep.equal(['Saisissez votre adresse e-mail.', '2 champs à corriger : adresse e-mail, consentement.']);
        expect(alertText(el)).to.equal('');
      }
      // One error: its field says it; nothing to count.
      fill(el, '', true);
      submit.click();
      await el.updateComplete;
      expect(described(emailInput(el))).to.deep.equal(['Saisissez votre adresse e-mail.']);
      expect(el.shadowRoot!.getElementById('pf-both')).to.equal(null);
      // Only the consent missing: focus on the box, its error.
      fill(el, 'marie@example.fr', false);
      submit.click();
      await waitUntil(() => el.shadowRoot!.activeElement === consentBox(el), 'focus on the consent box');
      expect(described(consentBox(el))).to.deep.equal(['Cochez la case pour accepter de recevoir la newsletter.']);
    });

    it('counts the fields in error in English on an English page', async () => {
      const el = await modal(endpoint('ok', newKey()), 'en');
      submitButton(el).click();
      await waitUntil(() => el.shadowRoot!.getElementById('pf-both'), 'the count');
      expect(el.shadowRoot!.getElementById('pf-both')!.textContent).to.equal('2 fields need attention: email address, consent.');
      await expect(el).to.be.accessible();
    });

    it('marks required fields before any submission', async () => {
      const el = await modal(endpoint('ok', newKey()));
      expect(emailInput(el).labels![0].textContent).to.include('(obligatoire)');
      expect(consentBox(el).labels![0].textContent).to.include('(obligatoire)');
    });

    it('states the purpose, the organisation, the right to unsubscribe and links the privacy policy', async () => {
      const el = await modal(endpoint('ok', newKey()));
      const label = consentBox(el).labels![0];
      expect(label.textContent).to.include('recevoir la newsletter');
      expect(label.textContent).to.include('Pôle Exemple');
      expect(label.textContent).to.include('désinscrire à tout moment');
      const link = $<HTMLAnchorElement>(el, '.pf-check a');
      // Beside the label, not in it: inside, its text was part of the box's name and read twice.
      expect(label.contains(link)).to.equal(false);
      expect(link.getAttribute('href')).to.equal('/confidentialite');
      expect(link.target).to.equal('_blank');
      expect(link.textContent).to.include('nouvelle fenêtre');
    });

    it('asks for an optional first name with ask-name', async () => {
      const el = await modal(endpoint('ok', newKey()));
      el.askName = true;
      await el.updateComplete;
      const name = $<HTMLInputElement>(el, '#pf-name');
      expect(name.autocomplete).to.equal('given-name');
      expect(name.required).to.equal(false);
      expect(name.labels![0].textContent).to.include('(facultatif)');
    });

    it('warns the web manager when privacy-href is missing, and drops an unsafe one', async () => {
      const warns = spyConsole('warn');
      try {
        await fixture(html`<pole-newsletter-modal open action="/api/test/signup" organisation="X"></pole-newsletter-modal>`);
        expect(warns.messages.some((m) => m.includes('pole-newsletter-modal') && m.includes('privacy-href'))).to.equal(true);
        warns.messages.length = 0;
        const el = await fixture<PoleNewsletterModal>(
          html`<pole-newsletter-modal open action="/api/test/signup" organisation="X" privacy-href="javascript:alert(1)"></pole-newsletter-modal>`,
        );
        expect(el.shadowRoot!.querySelector('form a')).to.equal(null);
        expect(warns.messages.some((m) => m.includes('privacy-href="javascript:alert(1)"'))).to.equal(true);
      } finally {
        warns.restore();
      }
    });

    it('has a honeypot hidden from people, from assistive technology and from the tab order', async () => {
      const el = await modal(endpoint('ok', newKey()));
      const trap = $<HTMLInputElement>(el, '#pf-trap');
      const box = trap.closest<HTMLElement>('[aria-hidden="true"]')!;
      expect(box).to.exist;
      expect(trap.tabIndex).to.equal(-1);
      const { width, height } = box.getBoundingClientRect();
      expect(width * height).to.be.at.most(1);
      expect(getComputedStyle(box).overflow).to.equal('hidden');
    });
  });

  describe('validation', () => {
    it('does not judge while typing, then shows the error at the field and focuses it on submit', async () => {
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      emailInput(el).focus();
      await sendKeys({ type: 'marie@' });
      expect(emailInput(el).hasAttribute('aria-invalid')).to.equal(false);
      consentBox(el).checked = true;
      submitButton(el).click();
      await el.updateComplete;
      const email = emailInput(el);
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      const error = el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!;
      expect(error.textContent).to.include('adresse e-mail valide');
      expect(el.shadowRoot!.activeElement).to.equal(email);
      await aTimeout(200);
      expect(await requests(key)).to.have.length(0);
    });

    it('asks for an address when the field is empty', async () => {
      const el = await modal(endpoint('ok', newKey()));
      submitButton(el).click();
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('pf-email-err')!.textContent).to.equal('Saisissez votre adresse e-mail.');
    });

    it('blocks submission until the consent box is ticked', async () => {
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      fill(el, 'marie@example.fr', false);
      submitButton(el).click();
      await el.updateComplete;
      const box = consentBox(el);
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.include('Cochez la case');
      expect(el.shadowRoot!.activeElement).to.equal(box);
      await aTimeout(200);
      expect(await requests(key)).to.have.length(0);

      await sendKeys({ press: ' ' });
      expect(box.checked).to.equal(true);
      const done = oneEvent(el, 'pole-subscribed');
      submitButton(el).click();
      await done;
      expect(await requests(key)).to.have.length(1);
    });
  });

  describe('the request', () => {
    it('posts exactly the documented fields as JSON, with no cookie and the page without its query string', async () => {
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      expect(location.search).to.not.equal(''); // the test page has one: it must not be sent
      document.cookie = 'pole-form-cookie=1; path=/';
      try {
        await submitAndWait(el, 'pole-subscribed');
      } finally {
        document.cookie = 'pole-form-cookie=; path=/; max-age=0';
      }
      const [req] = await requests(key);
      expect(req.contentType).to.equal('application/json');
      expect(req.accept).to.equal('application/json');
      expect(req.cookie).to.equal(null);
      expect(req.url).to.not.include('marie');
      expect(req.parsed).to.deep.equal({
        email: 'marie@example.fr',
        consent: true,
        consentText: FR_CONSENT,
        consentVersion: '1',
        locale: 'fr',
        page: location.origin + location.pathname,
      });
      expect(consentBox(el).labels![0].textContent!.replace(/\s+/g, ' ')).to.include(String(req.parsed!.consentText));
    });

    it('posts a form with mapped field names, the first name and extra fields from children and from extra-fields', async () => {
      const key = newKey();
      const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal
        open
        ask-name
        action=${endpoint('ok', key)}
        encoding="form"
        email-field="EMAIL"
        name-field="FNAME"
        consent-version="2026-01"
        extra-fields='{"tags":"20ans","double":true}'
        organisation="Pôle Exemple"
        privacy-href="/confidentialite"
        lang="en"
      >
        <input type="hidden" slot="extra" name="u" value="abc123" />
        <input type="hidden" slot="extra" name="id" value="42" />
      </pole-newsletter-modal>`);
      $<HTMLInputElement>(el, '#pf-name').value = 'Marie';
      await submitAndWait(el, 'pole-subscribed');
      const [req] = await requests(key);
      expect(req.contentType).to.equal('application/x-www-form-urlencoded');
      expect(req.parsed).to.deep.equal({
        tags: '20ans',
        double: 'true',
        u: 'abc123',
        id: '42',
        EMAIL: 'marie@example.fr',
        FNAME: 'Marie',
        consent: 'true',
        consentText: EN_CONSENT,
        consentVersion: '2026-01',
        locale: 'en',
        page: location.origin + location.pathname,
      });
    });

    it('warns about unreadable extra-fields and sends without them', async () => {
      const key = newKey();
      const warns = spyConsole('warn');
      try {
        const el = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal
          open
          action=${endpoint('ok', key)}
          extra-fields="{list: 42}"
          organisation="X"
          privacy-href="/p"
        ></pole-newsletter-modal>`);
        expect(warns.messages.some((m) => m.includes('extra-fields'))).to.equal(true);
        await submitAndWait(el, 'pole-subscribed');
      } finally {
        warns.restore();
      }
      const [req] = await requests(key);
      expect(Object.keys(req.parsed!).sort()).to.deep.equal(['consent', 'consentText', 'consentVersion', 'email', 'locale', 'page']);
    });

    it('sends one request for a double click, Enter twice and click plus Enter, and stays focusable while pending', async () => {
      const key = newKey();
      const el = await modal(endpoint('ok', key, '&delay=800'));
      fill(el);
      const done = oneEvent(el, 'pole-subscribed');
      const button = submitButton(el);
      button.click();
      button.click();
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Envoi en cours…');
      expect(button.getAttribute('aria-busy')).to.equal('true');
      expect(button.disabled).to.equal(false);
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      emailInput(el).focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await done;
      expect(await requests(key)).to.have.length(1);
    });

    it('is stopped by a cancelled pole-subscribe, whose detail holds the form data', async () => {
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      let detail: Record<string, unknown> = {};
      document.addEventListener(
        'pole-subscribe',
        (e) => {
          detail = (e as CustomEvent).detail;
          e.preventDefault();
        },
        { once: true },
      );
      fill(el);
      submitButton(el).click();
      await aTimeout(300);
      expect(detail).to.include({ email: 'marie@example.fr', consent: true, locale: 'fr' });
      expect(await requests(key)).to.have.length(0);
      expect(statusText(el)).to.equal('');
      expect(alertText(el)).to.equal('');
    });

    it('never submits a host page form it sits inside', async () => {
      const key = newKey();
      const wrapper = await fixture<HTMLFormElement>(html`<form action="/never" @submit=${(e: Event) => e.preventDefault()}>
        <pole-newsletter-modal open action=${endpoint('ok', key)} organisation="X" privacy-href="/p"></pole-newsletter-modal>
      </form>`);
      let hostSubmits = 0;
      wrapper.addEventListener('submit', () => hostSubmits++);
      const el = wrapper.querySelector('pole-newsletter-modal')!;
      await el.updateComplete;
      fill(el);
      const done = oneEvent(el, 'pole-subscribed');
      emailInput(el).focus();
      await sendKeys({ press: 'Enter' });
      await done;
      expect(hostSubmits).to.equal(0);
      expect(await requests(key)).to.have.length(1);
    });

    it('keeps typing in its fields away from the host page’s keyboard shortcuts', async () => {
      const el = await modal(endpoint('ok', newKey()));
      const seen: string[] = [];
      const shortcut = (e: KeyboardEvent) => {
        seen.push(e.key);
        if (e.key === '/' || e.key === 's') e.preventDefault();
      };
      document.addEventListener('keydown', shortcut);
      document.addEventListener('keypress', shortcut);
      try {
        emailInput(el).focus();
        await sendKeys({ type: 's/s@x.fr' });
        expect(emailInput(el).value).to.equal('s/s@x.fr');
        expect(seen).to.deep.equal([]);
      } finally {
        document.removeEventListener('keydown', shortcut);
        document.removeEventListener('keypress', shortcut);
      }
    });
  });

  describe('answers', () => {
    for (const scenario of ['ok', 'created', 'empty', 'empty-200', 'html', 'malformed', 'conflict']) {
      it(`shows the double opt-in success in the status region for "${scenario}"`, async () => {
        const el = await modal(endpoint(scenario, newKey()));
        const status = $(el, '[role=status]');
        expect(status.textContent!.trim()).to.equal('');
        const event = await submitAndWait(el, 'pole-subscribed');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('[role=status]')).to.have.length(1);
        expect($(el, '[role=status]')).to.equal(status);
        expect(statusText(el)).to.equal(FR_SUCCESS);
        expect($<HTMLFormElement>(el, 'form').hidden).to.equal(true);
        expect(event.detail.status).to.be.a('number');
        expect(el.shadowRoot!.querySelector('h1, script, img')).to.equal(null);
        expect((window as { __poleXss?: number }).__poleXss).to.equal(undefined);
      });
    }

    it('passes the server answer with pole-subscribed and moves focus to the thank-you message', async () => {
      const el = await modal(endpoint('ok', newKey()));
      const event = await submitAndWait(el, 'pole-subscribed');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ status: 200, body: { status: 'pending', message: 'Check your inbox.' }, blind: false });
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('pf-status'));
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal(FR_SUCCESS);
    });

    it('shows a 400 message in the form’s alert', async () => {
      const el = await modal(endpoint('bad-request', newKey()));
      const event = await submitAndWait(el, 'pole-subscribe-error');
      expect(event.detail).to.deep.equal({ kind: 'rejected', status: 400 });
      await el.updateComplete;
      expect(alertText(el)).to.equal('Adresse refusée par le fournisseur.');
    });

    it('shows a 422 email error at the field and focuses it', async () => {
      const el = await modal(endpoint('invalid', newKey()));
      await submitAndWait(el, 'pole-subscribe-error');
      await el.updateComplete;
      const email = emailInput(el);
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'Cette adresse ne peut pas recevoir de courriel.',
      );
      await waitUntil(() => el.shadowRoot!.activeElement === email);
    });

    it('shows a server message with markup as text, never as HTML', async () => {
      const el = await modal(endpoint('xss', newKey()));
      await submitAndWait(el, 'pole-subscribe-error');
      await el.updateComplete;
      await aTimeout(100);
      expect(alertText(el)).to.equal('<img src=x onerror="window.__poleXss=1">Refusé');
      expect(el.shadowRoot!.getElementById('pf-email-err')!.textContent).to.equal('<b onmouseover=alert(1)>bad</b>');
      expect(el.shadowRoot!.querySelector('form img, form b')).to.equal(null);
      expect((window as { __poleXss?: number }).__poleXss).to.equal(undefined);
    });

    it('says the signup was refused when a 400 has no readable message', async () => {
      const el = await modal(endpoint('malformed-400', newKey()));
      const event = await submitAndWait(el, 'pole-subscribe-error');
      expect(event.detail).to.deep.equal({ kind: 'rejected', status: 400 });
      await el.updateComplete;
      expect(alertText(el)).to.equal('Inscription refusée. Vérifiez votre adresse e-mail.');
    });

    it('says "too many attempts" on 429 and allows a retry only after Retry-After', async () => {
      const key = newKey();
      const el = await modal(endpoint('rate-limited', key, '&retry=1'));
      const event = await submitAndWait(el, 'pole-subscribe-error');
      expect(event.detail).to.deep.equal({ kind: 'rate-limited', status: 429 });
      await el.updateComplete;
      expect(alertText(el)).to.equal('Trop de tentatives. Réessayez dans 1 s.');
      submitButton(el).click();
      await aTimeout(200);
      expect(await requests(key)).to.have.length(1);
      await aTimeout(900);
      el.action = endpoint('ok', key);
      const done = oneEvent(el, 'pole-subscribed');
      submitButton(el).click();
      await done;
      expect(await requests(key)).to.have.length(2);
    });

    const failures: [string, string, number, string][] = [
      ['server-error', 'server', 500, 'Erreur du service d’inscription'],
      ['unavailable', 'server', 503, 'Erreur du service d’inscription'],
      ['redirect', 'server', 0, 'Erreur du service d’inscription'],
    ];
    for (const [scenario, kind, status, text] of failures) {
      it(`says what happened on "${scenario}", keeps the input and retries with one press`, async () => {
        const key = newKey();
        const el = await modal(endpoint(scenario, key));
        const { event, errors } = await submitExpectingError(el);
        expect(event.detail).to.deep.equal({ kind, status });
        expect(errors.some((m) => m.includes('pole-newsletter-modal') && m.includes('action'))).to.equal(true);
        expect(errors.join(' ')).to.not.include('marie');
        await el.updateComplete;
        expect(alertText(el)).to.include(text);
        expect(el.shadowRoot!.querySelector('[role=alert] h1, [role=alert] title')).to.equal(null);
        expect(emailInput(el).value).to.equal('marie@example.fr');
        expect(consentBox(el).checked).to.equal(true);
        expect(submitButton(el).textContent!.trim()).to.equal('Réessayer');
        el.action = endpoint('ok', key);
        const done = oneEvent(el, 'pole-subscribed');
        submitButton(el).click();
        await done;
      });
    }

    it('reports a CORS refusal from another origin as a network error with a retry', async () => {
      const key = newKey();
      const el = await modal(`http://127.0.0.1:${location.port}${endpoint('no-cors', key)}`);
      const { event, errors } = await submitExpectingError(el);
      expect(event.detail).to.deep.equal({ kind: 'network', status: 0 });
      expect(errors.some((m) => m.includes('CORS'))).to.equal(true);
      await el.updateComplete;
      expect(alertText(el)).to.include('injoignable');
      expect(emailInput(el).value).to.equal('marie@example.fr');
      expect(await requests(key)).to.have.length(1);
    });

    it('abandons a hung request after timeout seconds', async () => {
      const el = await modal(endpoint('hang', newKey()));
      el.timeout = 0.3;
      const started = performance.now();
      const event = await submitAndWait(el, 'pole-subscribe-error');
      expect(performance.now() - started).to.be.within(250, 2500);
      expect(event.detail).to.deep.equal({ kind: 'timeout', status: 0 });
      await el.updateComplete;
      expect(alertText(el)).to.include('ne répond pas');
      expect(submitButton(el).hasAttribute('aria-busy')).to.equal(false);
    });

    it('ignores the late answer of a timed-out request', async function () {
      // Margins for a loaded machine: the retry (a 500) has the whole 2 s timeout to come back, and
      // the first request's success comes 2 s after its timeout and is watched for 1.5 s more.
      this.timeout(20_000);
      const key = newKey();
      const el = await modal(endpoint('ok', key, '&delay=4000'));
      el.timeout = 2;
      let late = false;
      el.addEventListener('pole-subscribed', () => (late = true));
      const started = performance.now();
      await submitAndWait(el, 'pole-subscribe-error');
      el.action = endpoint('server-error', key);
      const errors = spyConsole('error');
      try {
        const second = oneEvent(el, 'pole-subscribe-error');
        submitButton(el).click();
        await second;
      } finally {
        errors.restore();
      }
      expect(alertText(el)).to.include('Erreur du service d’inscription');
      await aTimeout(started + 5500 - performance.now());
      expect(await requests(key)).to.have.length(2);
      expect(late).to.equal(false);
      expect(statusText(el)).to.equal('');
      expect(alertText(el)).to.include('Erreur du service d’inscription');
    });
  });

  describe('spam', () => {
    afterEach(async () => {
      spamGuard.minFillMs = 0;
      await resetMouse();
    });

    for (const how of ['a scripted click', 'a real Enter'] as const) {
      it(`drops a submission whose honeypot is filled, even by ${how}: normal success, no request, no event`, async () => {
        const key = newKey();
        const el = await modal(endpoint('ok', key));
        let events = 0;
        el.addEventListener('pole-subscribe', () => events++);
        el.addEventListener('pole-subscribed', () => events++);
        fill(el);
        $<HTMLInputElement>(el, '#pf-trap').value = 'http://spam.example';
        if (how === 'a real Enter') {
          emailInput(el).focus();
          await sendKeys({ press: 'Enter' });
        } else submitButton(el).click();
        await el.updateComplete;
        expect(statusText(el)).to.equal(FR_SUCCESS);
        await aTimeout(300);
        expect(events).to.equal(0);
        expect(await requests(key)).to.have.length(0);
      });
    }

    it('drops a scripted submission made faster than a person can fill the form', async () => {
      spamGuard.minFillMs = 1500;
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      fill(el);
      submitButton(el).click();
      await el.updateComplete;
      expect(statusText(el)).to.equal(FR_SUCCESS);
      await aTimeout(300);
      expect(await requests(key)).to.have.length(0);
    });

    it('counts the fill time from the first interaction: a script that waits, then fills and submits at once, is dropped', async () => {
      spamGuard.minFillMs = 300;
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      await aTimeout(600);
      fill(el);
      emailInput(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      submitButton(el).click();
      await el.updateComplete;
      expect(statusText(el)).to.equal(FR_SUCCESS);
      await aTimeout(300);
      expect(await requests(key)).to.have.length(0);
    });

    it('sends a person’s immediate submission (typed, then Enter at once) once the fill time has passed, busy meanwhile', async () => {
      spamGuard.minFillMs = 1500;
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      const opened = performance.now();
      const done = oneEvent(el, 'pole-subscribed');
      consentBox(el).focus();
      await sendKeys({ press: ' ' });
      emailInput(el).focus();
      await sendKeys({ type: 'a@b.fr' });
      await sendKeys({ press: 'Enter' });
      expect(performance.now() - opened, 'submitted within the fill time').to.be.below(1500);
      await el.updateComplete;
      // Held, not faked: the button is busy and no success is claimed yet.
      expect(submitButton(el).getAttribute('aria-busy')).to.equal('true');
      expect(submitButton(el).textContent!.trim()).to.equal('Envoi en cours…');
      expect(statusText(el)).to.equal('');
      await sendKeys({ press: 'Enter' }); // pressed again while held: still one request
      await done;
      expect(performance.now() - opened, 'sent after the fill time').to.be.at.least(1450);
      const sent = await requests(key);
      expect(sent).to.have.length(1);
      expect(sent[0].parsed).to.include({ email: 'a@b.fr', consent: true });
      await el.updateComplete;
      expect(statusText(el)).to.equal(FR_SUCCESS);
    });

    for (const how of ['Enter', 'click'] as const) {
      it(`sends a form filled at once by autofill or a password manager and submitted by a real ${how}`, async () => {
        spamGuard.minFillMs = 1500;
        const key = newKey();
        const el = await modal(endpoint('ok', key));
        fill(el); // values set by script, as a password manager does
        const done = oneEvent(el, 'pole-subscribed');
        if (how === 'Enter') {
          emailInput(el).focus();
          await sendKeys({ press: 'Enter' });
        } else {
          const r = submitButton(el).getBoundingClientRect();
          await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
        }
        await el.updateComplete;
        expect(statusText(el)).to.equal('');
        await done;
        expect(await requests(key)).to.have.length(1);
        await el.updateComplete;
        expect(statusText(el)).to.equal(FR_SUCCESS);
      });
    }

    it('sends nothing when removed while a fast submission is held', async () => {
      spamGuard.minFillMs = 800;
      const key = newKey();
      const el = await modal(endpoint('ok', key));
      let events = 0;
      el.addEventListener('pole-subscribed', () => events++);
      el.addEventListener('pole-subscribe-error', () => events++);
      fill(el);
      emailInput(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(submitButton(el).getAttribute('aria-busy')).to.equal('true');
      el.remove();
      await aTimeout(1300);
      expect(events).to.equal(0);
      expect(await requests(key)).to.have.length(0);
    });
  });

  describe('configuration', () => {
    it('refuses an unsafe action with a console error and shows "unavailable" instead of the form', async () => {
      const errors = spyConsole('error');
      const warns = spyConsole('warn');
      try {
        for (const action of ['javascript:alert(1)', 'http://example.org/subscribe', 'data:text/html,x']) {
          const el = await modal(action);
          expect(el.shadowRoot!.querySelector('form')).to.equal(null);
          expect($(el, '.pf-off').textContent).to.equal('L’inscription est indisponible pour le moment.');
          expect(errors.messages.some((m) => m.includes('pole-newsletter-modal') && m.includes(`action="${action}"`))).to.equal(true);
        }
      } finally {
        errors.restore();
        warns.restore();
      }
    });

    it('says signup is unavailable when there is no action and no pole-subscribe handler', async () => {
      const el = await fixture<PoleNewsletterModal>(
        html`<pole-newsletter-modal open organisation="X" privacy-href="/p"></pole-newsletter-modal>`,
      );
      const { event, errors } = await submitExpectingError(el);
      expect(event.detail).to.deep.equal({ kind: 'config', status: 0 });
      expect(errors.some((m) => m.includes('action'))).to.equal(true);
      await el.updateComplete;
      expect(alertText(el)).to.equal('L’inscription est indisponible pour le moment.');
    });
  });

  describe('lifecycle', () => {
    it('survives removal mid-request: no exception, no late event', async () => {
      const el = await modal(endpoint('ok', newKey(), '&delay=400'));
      const { uncaught, events } = await removeDuringRequest(el);
      expect(uncaught).to.deep.equal([]);
      expect(events).to.equal(0);
    });

    it('keeps one status region and one alert region however often it opens and closes', async () => {
      const el = await modal(endpoint('ok', newKey()));
      for (let i = 0; i < 10; i++) {
        el.open = false;
        await el.updateComplete;
        el.open = true;
        await el.updateComplete;
      }
      expect(el.shadowRoot!.querySelectorAll('[role=status]')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('[role=alert]')).to.have.length(1);
    });
  });

  describe('accessibility', () => {
    // The system is light here (Chromium emulates a dark one in the .chromium suite).
    for (const lang of ['fr', 'en']) {
      it(`passes axe in the initial, error and success states (${lang}, light)`, async () => {
        expect(matchMedia('(prefers-color-scheme: dark)').matches, 'a light system').to.be.false;
        await expectAccessibleStates(lang);
      });
    }

    it('speaks English on an English page: labels, errors and success', async () => {
      const el = await modal(endpoint('ok', newKey()), 'en');
      expect(emailInput(el).labels![0].textContent).to.include('Email address');
      submitButton(el).click();
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('pf-email-err')!.textContent).to.equal('Enter your email address.');
      await submitAndWait(el, 'pole-subscribed');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Thank you! Check your inbox to confirm your subscription.');
    });
  });
});
