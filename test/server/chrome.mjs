// Where Chromium is and how to start it here (root, no sandbox, closed network).
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';

export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--mute-audio',
];

/** CHROME_PATH, else the system's Chrome or Chromium; exits with the fix when there is none. */
export function findChrome() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const found = Launcher.getInstallations();
    if (found.length > 0) return found[0];
  } catch {
    // chrome-launcher throws on platforms it does not know; fall through to the message.
  }
  console.error(
    '\nNo Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`)\n' +
      'or point CHROME_PATH at its executable, e.g. `CHROME_PATH=/path/to/chrome npm test`.\n',
  );
  process.exit(1);
}
