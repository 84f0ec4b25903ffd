/**
 * The build's own plugins: the script-tag files, their template minifier and size report, and what the demo
 * needs from the dev and preview servers (the signup endpoint, per-page headers, the single file).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minifyHTMLLiterals } from 'minify-literals';
import { build, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { signupEndpoint } from '../../demo/server/signup-endpoint.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
export const DEMO = resolve(ROOT, 'demo');

const version = () => JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version as string;

/**
 * The script-tag files site owners paste, one per use, each self-contained (Lit and internal/ are
 * bundled into each): the member-site file, the partner file and the complete file.
 */
export const FILES = {
  member: { entry: 'src/single-file-member.ts', file: 'pole-widgets-member.js' },
  partner: { entry: 'src/single-file-partner.ts', file: 'pole-widgets-partner.js' },
  complete: { entry: 'src/single-file.ts', file: 'pole-widgets.js' },
} as const;
export type FileName = keyof typeof FILES;

/** A minified IIFE with Lit bundled in (`complete` is also built in memory for the demo's dev server). */
export const scriptFile = (name: FileName): BuildEnvironmentOptions => ({
  target: 'es2021',
  outDir: 'dist',
  emptyOutDir: name == 'complete',
  sourcemap: false,
  rolldownOptions: {
    output: {
      // After minification, so the minifier cannot drop it; the SRI hash (scriptFiles, closeBundle)
      // is computed on the written file, banner included. `/*!` marks it as a licence comment that
      // a site's own minifier keeps.
      postBanner: () => `/*! pole-widgets v${version()} | MIT */`,
    },
  },
  lib: {
    entry: resolve(ROOT, FILES[name].entry),
    formats: ['iife'],
    // The entries export nothing: no global variable, `window.PoleWidgets` is set by internal/script-file.ts.
    name: 'PoleWidgets',
    fileName: () => FILES[name].file,
  },
});

interface Report {
  file: string;
  version: string;
  raw: number;
  gzip: number;
  brotli: number;
  integrity: string;
}

function report(code: Buffer, file: string = FILES.complete.file): Report {
  return {
    file,
    version: version(),
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
  };
}

/**
 * The main build writes the complete file; then this builds the member and partner files from the
 * same sources with the same options (an IIFE build has one entry), prints each file's raw, gzip
 * and brotli sizes and SRI hash, and writes them to dist/pole-widgets.json: the complete file's
 * report at the top (as before), every file's under `files`, for the README, the demo and the
 * configurator.
 */
export function scriptFiles(): Plugin {
  // The outer build's folder and sourcemap setting (the benchmark's profile builds into .tmp/ with maps).
  let outDir = 'dist';
  let sourcemap: BuildEnvironmentOptions['sourcemap'] = false;
  return {
    name: 'pole-script-files',
    apply: 'build',
    configResolved(config) {
      ({ outDir, sourcemap } = config.build);
    },
    async closeBundle() {
      for (const name of ['member', 'partner'] as const) {
        await build({ configFile: false, root: ROOT, mode: 'production', logLevel: 'warn', plugins: [minifyTemplates()], build: { ...scriptFile(name), outDir, sourcemap } });
      }
      const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`;
      const files = Object.fromEntries(
        (Object.keys(FILES) as FileName[]).map((name) => {
          const r = report(readFileSync(resolve(ROOT, outDir, FILES[name].file)), FILES[name].file);
          console.log(`${outDir}/${r.file}: ${kb(r.raw)} raw, ${kb(r.gzip)} gzip, ${kb(r.brotli)} brotli\n  integrity="${r.integrity}"`);
          return [name, r];
        }),
      ) as Record<FileName, Report>;
      writeFileSync(resolve(ROOT, outDir, 'pole-widgets.json'), JSON.stringify({ ...files.complete, files }, null, 2) + '\n');
    },
  };
}

/**
 * Minifies the HTML and CSS inside Lit's html`` / svg`` / css`` templates of our own sources at
 * build time: whitespace and comments in templates are bytes every site downloads.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'pole-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const once = await minifyHTMLLiterals(code, { fileName: id, htmlTags: ['html'] });
      const html = once?.code ?? code;
      // svg`` templates are parsed as SVG, where `<path/>` must stay self-closed (the HTML minifier
      // drops the slash, and every later shape would nest, undrawn, inside the first): a second pass
      // for them only, keeping the slashes, so html`` templates do not pay for it.
      const twice = /\bsvg`/.test(html)
        ? await minifyHTMLLiterals(html, { fileName: id, htmlTags: ['svg'], css: false, html: { keepClosingSlash: true } })
        : null;
      if (!twice) return once ? { code: once.code, map: once.map } : null;
      return { code: twice.code, map: null };
    },
  };
}

/** The demo's newsletter endpoint, served by the dev and preview servers (demo/server/signup-endpoint.mjs). */
export function demoEndpoint(): Plugin {
  return {
    name: 'pole-demo-endpoint',
    configureServer(server) {
      server.middlewares.use(signupEndpoint({ log: true }));
    },
    configurePreviewServer(server) {
      server.middlewares.use(signupEndpoint({ log: true }));
    },
  };
}

/**
 * Response headers per demo page: `demo/x.html` gets those listed in `demo/x.headers.json` (the
 * strict-CSP page), in dev and in preview, the same convention as the end-to-end server.
 */
export function pageHeaders(): Plugin {
  const headersFor = (dir: string, url = '/'): Record<string, string> => {
    const m = /^\/demo\/([\w-]+)\.html$/.exec(new URL(url, 'http://x').pathname);
    const file = m && resolve(dir, `${m[1]}.headers.json`);
    return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  };
  const use = (dir: string) => (req: { url?: string }, res: { setHeader(n: string, v: string): void }, next: () => void) => {
    for (const [name, value] of Object.entries(headersFor(dir, req.url))) res.setHeader(name, value);
    next();
  };
  return {
    name: 'pole-page-headers',
    configureServer(server) {
      server.middlewares.use(use(DEMO));
    },
    configurePreviewServer(server) {
      server.middlewares.use(use(resolve(ROOT, 'dist/demo')));
    },
  };
}

/**
 * The demo pages load the single file with a plain `<script src="../pole-widgets.js">`, exactly as a
 * site owner pastes it. This adds its `integrity` and `crossorigin="anonymous"`. In the demo build
 * the file is dist/pole-widgets.js (built first); in dev the three files are built in memory from the
 * current sources with the same options, rebuilt when a source file changes, and served at
 * /pole-widgets.js, /pole-widgets-member.js, /pole-widgets-partner.js (with the /pole-widgets.json
 * report), so the partner page's script-tag configuration and the configurator work in dev too.
 */
export function singleFileScript(command: 'serve' | 'build'): Plugin {
  type Built = { codes: Record<FileName, Buffer>; report: Report & { files: Record<FileName, Report> } };
  let current: Promise<Built> | undefined;
  const names = Object.keys(FILES) as FileName[];
  const buildOne = async (name: FileName) => {
    const out = await build({
      configFile: false,
      root: ROOT,
      mode: 'production',
      logLevel: 'warn',
      plugins: [minifyTemplates()],
      build: { ...scriptFile(name), write: false, emptyOutDir: false },
    });
    for (const o of Array.isArray(out) ? out : [out]) {
      const chunk = 'output' in o && o.output.find((c) => c.fileName === FILES[name].file);
      if (chunk && chunk.type === 'chunk') return Buffer.from(chunk.code);
    }
    throw new Error(`${FILES[name].file} missing from the in-memory build`);
  };
  const bundle = (codes: Record<FileName, Buffer>): Built => {
    const files = Object.fromEntries(names.map((n) => [n, report(codes[n], FILES[n].file)])) as Record<FileName, Report>;
    return { codes, report: { ...files.complete, files } };
  };
  const buildInMemory = async () => {
    // Vite picks Lit's development or production build from NODE_ENV, which the dev server has set
    // to development: build as `vite build` does, so the served files are byte for byte the real ones.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const codes = {} as Record<FileName, Buffer>;
      for (const n of names) codes[n] = await buildOne(n);
      return bundle(codes);
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  };
  const fromDist = async () => bundle(Object.fromEntries(names.map((n) => [n, readFileSync(resolve(ROOT, 'dist', FILES[n].file))])) as Record<FileName, Buffer>);
  const get = () => (current ??= command === 'serve' ? buildInMemory() : fromDist());
  return {
    name: 'pole-single-file-script',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.startsWith(resolve(ROOT, 'src'))) current = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        const name = names.find((n) => path == `/${FILES[n].file}`);
        if (!name && path !== '/pole-widgets.json') return next();
        get().then(
          ({ codes, report: r }) => {
            res.setHeader('Cache-Control', 'no-store');
            if (name) {
              res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              res.end(codes[name]);
            } else {
              res.setHeader('Content-Type', 'application/json');
              res.end(JSON.stringify({ ...r, builtFrom: 'dev-server' }, null, 2));
            }
          },
          (err: unknown) => {
            current = undefined;
            next(err);
          },
        );
      });
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes('pole-widgets.js"')) return html;
        const { report: r } = await get();
        // vite-ignore: a classic script Vite must leave as it is (Vite removes the marker).
        const extra = `integrity="${r.integrity}" crossorigin="anonymous"${command === 'build' ? ' vite-ignore' : ''}`;
        return html.replace(/<script src="((?:\.\.\/)+pole-widgets\.js)"/g, `<script src="$1" ${extra}`);
      },
    },
  };
}

/** Vite removes `vite-ignore` but leaves its space behind: keep the pasted tag tidy. */
export function tidyScriptTag(): Plugin {
  return {
    name: 'pole-tidy-script-tag',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/crossorigin="anonymous" {2,}/g, 'crossorigin="anonymous" '),
    },
  };
}

/** The demo pages' header files travel with them into dist/demo/ (read by preview and the e2e server). */
export function copyPageHeaders(): Plugin {
  return {
    name: 'pole-copy-page-headers',
    apply: 'build',
    generateBundle() {
      for (const f of readdirSync(DEMO).filter((n) => n.endsWith('.headers.json'))) {
        this.emitFile({ type: 'asset', fileName: f, source: readFileSync(resolve(DEMO, f)) });
      }
    },
  };
}

export const demoPages = (): Record<string, string> =>
  Object.fromEntries(
    readdirSync(DEMO)
      .filter((n) => n.endsWith('.html'))
      .map((n) => [n.replace(/\.html$/, ''), resolve(DEMO, n)]),
  );

/**
 * `import lines from '…/docs/<page>.md?reservation'`: the page's one-line `pole-…:not(:defined)`
 * rules (what the docs tell web managers to paste, and what the layout-shift tests measure), read
 * when the importing page is built, so the configurator writes exactly the docs' lines without
 * shipping the pages.
 */
export function docReservations(): Plugin {
  return {
    name: 'pole-doc-reservations',
    load(id) {
      const [file, query = ''] = id.split('?');
      // The dev server adds its own `import` flag to the query.
      if (!new URLSearchParams(query).has('reservation')) return null;
      this.addWatchFile(file);
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^pole-[a-z-]+[^{]*:not\(:defined\)[^{]*\{.*\}$/.test(l));
      return `export default ${JSON.stringify(lines)};`;
    },
  };
}
