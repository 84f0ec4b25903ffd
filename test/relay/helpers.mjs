// Runs the real relay the way a partner does: the built CLI, in its own process, on a random
// loopback port, with a configuration file and a consent log in a fresh temporary folder.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/relay/cli.js');
export const ORIGIN = 'https://www.example.org';

/**
 * Starts `pole-widgets-relay --config <file> --port 0`; resolves once it listens, to
 * `{ url, logFile, stderr(), proofs(), stop() }`.
 */
export async function startRelay(config, { env = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pole-relay-'));
  const file = join(dir, 'relay.json');
  const logFile = join(dir, 'consent-log.jsonl');
  writeFileSync(file, JSON.stringify(config));
  const child = spawn(process.execPath, [CLI, '--config', file, '--port', '0', '--consent-log', logFile], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
  const url = await new Promise((done, fail) => {
    child.stdout.setEncoding('utf8').on('data', (c) => {
      out += c;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) done(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`relay exited with ${code}: ${err}`)));
  });
  return {
    url,
    logFile,
    /** CPU time the relay process has used so far, in ms (Linux /proc; null elsewhere). */
    cpuMs: () => processCpuMs(child.pid),
    stderr: () => err,
    /** Resolves once the relay's log matches `re` (its pipe may lag behind its HTTP answer); rejects after 3 s. */
    async logged(re) {
      const end = Date.now() + 3000;
      while (!re.test(err)) {
        if (Date.now() > end) throw new Error(`the relay's log never matched ${re}:\n${err}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return err;
    },
    proofs: () => {
      try {
        return readFileSync(logFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      } catch {
        return [];
      }
    },
    /** Stops the relay and removes its folder (configuration and consent log). */
    stop: () =>
      new Promise((done) => {
        const clean = () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return clean();
        child.on('exit', clean);
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the CLI with a configuration that should not start; resolves to `{ code, stderr }`. */
export function runRelayExpectingExit(config, { env = {}, args = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'pole-relay-'));
  const file = join(dir, 'relay.json');
  writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
  const child = spawn(process.execPath, [CLI, '--config', file, '--port', '0', ...args], { env: { PATH: process.env.PATH, ...env } });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c) => (err += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  return new Promise((done) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      done({ code, signal, stderr: err });
    }),
  );
}

/** The widget's JSON body for `email`, as `<pole-newsletter-modal>` sends it. */
export function widgetBody(email, extra = {}) {
  return {
    email,
    consent: true,
    consentText: 'J’accepte de recevoir la newsletter par e-mail. Mes données sont traitées par Pôle Exemple pour cet envoi uniquement.',
    consentVersion: '2026-01',
    locale: 'fr',
    page: `${ORIGIN}/actualites?utm_source=x#top`,
    ...extra,
  };
}

/** Posts `body` to the relay as a browser on `origin` would; resolves to `{ status, headers, body, text }`. */
export async function post(url, body, { origin = ORIGIN, headers = {}, raw } = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(origin && { origin }), ...headers },
    body: raw ?? JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // no JSON body (204, 403 preflight)
  }
  return { status: res.status, headers: res.headers, body: json, text };
}

let ticks;
/** User + system CPU time of process `pid` in ms, from /proc (Linux); null where there is none. */
export function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
  } catch {
    return null;
  }
}
