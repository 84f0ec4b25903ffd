import { warn } from './log.js';

export interface SafeUrlOptions {
  /** Accept `mailto:` links (never for endpoints). */
  mailto?: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The widgets' URL rule, without the console: `null` when `raw` (trimmed, not empty) is safe to
 * put in a link or to send a request to, else why not, in the words of the console warning. Safe:
 * `https:`, `http:` on localhost only, relative URLs, and `mailto:` when asked; never with a user
 * name or password. `javascript:`, `data:`, `vbscript:`, `blob:` and every other scheme are refused,
 * whatever their case, whitespace or entity tricks (the browser's own URL parser decides the
 * scheme, not a regular expression). The configurator checks what a web manager types with it.
 */
export function urlRefusal(raw: string, options: SafeUrlOptions = {}): string | null {
  let url: URL;
  try {
    url = new URL(raw, document.baseURI);
  } catch {
    return 'not a valid URL.';
  }
  // A user name or password in a URL: fetch() refuses it (a request would fail as "network"),
  // and in a link it is a phishing trick (https://www.pole.fr@evil.example).
  if (url.username || url.password) return 'a URL may not carry a user name or password.';
  const ok =
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && (LOCAL_HOSTS.has(url.hostname) || isRelative(raw, url))) ||
    (options.mailto === true && url.protocol === 'mailto:');
  return ok ? null : `only https: URLs${options.mailto ? ', mailto:' : ''} and relative URLs are allowed (http: on localhost only).`;
}

/**
 * Returns the URL when {@link urlRefusal} accepts it, otherwise `null` after a console warning
 * naming the element, the attribute and why.
 */
export function safeUrl(
  value: string | null | undefined,
  el: Element,
  attribute: string,
  options: SafeUrlOptions = {},
): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  const refusal = urlRefusal(raw, options);
  if (!refusal) return raw;
  warn(el, `ignores ${attribute}="${raw}": ${refusal}`);
  return null;
}

/** A relative URL takes the page's own scheme; an http: page may link to itself. */
function isRelative(raw: string, url: URL): boolean {
  return !/^[a-z][a-z\d+.-]*:/i.test(raw) && url.origin === location.origin;
}
