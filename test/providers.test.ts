// Provider presets, driven through <pole-newsletter-modal> as a visitor would, against local
// stand-ins of each mailing service (test/server/provider-stand-ins.mjs) on another origin than the
// page, so that CORS applies as it does between a member site and the service.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/newsletter-modal/pole-newsletter-modal.js';
import type { PoleNewsletterModal } from '../src/components/newsletter-modal/pole-newsletter-modal.js';
import { spamGuard } from '../src/components/newsletter-modal/signup-form.js';
import { spyConsole } from './helpers.js';

interface Received {
  service: string;
  path: string;
  contentType: string;
  headers: Record<string, string | null>;
  body: Record<string, unknown>;
}

const OTHER = `http://${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
const URLS = {
  hubspot: `${OTHER}/stand-in/hubspot/submissions/v3/integration/submit/123/abc-def`,
  listmonk: `${OTHER}/stand-in/listmonk/api/public/subscription`,
  mautic: `${OTHER}/stand-in/mautic/form/submit?formId=7`,
  'brevo-form': `${OTHER}/stand-in/brevo-form/serve/MUIFAbc`,
  'mailerlite-form': `${OTHER}/stand-in/mailerlite-form/webforms/submit/42`,
};
type Service = keyof typeof URLS;

const unique = (prefix = 'marie') => `${prefix}-${Math.random().toString(36).slice(2)}@example.fr`;
const received = async (email: string): Promise<Received[]> => (await fetch(`/stand-in/requests?email=${encodeURIComponent(email)}`)).json();

function modal(provider: Service, extra = '{}'): Promise<PoleNewsletterModal> {
  return fixture(html`<pole-newsletter-modal
    open
    ask-name
    provider=${provider}
    action=${URLS[provider]}
    extra-fields=${extra}
    organisation="Pôle Exemple"
    privacy-href="/confidentialite"
  ></pole-newsletter-modal>`);
}

const $ = <T extends Element = HTMLElement>(el: PoleNewsletterModal, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

async function submit(el: PoleNewsletterModal, email: string, outcome: 'pole-subscribed' | 'pole-subscribe-error') {
  $<HTMLInputElement>(el, '#pf-email').value = email;
  $<HTMLInputElement>(el, '#pf-name').value = 'Marie';
  $<HTMLInputElement>(el, '#pf-consent').checked = true;
  const event = oneEvent(el, outcome);
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  const e = (await event) as CustomEvent;
  await el.updateComplete;
  return e;
}
const alertText = (el: PoleNewsletterModal) => $(el, '[role=alert]').textContent!.trim();
const statusText = (el: PoleNewsletterModal) => $(el, '[role=status]').textContent!.trim();
const emailError = (el: PoleNewsletterModal) => $(el, '#pf-email-err')?.textContent?.trim();


describe('provider presets', () => {
  before(() => (spamGuard.minFillMs = 0));
  after(() => (spamGuard.minFillMs = 1500));

  describe('hubspot', () => {
    it('posts the Forms API shape (fields, page, consent with its text and subscription type) and reads success', async () => {
      const el = await modal('hubspot', '{"subscriptionTypeId":"321","company":"Acme"}');
      const email = unique();
      const e = await submit(el, email, 'pole-subscribed');
      expect(e.detail.status).to.equal(200);
      expect(statusText(el)).to.include('Merci');
      const [r] = await received(email);
      expect(r.contentType).to.match(/^application\/json/);
      expect(r.headers.cookie).to.equal(null);
      const body = r.body as { fields: { name: string; value: string }[]; context: { pageUri: string }; legalConsentOptions: { consent: { consentToProcess: boolean; text: string; communications: { subscriptionTypeId: number; value: boolean }[] } } };
      expect(body.fields.map((f) => [f.name, f.value])).to.deep.equal([
        ['company', 'Acme'],
        ['email', email],
        ['firstname', 'Marie'],
      ]);
      expect(body.context.pageUri).to.equal(location.origin + location.pathname);
      expect(body.legalConsentOptions.consent.consentToProcess).to.equal(true);
      expect(body.legalConsentOptions.consent.text).to.include('Pôle Exemple');
      expect(body.legalConsentOptions.consent.communications).to.deep.equal([{ value: true, subscriptionTypeId: 321, text: body.legalConsentOptions.consent.text }]);
    });

    it("shows the widget's own wording for INVALID_EMAIL, never the service's English text, and keeps the address", async () => {
      const el = await modal('hubspot');
      const email = unique('invalid');
      const e = await submit(el, email, 'pole-subscribe-error');
      expect(e.detail).to.deep.equal({ kind: 'rejected', status: 400 });
      expect(emailError(el)).to.equal('Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.');
      expect(alertText(el)).not.to.include('fields.email');
      expect($<HTMLInputElement>(el, '#pf-email').value).to.equal(email);
    });

    it('reads 429 as rate limited, and 5xx as the service failing', async () => {
      const el = await modal('hubspot');
      expect((await submit(el, unique('limit'), 'pole-subscribe-error')).detail).to.deep.equal({ kind: 'rate-limited', status: 429 });
      // The service does not expose Retry-After to other origins: the widget's own pause applies.
      expect(alertText(el)).to.match(/^Trop de tentatives\. Réessayez dans \d+ s\.$/);
      const other = await modal('hubspot');
      expect((await submit(other, unique('down'), 'pole-subscribe-error')).detail).to.deep.equal({ kind: 'server', status: 503 });
    });
  });

  describe('listmonk', () => {
    it('posts email, name and the list UUIDs from extra-fields, and reads {data: true} as success (new or existing)', async () => {
      for (const prefix of ['marie', 'exists']) {
        const el = await modal('listmonk', '{"list_uuids":"a1b2, c3d4"}');
        const email = unique(prefix);
        expect((await submit(el, email, 'pole-subscribed')).detail.status).to.equal(200);
        const [r] = await received(email);
        expect(r.body).to.deep.equal({ email, name: 'Marie', list_uuids: ['a1b2', 'c3d4'] });
      }
    });

    it("an invalid address is the visitor's to fix; a list error is the site's (the visitor reads that the service failed)", async () => {
      const el = await modal('listmonk', '{"list_uuids":"a1b2"}');
      expect((await submit(el, unique('invalid'), 'pole-subscribe-error')).detail).to.deep.equal({ kind: 'rejected', status: 400 });
      expect(emailError(el)).to.include('adresse e-mail valide');
      const noList = await modal('listmonk');
      expect((await submit(noList, unique(), 'pole-subscribe-error')).detail).to.deep.equal({ kind: 'server', status: 400 });
      expect(alertText(noList)).to.equal('Erreur du service d’inscription. Réessayez.');
    });
  });

  describe('mautic', () => {
    it('posts the mauticform[…] fields as an AJAX submission and reads {success: 1}', async () => {
      const el = await modal('mautic', '{"source":"site"}');
      const email = unique();
      await submit(el, email, 'pole-subscribed');
      const [r] = await received(email);
      expect(r.path).to.equal('/stand-in/mautic/form/submit?formId=7&ajax=true');
      expect(r.headers['x-requested-with']).to.equal('XMLHttpRequest');
      expect(r.body).to.deep.equal({
        'mauticform[formId]': '7',
        'mauticform[return]': '',
        'mauticform[messenger]': '1',
        'mauticform[source]': 'site',
        'mauticform[email]': email,
        'mauticform[firstname]': 'Marie',
      });
    });

    it('reads validationErrors as an invalid address, and {success: 0} without them as the service failing', async () => {
      const el = await modal('mautic');
      expect((await submit(el, unique('invalid'), 'pole-subscribe-error')).detail.kind).to.equal('rejected');
      expect(emailError(el)).to.include('adresse e-mail valide');
      const wrongForm = await fixture<PoleNewsletterModal>(html`<pole-newsletter-modal open provider="mautic" action=${URLS.mautic.replace('formId=7', 'formId=x')} organisation="P" privacy-href="/p"></pole-newsletter-modal>`);
      $<HTMLInputElement>(wrongForm, '#pf-email').value = unique();
      $<HTMLInputElement>(wrongForm, '#pf-consent').checked = true;
      const failed = oneEvent(wrongForm, 'pole-subscribe-error');
      $<HTMLButtonElement>(wrongForm, 'button[type=submit]').click();
      expect(((await failed) as CustomEvent).detail.kind).to.equal('server');
    });
  });

  for (const service of ['brevo-form', 'mailerlite-form'] as const) {
    describe(`${service} (blind)`, () => {
      it('posts a CORS-simple form the service receives, tells the visitor to watch their inbox, and the web manager what cannot be known', async () => {
        const warnings = spyConsole('warn');
        let el: PoleNewsletterModal;
        try {
          el = await modal(service);
        } finally {
          warnings.restore();
        }
        expect(warnings.messages.join('\n')).to.include(`provider="${service}" posts blind`);
        const email = unique();
        const e = await submit(el, email, 'pole-subscribed');
        expect(e.detail).to.deep.equal({ status: 0, body: null, blind: true });
        expect(statusText(el)).to.include('Demande envoyée');
        const [r] = await received(email);
        expect(r.contentType).to.match(/^application\/x-www-form-urlencoded/);
        if (service === 'brevo-form') expect(r.body).to.deep.equal({ EMAIL: email, FIRSTNAME: 'Marie', OPT_IN: '1', email_address_check: '', locale: 'fr' });
        else expect(r.body).to.deep.equal({ 'fields[email]': email, 'fields[name]': 'Marie', 'ml-submit': '1', anticsrf: 'true' });
      });
    });
  }

  it('an unknown provider makes the signup unavailable with a console error, never a silent loss', async () => {
    const errors = spyConsole('error');
    let el: PoleNewsletterModal;
    try {
      el = await fixture(html`<pole-newsletter-modal open provider="sendinblue" action=${URLS.hubspot} organisation="P" privacy-href="/p"></pole-newsletter-modal>`);
    } finally {
      errors.restore();
    }
    expect(errors.messages.join('\n')).to.include('provider="sendinblue" unknown: signup unavailable.');
    expect($(el!, '.pf-off').textContent).to.include('indisponible');
  });
});
