// The docs' generated parts, and their check.
//   node src/build/api-docs.mjs          (npm run docs)        writes them
//   node src/build/api-docs.mjs --check  (npm run docs:check)  changes nothing, fails when one is stale
//                                                               or a relative link is broken
// - Each element's API tables (attributes and properties, methods, events, slots, CSS parts, CSS custom
//   properties) come from custom-elements.json, which `npm run manifest` reads from the JSDoc: the API
//   is written once, in the source. They go into `docs/<tag without pole->.md`, between
//   `<!-- api <tag> -->` and `<!-- /api -->`.
// - Files with `<!-- toc -->` and `<!-- /toc -->` get their table of contents (src/build/toc.mjs).
// - Links: every relative link and #anchor of README.md, docs/ and the grids they point to must
//   reach a file or a heading (remark-validate-links, offline: external URLs are not fetched), and
//   every page of docs/ must be listed in docs/README.md, the index.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { markdownTable } from 'markdown-table';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkValidateLinks from 'remark-validate-links';
import { engine } from 'unified-engine';
import { withToc } from './toc.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const MANIFEST = join(ROOT, 'custom-elements.json');
const DOCS = join(ROOT, 'docs');
/** Outside docs/, the files whose links are checked and whose toc is kept up to date. */
const TOP_FILES = ['README.md', 'ACCESSIBILITY.md', 'BENCHMARKS.md', 'CHANGELOG.md', 'test/bench/FINDINGS.md'];

const check = process.argv.includes('--check');

const code = (s) => '`' + String(s).replaceAll('`', "'") + '`';
/** One table cell: GFM splits rows at every `|`, code spans included, and a cell is one line. */
const cell = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|').trim();
const table = (head, rows) => markdownTable([head, ...rows.map((r) => r.map(cell))], { alignDelimiters: false });

/** Public API only: no private/protected or static member, no reactive state. */
const isPublic = (m) => !m.static && !m.state && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#');

/** `CustomEvent<{ reason: string }>` → `{ reason: string }`; a type without a payload → none. */
function detailOf(type) {
  const m = /^CustomEvent<([\s\S]*)>$/.exec(type?.trim() ?? '');
  return m ? code(m[1].trim()) : '';
}

/** The Markdown of one element's API, from its manifest declaration. */
export function apiMarkdown(el) {
  const members = el.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && isPublic(m));
  const out = [];

  // Every public property, with its attribute if it has one, and every attribute that belongs to
  // no property (declared with `@attr`); an attribute of a private or state field is not API.
  const rows = [];
  for (const f of fields) {
    const attr = el.attributes?.find((a) => a.fieldName === f.name);
    rows.push([attr ? code(attr.name) : '—', code(f.name), f.type ? code(f.type.text) : '', f.default != null ? code(f.default) : '', f.description]);
  }
  for (const a of el.attributes ?? []) {
    if (a.fieldName) continue; // listed with its property, or a private/state field's: not API
    rows.push([code(a.name), '—', a.type ? code(a.type.text) : '', a.default != null ? code(a.default) : '', a.description]);
  }
  if (rows.length) out.push('### Attributes and properties', '', table(['attribute', 'property', 'type', 'default', 'description'], rows), '');

  const methods = members.filter((m) => m.kind === 'method' && isPublic(m));
  if (methods.length) {
    const signature = (m) => `${m.name}(${(m.parameters ?? []).map((p) => p.name + (p.type ? `: ${p.type.text}` : '')).join(', ')})`;
    out.push('### Methods', '', table(['method', 'description'], methods.map((m) => [code(signature(m)), m.description])), '');
  }

  const events = (el.events ?? []).filter((e) => e.name);
  if (events.length) out.push('### Events', '', table(['event', 'detail', 'description'], events.map((e) => [code(e.name), detailOf(e.type?.text), e.description])), '');

  const slots = el.slots ?? [];
  if (slots.length) out.push('### Slots', '', table(['slot', 'description'], slots.map((s) => [s.name ? code(s.name) : '(default)', s.description])), '');

  const parts = el.cssParts ?? [];
  if (parts.length) out.push('### CSS parts', '', table(['part', 'description'], parts.map((p) => [code(p.name), p.description])), '');

  const props = el.cssProperties ?? [];
  if (props.length) {
    out.push('### CSS custom properties', '', table(['custom property', 'description'], props.map((p) => [code(p.name), p.description])), '');
  }
  return out.join('\n').trim();
}

/**
 * Every element the manifest declares, with the page that documents it. A tag comes from the class
 * (`@tagname`, `@customElement`) or from a `customElements.define` in another module (a define module),
 * which the manifest records as that module's `custom-element-definition` export.
 */
function elements() {
  if (!existsSync(MANIFEST)) throw new Error('custom-elements.json is missing: run `npm run manifest` (or `npm run build`) first.');
  const { modules } = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  // A definition's module is written as imported (`/src/…/x.js`), so the class is found by its name.
  const declaration = (ref) => modules.flatMap((m) => m.declarations ?? []).find((d) => d.kind === 'class' && d.name === ref.name);
  const tags = new Map();
  for (const m of modules) {
    for (const d of m.declarations ?? []) if (d.customElement && d.tagName) tags.set(d.tagName, d);
    for (const e of m.exports ?? []) {
      const d = e.kind === 'custom-element-definition' && e.declaration && declaration(e.declaration);
      if (d && !tags.has(e.name)) tags.set(e.name, { ...d, tagName: e.name });
    }
  }
  if (!tags.size) throw new Error('custom-elements.json declares no element: check the `manifest` script.');
  return [...tags.values()].map((el) => ({ el, page: join(DOCS, el.tagName.replace(/^pole-/, '') + '.md') }));
}

/** Public API entries with no JSDoc text: each would be a blank line in the docs. */
export function undocumented(el) {
  const entries = [
    ...(el.members ?? []).filter((m) => (m.kind === 'field' || m.kind === 'method') && isPublic(m)).map((m) => [m.kind === 'field' ? 'property' : 'method', m]),
    ...(el.attributes ?? []).filter((a) => !a.fieldName).map((a) => ['attribute', a]),
    ...(el.events ?? []).map((e) => ['event', e]),
    ...(el.slots ?? []).map((x) => ['slot', x]),
    ...(el.cssParts ?? []).map((x) => ['CSS part', x]),
    ...(el.cssProperties ?? []).map((x) => ['CSS custom property', x]),
  ];
  return entries.filter(([, x]) => !x.description?.trim()).map(([kind, x]) => `${kind} \`${x.name || '(default)'}\` of <${el.tagName}> has no JSDoc description`);
}

/** `text` with the API block of `tag` regenerated, or an error when the page has no markers for it. */
function withApi(text, el) {
  const start = `<!-- api ${el.tagName}: generated by \`npm run docs\` from the JSDoc; edit the source, not this -->`;
  const open = new RegExp(`<!-- api ${el.tagName}\\b[^>]*-->`);
  const a = text.search(open);
  const b = text.indexOf('<!-- /api -->', a);
  if (a < 0 || b < 0) return null;
  return text.slice(0, a) + start + '\n' + apiMarkdown(el) + '\n' + text.slice(b);
}

const markdownFiles = () => [
  ...TOP_FILES.filter((f) => existsSync(join(ROOT, f))),
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Broken relative links and anchors; the files are checked as one set, so links between them are followed. */
async function brokenLinks(files) {
  const { context } = await new Promise((resolve, reject) =>
    engine(
      {
        processor: remark().use(remarkGfm),
        plugins: [[remarkValidateLinks, { repository: false, root: ROOT }]],
        files: files.map((f) => join(ROOT, f)),
        cwd: ROOT,
        silent: true,
        reporter: () => '',
      },
      (error, code, context) => (error ? reject(error) : resolve({ code, context })),
    ),
  );
  return context.files.flatMap((file) => file.messages.map((m) => `${relative(ROOT, file.path)}:${m.line ?? '?'}: ${m.reason}`));
}

/** Pages of docs/ that the index does not list. */
function unlisted() {
  const index = readFileSync(join(DOCS, 'README.md'), 'utf8');
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .filter((f) => !index.includes(`](${f})`) && !index.includes(`](${f}#`))
    .map((f) => `docs/README.md does not list docs/${f}`);
}

async function main() {
  const problems = [];
  const changed = [];
  const update = (path, next) => {
    const current = readFileSync(path, 'utf8');
    if (next === current) return;
    if (!changed.includes(relative(ROOT, path))) changed.push(relative(ROOT, path));
    if (!check) writeFileSync(path, next);
  };

  for (const { el, page } of elements()) {
    problems.push(...undocumented(el));
    if (!existsSync(page)) {
      problems.push(`${relative(ROOT, page)} is missing: every element has its page (see docs/contributing.md)`);
      continue;
    }
    const next = withApi(readFileSync(page, 'utf8'), el);
    if (next == null) problems.push(`${relative(ROOT, page)} has no \`<!-- api ${el.tagName} -->\` … \`<!-- /api -->\` block for its API tables`);
    else update(page, next);
  }
  const files = markdownFiles();
  for (const f of files) update(join(ROOT, f), withToc(readFileSync(join(ROOT, f), 'utf8')));

  problems.push(...unlisted(), ...(await brokenLinks(files)));

  if (check && changed.length) problems.unshift(...changed.map((f) => `${f} is stale: run \`npm run docs\` and commit the result`));
  else for (const f of changed) console.log(`docs: wrote ${f}`);
  if (problems.length) {
    for (const p of problems) console.error(`docs: ${p}`);
    process.exitCode = 1;
  } else console.log(`docs: ${files.length} files, API tables, tables of contents and links up to date`);
}

// Run as a script; imported (by its test), it only lends apiMarkdown.
if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await main();
