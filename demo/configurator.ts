/**
 * The snippet configurator. One model, read from the form, drives both the live preview (real
 * elements created with DOM APIs) and the snippet text (plain text in a <code>), so what is pasted
 * is what the preview showed. No HTML is ever parsed from strings: the snippet is text, escaped
 * for HTML by hand, and shown with textContent.
 */

import bannerLines from '../docs/anniversary-banner.md?reservation';
import cardLines from '../docs/explainer-card.md?reservation';
import newsletterLines from '../docs/newsletter-modal.md?reservation';
import { fileOf, heights, type FileName } from '../src/internal/script-tag.js';
import { inserted as INSERTABLE, tags as TAGS, type WidgetKey } from '../src/internal/tags.js';
import themeSource from '../src/internal/theme.ts?raw';
import { urlRefusal } from '../src/internal/url.js';
import release from './release.json';

type AttrPair = [name: string, value: string]; // value '' = boolean attribute

interface Content {
  slot: string; // '' = the default slot (text of the element)
  text: string;
}

interface Spec {
  key: WidgetKey;
  tag: string;
  attrs: AttrPair[];
  content: Content[];
}

interface Problem {
  level: 'error' | 'warning';
  message: string;
}

interface Report {
  version: string;
  brotli: number;
  integrity: string;
  builtFrom?: string;
  /** Each file's own report (dist/pole-widgets.json, written by the build). */
  files?: Record<FileName, Report & { file: string }>;
}

/**
 * The smallest file that covers what is placed: banner, card and logo alone → the member file;
 * the newsletter alone → the partner file; both → the complete file, one tag: it is smaller than
 * the member and partner files together (each carries its own copy of Lit), see docs/files.md.
 */
function fileFor(specs: Spec[]): FileName {
  const partner = specs.some((s) => s.key === 'newsletter');
  const member = specs.some((s) => s.key !== 'newsletter');
  return partner && member ? 'complete' : partner ? 'partner' : member ? 'member' : 'complete';
}

/** The address of `file`: the given address with its file name swapped, when it is one of ours. */
const addressOf = (src: string, file: FileName) => src.replace(/pole-widgets(-member|-partner)?\.js(?=$|[?#])/, fileOf(file));

const LABELS: Record<WidgetKey, string> = {
  banner: 'Bandeau des 20 ans',
  card: 'Carte explicative',
  newsletter: 'Newsletter',
  logo: 'Logo « 20 ans »',
};

const WHERE: Record<WidgetKey, string> = {
  banner: 'Le bandeau : en haut de la page, juste après <body>',
  card: 'La carte : dans le contenu, là où elle doit apparaître',
  newsletter: 'La newsletter : là où son bouton doit apparaître (la fenêtre s’ouvre par-dessus la page)',
  logo: 'Le logo : où vous voulez (pied de page, page partenaire)',
};

const ORDER: WidgetKey[] = ['banner', 'card', 'newsletter', 'logo'];

// The lines each element's docs page tells web managers to paste to hold its place until it is
// defined, read from the page at build time (src/build/vite-plugins.ts, docReservations).
/** The banner's (docs/anniversary-banner.md, "No layout shift"): the default line, then the compact variant's. */
const [RESERVE, RESERVE_COMPACT] = bannerLines;
/** The card's (docs/explainer-card.md, "Less layout shift"): the last line is for `collapsible`. */
const RESERVE_CARD = cardLines;
/** The newsletter's (docs/newsletter-modal.md): the first line hides the intro, the others hold the trigger's box. */
const RESERVE_NEWSLETTER = newsletterLines;

/**
 * The default colours, read from the widgets' theme styles (src/internal/theme.ts), for the contrast
 * check and to write only what changed: the dark values are its `dark` block, the light ones open
 * the `theme` styles that follow it. Read as text: importing the module would bring Lit into this
 * page for one string.
 */
const DEFAULTS = (() => {
  const text = themeSource;
  const at = text.indexOf('export const theme');
  const read = (block: string) => {
    const colour = (token: string) => new RegExp(`var\\(--pole-${token},\\s*(#[0-9a-f]{6})\\)`, 'i').exec(block)?.[1] ?? '';
    return { accent: colour('accent'), surface: colour('surface'), text: colour('text') };
  };
  return { light: read(text.slice(at)), dark: read(text.slice(text.indexOf('const dark'), at)) };
})();

/**
 * The published version (demo/release.json, written by `npm run release`): its CDN address and the
 * hash of that exact file. Null fields until a first release.
 */
interface Published {
  integrity: string | null;
  jsdelivr: string | null;
  unpkg: string | null;
}
/** The complete file's fields at the top (as before the three files), each file's under `files`. */
const RELEASE = release as Published & { version: string | null; files?: Record<FileName, Published> };

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T & Element>(sel) as T;
const form = $<HTMLFormElement>('#cfg');
const preview = $<HTMLDivElement>('#preview');
const code = $<HTMLElement>('#snippet');
const partsBox = $<HTMLDivElement>('#parts');
const copyStatus = $<HTMLElement>('#copy-status');
const integrityNote = $<HTMLElement>('#integrity-note');
const problemsBox = $<HTMLElement>('#cfg-problems');
const contrastSummary = $<HTMLElement>('#contrast-summary');
const contrastList = $<HTMLUListElement>('#contrast-checks');
const input = (id: string) => document.getElementById(id) as HTMLInputElement;

let report: Report | null | undefined; // undefined: still loading; null: not built

// ---------------------------------------------------------------------------------------------
// Checks

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

/** A host only the developer's machine or network reaches: loopback, RFC 1918, link-local, mDNS, IPv6 ULA. */
function isPrivateHost(host: string): boolean {
  return (
    LOCAL.has(host) ||
    /\.(localhost|local|internal|lan)$/.test(host) ||
    /^(127|10|0)\.\d+\.\d+\.\d+$/.test(host) ||
    /^192\.168\.\d+\.\d+$/.test(host) ||
    /^169\.254\.\d+\.\d+$/.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\.\d+\.\d+$/.test(host) ||
    /^\[f[cd][0-9a-f]*:/i.test(host)
  );
}

/**
 * The file's address and the signup endpoint are pasted into a public site: an address of a
 * developer's machine or network, or plain http:, is written (it may be on purpose, for a test) but
 * flagged, because the visitors' browsers will not reach it or will block it as mixed content.
 */
function addressProblem(raw: string, what: 'script' | 'endpoint'): Problem | null {
  if (/^\s*(javascript|data|vbscript|blob|file):/i.test(raw)) return { level: 'error', message: 'Adresse refusée : seules les adresses https:// sont acceptées.' };
  const isRelative = !/^[a-z][a-z\d+.-]*:/i.test(raw);
  if (isRelative && what === 'script') return { level: 'error', message: 'Donnez l’adresse complète, en https://, puisque le code sera collé sur un autre site.' };
  let url: URL;
  try {
    url = new URL(raw, location.href);
  } catch {
    return { level: 'error', message: 'Adresse illisible.' };
  }
  if (isRelative) return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { level: 'error', message: 'Adresse refusée : seules les adresses https:// sont acceptées.' };
  const target = what === 'script' ? 'charger le fichier' : 'envoyer leur inscription';
  if (isPrivateHost(url.hostname))
    return { level: 'warning', message: `adresse locale ou privée (${url.host}) : les visiteurs de votre site ne pourront pas ${target}. Donnez une adresse publique en https://.` };
  if (url.protocol === 'http:') return { level: 'warning', message: `adresse en http:// : sur un site en https, le navigateur refusera d’y ${target === 'charger le fichier' ? 'charger le fichier' : 'envoyer les inscriptions'}. Préférez https://.` };
  return null;
}

/** The widgets' own URL rule (src/internal/url.ts), in the configurator's words. */
function urlProblem(raw: string, { mailto = false } = {}): string | null {
  const refusal = urlRefusal(raw, { mailto });
  if (!refusal) return null;
  if (refusal.startsWith('not a valid')) return 'Adresse illisible.';
  if (refusal.includes('user name')) return 'Adresse refusée : une adresse ne peut pas contenir de nom d’utilisateur ni de mot de passe.';
  if (/^\s*http:/i.test(raw)) return 'Une adresse http:// n’est acceptée que pour localhost : utilisez https://.';
  return 'Adresse refusée : seules les adresses https:// sont acceptées.';
}

function check(control: HTMLInputElement | HTMLSelectElement, value: string): Problem | null {
  const kind = control.dataset.check;
  const error = (message: string): Problem => ({ level: 'error', message });
  const warning = (message: string): Problem => ({ level: 'warning', message });
  if (kind === 'recommended' || kind === 'privacy') {
    if (!value) return warning('recommandé, le RGPD demande de dire qui traite les données et où lire la politique de confidentialité.');
  }
  if (!value) return null;
  switch (kind) {
    case 'url':
    case 'privacy': {
      const p = urlProblem(value, { mailto: kind === 'privacy' });
      return p ? error(p) : null;
    }
    case 'endpoint':
    case 'script':
      return addressProblem(value, kind);
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return error('Date attendue au format AAAA-MM-JJ.');
      if (control.id === 'b-end') {
        const start = input('b-start').value;
        if (start && value < start) return error('La date de retrait précède la date de début.');
        if (value < new Date().toISOString().slice(0, 10)) return warning('Cette date est passée : le bandeau ne s’affichera pas.');
      }
      return null;
    }
    case 'days':
    case 'seconds':
    case 'percent': {
      const n = Number(value);
      const min = Number((control as HTMLInputElement).min || 1);
      const max = Number((control as HTMLInputElement).max || 3650);
      if (!Number.isInteger(n) || n < min || n > max) return error(`Nombre entier entre ${min} et ${max} attendu.`);
      return null;
    }
    case 'key':
      return /^[a-z0-9_-]{1,64}$/i.test(value) ? null : error('Lettres sans accent, chiffres, tirets : 64 caractères au plus.');
    case 'field':
      return /^[\w.[\]-]{1,64}$/.test(value) ? null : error('Nom de champ : lettres sans accent, chiffres, _ - . [ ] seulement.');
    default:
      return null;
  }
}

function showProblem(control: HTMLInputElement | HTMLSelectElement, problem: Problem | null): void {
  const box = document.getElementById(`${control.id}-error`);
  if (problem?.level === 'error') control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  if (!box) return;
  const text = problem ? `${problem.level === 'error' ? 'Erreur' : 'Attention'} : ${problem.message}` : '';
  if (box.textContent !== text) box.textContent = text;
  box.classList.toggle('warning', problem?.level === 'warning');
}

// ---------------------------------------------------------------------------------------------
// The model

function applyConditions(): void {
  for (const box of form.querySelectorAll<HTMLElement>('[data-when]')) {
    const rule = box.dataset.when ?? '';
    const negate = rule.startsWith('!');
    const [id, values] = rule.replace(/^!/, '').split('=');
    const control = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
    let on = control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : values ? values.split(',').includes(control?.value ?? '') : !!control?.value;
    if (negate) on = !on;
    box.hidden = !on;
  }
  for (const toggle of form.querySelectorAll<HTMLInputElement>('[data-widget-toggle]')) {
    const fieldset = form.querySelector<HTMLElement>(`fieldset[data-widget="${toggle.dataset.widgetToggle}"]`);
    if (fieldset) fieldset.hidden = !toggle.checked;
  }
  const dataForm = formKind() === 'data';
  // What the script tag cannot carry: the banner's text and the modal's intro are element content.
  for (const id of ['b-message', 'n-intro']) input(id).disabled = dataForm;
}

function formKind(): 'elements' | 'data' {
  return (form.elements.namedItem('g-form') as RadioNodeList).value === 'data' ? 'data' : 'elements';
}

function isShown(el: Element): boolean {
  return !el.closest('[hidden]');
}

interface Model {
  form: 'elements' | 'data';
  src: string;
  lang: string;
  specs: Spec[];
  colours: [prop: string, value: string][];
  problems: { control: HTMLInputElement | HTMLSelectElement; problem: Problem }[];
}

function readModel(): Model {
  const problems: Model['problems'] = [];
  const note = (control: HTMLInputElement | HTMLSelectElement, value: string): boolean => {
    const problem = isShown(control) && !control.disabled ? check(control, value) : null;
    showProblem(control, problem);
    if (problem) problems.push({ control, problem });
    return problem?.level !== 'error';
  };

  const srcInput = input('g-src');
  const src = srcInput.value.trim();
  note(srcInput, src);
  if (!src) {
    const message = RELEASE.version
      ? 'L’adresse du fichier est nécessaire.'
      : 'L’adresse du fichier est nécessaire : aucune version n’est encore publiée, donnez celle de votre copie.';
    const problem: Problem = { level: 'error', message };
    showProblem(srcInput, problem);
    problems.push({ control: srcInput, problem });
  }
  const lang = (document.getElementById('g-lang') as HTMLSelectElement).value;
  const theme = (document.getElementById('g-theme') as HTMLSelectElement).value;

  const specs: Spec[] = [];
  for (const key of ORDER) {
    if (!input(`w-${key}`).checked) continue;
    const spec: Spec = { key, tag: TAGS[key], attrs: [], content: [] };
    const fieldset = form.querySelector(`fieldset[data-widget="${key}"]`);
    for (const control of fieldset?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select') ?? []) {
      if (!isShown(control) || control.disabled) continue;
      const { attr, slot } = control.dataset;
      if (control instanceof HTMLInputElement && control.type === 'checkbox') {
        if (attr && control.checked) spec.attrs.push([attr, '']);
        continue;
      }
      const value = control.value.trim();
      if (!note(control, value) || !value) continue;
      if (slot !== undefined) spec.content.push({ slot, text: value });
      else if (attr) spec.attrs.push([attr, value]);
    }
    if (lang) spec.attrs.push(['lang', lang]);
    if (theme) spec.attrs.push(['theme', theme]);
    specs.push(spec);
  }

  const colours: Model['colours'] = [];
  if (input('k-custom').checked) {
    const base = DEFAULTS.light;
    const accent = input('k-accent').value;
    if (accent !== base.accent) colours.push(['--pole-accent', accent]);
    if (!input('k-auto-contrast').checked) colours.push(['--pole-accent-contrast', input('k-accent-contrast').value]);
    if (input('k-surface').value !== base.surface) colours.push(['--pole-surface', input('k-surface').value]);
    if (input('k-text').value !== base.text) colours.push(['--pole-text', input('k-text').value]);
  }
  return { form: formKind(), src, lang, specs, colours, problems };
}

// ---------------------------------------------------------------------------------------------
// The snippet (text)

const escAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const escText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrText = ([name, value]: AttrPair) => (value === '' ? name : `${name}="${escAttr(value)}"`);

/** `<tag a="1">` on one line when short, one attribute per line when long. */
function openTag(tag: string, attrs: string[]): string {
  const oneLine = `<${tag}${attrs.map((a) => ` ${a}`).join('')}>`;
  return oneLine.length <= 100 ? oneLine : `<${tag}\n${attrs.map((a) => `  ${a}`).join('\n')}\n>`;
}

function elementText(spec: Spec): string {
  const open = openTag(spec.tag, spec.attrs.map(attrText));
  const inline = spec.content.filter((c) => c.slot === '').map((c) => escText(c.text)).join(' ');
  const slotted = spec.content.filter((c) => c.slot !== '').map((c) => `\n  <p slot="${escAttr(c.slot)}">${escText(c.text)}</p>`).join('');
  return `${open}${inline}${slotted}${slotted ? '\n' : ''}</${spec.tag}>`;
}

interface Part {
  id: string;
  title: string;
  text: string;
}

/**
 * The integrity to write for `file`: the published file's (at its CDN address or in a copy of it
 * hosted by the site), or before any release the file built next to this page.
 */
const integrity = (file: FileName) =>
  RELEASE.version ? (RELEASE.files?.[file] ?? (file == 'complete' ? RELEASE : null))?.integrity : fileReport(file)?.integrity;
const fileReport = (file: FileName) => report?.files?.[file] ?? (file == 'complete' ? report : undefined);

/** The snippet cut by where each piece goes in a page, and the same code as one block for tag managers. */
function snippetParts(model: Model): { parts: Part[]; single: string } {
  const lines: string[] = [];
  const version = RELEASE.version ?? report?.version ?? '';
  const file = fileFor(model.specs);
  const scriptAttrs = [`src="${escAttr(addressOf(model.src, file))}"`];
  const hash = integrity(file);
  if (hash) scriptAttrs.push(`integrity="${hash}"`);
  scriptAttrs.push('crossorigin="anonymous"', 'defer');
  const inserted = model.form === 'data' ? model.specs.filter((s) => (INSERTABLE as readonly WidgetKey[]).includes(s.key)) : [];
  const elements = model.specs.filter((s) => !inserted.includes(s));

  const comment = `<!-- ${fileOf(file).replace(/\.js$/, '')} ${version} : dans <head>, ou juste avant </body> -->`.replace('  :', ' :');
  let script: string;
  if (inserted.length) {
    const data: string[] = [];
    if (model.lang) data.push(`data-lang="${model.lang}"`);
    for (const spec of inserted) {
      const prefix = `data-${spec.key}`;
      data.push(prefix);
      for (const [name, value] of spec.attrs) if (name !== 'lang') data.push(attrText([`${prefix}-${name}`, value]));
    }
    script = `<script\n${[...scriptAttrs, ...data].map((a) => `  ${a}`).join('\n')}\n></script>`;
  } else {
    script = `${openTag('script', scriptAttrs)}</script>`;
  }
  lines.push(comment, script);
  const css: string[] = [];
  const banner = elements.find((s) => s.key === 'banner');
  if (banner) {
    const compact = banner.attrs.some(([n, v]) => n === 'variant' && v === 'compact');
    css.push('  /* Réserve la place du bandeau avant que le script ne s’exécute : la page ne bouge pas. */', `  ${compact ? RESERVE_COMPACT : RESERVE}`);
  }
  const insertedBanner = inserted.find((s) => s.key === 'banner');
  if (insertedBanner) {
    const compact = insertedBanner.attrs.some(([n, v]) => n === 'variant' && v === 'compact');
    // docs/script-tag.md's line for a banner the script inserts: the same height, held at the top of <body>.
    css.push(
      '  /* Réserve la place du bandeau que le script insère en haut de la page : la page ne bouge pas. */',
      `  body:not(:has(pole-anniversary-banner:defined))::before{content:"";display:block;font-size:medium;min-height:${heights[+compact]}}`,
    );
  }
  const card = elements.find((s) => s.key === 'card');
  if (card) {
    const lines = card.attrs.some(([n]) => n === 'collapsible') ? RESERVE_CARD : RESERVE_CARD.slice(0, 2);
    css.push('  /* Réserve la place de la carte : ce qui la suit ne bouge presque pas. */', ...lines.map((l) => `  ${l}`));
  }
  const newsletter = elements.find((s) => s.key === 'newsletter');
  if (newsletter) {
    const lines = newsletter.attrs.some(([n]) => n === 'trigger-label') ? RESERVE_NEWSLETTER : RESERVE_NEWSLETTER.slice(0, 1);
    css.push('  /* Réserve la place du bouton de la newsletter et cache le texte de la fenêtre avant le script. */', ...lines.map((l) => `  ${l}`));
  }
  if (model.colours.length) {
    css.push('  /* Vos couleurs */', `  ${Object.values(TAGS).join(',\n  ')} {\n${model.colours.map(([p, v]) => `    ${p}: ${v};`).join('\n')}\n  }`);
  }
  const style = css.length ? `<style>\n${css.join('\n')}\n</style>\n` : '';
  if (style) lines.push('', '<!-- À mettre de préférence dans la feuille de style du site (indispensable sous CSP stricte) -->', style.trimEnd());
  for (const spec of elements) lines.push('', `<!-- ${WHERE[spec.key]} -->`, elementText(spec));

  const placed = (keys: WidgetKey[]) =>
    elements
      .filter((s) => keys.includes(s.key))
      .map((s) => `<!-- ${WHERE[s.key]} -->\n${elementText(s)}\n`)
      .join('\n');
  const parts: Part[] = [
    { id: 'head', title: 'Dans <head>, ou les règles dans la feuille de style du site', text: style },
    { id: 'top', title: 'En haut de <body>', text: placed(['banner']) },
    { id: 'content', title: 'Dans le contenu des pages', text: placed(['card', 'newsletter', 'logo']) },
    { id: 'end', title: 'À la fin de <body>, juste avant </body>', text: `${script}\n` },
  ];
  return { parts: parts.filter((p) => p.text), single: lines.join('\n') + '\n' };
}

let lastParts = '';

/** One block per place in the page, each with its own copy button. */
function renderParts(parts: Part[]): void {
  const key = JSON.stringify(parts);
  if (key === lastParts) return;
  lastParts = key;
  partsBox.replaceChildren(
    ...parts.map((part) => {
      const box = document.createElement('div');
      box.className = 'part';
      const title = document.createElement('h3');
      title.id = `part-${part.id}-title`;
      title.textContent = part.title;
      const pre = document.createElement('pre');
      pre.className = 'snippet';
      pre.tabIndex = 0;
      pre.setAttribute('role', 'region');
      pre.setAttribute('aria-labelledby', title.id);
      const text = document.createElement('code');
      text.id = `part-${part.id}`;
      text.textContent = part.text;
      pre.append(text);
      const row = document.createElement('p');
      row.className = 'copy-row';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.dataset.copy = text.id;
      button.dataset.label = `Code « ${part.title} »`;
      button.textContent = 'Copier ce morceau';
      button.setAttribute('aria-describedby', title.id);
      row.append(button);
      box.append(title, pre, row);
      return box;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The preview (real elements)

let lastPreview = '';

function renderPreview(model: Model): void {
  for (const prop of ['--pole-accent', '--pole-accent-contrast', '--pole-surface', '--pole-text']) preview.style.removeProperty(prop);
  for (const [prop, value] of model.colours) preview.style.setProperty(prop, value);
  const key = JSON.stringify(model.specs);
  if (key === lastPreview) return;
  lastPreview = key;
  const items = model.specs.map((spec) => {
    const item = document.createElement('div');
    item.className = 'preview-item';
    const title = document.createElement('h3');
    title.textContent = LABELS[spec.key];
    const el = document.createElement(spec.tag);
    for (const [name, value] of spec.attrs) el.setAttribute(name, value);
    for (const c of spec.content) {
      if (c.slot === '') {
        el.append(c.text);
      } else {
        const p = document.createElement('p');
        p.slot = c.slot;
        p.textContent = c.text;
        el.append(p);
      }
    }
    item.append(title, el);
    if (spec.key === 'newsletter' && !spec.attrs.some(([n]) => n === 'trigger-label')) {
      // Without a built-in trigger, a site opens the modal with its own button: show one.
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'button';
      open.textContent = 'Votre propre bouton (data-pole-newsletter-open)';
      open.addEventListener('click', () => (el as HTMLElement & { show?: () => void }).show?.());
      item.append(open);
    }
    return item;
  });
  if (items.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = 'Cochez au moins un widget.';
    items.push(empty as HTMLDivElement);
  }
  preview.replaceChildren(...items);
}

// ---------------------------------------------------------------------------------------------
// Contrast (WCAG 2.x relative luminance) and the accent's automatic text colour (as theme.ts
// computes it in CSS: white on accents below luminance 0.179, black above)

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const linear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function effectiveColours() {
  const theme = (document.getElementById('g-theme') as HTMLSelectElement).value === 'dark' ? 'dark' : 'light';
  const base = DEFAULTS[theme];
  const custom = input('k-custom').checked;
  const accent = custom ? input('k-accent').value : base.accent;
  const surface = custom ? input('k-surface').value : base.surface;
  const text = custom ? input('k-text').value : base.text;
  const onAccent = custom && !input('k-auto-contrast').checked ? input('k-accent-contrast').value : luminance(accent) < 0.179 ? '#ffffff' : '#000000';
  return { accent, surface, text, onAccent };
}

let lastSummary = '';

function renderContrast(): void {
  const c = effectiveColours();
  const checks = [
    { label: 'Texte sur le fond des widgets', fg: c.text, bg: c.surface, min: 4.5 },
    { label: 'Texte des boutons sur l’accent', fg: c.onAccent, bg: c.accent, min: 4.5 },
    { label: 'Accent sur le fond (liens, titres, contours)', fg: c.accent, bg: c.surface, min: 4.5 },
  ];
  let fails = 0;
  let close = 0;
  const items = checks.map(({ label, fg, bg, min }) => {
    const ratio = contrastRatio(fg, bg);
    // Warn before it fails: a ratio just above the minimum breaks with the next, slightly lighter shade.
    const state = ratio < min ? 'fail' : ratio < min + 0.5 ? 'close' : 'pass';
    if (state === 'fail') fails++;
    if (state === 'close') close++;
    const li = document.createElement('li');
    li.className = `contrast ${state}`;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style.setProperty('background-color', bg);
    // A dot of the foreground on the background: a picture of the pair, not text to be read.
    const dot = document.createElement('span');
    dot.style.setProperty('background-color', fg);
    swatch.append(dot);
    const verdict = state === 'fail' ? 'Échec' : state === 'close' ? 'Limite' : 'Conforme';
    const text = document.createElement('span');
    text.textContent = `${label} : ${ratio.toFixed(2)} pour 1 (minimum ${min} pour 1). ${verdict}${state === 'close' ? ' : à peine au-dessus du minimum, une nuance plus claire le fera échouer.' : state === 'fail' ? ' : illisible pour une partie des visiteurs, choisissez des couleurs plus contrastées.' : '.'}`;
    li.append(swatch, text);
    return li;
  });
  contrastList.replaceChildren(...items);
  const summary =
    fails > 0
      ? `Contraste insuffisant : ${fails} échec${fails > 1 ? 's' : ''} au niveau AA. Corrigez avant de publier.`
      : close > 0
        ? `Contraste conforme, mais ${close} couleur${close > 1 ? 's' : ''} à la limite du minimum AA.`
        : 'Contraste conforme au niveau AA.';
  // The live region speaks only when the verdict changes, not at every step of a colour picker.
  if (summary !== lastSummary) {
    lastSummary = summary;
    contrastSummary.textContent = summary;
    contrastSummary.className = `contrast-summary ${fails ? 'fail' : close ? 'close' : 'pass'}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Integrity

function renderIntegrity(model: Model): void {
  const file = fileFor(model.specs);
  const built = fileReport(file);
  integrityNote.replaceChildren();
  integrityNote.classList.toggle('warning', !RELEASE.version && report === null);
  if (!RELEASE.version && report === undefined) {
    integrityNote.textContent = 'Lecture de l’empreinte du fichier…';
  } else if (!RELEASE.version && report === null) {
    integrityNote.textContent =
      'Attention : l’empreinte integrity est inconnue, le fichier pole-widgets.js n’a pas été construit (dist/pole-widgets.json est absent). Lancez « npm run build » : sans empreinte, le code ci-dessous ne protège pas votre site contre un fichier modifié.';
  }
  if (RELEASE.version) {
    integrityNote.textContent = `Version publiée ${RELEASE.version} : adresse sur le CDN jsDelivr (ou ${RELEASE.unpkg}) et empreinte integrity de ce fichier exact. Si vous hébergez le fichier vous-même, copiez celui de cette version sans le modifier : modifié d’un seul octet, le navigateur refusera de l’exécuter.`;
  } else if (report && built) {
    const where =
      report.builtFrom === 'dev-server'
        ? 'calculée par le serveur de développement sur les sources actuelles, identique au fichier que produit « npm run build »'
        : 'lue dans dist/pole-widgets.json, à côté du fichier construit';
    integrityNote.textContent = `Aucune version n’est encore publiée. Fichier ${fileOf(file)} ${built.version}, ${(built.brotli / 1000).toFixed(1)} kB compressé (le plus petit qui contient ce que vous placez). Empreinte integrity ${where}. Hébergez ce fichier tel quel : modifié d’un seul octet, le navigateur refusera de l’exécuter.`;
  }
}

async function loadReport(): Promise<void> {
  try {
    const res = await fetch(new URL('../pole-widgets.json', location.href), { cache: 'no-store' });
    if (!res.ok) throw new Error(String(res.status));
    const data = (await res.json()) as Report;
    report = typeof data.integrity === 'string' && data.integrity.startsWith('sha384-') ? data : null;
  } catch {
    report = null;
  }
  update();
}

// ---------------------------------------------------------------------------------------------
// Wiring

function renderProblems(model: Model): void {
  problemsBox.replaceChildren();
  const errors = model.problems.filter((p) => p.problem.level === 'error');
  if (errors.length === 0) return;
  problemsBox.append(`${errors.length} réglage${errors.length > 1 ? 's' : ''} à corriger, non repris dans le code : `);
  errors.forEach(({ control }, i) => {
    const a = document.createElement('a');
    a.href = `#${control.id}`;
    a.textContent = form.querySelector(`label[for="${control.id}"]`)?.firstChild?.textContent?.trim() ?? control.id;
    problemsBox.append(i ? ', ' : '', a);
  });
  problemsBox.append('.');
}

function update(): void {
  applyConditions();
  const model = readModel();
  const { parts, single } = snippetParts(model);
  if (code.textContent !== single) code.textContent = single;
  renderParts(parts);
  renderPreview(model);
  renderContrast();
  renderIntegrity(model);
  renderProblems(model);
}

let pending = 0;
form.addEventListener('input', () => {
  clearTimeout(pending);
  pending = window.setTimeout(update, 120);
});
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());

$<HTMLButtonElement>('#reset-preview').addEventListener('click', () => {
  // Forget what the preview's widgets remembered (a dismissed banner, a closed modal).
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith('pole-widgets:')) localStorage.removeItem(k);
  } catch {
    // Storage unavailable: nothing was remembered.
  }
  lastPreview = '';
  update();
});

function announce(message: string): void {
  // Clear first so that the same message is announced again on a second copy.
  copyStatus.textContent = '';
  window.setTimeout(() => {
    copyStatus.textContent = message;
  }, 100);
}

function copyBySelection(source: HTMLElement): boolean {
  const selection = getSelection();
  selection?.selectAllChildren(source);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

// One handler for every copy button: each names the <code> it copies.
$<HTMLElement>('#code').addEventListener('click', async (e) => {
  const button = (e.target as Element).closest<HTMLButtonElement>('button[data-copy]');
  const source = button && document.getElementById(button.dataset.copy ?? '');
  if (!source) return;
  const text = source.textContent ?? '';
  let copied: boolean;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    copied = copyBySelection(source);
  }
  const lines = text.trimEnd().split('\n').length;
  const what = button.dataset.label ?? 'Code';
  announce(
    copied
      ? `${what} copié dans le presse-papiers (${lines} lignes). Collez-le dans votre site.`
      : 'La copie automatique n’est pas permise ici : le code est sélectionné, copiez-le avec Ctrl+C (Cmd+C sur Mac).',
  );
});

// The colour pickers start from the widgets' own light defaults.
for (const token of ['accent', 'surface', 'text'] as const) input(`k-${token}`).defaultValue = DEFAULTS.light[token];
// Never a development address: the published version's CDN address, or nothing until there is one.
input('g-src').value = RELEASE.jsdelivr ?? '';
update();
void loadReport();

export {}; // a module: its names stay its own
