// Shared tools of the accessibility suites: axe with the WCAG 2.x A/AA + RGAA rules, colour
// contrast from computed styles, the visitor's settings (colour scheme, forced colours, reduced
// motion, text size) through the runner's DevTools commands, Chromium's accessibility tree, and a
// realistic host page (sticky header, main landmark, light or dark background).
import 'axe-core/axe.min.js';
import type { AxeResults, ElementContext, Result } from 'axe-core';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { nothing, render } from 'lit';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

// ---------------------------------------------------------------------------------------------
// axe

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and the rules axe maps to RGAA 4. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'RGAAv4'];

/**
 * Runs axe on `context` with {@link AXE_TAGS}, `target-size` (WCAG 2.5.8, off by default in axe)
 * switched on. Page-level RGAA rules that a widget cannot meet alone (`region`: landmarks are the
 * host page's; `skip-link`) still run: the host page of these tests has its landmarks.
 */
export async function axe(context: ElementContext = document): Promise<AxeResults> {
  return window.axe.run(context, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: { 'target-size': { enabled: true } },
    resultTypes: ['violations', 'incomplete', 'passes'],
  });
}

function describe(results: Result[]): string {
  return results
    .map((r) => `${r.id} (${r.impact}): ${r.help}\n${r.nodes.map((n) => `   ${n.target.join(' > ')} ${n.html.slice(0, 160)}\n   ${n.failureSummary ?? n.any.map((c) => c.message).join('; ')}`).join('\n')}`)
    .join('\n');
}

/**
 * The "needs review" items that were looked at and judged: the rule, why, and the test that each
 * flagged node must pass. Anything else axe cannot decide fails, so a new kind of doubt is looked
 * at rather than ignored. `color-contrast` doubts are not listed here: each one is measured by
 * {@link textContrast}.
 */
export const REVIEWED_INCOMPLETE: Record<string, { why: string; ok: (el: Element) => boolean }> = {
  'label-content-name-mismatch': {
    why: 'a control whose visible content is a symbol or an icon (×) has no text label to repeat in its name (WCAG 2.5.3 concerns text)',
    ok: (el) => !/[\p{L}\p{N}]/u.test(el.textContent ?? ''),
  },
};

/**
 * Zero violations, and every "needs review" item judged: colour-contrast ones measured here from
 * computed styles (text ≥ 4.5:1, or ≥ 3:1 for large text), others only if listed in
 * {@link REVIEWED_INCOMPLETE}. Returns the results for further checks (e.g. that target-size ran).
 */
export async function expectAxeClean(context: ElementContext = document): Promise<AxeResults> {
  const results = await axe(context);
  if (results.violations.length) throw new Error(`axe violations:\n${describe(results.violations)}`);
  const unexplained: Result[] = [];
  for (const item of results.incomplete) {
    if (item.id === 'color-contrast') {
      for (const node of item.nodes) {
        const el = resolveTarget(node.target as unknown as string[]);
        if (!el) throw new Error(`axe color-contrast doubt on a node not found: ${node.target.join(' > ')}`);
        const { ratio, needed } = textContrast(el);
        if (ratio < needed) throw new Error(`contrast ${ratio.toFixed(2)}:1 < ${needed}:1 on ${node.html} (axe: ${node.any.map((c) => c.message).join('; ')})`);
      }
    } else {
      const judge = REVIEWED_INCOMPLETE[item.id];
      const left = item.nodes.filter((n) => {
        const el = resolveTarget(n.target as unknown as string[]);
        return !judge || !el || !judge.ok(el);
      });
      if (left.length) unexplained.push({ ...item, nodes: left });
    }
  }
  if (unexplained.length) throw new Error(`axe needs review (not yet judged):\n${describe(unexplained)}`);
  if (!results.passes.concat(results.violations, results.incomplete).length) throw new Error('axe ran no rule');
  return results;
}

/** An axe target (selectors, one per shadow root crossed) back to its element. */
function resolveTarget(target: (string | string[])[]): Element | null {
  const path = target.flat();
  let root: Document | ShadowRoot = document;
  let el: Element | null = null;
  for (const selector of path) {
    el = root.querySelector(selector);
    if (!el) return null;
    if (el.shadowRoot) root = el.shadowRoot;
  }
  return el;
}

// ---------------------------------------------------------------------------------------------
// colour

export type RGBA = [number, number, number, number];

const probe = () => {
  let p = document.getElementById('a11y-colour-probe');
  if (!p) {
    p = document.createElement('span');
    p.id = 'a11y-colour-probe';
    p.setAttribute('aria-hidden', 'true');
    document.body.append(p);
  }
  return p;
};

/**
 * A computed colour as sRGB 0–255 + alpha. Handles rgb()/rgba() and the `color(srgb-linear …)`
 * the theme computes for the automatic foreground; anything else is resolved through a canvas.
 */
export function parseColor(value: string): RGBA {
  const lin = value.match(/^color\(srgb-linear ([\d.e+-]+) ([\d.e+-]+) ([\d.e+-]+)(?: \/ ([\d.]+))?\)$/);
  if (lin) {
    const enc = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
    return [enc(+lin[1]), enc(+lin[2]), enc(+lin[3]), lin[4] ? +lin[4] : 1];
  }
  const rgb = value.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/);
  if (rgb) return [+rgb[1], +rgb[2], +rgb[3], rgb[4] ? +rgb[4] : 1];
  const srgb = value.match(/^color\(srgb ([\d.e+-]+) ([\d.e+-]+) ([\d.e+-]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb) return [255 * +srgb[1], 255 * +srgb[2], 255 * +srgb[3], srgb[4] ? +srgb[4] : 1];
  const ctx = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = value;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** What a CSS colour (a system colour such as CanvasText, a keyword…) computes to here. */
export function resolveColor(css: string): RGBA {
  const p = probe();
  p.style.color = css;
  return parseColor(getComputedStyle(p).color);
}

export function over(top: RGBA, bottom: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as RGBA;
}

export function luminance([r, g, b]: RGBA): number {
  const lin = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: RGBA, b: RGBA): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The parent in the flat tree: slot for slotted nodes, host for shadow roots. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour painted behind `el` (its own background included unless `ownExcluded`):
 * backgrounds composited up the flat tree, then the canvas. Background images are refused, so a
 * gradient never passes unmeasured. An open modal dialog ends the walk (it is in the top layer).
 */
export function backgroundOf(el: Element, ownExcluded = false): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = ownExcluded ? flatParent(el) : el; node; node = flatParent(node)) {
    const cs = getComputedStyle(node);
    if (cs.backgroundImage !== 'none') throw new Error(`background image on ${node.localName}: contrast not measurable`);
    const c = parseColor(cs.backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] === 1) break;
    if (node instanceof HTMLDialogElement && node.matches(':modal')) break;
  }
  let colour = resolveColor('Canvas');
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** Large text (WCAG): ≥ 24 px, or ≥ 18.66 px bold. */
export function isLargeText(el: Element): boolean {
  const cs = getComputedStyle(el);
  const size = parseFloat(cs.fontSize);
  return size >= 24 || (size >= 18.66 && +cs.fontWeight >= 700);
}

/** The contrast of `el`'s text on what is behind it, and the ratio WCAG 1.4.3 asks for. */
export function textContrast(el: Element): { ratio: number; needed: number; fg: RGBA; bg: RGBA } {
  const bg = backgroundOf(el);
  const fg = over(parseColor(getComputedStyle(el).color), bg);
  return { ratio: contrast(fg, bg), needed: isLargeText(el) ? 3 : 4.5, fg, bg };
}

// ---------------------------------------------------------------------------------------------
// the visitor's settings

export interface MediaSettings {
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Emulates the three media features at once; omitted ones go back to the default. */
export function media(settings: MediaSettings = {}): Promise<void> {
  return executeServerCommand('a11y-media', settings);
}

/** The browser's default text size setting (16 px out of the box). */
export function browserFontSize(px: number): Promise<void> {
  return executeServerCommand('a11y-font-size', { px });
}

export async function resetVisitorSettings(): Promise<void> {
  await media();
  await browserFontSize(16);
  await setViewport({ width: 800, height: 600 });
}

/** The pixels painted in `rect` (viewport CSS px), from a real screenshot of the viewport. */
export async function paintedPixels(rect: { x: number; y: number; width: number; height: number }): Promise<RGBA[]> {
  const png = await executeServerCommand<string, undefined>('screenshot');
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const scale = bitmap.width / document.documentElement.clientWidth >= 1.5 ? devicePixelRatio : 1;
  const [x, y] = [Math.max(0, Math.floor(rect.x * scale)), Math.max(0, Math.floor(rect.y * scale))];
  const [w, h] = [Math.ceil(rect.width * scale), Math.ceil(rect.height * scale)];
  const ctx = new OffscreenCanvas(w, h).getContext('2d')!;
  ctx.drawImage(bitmap, x, y, w, h, 0, 0, w, h);
  const data = ctx.getImageData(0, 0, w, h).data;
  const out: RGBA[] = [];
  for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2], 1]);
  return out;
}

/**
 * How visible what is painted in `el`'s box is against `bg`: the share of its perimeter (in pixels)
 * painted at 3:1 or more, and the best ratio found. A native checkbox's border, an SVG's strokes.
 */
export async function paintedContrast(el: Element, bg: RGBA): Promise<{ best: number; perimeterShare: number }> {
  const r = el.getBoundingClientRect();
  const px = await paintedPixels(r);
  const strong = px.filter((p) => contrast(p, bg) >= 3).length;
  return { best: Math.max(...px.map((p) => contrast(p, bg))), perimeterShare: strong / (2 * (r.width + r.height)) };
}

// ---------------------------------------------------------------------------------------------
// the accessibility tree

export interface AxNode {
  role: string;
  name?: string;
  level?: number;
  modal?: boolean;
  expanded?: boolean;
  checked?: boolean | 'mixed';
  required?: boolean;
  invalid?: string;
  focused?: boolean;
  description?: string;
  disabled?: boolean;
  children?: AxNode[];
}

/** Chromium's accessibility tree under the first element matching `selector` (shadow roots included). */
export function axTree(selector: string): Promise<AxNode> {
  return executeServerCommand<AxNode, { selector: string }>('a11y-tree', { selector });
}

export function axAll(node: AxNode | null | undefined, test: string | ((n: AxNode) => boolean), out: AxNode[] = []): AxNode[] {
  if (!node) return out;
  if (typeof test === 'string' ? node.role === test : test(node)) out.push(node);
  for (const child of node.children ?? []) axAll(child, test, out);
  return out;
}

export interface RawAxNode {
  id: string;
  parent?: string;
  role?: string;
  name?: string;
  props: Record<string, unknown>;
}

/** Every node of the page's accessibility tree with its raw properties (`live`, `atomic`, `modal`…). */
export function axNodes(): Promise<RawAxNode[]> {
  return executeServerCommand<RawAxNode[], undefined>('a11y-ax-nodes');
}

// ---------------------------------------------------------------------------------------------
// the host page

export type HostTheme = 'light' | 'dark';
export const HOST_BACKGROUND: Record<HostTheme, string> = { light: '#ffffff', dark: '#121212' };

export interface HostOptions {
  /** The page's own background: white, or a dark site's #121212. */
  theme?: HostTheme;
  /** `<html lang>`. */
  lang?: string;
  /** Height in px of the site's sticky header (above everything, as on many CMS themes); 0 for none. */
  headerHeight?: number;
  /** Whether the page sets `scroll-padding-top` for its sticky header (WCAG technique C43). */
  scrollPadding?: boolean;
  /** Adds two screens of content after `<main>`'s widgets, so the page scrolls. */
  tall?: boolean;
}

/**
 * The test document turned into a realistic host page: a title, `<html lang>`, a sticky header,
 * a `<main>` landmark, a light or dark page background. `mount()` renders a template at the top of
 * the body (where a site puts a banner) or in `<main>`, and waits for every widget to render.
 */
export class HostPage {
  readonly header = document.createElement('header');
  readonly main = document.createElement('main');
  readonly top = document.createElement('div');
  private readonly previous = {
    lang: document.documentElement.lang,
    html: document.documentElement.getAttribute('style'),
    body: document.body.getAttribute('style'),
    title: document.title,
  };

  constructor(readonly options: HostOptions = {}) {
    const { theme = 'light', lang = 'fr', headerHeight = 0, scrollPadding = true, tall = false } = options;
    const root = document.documentElement;
    root.lang = lang;
    document.title = 'Page hôte';
    document.body.setAttribute('style', `margin: 0; background: ${HOST_BACKGROUND[theme]}; color: ${theme === 'light' ? '#111' : '#eee'}`);
    this.top.id = 'host-top';
    this.header.id = 'host-header';
    this.header.setAttribute(
      'style',
      `position: sticky; top: 0; z-index: 2147483647; height: ${headerHeight}px; overflow: hidden; background: ${theme === 'light' ? '#eeeeee' : '#000000'}`,
    );
    if (headerHeight) this.header.textContent = 'Site du pôle';
    this.main.id = 'host-main';
    if (tall) this.main.setAttribute('style', 'padding: 8px 8px 200vh');
    else this.main.setAttribute('style', 'padding: 8px');
    if (headerHeight && scrollPadding) root.style.scrollPaddingTop = `${headerHeight + 8}px`;
    document.body.prepend(this.top, this.header, this.main);
  }

  /** Renders `template` at the top of the page or in `<main>`; resolves once its widgets have rendered. */
  async mount<T extends Element = HTMLElement>(template: unknown, where: 'top' | 'main' = 'main'): Promise<T> {
    const container = where === 'top' ? this.top : this.main;
    render(template, container);
    const widgets = [...container.querySelectorAll('*')].filter((e) => e.localName.startsWith('pole-')) as (Element & { updateComplete?: Promise<unknown> })[];
    for (const w of widgets) await w.updateComplete;
    await nextFrame();
    return container.firstElementChild as T;
  }

  cleanup(): void {
    render(nothing, this.top);
    render(nothing, this.main);
    this.top.remove();
    this.header.remove();
    this.main.remove();
    const root = document.documentElement;
    root.lang = this.previous.lang;
    restore(root, this.previous.html);
    restore(document.body, this.previous.body);
    document.title = this.previous.title;
    window.scrollTo(0, 0);
  }
}

function restore(el: Element, style: string | null) {
  if (style === null) el.removeAttribute('style');
  else el.setAttribute('style', style);
}

// ---------------------------------------------------------------------------------------------
// DOM helpers

/** Every element in `root`, descending into shadow roots (open ones, as ours are). */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const child of node.children) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

/** Every shadow root at or under `root`. */
export function shadowRoots(root: Element): ShadowRoot[] {
  return [root, ...deepElements(root)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
}

/**
 * Every animation running in the page and in the shadow roots under `root` (Chromium's
 * `document.getAnimations()` leaves out those inside shadow trees).
 */
export function animations(root: Element = document.body): Animation[] {
  return [...document.getAnimations(), ...shadowRoots(root).flatMap((r) => r.getAnimations())];
}

/** The element that really has focus, through shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Hidden on purpose by the "visually hidden" pattern (a 1 px box that clips its overflow, as the
 * form's honeypot is): not text a visitor is meant to read.
 */
export function visuallyHidden(el: Element): boolean {
  for (let a: Element | null = el; a; a = flatParent(a)) {
    const s = getComputedStyle(a);
    const r = a.getBoundingClientRect();
    if ((s.overflow === 'hidden' || s.overflow === 'clip' || s.clipPath !== 'none') && (r.width <= 1 || r.height <= 1)) return true;
  }
  return false;
}

/** Visible text nodes under `root` (shadow roots included), with their rendered line boxes. */
export function textBoxes(root: Element): { node: Text; rects: DOMRect[] }[] {
  const out: { node: Text; rects: DOMRect[] }[] = [];
  for (const el of [root, ...deepElements(root)]) {
    if (!el.checkVisibility({ visibilityProperty: true }) || visuallyHidden(el)) continue;
    for (const child of el.childNodes) {
      if (!(child instanceof Text) || !child.data.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(child);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length) out.push({ node: child, rects });
    }
  }
  return out;
}

export const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// focus

/** The innermost element at a point, through shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** `ancestor` contains `node` in the flat tree (slots and shadow roots crossed). */
export function flatContains(ancestor: Element, node: Element | null): boolean {
  for (let n = node; n; n = flatParent(n)) if (n === ancestor) return true;
  return false;
}

/**
 * What covers `el` (WCAG 2.4.11/2.4.12): the element hit at its centre and the middle of its four
 * edges when that is not `el` itself, or a note when part of it lies outside the viewport; [] when the
 * whole element is visible.
 */
export function obscuring(el: Element): string[] {
  const out: string[] = [];
  const box = el.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) out.push(`outside the viewport (${Math.round(box.top)},${Math.round(box.left)} ${Math.round(box.width)}×${Math.round(box.height)})`);
  // Each box fragment (a link wrapping over two lines has two): its centre and the middle of each
  // edge, 2 px in (corners may be rounded off the hit area).
  for (const r of [...el.getClientRects()].filter((f) => f.width > 0 && f.height > 0)) {
    const inset = Math.min(2, r.width / 4, r.height / 4);
    const [cx, cy] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
    const points: [number, number][] = [
      [cx, cy],
      [cx, r.top + inset],
      [cx, r.bottom - inset],
      [r.left + inset, cy],
      [r.right - inset, cy],
    ];
    for (const [x, y] of points) {
      const hit = deepElementFromPoint(x, y);
      if (hit && !flatContains(el, hit)) out.push(`covered at ${Math.round(x)},${Math.round(y)} by ${hit.localName}${hit.id ? '#' + hit.id : ''}`);
    }
  }
  return [...new Set(out)];
}

export interface FocusIndicator {
  /** Outline width in CSS px (0 when there is none). */
  width: number;
  /** Contrast between the ring and the colour it is painted over (WCAG 2.4.13's "change of contrast"). */
  ratio: number;
  /** Ancestors whose overflow clips part of the ring. */
  clippedBy: string[];
}

/** The focus ring of `el` as painted: its outline against what is behind it, and any clipping. */
export function focusIndicator(el: Element): FocusIndicator {
  const cs = getComputedStyle(el);
  const width = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth);
  const offset = parseFloat(cs.outlineOffset) || 0;
  const behind = offset + width > 0 ? backgroundOf(el, true) : backgroundOf(el);
  const ring = over(parseColor(cs.outlineColor), behind);
  // A two-tone indicator: an outer box-shadow ring (no offset, no blur, spread ≥ 2 px) counts too.
  let shadow = { width: 0, ratio: 0 };
  for (const m of cs.boxShadow.matchAll(/(rgba?\([^)]*\)|color\([^)]*\)) 0px 0px 0px ([\d.]+)px(?! inset)/g)) {
    const width = parseFloat(m[2]);
    const ratio = contrast(over(parseColor(m[1]), behind), behind);
    if (width >= 2 && ratio > shadow.ratio) shadow = { width, ratio };
  }
  const r = el.getBoundingClientRect();
  const reach = Math.max(0, offset + width);
  const clippedBy: string[] = [];
  for (let a = flatParent(el); a; a = flatParent(a)) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    if (a === document.documentElement || a === document.body) continue;
    const b = a.getBoundingClientRect();
    if (r.left - reach < b.left - 0.5 || r.right + reach > b.right + 0.5 || r.top - reach < b.top - 0.5 || r.bottom + reach > b.bottom + 0.5) {
      clippedBy.push(`${a.localName}${a.id ? '#' + a.id : ''} (overflow ${s.overflowX}/${s.overflowY})`);
    }
  }
  const own = width ? contrast(ring, behind) : 0;
  return own >= 3 || shadow.ratio <= own ? { width, ratio: own, clippedBy } : { width: Math.max(width, shadow.width), ratio: shadow.ratio, clippedBy };
}

/** A readable name for a focus stop in failure messages. */
export function label(el: Element | null): string {
  if (!el) return 'nothing';
  const name = el.getAttribute('aria-label') ?? el.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
  const part = el.getAttribute('part');
  return `${el.localName}${el.id ? '#' + el.id : ''}${part ? `[part=${part}]` : ''}${name ? ` "${name}"` : ''}`;
}

/**
 * Checks the element that has focus now: a real element (not `<body>`), `:focus-visible`, a ring of
 * at least 2 px at 3:1 against what it is painted over, not clipped, and not hidden by anything
 * (the host's sticky header included). Returns the problems, [] when none.
 */
export function focusProblems(): string[] {
  const el = deepActive();
  if (!el || el === document.body || el === document.documentElement) return [`focus lost (on ${label(el)})`];
  const problems: string[] = [];
  if (!el.matches(':focus-visible')) problems.push(`${label(el)} does not match :focus-visible`);
  const ring = focusIndicator(el);
  if (ring.width < 2) problems.push(`${label(el)} ring ${ring.width}px < 2px`);
  if (ring.ratio < 3) problems.push(`${label(el)} ring contrast ${ring.ratio.toFixed(2)} < 3`);
  for (const c of ring.clippedBy) problems.push(`${label(el)} ring clipped by ${c}`);
  for (const o of obscuring(el)) problems.push(`${label(el)} ${o}`);
  return problems;
}

/** A key press; `Shift+Tab` is held and released around Tab (the runner knows single keys only). */
export async function press(key: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else await sendKeys({ press: key });
  await nextFrame();
}

// ---------------------------------------------------------------------------------------------
// layout: clipping, overlap, sideways scroll

const short = (t: Text) => `"${t.data.trim().replace(/\s+/g, ' ').slice(0, 30)}"`;

/**
 * Text of `root` that a visitor cannot read: cut by the viewport's sides, clipped by an ancestor
 * with hidden/clip overflow (a scroll container is fine: its content can be scrolled to), or
 * overlapping another text. [] when all the text is readable.
 */
export function textLayoutProblems(root: Element): string[] {
  const problems: string[] = [];
  // An open modal dialog covers the page and makes it inert: only its own text is read then.
  const modal = [root, ...deepElements(root)].find((e) => e instanceof HTMLDialogElement && e.matches(':modal'));
  const boxes = textBoxes(modal ?? root);
  const width = document.documentElement.clientWidth;
  for (const { node, rects } of boxes) {
    for (const r of rects) {
      if (r.left < -0.5 || r.right > width + 0.5) problems.push(`${short(node)} cut by the viewport (${Math.round(r.left)}–${Math.round(r.right)} of ${width})`);
    }
    // Inside a scroll container the text can be scrolled to: from there up, the container's own
    // box is what must not be clipped.
    let visible: DOMRect[] = rects;
    for (let a: Element | null = node.parentElement; a && a !== document.body; a = flatParent(a)) {
      const s = getComputedStyle(a);
      if (/auto|scroll/.test(s.overflowX + s.overflowY)) {
        visible = [a.getBoundingClientRect()];
        continue;
      }
      const clipX = s.overflowX === 'hidden' || s.overflowX === 'clip';
      const clipY = s.overflowY === 'hidden' || s.overflowY === 'clip';
      if (!clipX && !clipY) continue;
      const b = a.getBoundingClientRect();
      for (const r of visible) {
        if ((clipX && (r.left < b.left - 0.5 || r.right > b.right + 0.5)) || (clipY && (r.top < b.top - 0.5 || r.bottom > b.bottom + 0.5))) {
          problems.push(`${short(node)} clipped by ${a.localName}${a.className ? '.' + a.className : ''} (overflow ${s.overflowX}/${s.overflowY})`);
          break;
        }
      }
    }
  }
  // Overlap: line boxes of different text nodes sharing more than a sliver, each cut to what its
  // scroll containers show (text scrolled out of a dialog's body is not under its header). Line
  // boxes include the half-leading, so a sliver of 2 px is tolerated between consecutive lines.
  const shown = boxes.map(({ node, rects }) => rects.map((r) => clipToScrollers(node.parentElement!, r)).filter((r) => r.width > 0 && r.height > 0));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      for (const a of shown[i]) {
        for (const b of shown[j]) {
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 2 && h > 2) problems.push(`${short(boxes[i].node)} overlaps ${short(boxes[j].node)} (${Math.round(w)}×${Math.round(h)} px)`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

/** `r` cut to the visible boxes of the scroll containers around `el`. */
function clipToScrollers(el: Element, r: DOMRect): DOMRect {
  let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
  for (let a: Element | null = el; a && a !== document.body; a = flatParent(a)) {
    const s = getComputedStyle(a);
    if (!/auto|scroll|hidden|clip/.test(s.overflowX + s.overflowY)) continue;
    const b = a.getBoundingClientRect();
    [left, top, right, bottom] = [Math.max(left, b.left), Math.max(top, b.top), Math.min(right, b.right), Math.min(bottom, b.bottom)];
  }
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/** The page scrolls sideways (WCAG 1.4.10 / RGAA 10.11). */
export function horizontalScroll(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/** WCAG 1.4.12's text-spacing values, as a stylesheet adopted inside a shadow root or a document. */
export function textSpacingSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p, li, label, legend, dd, h1, h2, h3, h4, h5, h6 { margin-bottom: 2em !important; }
  `);
  return sheet;
}

/** Adopts the text-spacing sheet in `el`'s light DOM document and in every shadow root under it; returns the undo. */
export function applyTextSpacing(el: Element): () => void {
  const sheet = textSpacingSheet();
  const targets: (Document | ShadowRoot)[] = [document, ...shadowRoots(el)];
  for (const t of targets) t.adoptedStyleSheets = [...t.adoptedStyleSheets, sheet];
  return () => {
    for (const t of targets) t.adoptedStyleSheets = t.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
