// Local stand-ins for the mailing services the relay forwards to, on 127.0.0.1 and a random port.
// Each checks what its real API requires (the auth header, the body's shape) and answers as its
// documentation says (docs/relay.md lists the pages). The address's local part picks a scenario:
//
//   invalid@…    the service refuses the address
//   ratelimit@…  the service rate-limits (429, its own headers, 7 s)
//   down@…       the service fails (5xx, an HTML page where the service sends one)
//   slow@…       the answer comes after `slowMs` (longer than the relay's timeout in the tests)
//   legacy-duplicate@…  Listmonk only: the 400 older versions gave for an existing address
//
// Any other address is stored; the same address again is "already exists" where the service says
// so. `requests` records every request, `shapeErrors` every request the real API would refuse.
import { createHash, createHmac } from 'node:crypto';
import { createServer } from 'node:http';

export const KEYS = {
  brevo: { apiKey: 'xkeysib-test-0123456789' },
  mailchimp: { apiKey: '0123456789abcdef0123456789abcdef-us21', listIds: ['a1b2c3d4e5'] },
  mailjet: { apiKey: 'mj-public-key', apiSecret: 'mj-secret-key', listIds: ['10'] },
  listmonk: { username: 'relay', apiKey: 'listmonk-token', listIds: [3] },
  webhook: { webhookSecret: 'webhook-secret' },
};

/** The configuration a relay needs to reach `provider`'s stand-in at `url` (with the right key). */
export function relayConfig(provider, url, extra = {}) {
  const base = { provider, allowedOrigins: ['https://www.example.org'], ...KEYS[provider] };
  const specific = {
    brevo: { baseUrl: url, listIds: [2, 7], templateId: 12, redirectionUrl: 'https://www.example.org/merci' },
    mailchimp: { baseUrl: url },
    mailjet: { baseUrl: url },
    listmonk: { baseUrl: url },
    webhook: { webhookUrl: `${url}/hook` },
  }[provider];
  return { ...base, ...specific, ...extra };
}

const SPECS = { brevo, mailchimp, mailjet, listmonk, webhook };

/** Starts `provider`'s stand-in; resolves to `{ url, contacts, requests, shapeErrors, close }`. */
export async function startStandIn(provider, { slowMs = 2000 } = {}) {
  const state = { contacts: new Map(), requests: [], shapeErrors: [] };
  const spec = SPECS[provider];
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      let body = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        // left null: the spec answers as the service does to an unreadable body
      }
      const entry = { method: req.method, url: req.url, headers: req.headers, raw, body };
      state.requests.push(entry);
      const send = (status, value, headers = {}) => {
        if (res.destroyed) return;
        const text = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
        res.writeHead(status, { ...(text && { 'content-type': typeof value === 'string' ? 'text/html' : 'application/json' }), ...headers });
        res.end(text);
      };
      const local = typeof body === 'object' && body ? String(spec.email(body) ?? '').split('@')[0] : '';
      const answer = () => spec.handle({ req, body, raw, state, send, local, entry });
      if (local === 'slow') setTimeout(answer, slowMs);
      else answer();
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    ...state,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(done);
    }),
  };
}

/** Records why the real API would refuse this request; returns true when it would. */
function refuse(state, entry, problems) {
  if (problems.length === 0) return false;
  state.shapeErrors.push({ url: entry.url, problems });
  return true;
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isInt = (v) => Number.isInteger(v) && v > 0;

// https://developers.brevo.com/reference/create-doi-contact, https://developers.brevo.com/docs/limit-headers
function brevo() {}
Object.assign(brevo, {
  email: (b) => b.email,
  handle({ req, body, state, send, local, entry }) {
    if (req.method !== 'POST' || req.url !== '/contacts/doubleOptinConfirmation') return send(404, { code: 'not_found', message: 'Not found' });
    if (req.headers['api-key'] !== KEYS.brevo.apiKey) return send(401, { code: 'unauthorized', message: 'Key not found' });
    const p = [];
    if (!isObject(body)) p.push('body is not a JSON object');
    else {
      if (typeof body.email !== 'string') p.push('email: string required');
      if (!Array.isArray(body.includeListIds) || body.includeListIds.length === 0 || !body.includeListIds.every(isInt)) p.push('includeListIds: list of ids required');
      if (!isInt(body.templateId)) p.push('templateId: id required');
      if (typeof body.redirectionUrl !== 'string' || !/^https?:\/\//.test(body.redirectionUrl)) p.push('redirectionUrl: URL required');
      if (body.attributes !== undefined && (!isObject(body.attributes) || !Object.values(body.attributes).every((v) => ['string', 'number', 'boolean'].includes(typeof v) || Array.isArray(v)))) {
        p.push('attributes: an object of strings, numbers, booleans or arrays');
      }
    }
    if (refuse(state, entry, p)) return send(400, { code: 'missing_parameter', message: p.join('; ') });
    if (local === 'invalid') return send(400, { code: 'invalid_parameter', message: 'Invalid email address <script>alert(1)</script>' });
    if (local === 'ratelimit') return send(429, { code: 'too_many_requests', message: 'Brevo rate limit secret detail' }, { 'x-sib-ratelimit-limit': '10', 'x-sib-ratelimit-remaining': '0', 'x-sib-ratelimit-reset': '7' });
    if (local === 'down') return send(500, { code: 'internal_error', message: 'Brevo internal detail' });
    const key = body.email.toLowerCase();
    const existed = state.contacts.has(key);
    state.contacts.set(key, body);
    return existed ? send(204) : send(201);
  },
});

// https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/,
// https://mailchimp.com/developer/marketing/docs/errors/
function mailchimp() {}
Object.assign(mailchimp, {
  email: (b) => b.email_address,
  handle({ req, body, state, send, local, entry }) {
    const problem = (status, title, detail, headers) =>
      send(status, { type: 'https://mailchimp.com/developer/marketing/docs/errors/', title, status, detail, instance: 'stand-in' }, { 'content-type': 'application/problem+json', ...headers });
    const [user, pass] = Buffer.from(String(req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':');
    if (!user || pass !== KEYS.mailchimp.apiKey) return problem(401, 'API Key Invalid', 'Your API key may be invalid, or you’ve attempted to access the wrong datacenter.');
    if (req.method !== 'POST' || req.url !== `/lists/${KEYS.mailchimp.listIds[0]}/members`) return problem(404, 'Resource Not Found', 'The requested resource could not be found.');
    const p = [];
    if (!isObject(body)) p.push('body is not a JSON object');
    else {
      if (typeof body.email_address !== 'string') p.push('email_address: string required');
      if (!['subscribed', 'unsubscribed', 'cleaned', 'pending', 'transactional'].includes(body.status)) p.push('status: one of the documented values');
      if (body.merge_fields !== undefined && (!isObject(body.merge_fields) || Object.keys(body.merge_fields).some((k) => k.length > 10))) p.push('merge_fields: tags of at most 10 characters');
    }
    if (refuse(state, entry, p)) return problem(400, 'Invalid Resource', p.join('; '));
    if (local === 'invalid') return problem(400, 'Invalid Resource', `${body.email_address} looks fake or invalid, please enter a real email address.`);
    if (local === 'ratelimit') return problem(429, 'Too Many Requests', 'Mailchimp secret throttle detail', { 'retry-after': '7' });
    if (local === 'down') return send(503, '<!doctype html><title>503</title><h1>Mailchimp is down</h1>');
    const key = body.email_address.toLowerCase();
    if (state.contacts.has(key)) return problem(400, 'Member Exists', `${body.email_address} is already a list member. Use PUT to insert or update list members.`);
    state.contacts.set(key, body);
    const id = createHash('md5').update(key).digest('hex');
    return send(200, { id, email_address: body.email_address, status: body.status, merge_fields: body.merge_fields ?? {}, list_id: KEYS.mailchimp.listIds[0] });
  },
});

// https://dev.mailjet.com/reference/email/contacts/bulk-contact-management/ (Action values)
function mailjet() {}
Object.assign(mailjet, {
  email: (b) => b.Email,
  handle({ req, body, state, send, local, entry }) {
    const [user, pass] = Buffer.from(String(req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString().split(':');
    if (user !== KEYS.mailjet.apiKey || pass !== KEYS.mailjet.apiSecret) return send(401, '');
    if (req.method !== 'POST' || req.url !== `/contactslist/${KEYS.mailjet.listIds[0]}/managecontact`) return send(404, { ErrorInfo: '', ErrorMessage: 'Object not found', StatusCode: 404 });
    const p = [];
    if (!isObject(body)) p.push('body is not a JSON object');
    else {
      if (typeof body.Email !== 'string') p.push('Email: string required');
      if (!['addforce', 'addnoforce', 'remove', 'unsub'].includes(body.Action)) p.push('Action: addforce, addnoforce, remove or unsub');
      if (body.Properties !== undefined && !isObject(body.Properties)) p.push('Properties: an object');
    }
    if (refuse(state, entry, p)) return send(400, { ErrorInfo: '', ErrorMessage: p.join('; '), StatusCode: 400 });
    if (local === 'invalid') return send(400, { ErrorInfo: '', ErrorMessage: `Invalid email address "${body.Email}"`, StatusCode: 400 });
    if (local === 'ratelimit') return send(429, { ErrorInfo: '', ErrorMessage: 'Mailjet secret throttle', StatusCode: 429 }, { 'retry-after': '7' });
    if (local === 'down') return send(500, { ErrorInfo: '', ErrorMessage: 'Mailjet internal detail', StatusCode: 500 });
    state.contacts.set(body.Email.toLowerCase(), body);
    return send(201, { Count: 1, Data: [{ ContactID: state.contacts.size, Email: body.Email, Action: body.Action, Name: body.Name ?? '', Properties: body.Properties ?? {} }], Total: 1 });
  },
});

// https://listmonk.app/docs/apis/subscribers/
function listmonk() {}
Object.assign(listmonk, {
  email: (b) => b.email,
  handle({ req, body, state, send, local, entry }) {
    if (req.headers.authorization !== `token ${KEYS.listmonk.username}:${KEYS.listmonk.apiKey}`) return send(403, { message: 'Invalid API credentials' });
    if (req.method !== 'POST' || req.url !== '/api/subscribers') return send(404, { message: 'Not found' });
    const p = [];
    if (!isObject(body)) p.push('body is not a JSON object');
    else {
      if (typeof body.email !== 'string') p.push('email: string required');
      if (typeof body.name !== 'string' || !body.name) p.push('name: required');
      if (!['enabled', 'disabled', 'blocklisted'].includes(body.status)) p.push('status: enabled, disabled or blocklisted');
      if (!Array.isArray(body.lists) || !body.lists.every(isInt)) p.push('lists: list ids');
      if (body.attribs !== undefined && !isObject(body.attribs)) p.push('attribs: an object');
      if (body.preconfirm_subscriptions !== undefined && typeof body.preconfirm_subscriptions !== 'boolean') p.push('preconfirm_subscriptions: boolean');
    }
    if (refuse(state, entry, p)) return send(400, { message: p.join('; ') });
    if (local === 'invalid') return send(400, { message: 'Invalid email.' });
    // Listmonk versions before the 409 answered a duplicate this way.
    if (local === 'legacy-duplicate') return send(400, { message: 'E-mail already exists.' });
    if (local === 'ratelimit') return send(429, { message: 'listmonk proxy throttle detail' }, { 'retry-after': '7' });
    if (local === 'down') return send(502, '<!doctype html><title>502</title><h1>Bad gateway (listmonk secret)</h1>');
    const key = body.email.toLowerCase();
    if (state.contacts.has(key)) return send(409, { message: 'E-mail already exists.' });
    state.contacts.set(key, body);
    return send(200, { data: { id: state.contacts.size, uuid: 'stand-in', email: body.email, name: body.name, attribs: body.attribs ?? {}, status: body.status, lists: [] } });
  },
});

// Our own webhook contract (docs/relay.md): JSON body, HMAC-SHA256 of the body in X-Pole-Signature.
function webhook() {}
Object.assign(webhook, {
  email: (b) => b.email,
  handle({ req, body, raw, state, send, local, entry }) {
    if (req.method !== 'POST' || req.url !== '/hook') return send(404, { message: 'Not found' });
    const expected = `sha256=${createHmac('sha256', KEYS.webhook.webhookSecret).update(raw).digest('hex')}`;
    if (req.headers['x-pole-signature'] !== expected) return send(401, { message: 'bad signature' });
    const p = [];
    if (!isObject(body) || body.type !== 'pole-widgets.signup' || typeof body.email !== 'string' || !isObject(body.consent)) p.push('not a pole-widgets.signup');
    if (refuse(state, entry, p)) return send(400, { message: p.join('; ') });
    if (local === 'invalid') return send(422, { message: 'webhook says no <b>secret</b>' });
    if (local === 'ratelimit') return send(429, { message: 'slow down' }, { 'retry-after': '7' });
    if (local === 'down') return send(500, { message: 'webhook internal detail' });
    const key = body.email.toLowerCase();
    if (state.contacts.has(key)) return send(409, { message: 'exists' });
    state.contacts.set(key, body);
    return send(202, { ok: true });
  },
});
