// Local stand-ins for the mailing services the widget can post to directly (provider presets). Each
// checks the request shape the service's documentation gives and answers as the service does, with
// its CORS behaviour: HubSpot, Listmonk and Mautic send CORS headers to allowed origins; Brevo's and
// MailerLite's hosted form endpoints send none, so a browser can only post to them blind.
//
//   POST /stand-in/hubspot/submissions/v3/integration/submit/:portal/:form   JSON, CORS
//   POST /stand-in/listmonk/api/public/subscription                           JSON, CORS
//   POST /stand-in/mautic/form/submit?formId=N&ajax=true                      form, X-Requested-With, CORS
//   POST /stand-in/brevo-form/serve/:token                                    form, no CORS
//   POST /stand-in/mailerlite-form/webforms/submit/:id                        form, no CORS
//   GET  /stand-in/requests?email=E                                           what each stand-in received for E
//
// The address's local part chooses the answer: `invalid…`, `exists…`, `limit…` (rate limited),
// `down…` (5xx), `slow…` (answers after 1.5 s); anything else succeeds.

/** @type {Map<string, object[]>} */
const received = new Map();

export function providerStandIns() {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/stand-in/')) return next();
    const [, , service] = url.pathname.split('/');
    if (url.pathname === '/stand-in/requests') {
      return send(res, 200, {}, received.get(url.searchParams.get('email') ?? '') ?? []);
    }
    const corsHeaders = ['hubspot', 'listmonk', 'mautic'].includes(service)
      ? {
          'Access-Control-Allow-Origin': req.headers.origin ?? '*',
          'Access-Control-Allow-Methods': 'POST',
          'Access-Control-Allow-Headers': 'Content-Type, Accept, X-Requested-With',
          Vary: 'Origin',
        }
      : {};
    if (req.method === 'OPTIONS') return send(res, 204, corsHeaders);
    if (req.method !== 'POST') return send(res, 405, corsHeaders, { message: 'Method not allowed' });
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const type = String(req.headers['content-type'] ?? '');
      let body = null;
      try {
        body = type.startsWith('application/json') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
      } catch {
        /* a malformed body is answered as the service would: 400 */
      }
      const email = emailOf(service, body);
      const record = { service, path: url.pathname + url.search, contentType: type, headers: pick(req.headers), body };
      received.set(email, [...(received.get(email) ?? []), record]);
      const answer = () => respond(service, email, body, req, url, res, corsHeaders);
      if (email.startsWith('slow')) setTimeout(answer, 1500);
      else answer();
    });
  };
}

function respond(service, email, body, req, url, res, h) {
  if (!body) return send(res, 400, h, { message: 'Bad request' });
  if (email.startsWith('limit')) return send(res, 429, { ...h, 'Retry-After': '3' }, { message: 'Too many requests' });
  if (email.startsWith('down')) return send(res, 503, h, { message: 'Service unavailable' });
  const invalid = email.startsWith('invalid') || !/^[^@\s]+@[^@\s]+$/.test(email);
  switch (service) {
    case 'hubspot': {
      // developers.hubspot.com: Forms API v3, "Submit data to a form (unauthenticated)".
      const ok = Array.isArray(body.fields) && body.fields.every((f) => f.name && typeof f.value == 'string') && body.legalConsentOptions?.consent?.consentToProcess === true;
      if (!ok) return send(res, 400, h, { status: 'error', message: 'The request is not valid', errors: [{ message: 'Missing fields or consent', errorType: 'REQUIRED_FIELD' }] });
      if (invalid) return send(res, 400, h, { status: 'error', message: 'The request is not valid', errors: [{ message: "Error in 'fields.email'. Invalid email address", errorType: 'INVALID_EMAIL' }] });
      return send(res, 200, h, { inlineMessage: 'Thanks for submitting the form.' });
    }
    case 'listmonk': {
      // listmonk.app/docs/apis: POST /api/public/subscription {email, name, list_uuids}; {data: true}, or {message}.
      if (!Array.isArray(body.list_uuids) || body.list_uuids.length == 0) return send(res, 400, h, { message: 'No lists to subscribe to.' });
      if (invalid) return send(res, 400, h, { message: 'Invalid email.' });
      // An existing subscriber gets the same answer as a new one.
      return send(res, 200, h, { data: true });
    }
    case 'mautic': {
      // Mautic form submit as an AJAX request: JSON {success} or {validationErrors}.
      if (req.headers['x-requested-with'] !== 'XMLHttpRequest' || url.searchParams.get('ajax') !== 'true') return send(res, 302, { ...h, Location: '/' });
      const formId = url.searchParams.get('formId') ?? '';
      if (!/^\d+$/.test(formId) || body['mauticform[formId]'] !== formId) return send(res, 200, h, { success: 0, errorMessage: 'Form not found' });
      if (invalid) return send(res, 200, h, { success: 0, validationErrors: { email: 'Email is invalid.' } });
      return send(res, 200, h, { success: 1, successMessage: 'Thank you.' });
    }
    case 'brevo-form':
      if (!body.EMAIL) return send(res, 400, h, { success: false });
      return send(res, 200, h, { success: true });
    case 'mailerlite-form':
      if (!body['fields[email]']) return send(res, 422, h, { success: false });
      return send(res, 200, h, { success: true });
    default:
      return send(res, 404, h, { message: 'No such stand-in' });
  }
}

function emailOf(service, body) {
  if (!body) return '';
  if (service === 'hubspot') return String(body.fields?.find?.((f) => f.name === 'email')?.value ?? '');
  if (service === 'mautic') return String(Object.entries(body).find(([k]) => /^mauticform\[(email|[\w-]*mail[\w-]*)\]$/.test(k))?.[1] ?? '');
  return String(body.email ?? body.EMAIL ?? body['fields[email]'] ?? '');
}

function pick(headers) {
  return { origin: headers.origin ?? null, 'x-requested-with': headers['x-requested-with'] ?? null, cookie: headers.cookie ?? null, accept: headers.accept ?? null };
}

function send(res, status, headers, value) {
  if (res.writableEnded) return;
  res.writeHead(status, { ...headers, 'Cache-Control': 'no-store', ...(value === undefined ? {} : { 'Content-Type': 'application/json' }) });
  res.end(value === undefined ? undefined : JSON.stringify(value));
}

/** The same handler as Koa middleware, for @web/test-runner. */
export function providerStandInsKoa() {
  const handler = providerStandIns();
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/stand-in/')) return next();
    ctx.respond = false;
    await new Promise((done) => {
      ctx.res.on('finish', done);
      ctx.res.on('close', done);
      handler(ctx.req, ctx.res, done);
    });
  };
}
