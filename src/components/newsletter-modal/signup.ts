/**
 * The signup's path to the pôle's endpoint, apart from any element: the body, the request and
 * what the answer means. Pure functions around one `fetch`, tested on their own.
 */
import { PRESETS, type PresetInput, type Provider } from './providers.js';

/** Why a signup did not go through (the `kind` of `pole-subscribe-error`). */
export type FailKind = 'network' | 'timeout' | 'server' | 'rejected' | 'rate-limited' | 'offline' | 'config';

/** The body's fields, before encoding. */
export type Fields = Record<string, string | boolean>;

/** What an answer means for the visitor. */
export interface Answer {
  ok: boolean;
  /** HTTP status; 0 when there was none (network error, timeout, refused redirect). */
  status: number;
  kind?: FailKind;
  /** The parsed JSON object of the answer, or null (empty, not JSON, malformed). */
  body: Record<string, unknown> | null;
  /** A `message` string from the server, as plain text. */
  message?: string;
  /** An error about the email field (`errors.email` or `errors[emailField]`), as plain text. */
  emailError?: string;
  /** Seconds to wait before retrying (429). */
  retryAfter?: number;
  /** The service refused the address as an address: the visitor reads the widget's own wording. */
  invalid?: boolean;
  /** Sent without being able to read the answer (a blind provider preset). */
  blind?: boolean;
}

export interface PayloadInput {
  email: string;
  name?: string;
  consentText: string;
  consentVersion: string;
  locale: string;
  /** The page's origin and path, never its query string or fragment. */
  page: string;
  emailField?: string;
  nameField?: string;
  extra?: Record<string, string>;
}

/** The documented fields every signup sends, besides the address and the name. */
export const RESERVED = ['consent', 'consentText', 'consentVersion', 'locale', 'page', '__proto__'];

/**
 * The body of a signup: the extra fields, then the documented ones. An extra field named like a
 * documented one is dropped, even the name when none was typed, so it can never pass for the visitor's.
 */
export function buildPayload(p: PayloadInput): Fields {
  const own = [...RESERVED, p.emailField || 'email', p.nameField || 'name'];
  const fields: Fields = {};
  for (const k in p.extra) if (!own.includes(k)) fields[k] = p.extra[k];
  fields[p.emailField || 'email'] = p.email;
  if (p.name) fields[p.nameField || 'name'] = p.name;
  return Object.assign(fields, {
    consent: true,
    consentText: p.consentText,
    consentVersion: p.consentVersion,
    locale: p.locale,
    page: p.page,
  });
}

/** The `extra-fields` attribute: a JSON object of strings (numbers and booleans become strings); null when unusable. */
export function parseExtra(json: string): Record<string, string> | null {
  try {
    const v = JSON.parse(json.trim() || '{}');
    // Only a plain object (not an array, not null) whose values are not objects. Its prototype, not
    // its `constructor`, which is a legitimate key of the JSON.
    if (Object.getPrototypeOf(v ?? 0) !== Object.prototype) return null;
    for (const k in v) {
      if (typeof v[k] == 'object') return null;
      v[k] = String(v[k]);
    }
    return v;
  } catch {
    return null;
  }
}

/**
 * JSON (default) or `application/x-www-form-urlencoded`. A form post with only `Accept` added is
 * a CORS "simple request": no preflight, which suits providers' form endpoints.
 */
export function encode(fields: Fields, encoding: string): { body: string; type: string } {
  return encoding === 'form'
    ? // WebIDL turns the record's booleans into "true".
      { body: new URLSearchParams(fields as Record<string, string>).toString(), type: 'application/x-www-form-urlencoded' }
    : { body: JSON.stringify(fields), type: 'application/json' };
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date), at least 1, at most an hour; 5 when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number {
  const v = (value ?? '').trim();
  const s = /^\d+$/.test(v) ? Number(v) : (Date.parse(v) - now) / 1000;
  return Number.isFinite(s) ? Math.min(3600, Math.max(1, Math.ceil(s))) : 5;
}

/**
 * Reads an answer. 2xx (whatever the body) and 409 (already subscribed) are a success; 400/422
 * are a rejection whose `message` / `errors.email` strings are passed on as text; 429 is rate
 * limiting; anything else (other 4xx, 5xx, a redirect) is the server's fault.
 */
export function classify(status: number, type: string, text: string, retryAfter: string | null, emailField = 'email'): Answer {
  let body: Record<string, unknown> | null = null;
  if (/json/i.test(type) && text) {
    try {
      const v: unknown = JSON.parse(text);
      if (v && typeof v === 'object' && !Array.isArray(v)) body = v as Record<string, unknown>;
    } catch {
      // Malformed JSON: the status alone decides.
    }
  }
  if ((status >= 200 && status < 300) || status === 409) return { ok: true, status, body };
  const answer: Answer = { ok: false, status, body, kind: 'server' };
  if (status === 429) {
    answer.kind = 'rate-limited';
    answer.retryAfter = parseRetryAfter(retryAfter);
  } else if (status === 400 || status === 422) {
    answer.kind = 'rejected';
    answer.message = str(body?.message);
    const errors = body?.errors as Record<string, unknown> | undefined;
    answer.emailError = str(errors?.[emailField]) ?? str(errors?.email);
  }
  return answer;
}

/**
 * A server string worth showing: trimmed and short; arrays (Laravel, Rails) give their first item.
 * Control and bidi formatting characters are removed: U+202E would show the rest reversed.
 */
function str(v: unknown): string | undefined {
  if (Array.isArray(v)) v = v[0];
  if (typeof v == 'string') v = v.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\p{Cc}+/gu, ' ').trim();
  return typeof v === 'string' && v ? v.slice(0, 300) : undefined;
}

/** The most of an answer's body read: enough for any JSON message, and a huge answer cannot fill memory. */
export const MAX_ANSWER = 16_384;

/** The body as text, at most MAX_ANSWER characters; what arrived before an abort or error, if it stops. */
async function readCapped(res: Response): Promise<string> {
  let text = '';
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  try {
    for (let r; reader && text.length <= MAX_ANSWER && !(r = await reader.read()).done; ) text += decoder.decode(r.value, { stream: true });
    await reader?.cancel();
  } catch {
    // Aborted (timeout) or cut: the status alone decides.
  }
  return text.slice(0, MAX_ANSWER);
}

/**
 * POSTs the fields and classifies the answer; never throws. No cookies (`credentials: 'omit'`),
 * no redirect followed (a redirect reads as a server failure: the endpoint must answer itself),
 * no referrer beyond the origin. `timeoutMs` aborts a request that hangs (before the headers; a hanging body is cut, and the status decides);
 * aborting `signal` ends it too, reported as `network` (the caller has moved on).
 */
export async function post(
  url: string,
  fields: Fields,
  options: { encoding?: string; timeoutMs?: number; signal?: AbortSignal; emailField?: string; preset?: { provider: Provider; input: PresetInput } } = {},
): Promise<Answer> {
  const preset = options.preset && PRESETS[options.preset.provider];
  const shaped = preset?.request(options.preset!.input, url);
  const { body, type } = shaped ?? encode(fields, options.encoding ?? 'json');
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, options.timeoutMs ?? 10_000);
  const stop = () => ctl.abort();
  options.signal?.addEventListener('abort', stop);
  try {
    const res = await fetch(shaped?.url ?? url, {
      method: 'POST',
      headers: { 'Content-Type': type, Accept: 'application/json', ...shaped?.headers },
      body,
      // A blind preset: the service sends no CORS headers, so its answer is opaque (status 0).
      mode: preset?.blind ? 'no-cors' : 'cors',
      credentials: 'omit',
      // no-cors refuses a manual redirect; a blind post cannot read where it went anyway.
      redirect: preset?.blind ? 'follow' : 'manual',
      referrerPolicy: 'strict-origin',
      cache: 'no-store',
      signal: ctl.signal,
    });
    if (preset?.blind) return { ok: true, status: 0, body: null, blind: true };
    // Past this point the status is known: a 2xx whose body is late or cut is still a success (the
    // signup was recorded), so the body read never turns the answer into a timeout.
    const text = await readCapped(res);
    const answer = classify(res.status, res.headers.get('content-type') ?? '', text, res.headers.get('retry-after'), options.emailField);
    return preset?.read ? preset.read(answer) : answer;
  } catch {
    return { ok: false, status: 0, body: null, kind: timedOut ? 'timeout' : navigator.onLine === false ? 'offline' : 'network' };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}
