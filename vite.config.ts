import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import {
  DEMO,
  copyPageHeaders,
  demoEndpoint,
  demoPages,
  docReservations,
  minifyTemplates,
  pageHeaders,
  scriptFile,
  scriptFiles,
  singleFileScript,
  tidyScriptTag,
} from './src/build/vite-plugins.js';

export default defineConfig(({ command, mode }) => {
  if (mode === 'demo') {
    // Second build of `npm run build`: the demo as static pages in dist/demo/, next to the single
    // file they load (relative URLs, so dist/ can be served from any path).
    return {
      root: DEMO,
      base: './',
      publicDir: false,
      plugins: [singleFileScript('build'), tidyScriptTag(), copyPageHeaders(), docReservations()],
      build: {
        target: 'es2021',
        outDir: resolve(import.meta.dirname, 'dist/demo'),
        emptyOutDir: true,
        modulePreload: { polyfill: false },
        // No data: URLs: the strict-CSP page allows images from 'self' only.
        assetsInlineLimit: 0,
        rollupOptions: { input: demoPages() },
      },
    };
  }
  return {
    // The dev server pre-bundles what the demo pages import, not the test consumers' own apps.
    optimizeDeps: { entries: ['demo/**/*.html'] },
    plugins: [minifyTemplates(), docReservations(), demoEndpoint(), pageHeaders(), ...(command === 'serve' ? [singleFileScript('serve')] : []), scriptFiles()],
    build: scriptFile('complete'),
  };
});
