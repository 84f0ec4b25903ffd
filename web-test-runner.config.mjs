// Component tests: TypeScript in Chromium, Firefox and WebKit (test/server/engines.mjs: how each
// starts, ENGINES picks them), with the real signup endpoint mounted on the test server
// (demo/server/signup-endpoint.mjs).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { koaMiddleware } from './demo/server/signup-endpoint.mjs';
import { providerStandInsKoa } from './test/server/provider-stand-ins.mjs';
import { browserCommands } from './test/server/browser-commands.mjs';
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
 * `a11y-tree` command: Chromium's whole accessibility tree under a selector, shadow roots
 * included. The runner's own a11ySnapshot keeps only "interesting" nodes, which drops lists and
 * list items, and is not among its default commands anyway.
 */
function a11yTreePlugin() {
  return {
    name: 'a11y-tree-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : null;
      return page.accessibility.snapshot({ root: root ?? undefined, interestingOnly: false });
    },
  };
}

/**
 * Commands for the accessibility suites (test/a11y/): what a visitor's browser settings and
 * assistive technology see, driven through the page's DevTools protocol.
 * - `a11y-media` {colorScheme, forcedColors, reducedMotion}: emulates all three at once (each
 *   call replaces the last; an omitted feature goes back to the machine's default). The runner's
 *   own emulateMedia cannot emulate `forced-colors` with Chromium.
 * - `a11y-font-size` {px}: the browser's default text size (Settings › Appearance › Font size),
 *   through `Page.setFontSizes`; `medium` follows it.
 * - `a11y-ax-nodes`: the raw accessibility nodes of the whole page (`Accessibility.getFullAXTree`),
 *   with the properties puppeteer's snapshot leaves out (`live`, `atomic`, `relevant`, `modal`).
 */
function a11yCommandsPlugin() {
  const cdp = new WeakMap();
  const session = async (page) => {
    if (!cdp.has(page)) cdp.set(page, await page.createCDPSession());
    return cdp.get(page);
  };
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session: s }) {
      if (!command.startsWith('a11y-') || command === 'a11y-tree') return undefined;
      const page = s.browser.getPage(s.id);
      if (command === 'a11y-media') {
        const { colorScheme = '', forcedColors = '', reducedMotion = '' } = payload ?? {};
        await page.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: colorScheme },
          { name: 'forced-colors', value: forcedColors },
          { name: 'prefers-reduced-motion', value: reducedMotion },
        ]);
        return true;
      }
      if (command === 'a11y-font-size') {
        await (await session(page)).send('Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: Math.round(payload.px * 0.8125) } });
        return true;
      }
      if (command === 'a11y-ax-nodes') {
        const client = await session(page);
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        return nodes
          .filter((n) => !n.ignored)
          .map((n) => ({
            id: n.nodeId,
            parent: n.parentId,
            role: n.role?.value,
            name: n.name?.value,
            props: Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value?.value])),
          }));
      }
      return undefined;
    },
  };
}

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

