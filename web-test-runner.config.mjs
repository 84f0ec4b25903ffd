// Component tests: TypeScript in headless Chromium, with the real signup endpoint mounted on the
// test server (test/server/signup-endpoint.mjs). Chromium comes from CHROME_PATH or the system.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { koaMiddleware } from './test/server/signup-endpoint.mjs';
import { chromeFlags, findChrome } from './test/server/chrome.mjs';
import { browserCommands } from './test/server/browser-commands.mjs';

const executablePath = findChrome();

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 1,
  testsFinishTimeout: 5 * 60_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [koaMiddleware({ dataFile: '.tmp/test-signups.jsonl' })],
  plugins: [
    browserCommands(),
    a11yTreePlugin(),
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeFlags },
    }),
  ],
};

