// `npm run test:sr`: what a screen-reader user hears. Checks the tools, builds the single file if
// it is missing or older than its sources, then runs the transcript test (transcript.test.mjs) in a
// virtual X display and a D-Bus session of its own. Transcripts land in .tmp/sr/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LIMIT_MIN = 20;

const need = [
  ['xvfb-run', 'xvfb xauth'],
  ['dbus-run-session', 'dbus'],
  ['dbus-send', 'dbus'],
  ['xdotool', 'xdotool'],
  ['orca', 'orca'],
  ['/usr/bin/python3', 'python3'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
  [process.env.CHROME_PATH || '/usr/bin/chromium', 'chromium'],
];
const missing = need.filter(([cmd]) => spawnSync('sh', ['-c', `command -v "${cmd}"`]).status !== 0);
const py = spawnSync('/usr/bin/python3', ['-c', 'import orca.debug, pyatspi'], { encoding: 'utf8' });
if (py.status !== 0) missing.push(['python3: orca, pyatspi', 'orca python3-pyatspi gir1.2-atspi-2.0']);
if (!existsSync('/usr/libexec/at-spi-bus-launcher')) missing.push(['at-spi-bus-launcher', 'at-spi2-core']);
const locales = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout ?? '';
if (!/fr_FR\.utf-?8/i.test(locales)) missing.push(['the fr_FR.UTF-8 locale', 'locales (then: locale-gen fr_FR.UTF-8)']);
if (missing.length) {
  console.error('test:sr: missing tools:\n' + missing.map(([what, pkg]) => `  ${what}  (Debian package: ${pkg})`).join('\n'));
  console.error('Install them: apt-get install -y --no-install-recommends orca speech-dispatcher at-spi2-core xdotool python3-pyatspi gir1.2-atspi-2.0 dbus-x11 xvfb xauth locales firefox-esr chromium');
  process.exit(1);
}

// Build only when dist is missing or older than what it is built from.
const newest = (p) => {
  const s = statSync(p);
  return s.isDirectory() ? Math.max(0, ...readdirSync(p).map((n) => newest(join(p, n)))) : s.mtimeMs;
};
const built = join(ROOT, 'dist/pole-widgets.js');
const sources = ['src', 'package.json', 'vite.config.ts'].map((p) => join(ROOT, p)).filter(existsSync);
if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newest))) {
  console.log('test:sr: building dist/pole-widgets.js');
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}

const args = process.argv.slice(2);
const child = spawn(
  'xvfb-run',
  ['-a', '-s', '-screen 0 1280x1024x24', 'dbus-run-session', '--', process.execPath, '--test', '--test-concurrency=1', '--test-reporter=spec', ...args, join(import.meta.dirname, 'transcript.test.mjs')],
  { cwd: ROOT, stdio: 'inherit', detached: true },
);
const killAll = (why) => {
  console.error(`test:sr: ${why}: stopping.`);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  process.exit(1);
};
const timer = setTimeout(() => killAll(`no end after ${LIMIT_MIN} min`), LIMIT_MIN * 60_000);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => killAll(sig));
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  process.exit(code ?? (signal ? 1 : 0));
});
