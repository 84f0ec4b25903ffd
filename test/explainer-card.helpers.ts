// Helpers shared by the explainer card's suites (every engine, and Chromium's accessibility tree).
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PoleExplainerCard } from '../src/components/explainer-card/pole-explainer-card.js';
// The module is imported lazily: the first suite needs the tag still undefined, as on a page whose
// script failed to load.
export const load = () => import('../src/components/explainer-card/pole-explainer-card.js');

export interface AxNode {
  role: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  children?: AxNode[];
}

/** Chromium's accessibility tree under the first element matching `selector` (see the config's a11y-tree command). */
export function axTree(selector: string): Promise<AxNode> {
  return executeServerCommand<AxNode, { selector: string }>('a11y-tree', { selector });
}

export function axAll(node: AxNode, role: string, out: AxNode[] = []): AxNode[] {
  if (node.role === role) out.push(node);
  for (const child of node.children ?? []) axAll(child, role, out);
  return out;
}

export async function card(template: unknown): Promise<PoleExplainerCard> {
  await load();
  const el = await fixture<PoleExplainerCard>(template as ReturnType<typeof html>);
  await el.updateComplete;
  return el;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** The text a visitor sees: the flat tree (shadow content, slotted light DOM), rendered nodes only. */
export function text(node: Node): string {
  const walk = (n: Node): string => {
    if (n instanceof Text) return n.parentElement?.checkVisibility() ? n.data : '';
    if (!(n instanceof Element)) return '';
    const assigned = n instanceof HTMLSlotElement ? n.assignedNodes({ flatten: true }) : [];
    const kids = assigned.length ? assigned : (n.shadowRoot ?? n).childNodes;
    return [...kids].map(walk).join(' ');
  };
  return walk(node).replace(/[ \t\r\n]+/g, ' ').replace(/ ([.,:])/g, '$1').trim();
}
export const visible = (node: Element) => node.checkVisibility();

/** The card's visible states, each made fresh, for the accessibility checks. */
export const STATES: [string, () => Promise<PoleExplainerCard>][] = [
  ['default', () => card(html`<pole-explainer-card></pole-explainer-card>`)],
  ['personalised with a link, English', () => card(html`<pole-explainer-card lang="en" pole-name="Polymeris" theme-label="rubber" href="https://example.org/"></pole-explainer-card>`)],
  ['collapsible, closed', () => card(html`<pole-explainer-card collapsible heading-level="3"></pole-explainer-card>`)],
  ['collapsible, open', () => card(html`<pole-explainer-card collapsible open href="/x"></pole-explainer-card>`)],
];
