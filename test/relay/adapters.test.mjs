// The serverless adapters, as each platform calls them (a standard Request, the platform's own
// extras), configured by POLE_RELAY_* variables, in front of the webhook stand-in.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ORIGIN, widgetBody } from './helpers.mjs';
import { KEYS, startStandIn } from './stand-ins.mjs';

let standIn;
let env;
before(async () => {
  standIn = await startStandIn('webhook');
  env = {
    POLE_RELAY_PROVIDER: 'webhook',
    POLE_RELAY_ALLOWED_ORIGINS: ORIGIN,
    POLE_RELAY_WEBHOOK_URL: `${standIn.url}/hook`,
    POLE_RELAY_WEBHOOK_SECRET: KEYS.webhook.webhookSecret,
    POLE_RELAY_RATE_CLIENT: '2/60',
  };
});
after(() => standIn?.close());

const signup = (email, headers = {}) =>
  new Request('https://relay.example.net/api/signup', {
    method: 'POST',
    headers: { origin: ORIGIN, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(widgetBody(email)),
  });
const preflight = () =>
  new Request('https://relay.example.net/api/signup', { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'POST' } });

describe('Cloudflare Workers adapter (export default { fetch })', () => {
  test('a bad configuration fails the request with the reason, for `wrangler tail`', async () => {
    const { default: worker } = await import('../../dist/relay/cloudflare.js');
    await assert.rejects(worker.fetch(signup('cf0@example.fr'), { POLE_RELAY_PROVIDER: 'webhook' }), /allowedOrigins: list at least one origin/);
  });

  test('relays with the Worker’s variables and limits each visitor by CF-Connecting-IP', async () => {
    const { default: worker } = await import('../../dist/relay/cloudflare.js');
    assert.equal((await worker.fetch(preflight(), env)).status, 204);
    const a = [];
    for (let i = 0; i < 3; i++) a.push((await worker.fetch(signup(`cf${i + 1}@example.fr`, { 'cf-connecting-ip': '203.0.113.1' }), env)).status);
    assert.deepEqual(a, [201, 201, 429]);
    assert.equal((await worker.fetch(signup('cf9@example.fr', { 'cf-connecting-ip': '203.0.113.2' }), env)).status, 201);
    assert.ok(standIn.contacts.has('cf1@example.fr') && standIn.contacts.has('cf9@example.fr'));
    assert.equal(standIn.contacts.has('cf3@example.fr'), false);
  });
});

describe('Netlify Functions v2 and Vercel Functions adapters (Request → Response, process.env)', () => {
  before(() => Object.assign(process.env, env));

  test('Netlify: relays and limits each visitor by context.ip', async () => {
    const { default: handler } = await import('../../dist/relay/netlify.js');
    assert.equal((await handler(preflight(), { ip: '198.51.100.1' })).status, 204);
    const a = [];
    for (let i = 0; i < 3; i++) a.push((await handler(signup(`nf${i}@example.fr`), { ip: '198.51.100.1' })).status);
    assert.deepEqual(a, [201, 201, 429]);
    assert.equal((await handler(signup('nf9@example.fr'), { ip: '198.51.100.2' })).status, 201);
    assert.ok(standIn.contacts.has('nf0@example.fr') && standIn.contacts.has('nf9@example.fr'));
  });

  test('Vercel: POST and OPTIONS exports relay, and each visitor is limited by x-forwarded-for', async () => {
    const { POST, OPTIONS } = await import('../../dist/relay/vercel.js');
    const pre = await OPTIONS(preflight());
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), ORIGIN);
    const a = [];
    for (let i = 0; i < 3; i++) a.push((await POST(signup(`vc${i}@example.fr`, { 'x-forwarded-for': '192.0.2.1' }))).status);
    assert.deepEqual(a, [201, 201, 429]);
    assert.equal((await POST(signup('vc9@example.fr', { 'x-forwarded-for': '192.0.2.2' }))).status, 201);
    assert.ok(standIn.contacts.has('vc0@example.fr'));
  });
});
