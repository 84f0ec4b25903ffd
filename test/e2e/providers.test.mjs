// Provider presets through the built single file, as a partner would paste it: a plain page on one
// origin, the mailing service's stand-in on another (test/server/provider-stand-ins.mjs), a visitor
// who types and clicks. Each path ends at the stand-in with the service's own request shape.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openPage } from './browser.mjs';
import { startServer } from './server.mjs';

const PATHS = {
  hubspot: '/stand-in/hubspot/submissions/v3/integration/submit/123/abc-def',
  listmonk: '/stand-in/listmonk/api/public/subscription',
  mautic: '/stand-in/mautic/form/submit?formId=7',
  'brevo-form': '/stand-in/brevo-form/serve/MUIFAbc',
  'mailerlite-form': '/stand-in/mailerlite-form/webforms/submit/42',
};
const EXTRA = { listmonk: '{"list_uuids":"a1b2"}' };

describe('provider presets in dist/pole-widgets.js', () => {
  let server;
  let browser;
  // Each page is served by the server itself (a page fulfilled by the test driver has no address
  // space, and Chromium's Local Network Access would then refuse its requests to loopback).
  before(async () => {
    const routes = Object.fromEntries(
      Object.keys(PATHS).map((provider) => [`/e2e-provider-${provider}.html`, (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(provider))]),
    );
    server = await startServer({ routes });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const page = (provider) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Partenaire</title>
<script src="/dist/pole-widgets.js" defer></script></head><body><main><h1>Partenaire</h1>
<pole-newsletter-modal trigger-label="Newsletter" provider="${provider}" action="${server.cdn}${PATHS[provider]}" extra-fields='${EXTRA[provider] ?? '{}'}'
  organisation="Pôle Exemple" privacy-href="/confidentialite"></pole-newsletter-modal></main></body></html>`;

  for (const provider of Object.keys(PATHS)) {
    it(`${provider}: a visitor's signup reaches the service in its own shape, and the visitor reads the right outcome`, async () => {
      const email = `marie-${provider}-${Date.now()}@example.fr`;
      const { page: p, report, context } = await openPage(browser, `${server.origin}/e2e-provider-${provider}.html`);
      await p.locator('pole-newsletter-modal [part=trigger]').click();
      await p.locator('pole-newsletter-modal #pf-email').fill(email);
      await p.locator('pole-newsletter-modal #pf-consent').check();
      await p.locator('pole-newsletter-modal button[type=submit]').click();
      const status = p.locator('pole-newsletter-modal [role=status]');
      const alert = p.locator('pole-newsletter-modal [role=alert]');
      await p.waitForFunction(() => {
        const root = document.querySelector('pole-newsletter-modal').shadowRoot;
        return /\S/.test(root.querySelector('[role=status]')?.textContent + root.querySelector('[role=alert]')?.textContent);
      });
      assert.equal((await alert.textContent()).trim(), '', 'no error shown to the visitor');
      const blind = provider.endsWith('-form');
      assert.match(await status.textContent(), blind ? /Demande envoyée/ : /Merci/);
      const received = await (await fetch(`${server.origin}/stand-in/requests?email=${encodeURIComponent(email)}`)).json();
      assert.equal(received.length, 1, 'exactly one request reached the service');
      assert.equal(received[0].service, provider);
      const cross = report.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:'));
      assert.deepEqual(
        cross.map((u) => new URL(u).pathname),
        [new URL(PATHS[provider], server.cdn).pathname],
        'no request but to the configured endpoint',
      );
      assert.deepEqual(report.pageErrors, []);
      assert.deepEqual(report.errors, []);
      await context.close();
    });
  }
});
