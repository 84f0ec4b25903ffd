// A real newsletter signup endpoint, shared by the demo (Vite dev and preview servers), the
// component tests (web-test-runner) and the end-to-end server. It behaves like a provider would:
// CORS, JSON or form bodies, validation, 2xx/4xx JSON answers.
//
//   POST /api/signup                  the demo's endpoint: validates, records to .data/signups.jsonl
//   GET  /api/signups                 what the demo received (emails masked), for the demo's panel
//   POST /api/test/signup?scenario=S  a test endpoint whose answer the test chooses (see SCENARIOS)
//        &key=K&delay=MS&retry=S      K groups the requests a test made; delay slows the answer;
//                                     retry is the Retry-After of rate-limited
//   GET  /api/test/requests?key=K     every request recorded under K: method, headers, body
//   GET  /api/test/held?key=K         a page resource still arriving (it holds the page's load event):
//                                     answered empty when POST /api/test/release?key=K comes, or after 10 s
//
// The handler is connect-style (req, res, next) for Vite; koaMiddleware() adapts it for the test runner.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;
const MAX_BODY = 16 * 1024;

/** @type {Map<string, object[]>} */
const recorded = new Map();
/** Held page resources (GET /api/test/held), by key: each entry answers its request. @type {Map<string, () => void>} */
const held = new Map();

/** @type {Record<string, (res: import('node:http').ServerResponse, q: URLSearchParams, req: import('node:http').IncomingMessage) => void>} */
const SCENARIOS = {
  ok: (res) => json(res, 200, { status: 'pending', message: 'Check your inbox.' }),
  created: (res) => json(res, 201, { status: 'pending' }),
  empty: (res) => end(res, 204),
  'empty-200': (res) => end(res, 200, 'text/plain', ''),
  slow: (res) => json(res, 200, { status: 'pending' }),
  'bad-request': (res) => json(res, 400, { message: 'Adresse refusée par le fournisseur.' }),
  invalid: (res) => json(res, 422, { errors: { email: 'Cette adresse ne peut pas recevoir de courriel.' } }),
  xss: (res) => json(res, 422, { message: '<img src=x onerror="window.__poleXss=1">Refusé', errors: { email: '<b onmouseover=alert(1)>bad</b>' } }),
  conflict: (res) => json(res, 409, { message: 'Already subscribed.' }),
  'rate-limited': (res, q) => {
    res.setHeader('Retry-After', q.get('retry') ?? '2');
    json(res, 429, { message: 'Too many requests.' });
  },
  'server-error': (res) => json(res, 500, { message: 'Internal error' }),
  unavailable: (res) => end(res, 503, 'text/html', '<!doctype html><title>503</title><h1>Service Unavailable</h1>'),
  html: (res) => end(res, 200, 'text/html', '<!doctype html><title>Merci</title><h1>Merci !</h1><script>window.__poleXss=1</script>'),
  malformed: (res) => end(res, 200, 'application/json', '{"status": "pending",'),
  'malformed-400': (res) => end(res, 400, 'application/json', '{"errors": '),
  // The answer is fine but carries no Access-Control-Allow-Origin: a cross-origin page may not read it.
  'no-cors': (res) => json(res, 200, { status: 'pending' }),
  // A redirect to another origin (127.0.0.1 ↔ localhost), back to this endpoint under the same key:
  // one recorded request means the client did not follow it.
  redirect: (res, q, req) => {
    const host = String(req.headers.host ?? '');
    const other = host.startsWith('localhost') ? host.replace('localhost', '127.0.0.1') : host.replace(/^[^:]+/, 'localhost');
    res.setHeader('Location', `http://${other}/api/test/signup?scenario=ok&key=${encodeURIComponent(q.get('key') ?? '')}`);
    end(res, 307, 'text/plain', 'Moved');
  },
  // Headers and the start of a body, then nothing: a timeout must cover reading the body too.
  trickle: (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.write('{"status":');
  },
  hang: () => {
    /* never answers: the client's timeout must end it */
  },
};

/**
 * @param {{ log?: boolean, dataFile?: string }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function signupEndpoint(options = {}) {
  const dataFile = resolve(options.dataFile ?? '.data/signups.jsonl');
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/api/')) return next();
    cors(req, res);
    if (req.method === 'OPTIONS') return end(res, 204);

    if (path === '/api/signups' && req.method === 'GET') return json(res, 200, listSignups(dataFile));
    if (path === '/api/test/requests' && req.method === 'GET') {
      return json(res, 200, recorded.get(url.searchParams.get('key') ?? '') ?? []);
    }
    if (path === '/api/test/held' && req.method === 'GET') {
      const key = url.searchParams.get('key') ?? '';
      const release = () => {
        clearTimeout(timer);
        held.delete(key);
        if (!res.writableEnded) end(res, 204);
      };
      const timer = setTimeout(release, 10_000);
      held.set(key, release);
      return undefined;
    }
    if (path === '/api/test/release' && req.method === 'POST') {
      held.get(url.searchParams.get('key') ?? '')?.();
      return end(res, 204);
    }
    if (path === '/api/test/reset' && req.method === 'POST') {
      recorded.delete(url.searchParams.get('key') ?? '');
      return end(res, 204);
    }
    if (path === '/api/signup' && req.method === 'POST') {
      return readBody(req, res, (raw) => demoSignup(req, res, raw, dataFile, options.log === true));
    }
    if (path === '/api/test/signup' && req.method === 'POST') {
      return readBody(req, res, (raw) => testSignup(req, res, raw, url.searchParams));
    }
    if (path === '/api/test/signup' || path === '/api/signup') return json(res, 405, { message: 'Use POST.' });
    return next();
  };
}

/** The same handler as Koa middleware, for @web/test-runner and @web/dev-server. */
export function koaMiddleware(options = {}) {
  const handler = signupEndpoint(options);
  return async (ctx, next) => {
    let passed = false;
    await new Promise((done) => {
      ctx.res.on('close', done);
      ctx.res.on('finish', done);
      handler(ctx.req, ctx.res, () => {
        passed = true;
        done();
      });
    });
    if (passed) return next();
    ctx.respond = false;
  };
}

function testSignup(req, res, raw, q) {
  const key = q.get('key') ?? 'default';
  const list = recorded.get(key) ?? [];
  list.push({
    method: req.method,
    contentType: req.headers['content-type'] ?? null,
    accept: req.headers.accept ?? null,
    origin: req.headers.origin ?? null,
    cookie: req.headers.cookie ?? null,
    url: req.url,
    body: raw,
    parsed: parseBody(req, raw),
  });
  recorded.set(key, list);
  const scenario = SCENARIOS[q.get('scenario') ?? 'ok'];
  if (!scenario) return json(res, 400, { message: `Unknown scenario ${q.get('scenario')}` });
  const delay = Number(q.get('delay') ?? (q.get('scenario') === 'slow' ? 1500 : 0));
  if (q.get('scenario') === 'no-cors') res.removeHeader('Access-Control-Allow-Origin');
  setTimeout(() => {
    if (!res.writableEnded && !res.destroyed) scenario(res, q, req);
  }, delay);
}

function demoSignup(req, res, raw, dataFile, log) {
  const body = parseBody(req, raw);
  if (!body || typeof body !== 'object') return json(res, 400, { message: 'Le corps de la requête est illisible.' });
  const email = typeof body.email === 'string' ? body.email.trim() : '';
  const consent = body.consent === true || body.consent === 'true';
  if (!EMAIL.test(email) || email.length > 254) {
    return json(res, 422, { errors: { email: 'Cette adresse e-mail n’est pas valide.' } });
  }
  if (!consent) return json(res, 422, { message: 'Le consentement est requis.' });
  if (listSignups(dataFile).some((s) => s.emailHash === hash(email.toLowerCase()))) {
    return json(res, 409, { message: 'Déjà inscrit.' });
  }
  const entry = {
    receivedAt: new Date().toISOString(),
    email,
    emailHash: hash(email.toLowerCase()),
    name: typeof body.name === 'string' ? body.name.slice(0, 100) : undefined,
    locale: body.locale,
    page: body.page,
    consentText: body.consentText,
    consentVersion: body.consentVersion,
  };
  mkdirSync(dirname(dataFile), { recursive: true });
  appendFileSync(dataFile, JSON.stringify(entry) + '\n');
  if (log) console.log(`[demo endpoint] new signup ${mask(email)} (${entry.locale ?? '?'}) from ${entry.page ?? '?'}`);
  return json(res, 201, { status: 'pending', message: 'Confirmation e-mail sent.' });
}

function listSignups(dataFile) {
  let text;
  try {
    text = readFileSync(dataFile, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      try {
        const e = JSON.parse(line);
        return [{ receivedAt: e.receivedAt, email: mask(e.email), emailHash: e.emailHash, locale: e.locale, page: e.page }];
      } catch {
        return [];
      }
    });
}

function parseBody(req, raw) {
  const type = String(req.headers['content-type'] ?? '');
  try {
    if (type.startsWith('application/json')) return JSON.parse(raw);
    if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  } catch {
    return null;
  }
  return null;
}

function readBody(req, res, done) {
  let raw = '';
  let tooLarge = false;
  req.setEncoding('utf8');
  req.on('data', (chunk) => {
    raw += chunk;
    if (raw.length > MAX_BODY && !tooLarge) {
      tooLarge = true;
      json(res, 413, { message: 'Body too large.' });
    }
  });
  req.on('end', () => {
    if (!tooLarge) done(raw);
  });
}

function cors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Accept');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  res.setHeader('Access-Control-Max-Age', '600');
}

function json(res, status, value) {
  end(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function end(res, status, type, body) {
  if (res.writableEnded || res.destroyed) return;
  res.statusCode = status;
  if (type) res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

function mask(email) {
  const [user = '', domain = ''] = String(email).split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}

function hash(text) {
  let h = 5381;
  for (const c of text) h = ((h << 5) + h + c.charCodeAt(0)) >>> 0;
  return h.toString(36);
}
