#!/usr/bin/env node
// `npm run bench [-- options]`: pole-widgets against what a site owner would paste instead.
// Builds first when dist/pole-widgets.js is missing or older than its sources, then measures every
// candidate page in headless Chromium (CPU throttled 4×, a fresh context per run, candidates
// interleaved round-robin), runs Lighthouse on the demo page, profiles ours, and writes BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeFlags, findChrome } from '../server/chrome.mjs';
import { bytesOf } from './bytes.mjs';
import { CANDIDATES } from './candidates.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureOnce, NETWORKS } from './measure.mjs';
import { profileOurs } from './profile.mjs';
import { renderPerformanceSection, renderReport, summarize } from './report.mjs';
import { ROOT, startServer } from './server.mjs';

const HELP = `npm run bench [-- options]
  --rounds N           measured rounds, each candidate once per round, interleaved (default 10)
  --warmup N           unmeasured rounds first (default 1)
  --only a,b           only these candidates (ids: ${CANDIDATES.map((c) => c.id).join(', ')}); ours and native are always kept
  --network x,y        networks to load over (${Object.keys(NETWORKS).join(', ')}; default both)
  --lighthouse-runs N  Lighthouse runs on the demo page, median kept (default 3)
  --no-lighthouse      skip Lighthouse
  --no-profile         skip the CPU profile and the trace of ours
  --out FILE           where to write the report (default BENCHMARKS.md)
  --no-docs            do not rewrite the figures of docs/performance.md (full runs of 10+ rounds do)
  --rerender           measure nothing: write the report again from the last run's raw figures
                       (.tmp/bench/last-run.json; a run with --out keeps its own), e.g. after editing test/bench/FINDINGS.md`;

const usage = (msg) => Object.assign(new Error(msg), { usage: true });

function parseArgs(argv) {
  const o = { rerender: false, rounds: 10, warmup: 1, only: null, networks: Object.keys(NETWORKS), lighthouse: true, lighthouseRuns: 3, profile: true, out: 'BENCHMARKS.md', docs: true };
  const num = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw usage(`${name} needs a whole number, got "${v}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--rounds') o.rounds = Math.max(1, num(next(), a));
    else if (a === '--warmup') o.warmup = num(next(), a);
    else if (a === '--only') o.only = next().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--network') {
      o.networks = next().split(',').map((x) => x.trim()).filter(Boolean);
      const bad = o.networks.filter((n) => !NETWORKS[n]);
      if (bad.length || !o.networks.length) throw usage(`unknown network(s): ${bad.join(', ')} (known: ${Object.keys(NETWORKS).join(', ')})`);
    } else if (a === '--lighthouse-runs') o.lighthouseRuns = Math.max(1, num(next(), a));
    else if (a === '--no-lighthouse') o.lighthouse = false;
    else if (a === '--no-profile') o.profile = false;
    else if (a === '--out') o.out = next();
    else if (a === '--no-docs') o.docs = false;
    else if (a === '--rerender') o.rerender = true;
    else if (a === '--help' || a === '-h') {
      console.log(HELP);
      process.exit(0);
    } else throw usage(`unknown option ${a}\n\n${HELP}`);
  }
  return o;
}

/** The newest modification time under the given paths (folders walked). */
function newest(paths) {
  let t = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else t = Math.max(t, s.mtimeMs);
  };
  paths.forEach((p) => walk(join(ROOT, p)));
  return t;
}

function ensureBuilt() {
  const dist = join(ROOT, 'dist/pole-widgets.js');
  const sources = newest(['src', 'demo', 'package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.build.json']);
  if (existsSync(dist) && statSync(dist).mtimeMs >= sources) return false;
  console.log(existsSync(dist) ? 'bench: dist/pole-widgets.js is older than its sources, building…' : 'bench: no dist/pole-widgets.js yet, building…');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error('npm run build failed; the benchmark needs the built single file');
  return true;
}

const fmt = (n) => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toFixed(n < 10 ? 2 : 0));

// The raw figures of the last run, per report: a quick run written elsewhere (--out) keeps those of
// the full run that BENCHMARKS.md was written from.
const lastRun = (out) => join(ROOT, '.tmp/bench', out === 'BENCHMARKS.md' ? 'last-run.json' : `last-run-${out.replace(/[^\w.-]+/g, '_')}.json`);

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.rerender) {
    const file = lastRun(opts.out);
    if (!existsSync(file)) throw usage(`--rerender needs a previous run written to ${opts.out}: ${file} is missing`);
    const last = JSON.parse(readFileSync(file, 'utf8'));
    last.ctx.started = new Date(last.ctx.started);
    last.ctx.finished = new Date(last.ctx.finished);
    const ids = last.ctx.candidates;
    last.ctx.candidates = ids.map((id) => CANDIDATES.find((c) => c.id === id)).filter(Boolean);
    last.ctx.opts.docs &&= opts.docs;
    return write(last.runs, last.ctx);
  }
  const started = new Date();
  const loadAvg = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  if (opts.only) {
    const unknown = opts.only.filter((id) => !CANDIDATES.some((c) => c.id === id));
    if (unknown.length) throw usage(`unknown candidate(s): ${unknown.join(', ')}`);
  }
  const candidates = CANDIDATES.filter((c) => !opts.only || opts.only.includes(c.id) || c.id === 'ours' || c.id === 'native');
  const built = ensureBuilt();

  const server = await startServer();
  // Only 127.0.0.1 resolves: any other host fails in the browser and is reported.
  const browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...chromeFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const chromiumVersion = browser.version();
  const runs = Object.fromEntries(opts.networks.map((n) => [n, Object.fromEntries(candidates.map((c) => [c.id, []]))]));
  let lighthouse = null;
  let profile = null;
  try {
    const total = opts.warmup + opts.rounds;
    for (let round = 0; round < total; round++) {
      const warm = round < opts.warmup;
      // Round-robin, rotated each round so no candidate always runs first or after the same one;
      // the networks alternate in the same way.
      const order = candidates.map((_, i) => candidates[(i + round) % candidates.length]);
      const line = [];
      for (const c of order) {
        const nets = opts.networks.map((_, i) => opts.networks[(i + round) % opts.networks.length]);
        const cells = [];
        for (const n of nets) {
          const r = await measureOnce(browser, server.origin, c, { network: n });
          if (!warm) runs[n][c.id].push(r);
          cells.push(`${fmt(r.visibleMs)}/${fmt(r.clickToReadyMs)}`);
        }
        line.push(`${c.id} ${cells.join(' ')}`);
      }
      console.log(`${warm ? 'warm-up' : `round ${round - opts.warmup + 1}/${opts.rounds}`}  (visible/click ms, ${opts.networks.join(' ')})  ${line.join('  ')}`);
    }
    if (opts.profile) {
      console.log('bench: profiling ours (CPU profile, sourcemapped)…');
      profile = await profileOurs(browser, server.origin, CANDIDATES.find((c) => c.id === 'ours'), CANDIDATES.find((c) => c.id === 'native'));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (opts.lighthouse) {
    console.log(`bench: Lighthouse (mobile), ${opts.lighthouseRuns} run(s)…`);
    lighthouse = await runLighthouse({ runs: opts.lighthouseRuns });
  }

  const sizeReport = JSON.parse(readFileSync(join(ROOT, 'dist/pole-widgets.json'), 'utf8'));
  const argv = process.argv.slice(2);
  const command = `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`;
  const versions = { playwright: JSON.parse(readFileSync(join(ROOT, 'node_modules/playwright-core/package.json'), 'utf8')).version };
  const ctx = { started, finished: new Date(), loadAvg, versions, command, opts, chromiumVersion, built, sizeReport, lighthouse, profile, candidates };
  // The raw figures, so that the report can be written again without measuring (--rerender).
  mkdirSync(join(ROOT, '.tmp/bench'), { recursive: true });
  writeFileSync(lastRun(opts.out), JSON.stringify({ runs, ctx: { ...ctx, candidates: candidates.map((c) => c.id) } }));
  write(runs, ctx);
}

function write(runs, ctx) {
  const { opts, candidates } = ctx;
  const summary = summarize(candidates, runs, bytesOf);
  const report = renderReport(summary, ctx);
  mkdirSync(dirname(join(ROOT, opts.out)), { recursive: true });
  writeFileSync(join(ROOT, opts.out), report);
  console.log(`bench: wrote ${opts.out}`);
  if (opts.docs && opts.rounds >= 10 && opts.out === 'BENCHMARKS.md' && !opts.only) {
    const pagePath = join(ROOT, 'docs/performance.md');
    const page = readFileSync(pagePath, 'utf8');
    const start = '<!-- section: performance -->';
    const end = '<!-- /section: performance -->';
    const a = page.indexOf(start);
    const b = page.indexOf(end);
    if (a >= 0 && b > a) {
      writeFileSync(pagePath, page.slice(0, a + start.length) + '\n' + renderPerformanceSection(summary, ctx) + page.slice(b));
      console.log('bench: updated docs/performance.md');
    }
  }
  const outside = summary.outside;
  if (outside.length) console.log(`bench: requests outside 127.0.0.1 were blocked: ${outside.join(', ')}`);
  console.log('\n' + summary.console);
}

main().catch((err) => {
  console.error(`bench: ${err.usage ? err.message : (err.stack ?? err)}`);
  process.exit(1);
});
