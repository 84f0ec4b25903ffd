// Shared tools of the component suites (one module per test kind: this one for test/*.test.ts, the
// accessibility suites' own in test/a11y/helpers.ts, the end-to-end suites' in test/e2e/helpers.mjs).
// Colour maths and the deep active element come from the accessibility helpers, written once there.
export { contrast as contrastOf, deepActive, luminance, parseColor } from './a11y/helpers.js';
import { contrast, parseColor } from './a11y/helpers.js';

declare const axe: typeof import('axe-core');

/**
 * Replaces `console[kind]` until `restore()` and keeps what the code under test wrote, each call's
 * arguments joined by spaces.
 */
export function spyConsole(kind: 'warn' | 'error' = 'warn'): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => void messages.push(args.join(' '));
  return { messages, restore: () => (console[kind] = original) };
}

/** The console.warn messages written while `fn` runs (awaited when it returns a promise). */
export function warningsDuring(fn: () => void): string[];
export function warningsDuring(fn: () => Promise<unknown>): Promise<string[]>;
export function warningsDuring(fn: () => unknown): string[] | Promise<string[]> {
  const spy = spyConsole('warn');
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    spy.restore();
    throw e;
  }
  if (!(result instanceof Promise)) {
    spy.restore();
    return spy.messages;
  }
  return result.then(
    () => (spy.restore(), spy.messages),
    (e: unknown) => {
      spy.restore();
      throw e;
    },
  );
}

/** A short name for an element in failure messages (chai would serialise the whole node). */
export function describeNode(n: Element | null | undefined): string {
  if (!n) return 'nothing';
  const p = n.getAttribute('part');
  return `<${n.localName}${n.id ? `#${n.id}` : ''}${p ? ` part="${p}"` : ''}> "${(n.textContent ?? '').trim().slice(0, 30)}"`;
}

/**
 * Role and accessible name as assistive technology computes them (axe's implementation of accname),
 * white space collapsed: French no-break spaces are typography, not content.
 */
export function accessible(el: Element): { role: string | null; name: string } {
  axe.setup(document);
  try {
    const aria = axe.commons.aria as unknown as { getRole(e: Element): string | null };
    return { role: aria.getRole(el), name: axe.commons.text.accessibleText(el).replace(/\s+/g, ' ') };
  } finally {
    axe.teardown();
  }
}

/** WCAG contrast ratio between two computed colours (rgb(), or the srgb-linear the theme computes). */
export const contrastBetween = (a: string, b: string): number => contrast(parseColor(a), parseColor(b));
