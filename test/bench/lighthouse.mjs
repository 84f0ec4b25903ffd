// Lighthouse (default mobile settings) on the demo member-site page served by `vite preview`,
// falling back to the bench's own page of ours when the built demo is not there. The candidate
// pages get one run each through the same settings, for comparison.
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { chromeFlags, findChrome } from '../server/chrome.mjs';
import { CANDIDATES } from './candidates.mjs';
import { ROOT, startServer } from './server.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};

async function freePort() {
  const srv = createServer();
  await new Promise((done) => srv.listen(0, '127.0.0.1', done));
  const { port } = srv.address();
  await new Promise((done) => srv.close(done));
  return port;
}

/** The built demo page under `vite preview`, if the build produced one that uses the built file. */
async function findDemo(origin) {
  for (const path of ['/demo/index.html', '/demo/', '/index.html']) {
    try {
      const res = await fetch(origin + path);
      const body = await res.text();
      if (res.ok && /<pole-[a-z-]+/.test(body) && !/\/src\/[^"']*\.ts/.test(body)) return origin + path;
    } catch {
      // not served
    }
  }
  return null;
}

function summarizeLhr(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.displayValue ?? null]));
  const failing = [];
  for (const c of CATEGORIES) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${c}: ${ref.id} (${a.title}${a.displayValue ? `, ${a.displayValue}` : ''})`);
    }
  }
  // Which elements moved (Lighthouse's layout-shifts audit), to name the cause of a CLS above 0.
  const shifts = (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => `\`${i.node?.selector ?? i.node?.snippet ?? '?'}\` ${Number(i.score).toFixed(3)}`);
  return { scores, metrics, failing, shifts };
}

export async function runLighthouse({ runs }) {
  let previewServer;
  let benchServer;
  let chrome;
  try {
    const port = await freePort();
    previewServer = await preview({
      root: ROOT,
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    const previewOrigin = `http://127.0.0.1:${port}`;
    benchServer = await startServer();
    let url = await findDemo(previewOrigin);
    let target = 'the demo member-site page (`demo/index.html`, built, served by `vite preview`)';
    let short = 'demo page';
    let note = '';
    if (!url) {
      url = `${benchServer.origin}/pages/ours.html`;
      target = "the bench's own page of ours (`test/bench/pages/ours.html`)";
      short = 'bench page of ours: the built demo was not available';
      note = 'The built demo page was not available (`npm run build` did not produce a `demo/` page using the built file), so this ran on the bench page of ours instead.';
    }
    chrome = await chromeLauncher.launch({
      chromePath: findChrome(),
      chromeFlags: ['--headless=new', ...chromeFlags, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
    });
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const results = [];
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(url, flags);
      results.push(summarizeLhr(r.lhr));
      if (i === 0) results.version = r.lhr.lighthouseVersion;
    }
    const sorted = results.map((r, i) => [r.scores.performance ?? -1, i]).sort((a, b) => a[0] - b[0]);
    const medianRun = sorted[sorted.length >> 1][1];
    const median = Object.fromEntries(
      CATEGORIES.map((c) => {
        const vs = results.map((r) => r.scores[c]).filter((v) => v !== null).sort((a, b) => a - b);
        return [c, vs.length ? vs[vs.length >> 1] : null];
      }),
    );
    const candidates = [];
    for (const c of CANDIDATES) {
      const r = await lighthouse(`${benchServer.origin}/pages/${c.page}`, flags);
      candidates.push({ label: c.label, ...summarizeLhr(r.lhr) });
    }
    const version = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
    return { version, url: url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), target, short, note, runs: results, median, medianRun, candidates };
  } catch (err) {
    return { error: String(err?.message ?? err).split('\n')[0] };
  } finally {
    await chrome?.kill();
    await benchServer?.close();
    await new Promise((done) => (previewServer ? previewServer.httpServer.close(done) : done()));
  }
}
