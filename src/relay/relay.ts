import { parseConfig, type CheckedConfig, type RelayConfig } from './config.js';
import { createProvider, type ConsentProof, type Outcome, type Provider, type Signup } from './providers.js';
import { RateLimiter } from './rate-limit.js';

/** One line of the consent log: the proof, the address it concerns, and what the provider answered. */
export interface ProofEntry extends ConsentProof {
  email: string;
  provider: string;
  outcome: 'created' | 'exists';
}

/** What a platform adapter knows beyond the request. */
export interface RelayContext {
  /** The visitor's IP as the platform sees it (the socket's, or the platform's own value). */
  clientIp?: string;
}

/** Options beyond the partner's configuration, given by the adapter that runs the relay. */
export interface RelayOptions {
  /** Appends one consent proof to an append-only store (the Node server writes JSON lines to a file). */
  recordProof?: (entry: ProofEntry) => Promise<void> | void;
  /** Where operator messages go; default `console.error`. Never given an address in full. */
  log?: (message: string) => void;
  /** Replaces the provider adapter (tests of the handler alone). */
  provider?: Provider;
}

/** The relay: a standard `fetch` handler, Request in, Response out. */
export type RelayHandler = (request: Request, context?: RelayContext) => Promise<Response>;

const MAX_BODY = 16 * 1024;
// The same rule as the demo endpoint, plus the 254-character limit of RFC 5321 (a path's length).
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

const MESSAGES = {
  fr: {
    unreadable: 'Le formulaire envoyé est illisible.',
    email: 'Cette adresse e-mail n’est pas valide.',
    consent: 'Le consentement est requis.',
    tooMany: 'Trop de tentatives. Réessayez dans quelques minutes.',
    unavailable: 'Le service d’inscription est indisponible. Réessayez plus tard.',
    origin: 'Ce site n’est pas autorisé à inscrire à cette newsletter.',
    method: 'Utilisez POST.',
    tooLarge: 'Le formulaire envoyé est trop long.',
  },
  en: {
    unreadable: 'The form could not be read.',
    email: 'This email address is not valid.',
    consent: 'Consent is required.',
    tooMany: 'Too many attempts. Please try again in a few minutes.',
    unavailable: 'The signup service is unavailable. Please try again later.',
    origin: 'This site may not sign people up to this newsletter.',
    method: 'Use POST.',
    tooLarge: 'The form sent is too long.',
  },
};

/**
 * Creates the relay. Throws a `ConfigError` at once when the configuration is unusable, so a
 * deployment fails at start-up rather than losing signups.
 */
export function createRelay(config: RelayConfig, options: RelayOptions = {}): RelayHandler {
  const c = parseConfig(config);
  const provider = options.provider ?? createProvider(c);
  const log = options.log ?? ((m: string) => console.error(`[pole-widgets-relay] ${m}`));
  const byClient = new RateLimiter(c.rateLimit.client);
  const byAddress = new RateLimiter(c.rateLimit.address);

  return async (request, context = {}) => {
    const origin = request.headers.get('origin');
    const allowed = origin !== null && c.allowedOrigins.includes(origin);
    const t = MESSAGES[lang(request)];
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      respond(status, body, { ...headers, ...(allowed && cors(origin)) });

    if (request.method === 'OPTIONS') {
      if (!allowed) return respond(403, null, {});
      return respond(204, null, {
        ...cors(origin),
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'Content-Type, Accept',
        'access-control-max-age': '600',
      });
    }
    if (request.method !== 'POST') return answer(405, { message: t.method }, { allow: 'POST, OPTIONS' });
    // Browsers send Origin with every cross-origin POST; a request without one is not a visitor's.
    if (!allowed) return respond(403, { message: t.origin }, {});

    const body = await readBody(request);
    if (body === 'too-large') return answer(413, { message: t.tooLarge });
    if (!body) return answer(400, { message: t.unreadable });
    const m = MESSAGES[body.locale === 'en' ? 'en' : body.locale === 'fr' ? 'fr' : lang(request)];

    const ip = clientIp(request, c, context);
    const clientWait = byClient.hit(ip);
    if (clientWait) return answer(429, { message: m.tooMany }, { 'retry-after': String(clientWait) });

    // The widget drops a signup whose honeypot is filled; a bot posting here directly gets the
    // same quiet success and nothing is forwarded.
    if (str(body.website)) return answer(201, { status: 'pending' });

    const email = str(body.email).trim();
    if (email.length > 254 || !EMAIL.test(email)) return answer(422, { errors: { email: m.email } });
    const consentText = str(body.consentText).trim();
    const consentVersion = str(body.consentVersion).trim();
    if (!(body.consent === true || body.consent === 'true') || !consentText || !consentVersion || consentText.length > 2000 || consentVersion.length > 100) {
      return answer(422, { message: m.consent });
    }
    const addressWait = byAddress.hit(email.toLowerCase());
    if (addressWait) return answer(429, { message: m.tooMany }, { 'retry-after': String(addressWait) });

    const signup: Signup = {
      email,
      name: str(body.name).trim().slice(0, 100) || undefined,
      locale: body.locale === 'en' ? 'en' : 'fr',
      consent: {
        at: new Date().toISOString(),
        text: consentText,
        version: consentVersion,
        page: pageOf(str(body.page), origin),
        ...(str(body.widgetVersion) && { widgetVersion: str(body.widgetVersion).slice(0, 40) }),
      },
    };
    let outcome: Outcome;
    try {
      outcome = await provider(signup);
    } catch (e) {
      outcome = { kind: 'unavailable', reason: `adapter error (${(e as Error).name})` };
    }
    switch (outcome.kind) {
      case 'created':
      case 'exists':
        try {
          await options.recordProof?.({ ...signup.consent, email, provider: c.provider, outcome: outcome.kind });
        } catch (e) {
          log(`could not record the consent proof for ${mask(email)}: ${(e as Error).message}`);
        }
        return outcome.kind === 'created' ? answer(201, { status: 'pending' }) : answer(409, { status: 'exists' });
      case 'invalid':
        return answer(422, { errors: { email: m.email } });
      case 'rate-limited':
        log(`${c.provider} is rate limiting; the visitor was asked to wait ${outcome.retryAfter} s.`);
        return answer(429, { message: m.tooMany }, { 'retry-after': String(outcome.retryAfter) });
      case 'timeout':
        log(`${c.provider} did not answer within ${c.timeoutMs} ms.`);
        return answer(504, { message: m.unavailable });
      case 'misconfigured':
        log(`${outcome.reason}: check the relay's configuration. The signup of ${mask(email)} was not recorded.`);
        return answer(502, { message: m.unavailable });
      case 'unavailable':
        log(`${outcome.reason}. The signup of ${mask(email)} was not recorded.`);
        return answer(502, { message: m.unavailable });
    }
  };
}

function respond(status: number, body: unknown, headers: Record<string, string>): Response {
  const h: Record<string, string> = { 'cache-control': 'no-store', ...headers };
  if (body !== null) h['content-type'] = 'application/json; charset=utf-8';
  return new Response(body === null ? null : JSON.stringify(body), { status, headers: h });
}

function cors(origin: string | null): Record<string, string> {
  return { 'access-control-allow-origin': origin ?? '', vary: 'Origin', 'access-control-expose-headers': 'Retry-After' };
}

async function readBody(request: Request): Promise<Record<string, unknown> | 'too-large' | null> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) return 'too-large';
  let bytes: ArrayBuffer;
  try {
    bytes = await request.arrayBuffer();
  } catch {
    return null;
  }
  if (bytes.byteLength > MAX_BODY) return 'too-large';
  const text = new TextDecoder().decode(bytes);
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.startsWith('application/json')) {
      const v: unknown = JSON.parse(text);
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    }
    if (type.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  } catch {
    return null;
  }
  return null;
}

function clientIp(request: Request, c: CheckedConfig, context: RelayContext): string {
  const header = c.clientIpHeader && request.headers.get(c.clientIpHeader);
  // x-forwarded-for lists the client first, then each proxy.
  if (header) return header.split(',')[0]!.trim();
  return context.clientIp ?? 'unknown';
}

/** The page's origin and path only: a query string may carry someone's data. */
function pageOf(page: string, origin: string | null): string {
  try {
    const u = new URL(page);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.origin + u.pathname;
  } catch {
    // Not a URL: fall back to the origin that posted.
  }
  return origin ?? '';
}

function lang(request: Request): 'fr' | 'en' {
  return /^en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'fr';
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function mask(email: string): string {
  const [user = '', domain = ''] = email.split('@');
  return `${user.slice(0, 1)}***@${domain}`;
}
