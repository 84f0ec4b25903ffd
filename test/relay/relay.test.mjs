// The relay's own rules, through the real CLI process in front of the webhook stand-in: start-up
// checks, CORS with an allow-list, address and consent checks, the honeypot, rate limits, the
// consent log.
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { ORIGIN, post, runRelayExpectingExit, startRelay, widgetBody } from './helpers.mjs';
import { relayConfig, startStandIn } from './stand-ins.mjs';

describe('relay start-up: a bad configuration stops it with the reason, exit code 2', () => {
  const cases = [
    ['no provider', { allowedOrigins: [ORIGIN] }, /provider: missing/],
    ['an unknown provider', { provider: 'sendgrid', allowedOrigins: [ORIGIN] }, /provider: unknown "sendgrid"/],
    ['a missing key', { provider: 'brevo', allowedOrigins: [ORIGIN], listIds: [2], templateId: 1, redirectionUrl: 'https://x.org/' }, /apiKey: required by the brevo provider/],
    ['no allowed origin', { provider: 'webhook', webhookUrl: 'https://hooks.example.org/x', allowedOrigins: [] }, /allowedOrigins: list at least one origin/],
    ['a wildcard origin', { provider: 'webhook', webhookUrl: 'https://hooks.example.org/x', allowedOrigins: ['*'] }, /"\*" is not allowed/],
    ['an origin with a path', { provider: 'webhook', webhookUrl: 'https://hooks.example.org/x', allowedOrigins: ['https://www.example.org/news'] }, /is a URL, not an origin: write "https:\/\/www.example.org"/],
    ['a Mailchimp key without its data centre', { provider: 'mailchimp', apiKey: 'abc', listIds: ['x'], allowedOrigins: [ORIGIN] }, /data centre/],
    ['a webhook URL that is not one', { provider: 'webhook', webhookUrl: 'ftp://x', allowedOrigins: [ORIGIN] }, /webhookUrl: "ftp:\/\/x" is not an http\(s\) URL/],
    ['an unreadable file', '{"provider": "brevo",', /cannot read the configuration file/],
  ];
  for (const [name, config, message] of cases) {
    test(name, async () => {
      const { code, stderr } = await runRelayExpectingExit(config);
      assert.equal(code, 2);
      assert.match(stderr, message);
    });
  }

  test('environment variables complete a file and win over it, so the key can stay out of the file', async () => {
    const standIn = await startStandIn('webhook');
    const relay = await startRelay(
      { provider: 'webhook', allowedOrigins: ['https://old.example.org'] },
      { env: { POLE_RELAY_WEBHOOK_URL: `${standIn.url}/hook`, POLE_RELAY_WEBHOOK_SECRET: 'webhook-secret', POLE_RELAY_ALLOWED_ORIGINS: `${ORIGIN}, https://b.example.org` } },
    );
    try {
      assert.equal((await post(relay.url, widgetBody('env@example.fr'))).status, 201);
      assert.equal((await post(relay.url, widgetBody('env2@example.fr'), { origin: 'https://b.example.org' })).status, 201);
      assert.equal((await post(relay.url, widgetBody('env3@example.fr'), { origin: 'https://old.example.org' })).status, 403);
    } finally {
      await relay.stop();
      await standIn.close();
    }
  });
});

describe('relay contract with the widget', () => {
  let standIn;
  let relay;
  before(async () => {
    standIn = await startStandIn('webhook');
    relay = await startRelay(
      relayConfig('webhook', standIn.url, {
        allowedOrigins: [ORIGIN, 'https://www.pole-two.fr'],
        clientIpHeader: 'x-forwarded-for',
        rateLimit: { client: { max: 4, windowSeconds: 60 }, address: { max: 2, windowSeconds: 60 } },
      }),
    );
  });
  after(async () => {
    await relay?.stop();
    await standIn?.close();
  });
  // Each test is its own client for the per-client limit.
  let n = 0;
  const client = () => ({ 'x-forwarded-for': `203.0.113.${++n}, 10.0.0.1` });
  const forwarded = (email) => standIn.requests.filter((r) => r.body?.email === email).length;

  test('answers a preflight from an allowed origin with 204 and the CORS headers the widget needs', async () => {
    const res = await fetch(relay.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.pole-two.fr', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://www.pole-two.fr');
    assert.match(res.headers.get('access-control-allow-methods'), /POST/);
    assert.match(res.headers.get('access-control-allow-headers'), /Content-Type/);
    assert.equal(res.headers.get('vary'), 'Origin');
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
  });

  test('refuses a preflight and a post from an origin not on the list, without any CORS header, and forwards nothing', async () => {
    const pre = await fetch(relay.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
    assert.equal(pre.status, 403);
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    const a = await post(relay.url, widgetBody('evil@example.fr'), { origin: 'https://evil.example.com', headers: client() });
    assert.equal(a.status, 403);
    assert.equal(a.headers.get('access-control-allow-origin'), null);
    const none = await post(relay.url, widgetBody('curl@example.fr'), { origin: null, headers: client() });
    assert.equal(none.status, 403, 'no Origin: not a browser on an allowed site');
    assert.equal(forwarded('evil@example.fr') + forwarded('curl@example.fr'), 0);
  });

  test('answers every post from an allowed origin with its CORS headers, errors included', async () => {
    const a = await post(relay.url, { email: 'nope' }, { headers: client() });
    assert.equal(a.status, 422);
    assert.equal(a.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(a.headers.get('vary'), 'Origin');
    assert.equal(a.headers.get('cache-control'), 'no-store');
  });

  test('answers 405 to anything but POST and OPTIONS', async () => {
    const res = await fetch(relay.url, { headers: { origin: ORIGIN } });
    assert.equal(res.status, 405);
    assert.match(res.headers.get('allow'), /POST/);
  });

  test('refuses an address that is malformed or longer than 254 characters with errors.email', async () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.fr`;
    assert.equal(long.length, 255);
    for (const email of ['marie', 'marie@', 'marie@example', 'ma rie@example.fr', '<marie@example.fr>', long, '']) {
      const a = await post(relay.url, widgetBody(email), { headers: client() });
      assert.equal(a.status, 422, email);
      assert.deepEqual(a.body, { errors: { email: 'Cette adresse e-mail n’est pas valide.' } });
    }
    const ok = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.fr`;
    assert.equal(ok.length, 254);
    assert.equal((await post(relay.url, widgetBody(ok), { headers: client() })).status, 201, 'exactly 254 characters is fine');
    assert.equal(forwarded(long), 0);
  });

  test('requires the consent: ticked, with the sentence and its version', async () => {
    for (const change of [{ consent: false }, { consent: undefined }, { consent: 'on' }, { consentText: '' }, { consentText: undefined }, { consentVersion: '' }, { consentVersion: 3 }]) {
      const a = await post(relay.url, widgetBody('consent@example.fr', change), { headers: client() });
      assert.equal(a.status, 422, JSON.stringify(change));
      assert.deepEqual(a.body, { message: 'Le consentement est requis.' });
    }
    assert.equal(forwarded('consent@example.fr'), 0);
  });

  test('answers in English to an English page', async () => {
    const a = await post(relay.url, widgetBody('consent@example.fr', { consent: false, locale: 'en' }), { headers: client() });
    assert.deepEqual(a.body, { message: 'Consent is required.' });
  });

  test('a filled honeypot gets the quiet success a bot expects, and nothing is forwarded nor logged', async () => {
    const a = await post(relay.url, widgetBody('bot@example.fr', { website: 'http://spam.example' }), { headers: client() });
    assert.equal(a.status, 201);
    assert.equal(forwarded('bot@example.fr'), 0);
    assert.equal(relay.proofs().some((p) => p.email === 'bot@example.fr'), false);
  });

  test('reads a form-encoded body (encoding="form") as well as JSON', async () => {
    const form = new URLSearchParams({ ...widgetBody('form@example.fr'), consent: 'true' }).toString();
    const a = await post(relay.url, null, { raw: form, headers: { ...client(), 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(a.status, 201);
    assert.equal(forwarded('form@example.fr'), 1);
  });

  test('answers 400 to an unreadable body and 413 to a body over 16 kB', async () => {
    assert.equal((await post(relay.url, null, { raw: '{"email":', headers: client() })).status, 400);
    assert.equal((await post(relay.url, null, { raw: 'email=a', headers: { ...client(), 'content-type': 'text/plain' } })).status, 400);
    const big = await post(relay.url, widgetBody('big@example.fr', { padding: 'x'.repeat(20000) }), { headers: client() });
    assert.equal(big.status, 413);
    assert.equal(forwarded('big@example.fr'), 0);
  });

  test('limits each client: past the limit, 429 with Retry-After and nothing forwarded', async () => {
    const me = client();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await post(relay.url, widgetBody(`burst${i}@example.fr`), { headers: me }));
    assert.deepEqual(answers.map((a) => a.status), [201, 201, 201, 201, 429, 429]);
    const wait = Number(answers[4].headers.get('retry-after'));
    assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
    assert.equal(answers[4].headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(forwarded('burst4@example.fr') + forwarded('burst5@example.fr'), 0);
    assert.equal((await post(relay.url, widgetBody('other@example.fr'), { headers: client() })).status, 201, 'another client is not held');
  });

  test('limits each address, whatever the client: the third attempt within the window gets 429', async () => {
    const statuses = [];
    for (const email of ['same@example.fr', 'SAME@example.fr', 'same@example.fr']) {
      statuses.push((await post(relay.url, widgetBody(email), { headers: client() })).status);
    }
    assert.deepEqual(statuses, [201, 409, 429]);
    assert.equal(standIn.requests.filter((r) => r.body?.email?.toLowerCase() === 'same@example.fr').length, 2);
  });

  test('keeps idle connections for 65 s, past the usual proxy idle timeout, so a reused one does not lose a signup', async () => {
    const agent = new Agent({ keepAlive: true });
    try {
      const headers = await new Promise((done, fail) => {
        const req = request(relay.url, { method: 'OPTIONS', agent, headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } }, (res) => {
          res.resume();
          res.on('end', () => done(res.headers));
        });
        req.on('error', fail);
        req.end();
      });
      // Node announces its idle timeout in a Keep-Alive header; its default is 5 s.
      assert.equal(headers['keep-alive'], 'timeout=65');
    } finally {
      agent.destroy();
    }
  });

  test('appends one consent proof a signup to the log: time, address, sentence, version, page without query', async () => {
    const before = relay.proofs().length;
    await post(relay.url, widgetBody('proof@example.fr', { widgetVersion: '0.1.0' }), { headers: client() });
    const proofs = relay.proofs();
    assert.equal(proofs.length, before + 1);
    const p = proofs.at(-1);
    assert.equal(p.email, 'proof@example.fr');
    assert.equal(p.outcome, 'created');
    assert.equal(p.version, '2026-01');
    assert.equal(p.page, 'https://www.example.org/actualites');
    assert.equal(p.widgetVersion, '0.1.0');
    assert.match(p.text, /Pôle Exemple/);
    assert.ok(Math.abs(Date.parse(p.at) - Date.now()) < 60000);
  });
});
