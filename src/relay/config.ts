/** The mailing services the relay forwards signups to. */
export const PROVIDERS = ['brevo', 'mailchimp', 'mailjet', 'listmonk', 'webhook'] as const;

/** One of {@link PROVIDERS}. */
export type ProviderName = (typeof PROVIDERS)[number];

/** A limit of `max` attempts per `windowSeconds`. */
export interface Limit {
  max: number;
  windowSeconds: number;
}

/**
 * The relay's configuration, as a partner writes it in a JSON file or as environment variables
 * (see {@link configFromEnv}). {@link parseConfig} checks it and fills the defaults.
 */
export interface RelayConfig {
  /** Where signups go. */
  provider: ProviderName;
  /** The origins of the pages allowed to post (`https://www.example.org`); never `*`. */
  allowedOrigins: string[];
  /** The provider's secret: Brevo, Mailchimp and Mailjet API key, Listmonk API user token. */
  apiKey?: string;
  /** Mailjet's secret key (Mailjet authenticates with a key pair). */
  apiSecret?: string;
  /** Listmonk's API user name. */
  username?: string;
  /** The lists a signup joins: Brevo and Listmonk list ids (several allowed), Mailchimp audience id, Mailjet list id. */
  listIds?: Array<string | number>;
  /** Brevo's double opt-in template id. */
  templateId?: number;
  /** Brevo: the page a visitor lands on after confirming. */
  redirectionUrl?: string;
  /** The provider's API root, to reach a Listmonk install (required) or a stand-in in tests. */
  baseUrl?: string;
  /** The generic webhook's URL. */
  webhookUrl?: string;
  /** Signs webhook bodies (HMAC-SHA256, `X-Pole-Signature`). */
  webhookSecret?: string;
  /** Store the consent proof in the provider's contact attributes (they must exist there). Default true. */
  proofAttributes?: boolean;
  /** The contact attribute that receives the first name (Brevo `FIRSTNAME`, Mailchimp `FNAME`). */
  nameAttribute?: string;
  /** How long the provider may take, in milliseconds. Default 8000 (the widget waits 10 s). */
  timeoutMs?: number;
  /** Attempts allowed per client IP and per address. */
  rateLimit?: { client?: Limit; address?: Limit };
  /** A header that carries the visitor's IP, set by the proxy in front (`x-forwarded-for`); else the socket's. */
  clientIpHeader?: string;
}

/** A configuration that passed {@link parseConfig}: defaults filled in. */
export interface CheckedConfig extends RelayConfig {
  listIds: string[];
  proofAttributes: boolean;
  timeoutMs: number;
  rateLimit: { client: Limit; address: Limit };
}

/** A configuration the relay cannot start with; `message` says what to fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_LIMITS = { client: { max: 10, windowSeconds: 600 }, address: { max: 3, windowSeconds: 3600 } };

/** What each provider cannot do without. */
const REQUIRED: Record<ProviderName, Array<keyof RelayConfig>> = {
  brevo: ['apiKey', 'listIds', 'templateId', 'redirectionUrl'],
  mailchimp: ['apiKey', 'listIds'],
  mailjet: ['apiKey', 'apiSecret', 'listIds'],
  listmonk: ['baseUrl', 'username', 'apiKey', 'listIds'],
  webhook: ['webhookUrl'],
};

/**
 * Checks a configuration and fills its defaults. Throws a {@link ConfigError} that lists every
 * problem at once: an unknown provider, a missing key, no allowed origin, `*`, a malformed URL.
 */
export function parseConfig(input: unknown): CheckedConfig {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new ConfigError('the configuration must be a JSON object.');
  const raw = input as RelayConfig;
  const problems: string[] = [];
  const provider = raw.provider;
  if (!PROVIDERS.includes(provider)) {
    problems.push(`provider: ${provider === undefined ? 'missing' : `unknown "${String(provider)}"`}; use one of ${PROVIDERS.join(', ')}.`);
  }
  const origins = Array.isArray(raw.allowedOrigins) ? raw.allowedOrigins : [];
  if (origins.length === 0) problems.push('allowedOrigins: list at least one origin of your site, e.g. "https://www.example.org".');
  for (const o of origins) {
    const why = originProblem(o);
    if (why) problems.push(`allowedOrigins: "${String(o)}" ${why}`);
  }
  if (PROVIDERS.includes(provider)) {
    for (const key of REQUIRED[provider]) {
      const v = raw[key];
      if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) {
        problems.push(`${key}: required by the ${provider} provider.`);
      }
    }
  }
  for (const key of ['baseUrl', 'webhookUrl', 'redirectionUrl'] as const) {
    if (raw[key] !== undefined && !isHttpUrl(raw[key])) problems.push(`${key}: "${String(raw[key])}" is not an http(s) URL.`);
  }
  if (provider === 'mailchimp' && raw.apiKey && !raw.baseUrl && !/-[a-z]+\d+$/.test(String(raw.apiKey))) {
    problems.push('apiKey: a Mailchimp key ends with its data centre (…-us21); copy the whole key.');
  }
  if (provider === 'mailchimp' && Array.isArray(raw.listIds) && raw.listIds.length > 1) problems.push('listIds: Mailchimp takes one audience id.');
  if (raw.templateId !== undefined && !(Number.isInteger(Number(raw.templateId)) && Number(raw.templateId) > 0)) {
    problems.push('templateId: a positive whole number.');
  }
  const rateLimit = {
    client: limit(raw.rateLimit?.client, DEFAULT_LIMITS.client, 'rateLimit.client', problems),
    address: limit(raw.rateLimit?.address, DEFAULT_LIMITS.address, 'rateLimit.address', problems),
  };
  const timeoutMs = raw.timeoutMs === undefined ? 8000 : Number(raw.timeoutMs);
  if (!(timeoutMs > 0 && timeoutMs <= 60000)) problems.push('timeoutMs: between 1 and 60000.');
  if (problems.length > 0) throw new ConfigError(`bad relay configuration:\n  - ${problems.join('\n  - ')}`);
  return {
    ...raw,
    allowedOrigins: origins.map((o) => new URL(o).origin),
    listIds: (raw.listIds ?? []).map((id) => String(id).trim()),
    proofAttributes: raw.proofAttributes !== false,
    timeoutMs,
    rateLimit,
  };
}

/**
 * Reads a configuration from environment variables (`POLE_RELAY_*`), for serverless platforms and
 * for keeping the secret out of a file. Lists are comma-separated; limits are `max/seconds`.
 */
export function configFromEnv(env: Record<string, string | undefined>): Partial<RelayConfig> {
  const out: Record<string, unknown> = {};
  const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
  const pair = (v: string) => {
    const [max, windowSeconds] = v.split('/').map(Number);
    return { max, windowSeconds };
  };
  const map: Record<string, [string, (v: string) => unknown]> = {
    POLE_RELAY_PROVIDER: ['provider', String],
    POLE_RELAY_ALLOWED_ORIGINS: ['allowedOrigins', list],
    POLE_RELAY_API_KEY: ['apiKey', String],
    POLE_RELAY_API_SECRET: ['apiSecret', String],
    POLE_RELAY_USERNAME: ['username', String],
    POLE_RELAY_LIST_IDS: ['listIds', list],
    POLE_RELAY_TEMPLATE_ID: ['templateId', Number],
    POLE_RELAY_REDIRECTION_URL: ['redirectionUrl', String],
    POLE_RELAY_BASE_URL: ['baseUrl', String],
    POLE_RELAY_WEBHOOK_URL: ['webhookUrl', String],
    POLE_RELAY_WEBHOOK_SECRET: ['webhookSecret', String],
    POLE_RELAY_PROOF_ATTRIBUTES: ['proofAttributes', (v) => v !== 'false' && v !== '0'],
    POLE_RELAY_NAME_ATTRIBUTE: ['nameAttribute', String],
    POLE_RELAY_TIMEOUT_MS: ['timeoutMs', Number],
    POLE_RELAY_CLIENT_IP_HEADER: ['clientIpHeader', String],
  };
  for (const [name, [key, convert]] of Object.entries(map)) {
    const v = env[name];
    if (v !== undefined && v !== '') out[key] = convert(v);
  }
  const client = env.POLE_RELAY_RATE_CLIENT;
  const address = env.POLE_RELAY_RATE_ADDRESS;
  if (client || address) out.rateLimit = { ...(client && { client: pair(client) }), ...(address && { address: pair(address) }) };
  return out as Partial<RelayConfig>;
}

function originProblem(o: unknown): string | undefined {
  if (o === '*') return 'is not allowed: list each site origin (a wildcard lets any page post as you).';
  if (typeof o !== 'string' || !isHttpUrl(o)) return 'is not an http(s) origin.';
  const u = new URL(o);
  if (u.pathname !== '/' || u.search || u.hash || o.endsWith('/')) return `is a URL, not an origin: write "${u.origin}".`;
  return undefined;
}

function isHttpUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

function limit(v: Partial<Limit> | undefined, fallback: Limit, name: string, problems: string[]): Limit {
  if (v === undefined) return fallback;
  const out = { max: Number(v.max ?? fallback.max), windowSeconds: Number(v.windowSeconds ?? fallback.windowSeconds) };
  if (!(Number.isInteger(out.max) && out.max > 0 && out.windowSeconds > 0)) problems.push(`${name}: max and windowSeconds must be positive numbers.`);
  return out;
}
