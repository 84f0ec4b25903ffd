// The three browser engines the component tests run in, and how to start each one here:
// - Chromium: Debian's `chromium` (or CHROME_PATH), driven over CDP by puppeteer-core.
// - Firefox: Debian's `firefox-esr` (or FIREFOX_PATH), driven over WebDriver BiDi by puppeteer-core
//   (no geckodriver needed). Puppeteer's CDP-only calls (emulateMedia, CDP sessions) do not exist there.
// - WebKit: WebKitGTK's MiniBrowser through `WebKitWebDriver` (Debian's `webkit2gtk-driver`). It has
//   no headless mode, so the driver runs under `xvfb-run`; without a display, session creation hangs
//   silently. The launcher below starts the driver and Xvfb itself and stops both at the end.
// ENGINES (comma list, default all three: "chromium,firefox,webkit") picks which ones run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromeFlags, findChrome } from './chrome.mjs';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];
const DEFAULT_ENGINES = ALL_ENGINES;

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines named by ENGINES, checked against the known ones. */
export function selectedEngines(env = process.env.ENGINES) {
  const names = (env || DEFAULT_ENGINES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !ALL_ENGINES.includes(n));
  if (unknown.length) fail(`ENGINES names unknown engine(s): ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')}).`);
  return names;
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function need(path, what, fix) {
  if (!existsSync(path)) fail(`${what} not found at ${path}. ${fix}\nOr run fewer engines, e.g. ENGINES=chromium npm run test:unit.`);
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Waits until the WebDriver server answers /status, or fails after `ms`. */
async function waitForDriver(port, child, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (code ${child.exitCode}) before it was ready.`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${ms / 1000} s.`);
}

export function chromiumLauncher() {
  return chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeFlags } });
}

export function firefoxLauncher() {
  need(FIREFOX, 'Firefox', 'Install it (Debian: `apt-get install -y --no-install-recommends firefox-esr`) or set FIREFOX_PATH.');
  return chromeLauncher({
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
  });
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver, both under their own Xvfb display. The driver
 * starts with the first session and stops, with Xvfb, when the runner stops.
 */
export function webkitLauncher() {
  need(WEBKIT_DRIVER, 'WebKitWebDriver', 'Install it (Debian: `apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth`) or set WEBKIT_DRIVER_PATH.');
  need(MINIBROWSER, 'MiniBrowser (WebKitGTK)', 'Install Debian\'s `webkit2gtk-driver`, or set MINIBROWSER_PATH.');
  need('/usr/bin/xvfb-run', 'xvfb-run', 'Install it (Debian: `apt-get install -y --no-install-recommends xvfb xauth`).');
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    connectionRetryTimeout: 60_000,
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for WebDriver BiDi by default; WebKitWebDriver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  let child;
  const start = launcher.ensureManagerInitialized.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  launcher.ensureManagerInitialized = async () => {
    if (!child) {
      options.port = await freePort();
      // Its own process group, so that stop() ends xvfb-run, Xvfb and the driver together.
      child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1400x1000x24', WEBKIT_DRIVER, `--port=${options.port}`], {
        detached: true,
        stdio: 'ignore',
      });
      await waitForDriver(options.port, child);
    }
    return start();
  };
  launcher.stop = async () => {
    await stop();
    if (child && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const exitHandler = () => {
    if (child && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', exitHandler);
  return launcher;
}

/** One launcher per selected engine, in the order of ALL_ENGINES. */
export function launchers(engines = selectedEngines()) {
  const make = { chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher };
  return Object.fromEntries(engines.map((e) => [e, make[e]()]));
}
