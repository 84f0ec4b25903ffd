// The network module on its own, against the real test endpoint (demo/server/signup-endpoint.mjs).
import { expect } from '@open-wc/testing';
import {
  buildPayload,
  classify,
  encode,
  parseExtra,
  parseRetryAfter,
  post,
} from '../src/components/newsletter-modal/signup.js';

interface Recorded {
  method: string;
  contentType: string | null;
  accept: string | null;
  origin: string | null;
  cookie: string | null;
  url: string;
  body: string;
  parsed: Record<string, unknown> | null;
}

const newKey = () => `signup-${Math.random().toString(36).slice(2)}`;
const endpoint = (scenario: string, key: string, extra = '') => `/api/test/signup?scenario=${scenario}&key=${key}${extra}`;
const requests = async (key: string): Promise<Recorded[]> => (await fetch(`/api/test/requests?key=${key}`)).json();

const FIELDS = { email: 'marie@example.fr', consent: true, consentText: 'J’accepte…', consentVersion: '1', locale: 'fr', page: 'https://example.org/page' };

describe('signup payload', () => {
  it('carries exactly the email, consent, consent text and version, locale and page', () => {
    const body = buildPayload({
      email: 'marie@example.fr',
      consentText: 'J’accepte…',
      consentVersion: '2',
      locale: 'fr',
      page: 'https://example.org/actus',
    });
    expect(body).to.deep.equal({
      email: 'marie@example.fr',
      consent: true,
      consentText: 'J’accepte…',
      consentVersion: '2',
      locale: 'fr',
      page: 'https://example.org/actus',
    });
  });

  it('maps the email and name field names and sends the name only when one was typed', () => {
    const base = { email: 'a@b.fr', consentText: 't', consentVersion: '1', locale: 'en', page: 'p', emailField: 'EMAIL', nameField: 'FNAME' };
    expect(buildPayload({ ...base, name: 'Marie' })).to.include({ EMAIL: 'a@b.fr', FNAME: 'Marie' }).and.not.have.property('email');
    expect(buildPayload({ ...base, name: '' })).to.not.have.property('FNAME');
  });

  it('adds extra fields but never lets them override the documented ones', () => {
    const body = buildPayload({
      email: 'a@b.fr',
      consentText: 't',
      consentVersion: '1',
      locale: 'fr',
      page: 'p',
      extra: { list: '42', consent: 'false', email: 'other@evil.example' },
    });
    expect(body).to.include({ list: '42', consent: true, email: 'a@b.fr' });
  });

  it('drops an extra field named like a documented one, the name too when none was typed', () => {
    const base = { email: 'a@b.fr', consentText: 't', consentVersion: '1', locale: 'fr', page: 'p' };
    const extra = { name: 'Robot', page: 'https://evil.example/', locale: 'xx', FNAME: 'x', constructor: 'c', list: '42' };
    expect(buildPayload({ ...base, extra })).to.deep.equal({ ...base, consent: true, constructor: 'c', FNAME: 'x', list: '42', email: 'a@b.fr' });
    expect(buildPayload({ ...base, extra, nameField: 'FNAME' })).to.not.have.property('FNAME');
  });

  it('reads extra-fields JSON: objects of strings, numbers and booleans; anything else is unusable', () => {
    expect(parseExtra('{"list":"42","id":7,"double":true}')).to.deep.equal({ list: '42', id: '7', double: 'true' });
    expect(parseExtra('')).to.deep.equal({});
    expect(parseExtra('{list: 42}')).to.equal(null);
    expect(parseExtra('["a"]')).to.equal(null);
    expect(parseExtra('"text"')).to.equal(null);
    expect(parseExtra('{"nested":{"a":1}}')).to.equal(null);
    expect(parseExtra('{"constructor":"c","list":"1"}'), 'constructor is a key like any other').to.deep.equal({ constructor: 'c', list: '1' });
    expect(parseExtra('null')).to.equal(null);
  });

  it('encodes JSON, or a urlencoded form with consent=true', () => {
    expect(encode({ email: 'a+b@c.fr', consent: true }, 'json')).to.deep.equal({
      body: '{"email":"a+b@c.fr","consent":true}',
      type: 'application/json',
    });
    expect(encode({ email: 'a+b@c.fr', consent: true }, 'form')).to.deep.equal({
      body: 'email=a%2Bb%40c.fr&consent=true',
      type: 'application/x-www-form-urlencoded',
    });
  });
});

describe('answer classification', () => {
  it('reads Retry-After as seconds or as an HTTP date, with a floor, a ceiling and a default', () => {
    expect(parseRetryAfter('7')).to.equal(7);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2030, 0, 1))).to.equal(30);
    expect(parseRetryAfter('0')).to.equal(1);
    expect(parseRetryAfter('999999')).to.equal(3600);
    expect(parseRetryAfter(null)).to.equal(5);
    expect(parseRetryAfter('soon')).to.equal(5);
  });

  it('treats any 2xx and 409 as a success, whatever the body', () => {
    expect(classify(200, 'application/json', '{"status":"pending"}', null)).to.deep.equal({ ok: true, status: 200, body: { status: 'pending' } });
    expect(classify(204, '', '', null)).to.deep.equal({ ok: true, status: 204, body: null });
    expect(classify(200, 'text/html', '<h1>Merci</h1>', null)).to.deep.equal({ ok: true, status: 200, body: null });
    expect(classify(200, 'application/json', '{"status":', null)).to.deep.equal({ ok: true, status: 200, body: null });
    expect(classify(409, 'application/json', '{"message":"Already"}', null).ok).to.equal(true);
  });

  it('passes on a rejection’s message and email error as strings only', () => {
    const a = classify(422, 'application/json', '{"message":"Non","errors":{"email":["Invalide"]}}', null);
    expect(a).to.include({ ok: false, kind: 'rejected', message: 'Non', emailError: 'Invalide' });
    const mapped = classify(400, 'application/json', '{"errors":{"EMAIL":"Bad"}}', null, 'EMAIL');
    expect(mapped.emailError).to.equal('Bad');
    const odd = classify(400, 'application/json', '{"message":{"html":"<b>x</b>"},"errors":"nope"}', null);
    expect(odd.message).to.equal(undefined);
    expect(odd.emailError).to.equal(undefined);
  });

  it('removes bidi formatting and control characters from server strings', () => {
    const a = classify(422, 'application/json', JSON.stringify({ message: 'Non \u202Eesufer\u202C\u2066 !\u2069\u0007', errors: { email: ['\u200Fbad\nadresse'] } }), null);
    expect(a).to.include({ message: 'Non esufer !', emailError: 'bad adresse' });
  });

  it('calls other statuses server failures and 429 rate limiting', () => {
    expect(classify(500, '', '', null).kind).to.equal('server');
    expect(classify(404, 'text/html', '<h1>Not found</h1>', null).kind).to.equal('server');
    expect(classify(0, '', '', null).kind).to.equal('server');
    expect(classify(429, '', '', '12')).to.include({ kind: 'rate-limited', retryAfter: 12 });
  });
});

describe('post() against the real endpoint', () => {
  it('sends one POST with the JSON body, JSON headers and no cookie', async () => {
    const key = newKey();
    document.cookie = 'pole-test-cookie=1; path=/';
    try {
      const answer = await post(endpoint('ok', key), FIELDS);
      expect(answer).to.deep.equal({ ok: true, status: 200, body: { status: 'pending', message: 'Check your inbox.' } });
    } finally {
      document.cookie = 'pole-test-cookie=; path=/; max-age=0';
    }
    const [req, ...more] = await requests(key);
    expect(more).to.have.length(0);
    expect(req.method).to.equal('POST');
    expect(req.contentType).to.equal('application/json');
    expect(req.accept).to.equal('application/json');
    expect(req.cookie).to.equal(null);
    expect(req.parsed).to.deep.equal(FIELDS);
    expect(req.url).to.not.include('marie');
  });

  it('sends a urlencoded form when asked', async () => {
    const key = newKey();
    await post(endpoint('ok', key), { EMAIL: 'marie@example.fr', consent: true }, { encoding: 'form' });
    const [req] = await requests(key);
    expect(req.contentType).to.equal('application/x-www-form-urlencoded');
    expect(req.parsed).to.deep.equal({ EMAIL: 'marie@example.fr', consent: 'true' });
  });

  const cases: [string, Record<string, unknown>][] = [
    ['created', { ok: true, status: 201 }],
    ['empty', { ok: true, status: 204, body: null }],
    ['empty-200', { ok: true, status: 200, body: null }],
    ['html', { ok: true, status: 200, body: null }],
    ['malformed', { ok: true, status: 200, body: null }],
    ['conflict', { ok: true, status: 409 }],
    ['bad-request', { ok: false, status: 400, kind: 'rejected', message: 'Adresse refusée par le fournisseur.' }],
    ['invalid', { ok: false, status: 422, kind: 'rejected', emailError: 'Cette adresse ne peut pas recevoir de courriel.' }],
    ['malformed-400', { ok: false, status: 400, kind: 'rejected', body: null }],
    ['server-error', { ok: false, status: 500, kind: 'server' }],
    ['unavailable', { ok: false, status: 503, kind: 'server', body: null }],
  ];
  for (const [scenario, expected] of cases) {
    it(`classifies the "${scenario}" answer`, async () => {
      const answer = await post(endpoint(scenario, newKey()), FIELDS);
      expect(answer).to.include(expected);
    });
  }

  it('reads Retry-After from a 429 (exposed by the endpoint’s CORS headers)', async () => {
    const answer = await post(endpoint('rate-limited', newKey(), '&retry=7'), FIELDS);
    expect(answer).to.include({ ok: false, status: 429, kind: 'rate-limited', retryAfter: 7 });
  });

  it('keeps a server message with markup as a plain string', async () => {
    const answer = await post(endpoint('xss', newKey()), FIELDS);
    expect(answer.message).to.equal('<img src=x onerror="window.__poleXss=1">Refusé');
    expect(answer.emailError).to.equal('<b onmouseover=alert(1)>bad</b>');
  });

  it('does not follow a redirect to another origin', async () => {
    const key = newKey();
    const answer = await post(endpoint('redirect', key), FIELDS);
    expect(answer).to.include({ ok: false, kind: 'server', status: 0 });
    expect(await requests(key)).to.have.length(1);
  });

  it('reports a cross-origin answer without CORS headers as a network failure', async () => {
    const key = newKey();
    const answer = await post(`http://127.0.0.1:${location.port}${endpoint('no-cors', key)}`, FIELDS);
    expect(answer).to.deep.equal({ ok: false, status: 0, body: null, kind: 'network' });
    expect(await requests(key)).to.have.length(1);
  });

  it('gives up on a hung request after the timeout', async () => {
    const started = performance.now();
    const answer = await post(endpoint('hang', newKey()), FIELDS, { timeoutMs: 300 });
    expect(answer).to.deep.equal({ ok: false, status: 0, body: null, kind: 'timeout' });
    expect(performance.now() - started).to.be.within(250, 2000);
  });

  it('does not wait past the timeout for a body that never ends, and a 2xx status is still a success', async () => {
    const started = performance.now();
    const answer = await post(endpoint('trickle', newKey()), FIELDS, { timeoutMs: 300 });
    expect(answer).to.deep.equal({ ok: true, status: 200, body: null });
    expect(performance.now() - started).to.be.within(250, 2000);
  });

  it('ends at once when the caller aborts, reported apart from a timeout', async () => {
    const ctl = new AbortController();
    const pending = post(endpoint('hang', newKey()), FIELDS, { timeoutMs: 5000, signal: ctl.signal });
    setTimeout(() => ctl.abort(), 50);
    const started = performance.now();
    expect((await pending).kind).to.equal('network');
    expect(performance.now() - started).to.be.below(1000);
  });
});
