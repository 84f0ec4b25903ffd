import type { CheckedConfig, ProviderName } from './config.js';

/** A signup that passed the relay's checks, with what the visitor agreed to. */
export interface Signup {
  email: string;
  name?: string;
  locale: 'fr' | 'en';
  consent: ConsentProof;
}

/** What proves the consent: when, to which sentence (and its version), on which page, with which widget. */
export interface ConsentProof {
  at: string;
  text: string;
  version: string;
  page: string;
  widgetVersion?: string;
}

/**
 * What a provider made of a signup. `reason` is for the operator's log only: it never reaches the
 * visitor, and it never carries the provider's own error text.
 */
export type Outcome =
  | { kind: 'created' }
  | { kind: 'exists' }
  | { kind: 'invalid' }
  | { kind: 'rate-limited'; retryAfter: number }
  | { kind: 'timeout' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'misconfigured'; reason: string };

/** Sends one signup to a mailing service. */
export type Provider = (signup: Signup) => Promise<Outcome>;

interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown> | null;
}

/** The provider adapter named in the configuration. */
export function createProvider(config: CheckedConfig): Provider {
  const adapters: Record<ProviderName, (c: CheckedConfig) => Provider> = { brevo, mailchimp, mailjet, listmonk, webhook };
  return adapters[config.provider](config);
}

// https://developers.brevo.com/reference/create-doi-contact: 201 "DOI Contact created", 204 "DOI
// Contact updated" (the address was already there). Errors: {code, message}.
function brevo(c: CheckedConfig): Provider {
  const url = `${root(c, 'https://api.brevo.com/v3')}/contacts/doubleOptinConfirmation`;
  return async (s) => {
    const attributes = {
      ...(s.name && { [c.nameAttribute ?? 'FIRSTNAME']: s.name }),
      ...proofFields(c, s.consent, ['CONSENT_AT', 'CONSENT_TEXT', 'CONSENT_VERSION', 'CONSENT_PAGE', 'WIDGET_VERSION']),
    };
    const body = {
      email: s.email,
      includeListIds: c.listIds.map(Number),
      templateId: Number(c.templateId),
      redirectionUrl: c.redirectionUrl,
      ...(Object.keys(attributes).length > 0 && { attributes }),
    };
    const a = await call(c, url, { 'api-key': c.apiKey!, 'content-type': 'application/json', accept: 'application/json' }, body);
    if ('kind' in a) return a;
    if (a.status === 201) return { kind: 'created' };
    if (a.status === 204) return { kind: 'exists' };
    if (a.status === 400 && a.json?.code === 'duplicate_parameter') return { kind: 'exists' };
    if (a.status === 400 && /email/i.test(String(a.json?.message ?? ''))) return { kind: 'invalid' };
    return common(a, 'brevo', Number(a.headers.get('x-sib-ratelimit-reset')));
  };
}

// https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/: POST a member,
// `status: "pending"` makes Mailchimp send its confirmation. Errors are problem documents
// {type, title, status, detail}: https://mailchimp.com/developer/marketing/docs/errors/
function mailchimp(c: CheckedConfig): Provider {
  const dc = String(c.apiKey).split('-').pop();
  const url = `${root(c, `https://${dc}.api.mailchimp.com/3.0`)}/lists/${encodeURIComponent(c.listIds[0]!)}/members`;
  const auth = `Basic ${base64(`pole-widgets:${c.apiKey}`)}`;
  return async (s) => {
    const merge = {
      ...(s.name && { [c.nameAttribute ?? 'FNAME']: s.name }),
      // Merge tags are at most 10 characters; text merge fields hold 255.
      ...proofFields(c, s.consent, ['CONSENT_AT', 'CONSENT_TX', 'CONSENT_V', 'CONSENT_PG', 'WIDGET_V'], 255),
    };
    const body = {
      email_address: s.email,
      status: 'pending',
      language: s.locale,
      timestamp_signup: s.consent.at,
      ...(Object.keys(merge).length > 0 && { merge_fields: merge }),
    };
    const a = await call(c, url, { authorization: auth, 'content-type': 'application/json', accept: 'application/json' }, body);
    if ('kind' in a) return a;
    if (a.status === 200 || a.status === 201) return { kind: 'created' };
    const title = String(a.json?.title ?? '');
    if (a.status === 400 && title === 'Member Exists') return { kind: 'exists' };
    if (a.status === 400 && /merge field/i.test(String(a.json?.detail ?? ''))) return { kind: 'misconfigured', reason: 'mailchimp 400 merge fields' };
    if (a.status === 400 && (title === 'Invalid Resource' || title === 'Forgotten Email Not Subscribed')) return { kind: 'invalid' };
    return common(a, 'mailchimp');
  };
}

// POST /contactslist/{id}/managecontact, whose `addnoforce` subscribes without re-subscribing
// someone who left: https://dev.mailjet.com/reference/email/contacts/bulk-contact-management/ Mailjet answers 201 whether or not the contact was there: it cannot say "already exists".
function mailjet(c: CheckedConfig): Provider {
  const url = `${root(c, 'https://api.mailjet.com/v3/REST')}/contactslist/${encodeURIComponent(c.listIds[0]!)}/managecontact`;
  const auth = `Basic ${base64(`${c.apiKey}:${c.apiSecret}`)}`;
  return async (s) => {
    const properties = proofFields(c, s.consent, ['consent_at', 'consent_text', 'consent_version', 'consent_page', 'widget_version']);
    const body = { Email: s.email, Action: 'addnoforce', ...(s.name && { Name: s.name }), ...(Object.keys(properties).length > 0 && { Properties: properties }) };
    const a = await call(c, url, { authorization: auth, 'content-type': 'application/json', accept: 'application/json' }, body);
    if ('kind' in a) return a;
    if (a.status === 200 || a.status === 201) return { kind: 'created' };
    if (a.status === 400 && /email/i.test(String(a.json?.ErrorMessage ?? ''))) return { kind: 'invalid' };
    return common(a, 'mailjet');
  };
}

// https://listmonk.app/docs/apis/subscribers/ (POST /api/subscribers): 200 {data}; an address
// already there is 409; errors are {message}. Its lists decide single or double opt-in.
function listmonk(c: CheckedConfig): Provider {
  const url = `${root(c, '')}/api/subscribers`;
  const auth = `token ${c.username}:${c.apiKey}`;
  return async (s) => {
    const body = {
      email: s.email,
      // Listmonk requires a name; the address's local part is what its own public form uses.
      name: s.name || s.email.split('@')[0],
      status: 'enabled',
      lists: c.listIds.map(Number),
      preconfirm_subscriptions: false,
      attribs: c.proofAttributes ? { consent: s.consent, locale: s.locale } : { locale: s.locale },
    };
    const a = await call(c, url, { authorization: auth, 'content-type': 'application/json', accept: 'application/json' }, body);
    if ('kind' in a) return a;
    if (a.status === 200 || a.status === 201) return { kind: 'created' };
    if (a.status === 409) return { kind: 'exists' };
    const message = String(a.json?.message ?? '');
    // Listmonk before its 409 answered a duplicate with 400 "E-mail already exists.".
    if (a.status === 400 && /exist/i.test(message)) return { kind: 'exists' };
    if (a.status === 400 && /mail/i.test(message)) return { kind: 'invalid' };
    return common(a, 'listmonk');
  };
}

/** Our own shape, for Zapier, Make, n8n or a partner's CRM: documented in docs/relay.md. */
function webhook(c: CheckedConfig): Provider {
  const url = root(c, c.webhookUrl!);
  return async (s) => {
    const body = { type: 'pole-widgets.signup', email: s.email, name: s.name ?? null, locale: s.locale, consent: s.consent };
    const text = JSON.stringify(body);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (c.webhookSecret) headers['x-pole-signature'] = `sha256=${await hmac(c.webhookSecret, text)}`;
    const a = await call(c, url, headers, text);
    if ('kind' in a) return a;
    if (a.status >= 200 && a.status < 300) return { kind: 'created' };
    if (a.status === 409) return { kind: 'exists' };
    if (a.status === 400 || a.status === 422) return { kind: 'invalid' };
    return common(a, 'webhook');
  };
}

/**
 * The consent proof as a provider's custom fields, under its names for when, text, version, page and
 * widget version, texts cut to `maxText` characters; none unless the configuration's `proofAttributes` is on.
 */
function proofFields(c: CheckedConfig, p: ConsentProof, names: readonly string[], maxText = Infinity): Record<string, string> {
  if (!c.proofAttributes) return {};
  const [at, text, version, page, widget] = names as [string, string, string, string, string];
  return {
    [at]: p.at,
    [text]: p.text.slice(0, maxText),
    [version]: p.version,
    [page]: p.page.slice(0, maxText),
    ...(p.widgetVersion && { [widget]: p.widgetVersion }),
  };
}

/** The answers every API shares: a refused key, a rate limit, an outage. */
function common(a: Answer, name: string, resetSeconds?: number): Outcome {
  if (a.status === 429) return { kind: 'rate-limited', retryAfter: retryAfter(a.headers.get('retry-after'), resetSeconds) };
  if (a.status === 401 || a.status === 403) return { kind: 'misconfigured', reason: `${name} refused the key (${a.status})` };
  if (a.status === 404) return { kind: 'misconfigured', reason: `${name} does not know this list or URL (404)` };
  if (a.status >= 400 && a.status < 500) return { kind: 'misconfigured', reason: `${name} rejected the request (${a.status})` };
  return { kind: 'unavailable', reason: `${name} answered ${a.status}` };
}

async function call(c: CheckedConfig, url: string, headers: Record<string, string>, body: unknown): Promise<Answer | Outcome> {
  const signal = AbortSignal.timeout(c.timeoutMs);
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
      signal,
    });
    const text = await res.text();
    let json: Record<string, unknown> | null = null;
    try {
      const v: unknown = text ? JSON.parse(text) : null;
      if (v && typeof v === 'object' && !Array.isArray(v)) json = v as Record<string, unknown>;
    } catch {
      // An HTML error page or a truncated body: the status alone decides.
    }
    return { status: res.status, headers: res.headers, json };
  } catch (e) {
    if (signal.aborted) return { kind: 'timeout' };
    return { kind: 'unavailable', reason: `network error (${(e as Error).name})` };
  }
}

function root(c: CheckedConfig, fallback: string): string {
  return (c.baseUrl ?? fallback).replace(/\/+$/, '');
}

/** Seconds to wait: `Retry-After` (seconds or an HTTP date), else the provider's own reset header; 1 s to 1 h. */
export function retryAfter(header: string | null, fallbackSeconds?: number): number {
  let s = NaN;
  if (header) s = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  if (!(s > 0) && fallbackSeconds && fallbackSeconds > 0) s = fallbackSeconds;
  if (!(s > 0)) s = 60;
  return Math.min(3600, Math.max(1, Math.ceil(s)));
}

function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

async function hmac(secret: string, text: string): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(text)));
  return [...sig].map((b) => b.toString(16).padStart(2, '0')).join('');
}
