// Each provider through the real relay process: the built CLI, pointed at the provider's local
// stand-in by `baseUrl`, asked what a browser asks. Every documented answer of the service
// (success, duplicate, invalid, rate limit, 5xx, slow, wrong key) must reach the widget as our
// endpoint contract says, and never with the provider's own words.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { post, startRelay, widgetBody } from './helpers.mjs';
import { relayConfig, startStandIn } from './stand-ins.mjs';

const GENERIC = 'Le service d’inscription est indisponible. Réessayez plus tard.';
// Words only the stand-ins say: none may reach a visitor.
const PROVIDER_WORDS = /secret|internal|detail|throttle|<script|Brevo|Mailchimp|Mailjet|listmonk|already a list member|E-mail already exists|looks fake|Invalid email\./i;

/** What each service's stand-in must have received for a new signup of `email`, named `name`. */
const EXPECT_BODY = {
  brevo: (b, email) => {
    assert.equal(b.email, email);
    assert.deepEqual(b.includeListIds, [2, 7]);
    assert.equal(b.templateId, 12);
    assert.equal(b.redirectionUrl, 'https://www.example.org/merci');
    assert.equal(b.attributes.FIRSTNAME, 'Marie');
    assert.equal(b.attributes.CONSENT_VERSION, '2026-01');
    assert.equal(b.attributes.CONSENT_PAGE, 'https://www.example.org/actualites');
    assert.match(b.attributes.CONSENT_TEXT, /^J’accepte/);
    assert.equal(b.attributes.WIDGET_VERSION, '0.1.0');
    assert.ok(Date.parse(b.attributes.CONSENT_AT) > Date.now() - 60000);
  },
  mailchimp: (b, email) => {
    assert.equal(b.email_address, email);
    assert.equal(b.status, 'pending', 'Mailchimp sends its own confirmation e-mail');
    assert.equal(b.merge_fields.FNAME, 'Marie');
    assert.equal(b.merge_fields.CONSENT_V, '2026-01');
    assert.equal(b.merge_fields.CONSENT_PG, 'https://www.example.org/actualites');
    assert.match(b.merge_fields.CONSENT_TX, /^J’accepte/);
    assert.equal(b.merge_fields.WIDGET_V, '0.1.0');
  },
  mailjet: (b, email) => {
    assert.equal(b.Email, email);
    assert.equal(b.Action, 'addnoforce', 'someone who unsubscribed is not subscribed again');
    assert.equal(b.Name, 'Marie');
    assert.equal(b.Properties.consent_version, '2026-01');
    assert.equal(b.Properties.consent_page, 'https://www.example.org/actualites');
  },
  listmonk: (b, email) => {
    assert.equal(b.email, email);
    assert.equal(b.name, 'Marie');
    assert.deepEqual(b.lists, [3]);
    assert.equal(b.preconfirm_subscriptions, false, 'double opt-in lists still send their confirmation');
    assert.equal(b.attribs.consent.version, '2026-01');
    assert.equal(b.attribs.consent.page, 'https://www.example.org/actualites');
    assert.equal(b.attribs.consent.widgetVersion, '0.1.0');
  },
  webhook: (b, email) => {
    assert.equal(b.type, 'pole-widgets.signup');
    assert.equal(b.email, email);
    assert.equal(b.name, 'Marie');
    assert.equal(b.consent.version, '2026-01');
    assert.equal(b.consent.page, 'https://www.example.org/actualites');
  },
};

// Mailjet's managecontact answers 201 whether or not the contact existed: the relay cannot say 409.
const DUPLICATE_STATUS = { brevo: 409, mailchimp: 409, mailjet: 201, listmonk: 409, webhook: 409 };

for (const provider of Object.keys(EXPECT_BODY)) {
  describe(`relay → ${provider} (stand-in)`, () => {
    let standIn;
    let relay;
    before(async () => {
      standIn = await startStandIn(provider, { slowMs: 1500 });
      relay = await startRelay(relayConfig(provider, standIn.url, { timeoutMs: 500, rateLimit: { client: { max: 100, windowSeconds: 60 } } }));
    });
    after(async () => {
      await relay?.stop();
      await standIn?.close();
    });

    test('a new signup reaches the service in the shape its API requires, with the consent proof, and answers 201', async () => {
      const email = `marie.${provider}@example.fr`;
      const a = await post(relay.url, widgetBody(email, { name: 'Marie', widgetVersion: '0.1.0' }));
      assert.equal(a.status, 201);
      assert.equal(a.headers.get('access-control-allow-origin'), 'https://www.example.org');
      assert.deepEqual(standIn.shapeErrors, []);
      EXPECT_BODY[provider](standIn.contacts.get(email), email);
      const proof = relay.proofs().find((p) => p.email === email);
      assert.ok(proof, 'the consent log has the signup');
      assert.equal(proof.outcome, 'created');
      assert.equal(proof.provider, provider);
      assert.equal(proof.version, '2026-01');
      assert.equal(proof.page, 'https://www.example.org/actualites', 'origin and path, no query string nor fragment');
      assert.match(proof.text, /^J’accepte/);
      assert.equal(proof.widgetVersion, '0.1.0');
      assert.ok(Date.parse(proof.at) <= Date.now());
    });

    test(`the same address again answers ${DUPLICATE_STATUS[provider]} (the widget shows the same success)`, async () => {
      const email = `twice.${provider}@example.fr`;
      assert.equal((await post(relay.url, widgetBody(email))).status, 201);
      const again = await post(relay.url, widgetBody(email));
      assert.equal(again.status, DUPLICATE_STATUS[provider]);
      assert.equal(standIn.contacts.size >= 2, true);
      assert.equal(standIn.requests.filter((r) => r.raw.includes(email)).length, 2);
    });

    if (provider === 'listmonk') {
      test('an older Listmonk’s 400 "E-mail already exists." answers 409, not a refused address', async () => {
        assert.equal((await post(relay.url, widgetBody('legacy-duplicate@example.fr'))).status, 409);
      });
    }

    if (provider === 'mailchimp') {
      test('the consent text and page are cut to the 255 characters a Mailchimp text merge field holds', async () => {
        const email = 'long.proof@example.fr';
        const consentText = `J’accepte ${'de recevoir la lettre du pôle, '.repeat(12)}par e-mail.`;
        const page = `https://www.example.org/${'actualites/'.repeat(30)}`;
        assert.equal((await post(relay.url, widgetBody(email, { consentText, page }))).status, 201);
        const fields = standIn.contacts.get(email).merge_fields;
        assert.equal(fields.CONSENT_TX, consentText.slice(0, 255));
        assert.equal(fields.CONSENT_PG, page.slice(0, 255));
        assert.equal(relay.proofs().find((p) => p.email === email).text, consentText, 'the consent log keeps the whole text');
      });
    }

    test('an address the service refuses answers 422 with our own message under the field', async () => {
      const a = await post(relay.url, widgetBody('invalid@example.fr'));
      assert.equal(a.status, 422);
      assert.deepEqual(a.body, { errors: { email: 'Cette adresse e-mail n’est pas valide.' } });
      assert.doesNotMatch(a.text, PROVIDER_WORDS);
    });

    test('a rate limit of the service answers 429 with its delay in Retry-After, readable cross-origin', async () => {
      const a = await post(relay.url, widgetBody('ratelimit@example.fr'));
      assert.equal(a.status, 429);
      assert.equal(a.headers.get('retry-after'), '7');
      assert.match(a.headers.get('access-control-expose-headers'), /Retry-After/);
      assert.doesNotMatch(a.text, PROVIDER_WORDS);
    });

    test('a failing service answers 502 with a generic message, never its error text', async () => {
      const a = await post(relay.url, widgetBody('down@example.fr'));
      assert.equal(a.status, 502);
      assert.deepEqual(a.body, { message: GENERIC });
      assert.doesNotMatch(a.text, PROVIDER_WORDS);
      const log = await relay.logged(new RegExp(`${provider} answered 5\\d\\d`));
      assert.match(log, /d\*\*\*@example\.fr/);
      assert.doesNotMatch(log, /down@example\.fr/, 'the operator log masks addresses');
    });

    test('a service slower than the timeout answers 504, and the relay does not wait for it', async () => {
      const start = Date.now();
      const a = await post(relay.url, widgetBody('slow@example.fr'));
      assert.equal(a.status, 504);
      assert.ok(Date.now() - start < 1400, `answered after ${Date.now() - start} ms`);
      assert.deepEqual(a.body, { message: GENERIC });
    });

    // The webhook's body is our own shape, which always carries the consent (docs/relay.md).
    if (provider !== 'webhook') {
      test('with proofAttributes off, the contact gets no consent field (the name still), and the consent log keeps the proof', async () => {
        const plain = await startRelay(relayConfig(provider, standIn.url, { proofAttributes: false }));
        try {
          const email = `plain.${provider}@example.fr`;
          assert.equal((await post(plain.url, widgetBody(email, { name: 'Marie', widgetVersion: '0.1.0' }))).status, 201);
          const sent = JSON.stringify(standIn.contacts.get(email));
          assert.doesNotMatch(sent, /consent|2026-01|J’accepte|actualites|0\.1\.0/i, sent);
          assert.match(sent, /Marie/);
          assert.equal(plain.proofs().find((p) => p.email === email)?.version, '2026-01');
        } finally {
          await plain.stop();
        }
      });
    }

    test('a wrong key answers 502 to the visitor and tells the operator to check the configuration', async () => {
      const wrong = await startRelay(relayConfig(provider, standIn.url, { apiKey: 'wrong', apiSecret: 'wrong', username: 'wrong', webhookSecret: 'wrong' }));
      try {
        const a = await post(wrong.url, widgetBody(`key.${provider}@example.fr`));
        assert.equal(a.status, 502);
        assert.deepEqual(a.body, { message: GENERIC });
        await wrong.logged(/refused the key \(40[13]\): check the relay's configuration/);
        assert.equal(standIn.contacts.has(`key.${provider}@example.fr`), false);
        assert.deepEqual(wrong.proofs(), [], 'no consent proof for a signup that was not recorded');
      } finally {
        await wrong.stop();
      }
    });
  });
}
