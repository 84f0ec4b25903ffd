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
// The screen-reader transcripts (`npm run test:sr`): Orca, the accessibility bus, xdotool, a D-Bus
// session, and a French locale for Orca's voice (test/sr/run.mjs checks the same list).
const SR = {
  '/usr/bin/orca': 'orca',
  '/usr/bin/speech-dispatcher': 'speech-dispatcher',
  '/usr/libexec/at-spi-bus-launcher': 'at-spi2-core',
  '/usr/bin/xdotool': 'xdotool',
  '/usr/lib/python3/dist-packages/pyatspi': 'python3-pyatspi',
  '/usr/lib/x86_64-linux-gnu/girepository-1.0/Atspi-2.0.typelib': 'gir1.2-atspi-2.0',
  '/usr/bin/dbus-launch': 'dbus-x11',
  '/usr/bin/xvfb-run': 'xvfb',
  '/usr/bin/xauth': 'xauth',
  '/usr/sbin/locale-gen': 'locales',
};
let locale = false;
if (process.platform === 'linux') {
  for (const [path, pkg] of Object.entries(SR)) if (!existsSync(path) && !missing.includes(pkg)) missing.push(pkg);
  let have = '';
  try {
    have = execFileSync('locale', ['-a'], { encoding: 'utf8' });
  } catch {
    // no locale tool yet: the locales package is missing too
  }
  locale = !/fr_FR\.utf-?8/i.test(have);
}

if (missing.length || locale) {
  const install = missing.length ? `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}` : 'true';
  const command = locale ? `${install} && sed -i 's/^# *\\(fr_FR.UTF-8 UTF-8\\)/\\1/' /etc/locale.gen && locale-gen` : install;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`test: installing Debian's ${missing.join(', ') || 'fr_FR.UTF-8 locale'} for the browser and screen-reader tests`);
    execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    console.error(`\nThe tests need ${missing.join(', ') || 'the fr_FR.UTF-8 locale'}. On Debian or Ubuntu: sudo sh -c '${command}'\n(or point CHROME_PATH / FIREFOX_PATH at installed browsers).\n`);
    process.exit(1);
  }
}
