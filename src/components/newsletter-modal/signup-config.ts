import { error, warn } from '../../internal/log.js';
import { safeUrl } from '../../internal/url.js';
import { PRESETS } from './providers.js';
import { parseExtra, RESERVED } from './signup.js';
import type { SignupFields } from './signup-fields.js';

/**
 * The signup form's configuration as the web manager wrote it (`SignupFields`), checked: unsafe
 * URLs refused, colliding field names replaced, each mistake said in the console once per change.
 * The form reads what to send and where from here.
 */
export class SignupConfig {
  /** `action` refused or `provider` unknown: the form says the signup is unavailable. */
  broken = false;
  /** The privacy policy URL, when safe. */
  privacy: string | null = null;
  timeoutMs = 10_000;
  /** The checked `email-field` and `name-field`. */
  emailName = 'email';
  nameName = 'name';
  private key?: string;

  constructor(private readonly host: SignupFields) {}

  /** Checks the configuration again if any of it changed since the last call. */
  check(): void {
    const h = this.host;
    const key = [h.action, h.provider, h.encoding, h.extraFields, h.privacyHref, h.organisation, h.timeout, h.emailField, h.nameField].join('\n');
    if (key === this.key) return;
    this.key = key;
    const a = h.action.trim();
    const p = h.provider;
    this.broken = (!!a && !safeUrl(a, h, 'action')) || (!!p && !(p in PRESETS));
    if (this.broken) error(h, `${p && !(p in PRESETS) ? `provider="${p}" unknown` : `action="${a}" refused`}: signup unavailable.`);
    else if (PRESETS[p as 'hubspot']?.blind)
      warn(h, `provider="${p}" posts blind: the service's answer cannot be read (refusals look like success; see docs/providers.md).`);
    this.privacy = safeUrl(h.privacyHref, h, 'privacy-href');
    if (!/^(json|form)$/.test(h.encoding)) warn(h, `encoding="${h.encoding}" unknown: using json.`);
    // Field names the signup sends itself cannot be taken by another field: the documented ones win.
    this.emailName = this.fieldName('email-field', h.emailField, 'email', RESERVED);
    this.nameName = this.fieldName('name-field', h.nameField, this.emailName == 'name' ? 'firstName' : 'name', [...RESERVED, this.emailName]);
    const extra = parseExtra(h.extraFields);
    if (!extra) warn(h, 'extra-fields ignored: not a JSON object of strings.');
    else this.ownNames('extra-fields', extra);
    if (!h.privacyHref.trim()) warn(h, 'privacy-href missing: link your privacy policy (RGPD).');
    if (!h.organisation.trim()) warn(h, 'organisation missing: name who processes the data (RGPD).');
    this.timeoutMs = h.inRange('timeout', h.timeout, 10, 120, true, 0.1) * 1000;
  }

  /** The extra body fields: `extra-fields`, then `<input type="hidden" slot="extra" name value>` children of the modal. */
  extra(): Record<string, string> {
    const slotted: Record<string, string> = {};
    for (const i of this.host.querySelectorAll<HTMLInputElement>(':scope > input[slot="extra"][name]')) slotted[i.name] = i.value;
    this.ownNames('slot="extra"', slotted);
    return { ...parseExtra(this.host.extraFields), ...slotted };
  }

  /** A configured field name, or `fallback` (after a console message when another field already uses it). */
  private fieldName(attribute: string, value: string, fallback: string, taken: string[]): string {
    const v = value.trim();
    if (taken.includes(v)) warn(this.host, `ignores ${attribute}="${v}": a field the signup sends itself; using ${fallback}.`);
    return v && !taken.includes(v) ? v : fallback;
  }

  /** Extra fields (attribute or slotted inputs) named like a documented field are not sent, with a message. */
  private ownNames(from: string, extra: Record<string, string>): void {
    for (const k in extra)
      if ([...RESERVED, this.emailName, this.nameName].includes(k)) warn(this.host, `${from}: ignores "${k}": a field the signup sends itself.`);
  }
}
