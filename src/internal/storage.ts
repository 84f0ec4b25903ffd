/**
 * localStorage that never throws. Missing (some WebViews), disabled (privacy settings, sandboxed
 * iframes), full (QuotaExceededError) or holding garbage: the widget keeps working without
 * persistence. One namespaced key per purpose; values are JSON objects checked by the caller's
 * guard before use, so a tampered value is never rendered. No cookies, ever.
 */
const NAMESPACE = 'pole-widgets:';

function store(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads `key` and returns it only when `guard` accepts it; anything else reads as `null`. */
export function readStored<T>(key: string, guard: (value: unknown) => value is T): T | null {
  try {
    const raw = store()?.getItem(NAMESPACE + key);
    if (raw == null) return null;
    const value: unknown = JSON.parse(raw);
    return guard(value) ? value : null;
  } catch {
    return null;
  }
}

/** Writes `value` as JSON; returns false when the browser refused. */
export function writeStored(key: string, value: unknown): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(NAMESPACE + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    store()?.removeItem(NAMESPACE + key);
  } catch {
    // Storage unavailable: there is nothing to remove.
  }
}

/** Storage key segments come from attributes: keep them short and inert. */
export function storageKeyPart(value: string): string {
  return value.trim().toLowerCase().replace(/[^a-z0-9_-]+/g, '-').slice(0, 64) || 'default';
}
