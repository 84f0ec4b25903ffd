// Plain pages in frames, painted with the widgets still undefined, then the widgets' modules run in
// them as the deferred script would: what a visitor sees on a slow connection. Shared by the
// layout-shift suite (Chromium's Layout Instability API) and the reserved-space suite (every engine).
import { expect, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';

const MODULES = ['/src/components/newsletter-modal/pole-newsletter-modal.ts', '/src/components/explainer-card/pole-explainer-card.ts'];
const TAGS = 'pole-newsletter-modal,pole-explainer-card';

/** The reservation lines the docs tells web managers to paste for `tag`, read from the docs itself. */
export async function docLines(tag: string): Promise<string> {
  const page = await (await fetch(`/docs/${tag.replace(/^pole-/, '')}.md`)).text();
  const lines = page
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith(tag) && l.includes(':not(:defined)') && l.endsWith('}'));
  expect(lines.length, `the docs page gives the lines for ${tag}`).to.be.at.least(2);
  return lines.join('\n');
}

export interface Page {
  width: number;
  height?: number;
  lang?: string;
  css?: string;
  body: string;
  font?: string;
}


export const frames = async (win: Window, n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => win.requestAnimationFrame(r));
};

/** A plain page in a frame, painted with the widgets still undefined. */
export async function open({ width, height = 700, lang = 'fr', css = '', body, font = 'sans-serif' }: Page) {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{margin:0;font-family:${font};line-height:1.5}main{max-width:60rem;margin:0 auto;padding:1rem}${css}</style></head><body>${body}</body></html>`;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow! as Window & typeof globalThis;
  await win.document.fonts.ready;
  await frames(win, 2);
  for (const el of win.document.querySelectorAll(TAGS)) expect(el.matches(':defined'), 'undefined at first paint').to.be.false;
  return { frame, win, doc: win.document };
}

/** Runs the components' modules in the frame (as the deferred script would) and waits for their first render. */
export async function define(win: Window & typeof globalThis): Promise<void> {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.textContent = MODULES.map((m) => `import '${m}';`).join('');
  win.document.head.append(script);
  for (const tag of TAGS.split(',')) await win.customElements.whenDefined(tag);
  for (const el of win.document.querySelectorAll<LitElement>(TAGS)) await el.updateComplete;
  await frames(win, 3);
  await new Promise((r) => setTimeout(r, 50));
}
