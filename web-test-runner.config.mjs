// Component tests: TypeScript in Chromium, Firefox and WebKit (test/server/engines.mjs: how each
// starts, ENGINES picks them), with the real signup endpoint mounted on the test server
// (demo/server/signup-endpoint.mjs).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { koaMiddleware } from './demo/server/signup-endpoint.mjs';
import { providerStandInsKoa } from './test/server/provider-stand-ins.mjs';
import { browserCommands } from './test/server/browser-commands.mjs';
import { a11yCommandsPlugin, a11yTreePlugin } from './test/server/a11y-commands.mjs';
import { launchers } from './test/server/engines.mjs';

/**
 * The files that need Chromium's own tools and run in Chromium only: DevTools emulation of colour
 * scheme, forced colours, reduced motion, offline and font size; Chromium's accessibility tree;
 * the Layout Instability API. Every other file runs in every selected engine.
 */
const chromiumOnly = [
  'test/**/*.chromium.test.ts',
  'test/a11y/**/*.test.ts',
  'test/layout-shift.test.ts',
  // Emulates colour scheme and sets the viewport through DevTools.
  'test/placements.test.ts',
];

const engines = launchers();
// test/built/ tests the built file: it runs after the build (web-test-runner.built.config.mjs).
const allFiles = ['test/**/*.test.ts', '!test/built/**'];

/**
 * A sandboxed test frame (opaque origin, where storage throws) loads the modules by CORS: its
 * requests say `Origin: null`, and get an answer it may read.
 */
async function sandboxedFrames(ctx, next) {
  if (ctx.get('Origin') === 'null') ctx.set('Access-Control-Allow-Origin', '*');
  await next();
}

export default {
  // The engine-neutral files in every engine; `--group default` runs only these (with the files given on
  // the command line), `--group chromium-only` only the others.
  files: [...allFiles, ...chromiumOnly.map((f) => `!${f}`)],
  browsers: Object.values(engines),
  groups: engines.chromium && chromiumOnly.length ? [{ name: 'chromium-only', files: chromiumOnly, browsers: [engines.chromium] }] : [],
  nodeResolve: true,
  // The widgets' own console messages are asserted by the tests that provoke them (they spy on the
  // console); printed for every fixture, they would bury the runner's output in repeated lines.
  filterBrowserLogs: ({ args }) => !/Lit is in dev mode|^\[pole-widgets\]/.test(String(args[0])),
  concurrency: 1,
  testsFinishTimeout: 5 * 60_000,
  // Three engines on a loaded 2-core machine: a page can take long to start.
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [sandboxedFrames, koaMiddleware({ dataFile: '.tmp/test-signups.jsonl' }), providerStandInsKoa()],
  plugins: [
    browserCommands(),
    a11yTreePlugin(),
    a11yCommandsPlugin(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
