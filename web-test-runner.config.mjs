// Component tests: TypeScript in headless Chromium, with the real signup endpoint mounted on the
// test server (test/server/signup-endpoint.mjs). Chromium comes from CHROME_PATH or the system.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { koaMiddleware } from './test/server/signup-endpoint.mjs';
import { chromeFlags, findChrome } from './test/server/chrome.mjs';
import { browserCommands } from './test/server/browser-commands.mjs';

const executablePath = findChrome();

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

