/**
 * `npm run manifest`: custom-elements.json and the framework and editor types made from it.
 * Runs after `tsc -p tsconfig.build.json`, so the paths it writes point at files that exist in dist/.
 */
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

import { mkdirSync, writeFileSync } from 'node:fs';

const TYPES = 'dist/types';
const shipped = (path) => path.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');

/**
 * The analyzer lists what the source declares; users get only the public API. Lit's
 * `{ state: true }` in `static properties` still comes out as an attribute, so attributes whose
 * field is private go too.
 */
function publicApiOnly() {
  const hidden = (m) => m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#') || /@internal/.test(m.description ?? '');
  return {
    name: 'pole-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      // Helper modules (the form controller, the request functions) are not API: keep the element
      // classes, their define modules and the modal's field base class it inherits from.
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (mod) => /\/pole-[^/]+\.ts$/.test(mod.path) || mod.declarations?.some((d) => d.customElement) || mod.path.endsWith('/signup-fields.ts'),
      );
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.members) continue;
          const gone = new Set(d.members.filter(hidden).map((m) => m.name));
          d.members = d.members.filter((m) => !gone.has(m.name) && !(m.static && m.name == 'styles'));
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.fieldName || !gone.has(a.fieldName));
        }
      }
    },
  };
}

/**
 * Module paths name the files the package ships (dist/esm/…js, not src/…ts), and each define
 * module records the tag it registers (`define()` is a helper the analyzer does not follow).
 */
function shippedPaths() {
  return {
    name: 'pole-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const tags = new Map();
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? []) if (d.tagName) tags.set(d.name, { tag: d.tagName, module: mod.path });
      for (const mod of customElementsManifest.modules) {
        for (const e of [...(mod.exports ?? [])]) {
          const el = tags.get(e.declaration?.name);
          // A define module re-exports the class it registers: point at the class's own module.
          if (el && /\/pole-[^/]+\.ts$/.test(mod.path)) {
            e.declaration.module = shipped(el.module);
            mod.exports.push({ kind: 'custom-element-definition', name: el.tag, declaration: { name: e.declaration.name, module: shipped(el.module) } });
          }
        }
      }
      const walk = (v) => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (!v || typeof v != 'object') return;
        for (const [k, x] of Object.entries(v)) {
          if ((k == 'path' || k == 'module') && typeof x == 'string' && x.startsWith('src/')) v[k] = shipped(x);
          else walk(x);
        }
      };
      walk(customElementsManifest.modules);
    },
  };
}

/**
 * The generators below take an event's `type` as its `detail` type, while the manifest schema
 * means the event object's type (`CustomEvent<…>`): unwrap it for them, wrap it back after.
 */
function eventDetailTypes(phase) {
  const re = /^CustomEvent<([\s\S]*)>$/;
  return {
    name: `pole-event-types-${phase}`,
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? [])
          for (const e of d.events ?? []) {
            if (!e.type) continue;
            e.type.text = phase == 'unwrap' ? e.type.text.replace(re, '$1') : `CustomEvent<${e.type.text}>`;
          }
    },
  };
}

/**
 * React reads intrinsic elements from its own JSX namespace: one import of this file types every tag
 * (`import type {} from 'pole-widgets/types/react'`), with the generator's props and `onpole-*` events.
 */
function reactJsx() {
  return {
    name: 'pole-react-jsx',
    packageLinkPhase() {
      mkdirSync(TYPES, { recursive: true });
      writeFileSync(
        `${TYPES}/react.d.ts`,
        `import type { CustomElements } from './jsx.js';\n\ndeclare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
      );
    },
  };
}

/**
 * Svelte 5 reads elements from `svelte/elements` (`SvelteHTMLElements`) and events as `on…`
 * attributes (`onpole-subscribe`), the same names as React 19's: each tag gets Svelte's own HTML
 * attributes and the JSX generator's props. (The Svelte generator writes Svelte 4's `on:` names in a
 * namespace its module file keeps to itself, so svelte-check saw `any`.)
 */
function svelteElements() {
  return {
    name: 'pole-svelte-elements',
    packageLinkPhase({ customElementsManifest }) {
      const tags = customElementsManifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
      const props = tags.map((d) => `${d.name}Props`);
      writeFileSync(
        `${TYPES}/svelte.d.ts`,
        `import type { HTMLAttributes } from 'svelte/elements';\nimport type { ${props.join(', ')} } from './jsx.js';\n\n` +
          `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n` +
          tags.map((d) => `    '${d.tagName}': HTMLAttributes<HTMLElement> & ${d.name}Props;\n`).join('') +
          `  }\n}\n`,
      );
    },
  };
}

/**
 * vue-tsc (strictTemplates) checks a template's `pole-name="…"` as the prop `poleName` and
 * `@pole-subscribe` as `onPoleSubscribe`, while the Vue generator writes names as the manifest
 * spells them: give it those camelCase names, and the manifest's own back after.
 */
function vueNames(phase) {
  const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  return {
    name: `pole-vue-names-${phase}`,
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? []) {
          for (const a of d.attributes ?? []) [a.name, a.poleName] = phase == 'in' ? [camel(a.name), a.name] : [a.poleName, undefined];
          for (const e of d.events ?? []) [e.name, e.poleName] = phase == 'in' ? [camel(`-${e.name}`), e.name] : [e.poleName, undefined];
        }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    publicApiOnly(),
    shippedPaths(),
    eventDetailTypes('unwrap'),
    customElementJsxPlugin({ outdir: TYPES, fileName: 'jsx.d.ts', hideLogs: true }),
    vueNames('in'),
    customElementVuejsPlugin({ outdir: TYPES, fileName: 'vue.d.ts', hideLogs: true }),
    vueNames('out'),
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', hideLogs: true }),
    reactJsx(),
    svelteElements(),
    eventDetailTypes('wrap'),
  ],
};
