// The pieces of a Linux desktop a screen reader needs, started by the transcript test inside the
// X display and D-Bus session that run.mjs gives it: the accessibility bus, Orca, a browser, and
// xdotool for the keys. Every wait here is bounded and says what it waited for.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const LIBEXEC = ['/usr/libexec', '/usr/lib/at-spi2-core', '/usr/lib/x86_64-linux-gnu/at-spi2-core'];
const libexec = (name) => LIBEXEC.map((d) => join(d, name)).find(existsSync) ?? name;

/** French desktop, accessibility on for GTK (Firefox) and the AT-SPI bridge. */
export const ENV = {
  ...process.env,
  LANG: 'fr_FR.UTF-8',
  LC_ALL: 'fr_FR.UTF-8',
  LANGUAGE: 'fr',
  GTK_MODULES: 'gail:atk-bridge',
  NO_AT_BRIDGE: '0',
  ACCESSIBILITY_ENABLED: '1',
  // Firefox turns its accessibility on by itself only when it sees a screen reader on the bus at
  // startup, which it sometimes misses right after another browser: this turns it on always.
  GNOME_ACCESSIBILITY: '1',
};

const children = new Set();

/** Starts a program in its own process group, its output in `log`; stopped by stopAll(). */
export function start(cmd, args, { log, env = ENV } = {}) {
  const out = log ? ['ignore', 'pipe', 'pipe'] : 'ignore';
  const child = spawn(cmd, args, { env, stdio: out, detached: true });
  if (log) {
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('exit', () => writeFileSync(log, Buffer.concat(chunks)));
  }
  child.on('error', (e) => console.error(`sr: cannot start ${cmd}: ${e.message}`));
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Stops one child (its whole process group) and waits for it, at most 5 s. */
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((done) => child.once('exit', done));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const killed = await Promise.race([gone.then(() => true), sleep(5000).then(() => false)]);
  if (!killed) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await Promise.race([gone, sleep(2000)]);
  }
}

export async function stopAll() {
  await Promise.all([...children].reverse().map(stop));
}

/** The accessibility bus and registry, started first so that Orca and the browsers find them. */
export async function startAtSpi() {
  start(libexec('at-spi-bus-launcher'), ['--launch-immediately']);
  await waitFor(() => run('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress']).ok, 10_000, 'the accessibility bus (org.a11y.Bus)');
  start(libexec('at-spi2-registryd'), []);
}

/**
 * Orca's debug output, read while Orca runs (see orca-debug.py): the spoken strings are its
 * `SPEECH OUTPUT: '…'` lines, focus moves its "locusOfFocus" lines.
 */
export class Orca {
  constructor(dir, name) {
    this.dir = dir;
    this.name = name;
    this.log = join(dir, `${name}.orca-debug.log`);
    this.prefs = join(dir, 'orca-prefs');
  }

  async start() {
    rmSync(this.prefs, { recursive: true, force: true });
    mkdirSync(this.prefs, { recursive: true });
    writeFileSync(this.log, '');
    const script = join(import.meta.dirname, 'orca-debug.py');
    this.child = start('/usr/bin/python3', [script, this.log, '--user-prefs', this.prefs], { log: join(this.dir, `${this.name}.orca-stdout.log`) });
    await this.waitLine(/SPEECH OUTPUT/, 0, 30_000, 'Orca to start speaking');
  }

  stop() {
    return stop(this.child);
  }

  lines() {
    return readFileSync(this.log, 'utf8').split('\n');
  }

  /** The current end of the log: what comes after it belongs to the next step. */
  mark() {
    return this.lines().length - 1;
  }

  /**
   * What Orca said from line `from` on, one entry per utterance: its text, its language (from the
   * speech generator's "voice requested with language='en'" line before it, when there is one) and
   * whether it is key or character echo (logged with a space before the voice: `'tabulation ' {…}`).
   */
  utterances(from) {
    const said = [];
    let lang;
    for (const line of this.lines().slice(from)) {
      const voice = /voice requested with language='([a-z]*)'/.exec(line);
      if (voice) lang = voice[1] || lang;
      const m = /SPEECH OUTPUT: '(.*?)'( voice=\S+)?( ?)(\{.*\})?$/.exec(line);
      if (!m) continue;
      if (m[1].trim()) said.push({ text: m[1].trim(), echo: m[3] === ' ', lang: m[3] === ' ' ? undefined : lang });
      lang = undefined;
    }
    return said;
  }

  /** What Orca said from line `from` on, key echo left out. */
  spoken(from) {
    return this.utterances(from)
      .filter((u) => !u.echo)
      .map((u) => u.text);
  }

  /** Waits for a log line matching `re` after line `from`; resolves to it. */
  async waitLine(re, from, timeout, what) {
    let found;
    await waitFor(() => (found = this.lines().slice(from).find((l) => re.test(l))), timeout, what ?? String(re), () => this.tail(from));
    return found;
  }

  /** Waits until Orca has been silent (no new debug line) for `quiet` ms, at most `max` ms. */
  async settle(quiet = 700, max = 6000) {
    const end = Date.now() + max;
    let n = this.lines().length;
    let since = Date.now();
    while (Date.now() < end) {
      await sleep(100);
      const m = this.lines().length;
      if (m !== n) [n, since] = [m, Date.now()];
      else if (Date.now() - since >= quiet) return;
    }
  }

  tail(from) {
    const said = this.utterances(from).map((u) => (u.echo ? `[${u.text}]` : u.text));
    return said.length ? `Orca said:\n  ${said.join('\n  ')}` : 'Orca said nothing.';
  }
}

/** Polls `check` every 100 ms until it returns something truthy; rejects after `timeout` ms. */
export async function waitFor(check, timeout, what, explain = () => '') {
  const end = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`sr: waited ${timeout / 1000} s for ${what}. ${explain()}`);
    await sleep(100);
  }
}

export function run(cmd, args, env = ENV) {
  const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 15_000 });
  return { ok: r.status === 0, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

/** Keys as xdotool names them: 'Tab', 'shift+Tab', 'Return', 'space', 'Escape'. */
export function key(...names) {
  const r = run('xdotool', ['key', '--delay', '80', ...names]);
  if (!r.ok) throw new Error(`sr: xdotool key ${names.join(' ')} failed: ${r.out}`);
}

export function type(text) {
  const r = run('xdotool', ['type', '--delay', '60', text]);
  if (!r.ok) throw new Error(`sr: xdotool type failed: ${r.out}`);
}

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  // No "unsupported command-line flag" infobar: it would sit in the Tab order.
  '--test-type',
  '--force-renderer-accessibility',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=Translate,MediaRouter',
  '--password-store=basic',
  '--mute-audio',
  '--lang=fr',
  '--window-position=0,0',
  '--window-size=1280,1000',
];

// A fresh profile: accessibility on, no first-run pages, no calls to Mozilla's services (the
// network here refuses them, and their dialogs would take the focus).
const FIREFOX_PREFS = {
  'accessibility.force_disabled': 0,
  'browser.shell.checkDefaultBrowser': false,
  'browser.aboutwelcome.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.firstrunSkipsHomepage': true,
  'startup.homepage_welcome_url': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.translations.enable': false,
  'browser.tabs.warnOnClose': false,
  'intl.accept_languages': 'fr-FR, fr',
  'ui.prefersReducedMotion': 1,
};

export const BROWSERS = {
  chromium: {
    exe: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: (profile, url) => [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, url],
  },
  firefox: {
    exe: '/usr/bin/firefox-esr',
    args: (profile, url) => {
      mkdirSync(profile, { recursive: true });
      const prefs = Object.entries(FIREFOX_PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
      writeFileSync(join(profile, 'user.js'), prefs.join('\n') + '\n');
      return ['--no-remote', '--new-instance', '--profile', profile, '--width', '1280', '--height', '1000', url];
    },
  },
};

/** Starts `name` on `url` with a new profile under `dir` (named by `tag`). */
export function launchBrowser(name, url, dir, tag) {
  const b = BROWSERS[name];
  const profile = join(dir, 'profiles', `${name}-${tag}`);
  rmSync(profile, { recursive: true, force: true });
  return start(b.exe, b.args(profile, url), { log: join(dir, `${name}-${tag}.stdout.log`) });
}
