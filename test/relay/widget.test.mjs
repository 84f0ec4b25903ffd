// End to end through the built single file in Chromium: a plain page whose newsletter modal posts
// to the real relay process, which forwards to the Brevo stand-in. What the visitor sees must be
// what the relay answered, and what Brevo receives must carry the consent the visitor gave.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, openPage } from '../e2e/browser.mjs';
import { waitForWidgets } from '../e2e/helpers.mjs';
import { startServer } from '../e2e/server.mjs';
import { startRelay } from './helpers.mjs';
import { relayConfig, startStandIn } from './stand-ins.mjs';

const page = (relayUrl) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Adhérent</title><link rel="icon" href="data:,">
<script src="/dist/pole-widgets.js"></script></head>
<body><main><h1>Actualités</h1>
<pole-newsletter-modal trigger-label="S’inscrire à la newsletter" action="${relayUrl}" organisation="Pôle Test" privacy-href="/confidentialite"
  consent-version="2026-01" extra-fields='{"widgetVersion":"0.1.0"}'></pole-newsletter-modal>
</main></body></html>`;

const modalText = (p) => p.evaluate(() => document.querySelector('pole-newsletter-modal').shadowRoot.textContent);

async function submit(p, email, { first = false } = {}) {
  const inModal = (css) => p.locator(`pole-newsletter-modal ${css}`);
  if (first) {
    await inModal('[part~="trigger"]').click();
    await p.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('dialog').open);
  }
  await inModal('input[type="email"]').fill(email);
  if (first) {
    await inModal('input[type="checkbox"]').first().check();
  }
  await inModal('button[type="submit"]').click();
}

/**
 * For the enclosing describe: `provider`'s stand-in, the relay process forwarding to it, a server
 * for the member page, and Chromium; `set` receives them once they run.
 */
function useRelayPage(provider, set) {
  const running = {};
  before(async () => {
    running.standIn = await startStandIn(provider);
    // The page names the relay, the relay names the page's origin: the page is written once both run.
    let html = '';
    running.server = await startServer({
      routes: {
        '/member.html': (req, res) => {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(html);
        },
      },
    });
    running.relay = await startRelay(relayConfig(provider, running.standIn.url, { allowedOrigins: [running.server.origin] }));
    html = page(running.relay.url);
    running.browser = await launch();
    set(running);
  });
  after(async () => {
    await running.browser?.close();
    await running.server?.close();
    await running.relay?.stop();
    await running.standIn?.close();
  });
}

describe('the built widget in Chromium, through the relay, to the Brevo stand-in', () => {
  let server, browser, standIn, relay;
  useRelayPage('brevo', (s) => ({ server, browser, standIn, relay } = s));

  test('a refused address shows the relay’s message under the field; a good one, the success, and Brevo gets the consent proof', async () => {
    const { context, page: p, report } = await openPage(browser, `${server.origin}/member.html`);
    try {
      await waitForWidgets(p);
      await submit(p, 'invalid@example.fr', { first: true });
      await p.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[aria-invalid="true"]'));
      assert.match(await modalText(p), /Cette adresse e-mail n’est pas valide\./, 'the relay’s own words, not Brevo’s');
      assert.doesNotMatch(await modalText(p), /<script|Invalid email/);

      await submit(p, 'marie@example.fr');
      await p.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[role="status"]')?.textContent.trim());
      const contact = standIn.contacts.get('marie@example.fr');
      assert.ok(contact, 'Brevo received the signup');
      assert.deepEqual(standIn.shapeErrors, []);
      assert.equal(contact.attributes.CONSENT_VERSION, '2026-01');
      assert.equal(contact.attributes.CONSENT_PAGE, `${server.origin}/member.html`);
      assert.match(contact.attributes.CONSENT_TEXT, /Pôle Test/, 'the sentence the visitor saw, with the organisation');
      assert.equal(contact.attributes.WIDGET_VERSION, '0.1.0');
      const proof = relay.proofs().find((e) => e.email === 'marie@example.fr');
      assert.equal(proof?.text, contact.attributes.CONSENT_TEXT);
      assert.deepEqual(report.pageErrors, []);
      assert.deepEqual(report.violations, []);
      // Only the relay was contacted, never Brevo: the key stays on the server.
      assert.equal(report.requests.filter((u) => u.startsWith(standIn.url)).length, 0);
      assert.ok(report.requests.some((u) => u.startsWith(relay.url)));
    } finally {
      await context.close();
    }
  });

  test('a page whose origin is not on the relay’s list cannot sign anyone up: the visitor is told the service cannot be reached', async () => {
    // The same server under another name (localhost): another origin, not on the list.
    const { context, page: p } = await openPage(browser, `${server.cdn}/member.html`);
    try {
      await waitForWidgets(p);
      await submit(p, 'elsewhere@example.fr', { first: true });
      await p.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[role="alert"]')?.textContent.trim());
      assert.equal(standIn.contacts.has('elsewhere@example.fr'), false);
      assert.equal(relay.proofs().some((e) => e.email === 'elsewhere@example.fr'), false);
    } finally {
      await context.close();
    }
  });
});

// Every other provider the relay forwards to, the same way a visitor signs up: the built file, the
// relay process, the provider's stand-in. One signup each, seen at the stand-in in its own shape.
for (const provider of ['mailchimp', 'mailjet', 'listmonk', 'webhook']) {
  describe(`the built widget in Chromium, through the relay, to the ${provider} stand-in`, () => {
    let server, browser, standIn, relay;
    useRelayPage(provider, (s) => ({ server, browser, standIn, relay } = s));

    test('a visitor’s signup reaches the provider with the consent proof, and only the relay is contacted', async () => {
      const { context, page: p, report } = await openPage(browser, `${server.origin}/member.html`);
      try {
        await waitForWidgets(p);
        const email = `marie.${provider}@example.fr`;
        await submit(p, email, { first: true });
        await p.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[role="status"]')?.textContent.trim());
        assert.match(await modalText(p), /Merci/);
        assert.ok(standIn.contacts.has(email), `${provider} received the signup`);
        assert.deepEqual(standIn.shapeErrors, []);
        assert.equal(relay.proofs().find((e) => e.email === email)?.version, '2026-01');
        assert.deepEqual(report.pageErrors, []);
        assert.equal(report.requests.filter((u) => u.startsWith(standIn.url)).length, 0);
      } finally {
        await context.close();
      }
    });
  });
}
