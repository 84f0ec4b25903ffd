import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { signupEndpoint } from './test/server/signup-endpoint.mjs';

const SINGLE_FILE = 'dist/pole-widgets.js';

/**
 * After the single file is written: print its raw, gzip and brotli sizes and its SRI hash, and
 * write them to dist/pole-widgets.json so the README snippet and the demo show the exact integrity.
 */
function sizeReport(): Plugin {
  return {
    name: 'pole-size-report',
    apply: 'build',
    closeBundle() {
      const code = readFileSync(SINGLE_FILE);
      const report = {
        file: 'pole-widgets.js',
        version: JSON.parse(readFileSync('package.json', 'utf8')).version as string,
        raw: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
        brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
      };
      writeFileSync('dist/pole-widgets.json', JSON.stringify(report, null, 2) + '\n');
      const kb = (n: number) => `${(n / 1000).toFixed(2)} kB`;
      console.log(
        `\n${SINGLE_FILE}: ${kb(report.raw)} raw, ${kb(report.gzip)} gzip, ${kb(report.brotli)} brotli\nintegrity="${report.integrity}"\n`,
      );
    },
  };
}

/**
 * Minifies the HTML and CSS inside Lit's html`` / svg`` / css`` templates of our own sources at
 * build time: whitespace and comments in templates are bytes every site downloads.
 */
function minifyTemplates(): Plugin {
  return {
    name: 'pole-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}

/** The demo's newsletter endpoint, served by the dev and preview servers (see test/server). */
function demoEndpoint(): Plugin {
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

export default defineConfig({
  plugins: [minifyTemplates(), demoEndpoint(), sizeReport()],
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    lib: {
      entry: 'src/index.ts',
      name: 'PoleWidgets',
      formats: ['iife'],
      fileName: () => 'pole-widgets.js',
    },
  },
});
