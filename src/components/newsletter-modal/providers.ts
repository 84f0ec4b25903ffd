/**
 * Provider presets: the signup sent straight from the browser to a mailing service that accepts it,
 * in that service's own request shape, and its answer read back into ours. `provider` names one;
 * without it the widget speaks its own endpoint contract (docs/endpoint.md).
 *
 * - `hubspot`: the Forms API's unauthenticated submit endpoint (JSON, CORS).
 * - `listmonk`: Listmonk's public subscription API (JSON; the owner allows the site's origin).
 * - `mautic`: a Mautic form's submit URL, as an AJAX submission (the site's origin allow-listed).
 * - `brevo-form`, `mailerlite-form`: the services' hosted form endpoints, which send no CORS
 *   headers: the post is made blind (`no-cors`), its answer cannot be read.
 */
import type { Answer, Fields } from './signup.js';

export type Provider = 'hubspot' | 'listmonk' | 'mautic' | 'brevo-form' | 'mailerlite-form';

/** What a preset needs to build its request. */
export interface PresetInput {
  fields: Fields;
  email: string;
  emailField: string;
  name?: string;
  extra: Record<string, string>;
}

interface Preset {
  /** The body and its type; `blind` posts with `no-cors` and a safelisted type only. */
  request(p: PresetInput, url: string): { body: string; type: string; url: string; headers?: Record<string, string> };
  /** Turns the classified answer (by status) into the service's meaning; absent: the status decides. */
  read?(a: Answer): Answer;
  blind?: true;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
const form = (pairs: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(pairs)) if (v != null) params.append(k, v);
  return { body: params.toString(), type: FORM_TYPE };
};
/** The address was refused as an address: the visitor reads our own wording, never the service's. */
const invalid = (a: Answer): Answer => ({ ...a, ok: false, kind: 'rejected', message: undefined, emailError: undefined, invalid: true });

export const PRESETS: Record<Provider, Preset> = {
  hubspot: {
    request({ fields, email, name, extra: { subscriptionTypeId, ...extra } }, url) {
      const text = String(fields.consentText);
      const values: Record<string, string | undefined> = { ...extra, email, firstname: name };
      return {
        url,
        type: JSON_TYPE,
        body: JSON.stringify({
          fields: Object.entries(values)
            .filter(([, value]) => value != null)
            .map(([name, value]) => ({ objectTypeId: '0-1', name, value })),
          context: { pageUri: fields.page },
          legalConsentOptions: {
            consent: {
              consentToProcess: true,
              text,
              communications: subscriptionTypeId ? [{ value: true, subscriptionTypeId: +subscriptionTypeId, text }] : [],
            },
          },
        }),
      };
    },
    read: (a) =>
      (a.body?.errors as { errorType?: string }[] | undefined)?.some((e) => /EMAIL/.test(e?.errorType ?? '')) ? invalid(a) : { ...a, message: undefined },
  },
  listmonk: {
    request: ({ email, name, extra }, url) => ({
      url,
      type: JSON_TYPE,
      body: JSON.stringify({ email, name: name ?? '', list_uuids: (extra.list_uuids ?? '').split(/[\s,]+/).filter(Boolean) }),
    }),
    // 400 with a message about the address: the address; any other 400 is the list's configuration.
    read: (a) => (a.kind != 'rejected' ? a : /mail/i.test(String(a.body?.message)) ? invalid(a) : { ...a, kind: 'server', message: undefined }),
  },
  mautic: {
    request: ({ email, emailField, name, extra }, url) => {
      const u = new URL(url, document.baseURI);
      u.searchParams.set('ajax', 'true');
      const pairs: Record<string, string | undefined> = { formId: u.searchParams.get('formId') ?? '', return: '', messenger: '1', ...extra };
      pairs[emailField] = email;
      pairs.firstname = name;
      return {
        url: u.href,
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
        ...form(Object.fromEntries(Object.entries(pairs).map(([k, v]) => [`mauticform[${k}]`, v]))),
      };
    },
    read: (a) => (a.ok && a.body && !a.body.success ? (a.body.validationErrors ? invalid(a) : { ...a, ok: false, kind: 'server' }) : a),
  },
  'brevo-form': {
    blind: true,
    request: ({ email, name, fields, extra }, url) => ({
      url,
      ...form({ ...extra, EMAIL: email, FIRSTNAME: name, OPT_IN: '1', email_address_check: '', locale: String(fields.locale) }),
    }),
  },
  'mailerlite-form': {
    blind: true,
    request: ({ email, name, extra }, url) => ({
      url,
      ...form({ ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`fields[${k}]`, v])), 'fields[email]': email, 'fields[name]': name, 'ml-submit': '1', anticsrf: 'true' }),
    }),
  },
};
