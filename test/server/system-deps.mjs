// Runs before `npm test`: the browsers the gate drives are system packages, not npm ones. When one
// is missing on a Debian machine where we are root (a fresh CI or developer machine of this
// project's kind), it installs Debian's package; anywhere else it names the command and stops.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { selectedEngines } from './engines.mjs';

const engines = selectedEngines();
const missing = [];
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
if (!chrome.some((p) => p && existsSync(p))) missing.push('chromium');
if (engines.includes('firefox') && !existsSync(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr')) missing.push('firefox-esr');
if (engines.includes('webkit')) {
  if (!existsSync(process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver')) missing.push('webkit2gtk-driver');
  if (!existsSync('/usr/bin/xvfb-run')) missing.push('xvfb');
  if (!existsSync('/usr/bin/xauth')) missing.push('xauth');
}

if (missing.length) {
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`test: installing Debian's ${missing.join(', ')} for the browser tests`);
    execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`\nThe tests need ${missing.join(', ')}. On Debian or Ubuntu: sudo sh -c '${command}'\n(or point CHROME_PATH / FIREFOX_PATH at installed browsers).\n`);
    process.exit(1);
  }
}
