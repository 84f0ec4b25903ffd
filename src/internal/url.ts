import { warn } from './log.js';

export interface SafeUrlOptions {
  /** Accept `mailto:` links (never for endpoints). */
  mailto?: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Returns the URL when it is safe to put in a link or to send a request to, otherwise `null`
 * after a console warning naming the element and attribute. Safe: `https:`, `http:` on localhost
 * only, relative URLs, and `mailto:` when asked; never with a user name or password. `javascript:`, `data:`, `vbscript:`, `blob:` and
 * every other scheme are refused, whatever their case, whitespace or entity tricks (the browser's
 * own URL parser decides the scheme, not a regular expression).
 */
export function safeUrl(
  value: string | null | undefined,
  el: Element,
  attribute: string,
  options: SafeUrlOptions = {},
): string | null {
  if (value == null) return null;
  const raw = value.trim();
  if (raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw, document.baseURI);
  } catch {
    warn(el, `ignores ${attribute}="${raw}": not a valid URL.`);
    return null;
  }
  // A user name or password in a URL: fetch() refuses it (a request would fail as "network"),
  // and in a link it is a phishing trick (https://www.pole.fr@evil.example).
  if (url.username || url.password) {
    warn(el, `ignores ${attribute}="${raw}": a URL may not carry a user name or password.`);
    return null;
  }
  const ok =
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && (LOCAL_HOSTS.has(url.hostname) || isRelative(raw, url))) ||
    (options.mailto === true && url.protocol === 'mailto:');
  if (!ok) {
    warn(
      el,
      `ignores ${attribute}="${raw}": only https: URLs${options.mailto ? ', mailto:' : ''} and relative URLs are allowed (http: on localhost only).`,
    );
    return null;
  }
  return raw;
}

/** A relative URL takes the page's own scheme; an http: page may link to itself. */
function isRelative(raw: string, url: URL): boolean {
  return !/^[a-z][a-z\d+.-]*:/i.test(raw) && url.origin === location.origin;
}
