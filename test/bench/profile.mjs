// Where ours spends its main thread: the DevTools CPU profiler (100 µs sampling) over the load
// phase and the click phase of the ours page at the same 4× throttling, with the minified single
// file mapped back to its sources (Lit's runtime, our components) through a sourcemapped build
// of the same code. Profiled runs are extra runs, never mixed into the timed ones.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { measureOnce } from './measure.mjs';
import { ROOT } from './server.mjs';

const RUNS = 5;
const OUT = join(ROOT, '.tmp/bench/sourcemap');

/** Builds the same single file with a sourcemap into .tmp/ (dist/ is left as it is). */
async function sourcemappedBuild() {
  mkdirSync(OUT, { recursive: true });
  await build({ root: ROOT, logLevel: 'silent', build: { outDir: OUT, emptyOutDir: true, sourcemap: true } });
  const code = readFileSync(join(OUT, 'pole-widgets.js'), 'utf8').replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '\n');
  const map = JSON.parse(readFileSync(join(OUT, 'pole-widgets.js.map'), 'utf8'));
  const dist = readFileSync(join(ROOT, 'dist/pole-widgets.js'), 'utf8');
  return { code, map, sameAsDist: code.trim() === dist.trim() };
}

const profiler = {
  async start(cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  },
  async stop(cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    return profile;
  },
};

const shortSource = (s) =>
  s
    .replace(/^.*node_modules\//, '')
    .replace(/^.*?\/src\//, 'src/')
    .replace(/^(\.\.\/)+/, '');

/**
 * Maps a position of the built file to its source; Lit ships minified files with their own
 * sourcemaps, so a position in `node_modules/lit-html/lit-html.js` is mapped once more, to
 * `lit-html/src/lit-html.ts` and Lit's own function names.
 */
function mapper(map) {
  const outer = new SourceMapConsumer(map);
  const inner = new Map();
  const innerFor = (abs) => {
    if (!inner.has(abs)) {
      let c = null;
      try {
        if (abs.includes('/node_modules/') && existsSync(abs + '.map')) c = new SourceMapConsumer(JSON.parse(readFileSync(abs + '.map', 'utf8')));
      } catch {
        c = null;
      }
      inner.set(abs, c);
    }
    return inner.get(abs);
  };
  return (line, column) => {
    const p = outer.originalPositionFor({ line, column });
    if (!p.source) return p;
    const abs = resolve(OUT, p.source);
    const c = innerFor(abs);
    if (c && p.line) {
      const q = c.originalPositionFor({ line: p.line, column: p.column ?? 0 });
      if (q.source) return { source: join(dirname(abs), q.source), line: q.line, name: nameAt(c, q) || q.name || p.name };
    }
    return { source: abs, line: p.line, name: nameAt(outer, p) || p.name };
  };
}

/** The function's name as its source spells it at the mapped line (`Template constructor`, `_update`). */
function nameAt(consumer, pos) {
  let text;
  try {
    text = consumer.sourceContentFor(pos.source, true);
  } catch {
    return null;
  }
  if (!text || !pos.line) return null;
  const lines = text.split('\n');
  const line = (lines[pos.line - 1] ?? '').trim();
  const m = /^(?:(?:export|static|async|private|protected|public|override|readonly|get|set|const|let|function)\s+)*([#\w$]+)/.exec(line);
  if (!m || ['if', 'for', 'while', 'return', 'this'].includes(m[1])) return null;
  if (m[1] !== 'constructor') return m[1];
  for (let i = pos.line - 2; i >= 0 && i > pos.line - 800; i--) {
    const k = /^\s*(?:export\s+)?(?:abstract\s+)?class\s+([\w$]+)/.exec(lines[i]);
    if (k) return `${k[1]} constructor`;
  }
  return 'constructor';
}

/** Self time (ms) per group and per function of one profile. */
function attribute(profile, map, code) {
  const lines = code.split('\n');
  const snippet = (f) => (lines[f.lineNumber] ?? '').slice(f.columnNumber, f.columnNumber + 48).replace(/[|`\n]/g, ' ');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const groups = new Map();
  const fns = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (const [id, t] of self) {
    const { callFrame: f } = nodes.get(id);
    if (f.functionName === '(idle)') continue;
    if (f.url.endsWith('/dist/pole-widgets.js')) {
      const pos = map(f.lineNumber + 1, f.columnNumber);
      const lit = !pos.source || pos.source.includes('/node_modules/');
      const src = pos.source ? (lit ? pos.source.replace(/^.*\/node_modules\//, '') : shortSource(pos.source)) : '(unmapped)';
      const group = !pos.source ? 'generated code (bundle wrapper, class constructors with field initialisers)' : lit ? `Lit: ${src.split('/')[0].startsWith('@') ? src.split('/').slice(0, 2).join('/') : src.split('/')[0]}` : `our code: ${src}`;
      add(groups, group, t);
      add(fns, pos.source ? `${pos.name || f.functionName || '(anonymous)'} — ${src}:${pos.line ?? '?'}` : `${f.functionName || '(top level)'} — generated code, no source position: \`${snippet(f)}…\``, t);
    } else if (f.functionName.startsWith('(')) {
      add(groups, f.functionName === '(program)' ? '(program): browser work outside JS (parse, compile, style, layout, paint)' : f.functionName, t);
    } else {
      add(groups, f.url ? `other script: ${f.url.replace(/^https?:\/\/[^/]+/, '')}` : "the bench's probes, Playwright's injected scripts, browser internals", t);
    }
  }
  return { groups, fns };
}

function table(maps, runs, limit, head) {
  const total = new Map();
  for (const m of maps) for (const [k, v] of m) total.set(k, (total.get(k) ?? 0) + v / runs);
  const rows = [...total].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return [`| ${head} | ms (mean of ${runs} runs) |`, '|---|---|', ...rows.map(([k, v]) => `| ${k.replace(/\|/g, '\\|')} | ${v.toFixed(1)} |`)].join('\n');
}

/**
 * Where the bytes of the single file come from: each stretch of the minified code is given to the
 * source its sourcemap names (Lit's files, our components, locales, the shared theme), measured raw
 * and compressed on its own with brotli. Brotli is not additive, so the shares are indicative.
 */
function bytesBySource(code, map) {
  const consumer = new SourceMapConsumer(map);
  const lines = code.split('\n');
  const segments = new Map();
  let prev = null;
  const flush = (end) => {
    if (!prev) return;
    const text = lines[prev.line - 1].slice(prev.col, end ?? undefined);
    const key = prev.source;
    segments.set(key, (segments.get(key) ?? '') + text);
  };
  consumer.eachMapping((m) => {
    const here = { line: m.generatedLine, col: m.generatedColumn, source: m.source ? groupOf(m.source) : '(bundle glue: wrapper, helpers)' };
    if (prev && prev.line === here.line) flush(here.col);
    else flush(null);
    prev = here;
  }, null, SourceMapConsumer.GENERATED_ORDER);
  flush(null);
  const brotli = (t) => brotliCompressSync(Buffer.from(t), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const rows = [...segments].map(([k, t]) => [k, Buffer.byteLength(t), brotli(t)]).sort((a, b) => b[1] - a[1]);
  const total = Buffer.byteLength(code);
  return [
    `| Source | raw bytes | share | brotli alone |`,
    '|---|---|---|---|',
    ...rows.map(([k, raw, br]) => `| ${k} | ${raw} | ${((raw / total) * 100).toFixed(1)} % | ${br} |`),
    '',
    `Whole file: ${total} B raw, ${brotli(code)} B brotli (the parts compress better together than apart).`,
  ].join('\n');
}

const groupOf = (source) => {
  const s = source.replace(/^(\.\.\/)+/, '');
  if (s.includes('node_modules/')) {
    const pkg = s.replace(/^.*node_modules\//, '').split('/');
    return `Lit: ${pkg[0].startsWith('@') ? pkg.slice(0, 2).join('/') : pkg[0]}`;
  }
  return s.replace(/^.*?src\//, 'src/');
};

export async function profileOurs(browser, origin, ours, native) {
  if (!existsSync(join(ROOT, 'dist/pole-widgets.js'))) return null;
  const { code, map, sameAsDist } = await sourcemappedBuild();
  const consumer = mapper(map);
  // The swapped file has its own hash: the page's integrity attribute is dropped for these runs.
  const setup = async (context) => {
    await context.route('**/dist/pole-widgets.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: code }));
    await context.route('**/pages/ours.html', async (route) => {
      const res = await route.fetch();
      route.fulfill({ response: res, body: (await res.text()).replace(/ integrity="[^"]*"/, '') });
    });
  };
  const load = [];
  const click = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await measureOnce(browser, origin, ours, { profile: profiler, setup });
    if (r.loadProfile) load.push(attribute(r.loadProfile, consumer, code));
    if (r.clickProfile) click.push(attribute(r.clickProfile, consumer, code));
  }
  const sum = (ps) => (ps.length ? ps.reduce((a, p) => a + [...p.groups.values()].reduce((x, y) => x + y, 0), 0) / ps.length : 0);
  const ourShare = (ps) =>
    ps.length ? ps.reduce((a, p) => a + [...p.groups].filter(([k]) => k.startsWith('Lit') || k.startsWith('our code')).reduce((x, [, v]) => x + v, 0), 0) / ps.length : 0;
  const L = [];
  L.push(
    `DevTools CPU profiler, 100 µs sampling, ${CPU_NOTE}, ${RUNS} extra runs of the ours page (not part of the timed runs). ` +
      `The single file was swapped for a build of the same code with a sourcemap${sameAsDist ? ' (byte-identical to `dist/pole-widgets.js` but for the sourcemap comment)' : ' (NOT byte-identical to dist: the positions may be off)'}, so each sample maps back to Lit or to our sources. Self time; idle excluded.`,
    '',
  );
  L.push(`**Load phase** (navigation → visible + 750 ms): ${sum(load).toFixed(1)} ms busy, of which ${ourShare(load).toFixed(1)} ms in \`pole-widgets.js\`.`, '');
  L.push(load.length ? table(load.map((p) => p.groups), load.length, 14, 'Where') : 'No profile.', '');
  L.push('Functions of `pole-widgets.js` with the most self time, load phase:', '');
  L.push(load.length ? table(load.map((p) => p.fns), load.length, 12, 'Function — original source:line') : 'No profile.', '');
  L.push(`**Click phase** (trusted click → open and focused): ${sum(click).toFixed(1)} ms busy, of which ${ourShare(click).toFixed(1)} ms in \`pole-widgets.js\`.`, '');
  L.push(click.length ? table(click.map((p) => p.groups), click.length, 10, 'Where') : 'No profile (the click phase was not reached).', '');
  if (click.length) {
    L.push('Functions of `pole-widgets.js` with the most self time, click phase:', '');
    L.push(table(click.map((p) => p.fns), click.length, 10, 'Function — original source:line'), '');
  }
  L.push('**Where the bytes of `dist/pole-widgets.js` come from** (through the same sourcemap):', '');
  L.push(bytesBySource(code, map), '');
  if (native) {
    L.push('**By trace event**', '');
    L.push(await traceBreakdown(browser, origin, ours, native), '');
  }
  return { markdown: L.join('\n') };
}

const CPU_NOTE = 'CPU throttled 4×';

// A DevTools trace of the load phase, for the phases the CPU profile lumps into "(program)":
// compile, style recalculation, layout, paint. Self time per trace event on the page's main thread.
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'].join(',');

const tracer = {
  async start(cdp) {
    this.events = [];
    this.onData = ({ value }) => this.events.push(...value);
    cdp.on('Tracing.dataCollected', this.onData);
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  },
  async stop(cdp) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', this.onData);
    return this.events;
  },
};

/** The renderer main thread (`pid:tid`) that parsed the candidate page, from a load-phase trace. */
function mainThread(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const parsed = events.find((e) => e.name === 'ParseHTML' && mains.has(`${e.pid}:${e.tid}`) && /\/pages\//.test(e.args?.beginData?.url ?? ''));
  return parsed ? `${parsed.pid}:${parsed.tid}` : null;
}

/** Self time (ms) by event name on one thread. */
function selfTimes(events, key) {
  if (!key) return null;
  const xs = events
    .filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const e = stack.pop();
      self.set(e.name, (self.get(e.name) ?? 0) + e.self / 1000);
    }
  };
  for (const e of xs) {
    close(e.ts);
    const node = { name: e.name, end: e.ts + e.dur, self: e.dur };
    if (stack.length) stack[stack.length - 1].self -= Math.min(e.dur, stack[stack.length - 1].end - e.ts);
    stack.push(node);
  }
  close(Infinity);
  return self;
}

/** Main-thread self time by trace event, ours beside the floor, for the load and the click phase. */
export async function traceBreakdown(browser, origin, ours, native, runs = 5) {
  const per = { load: { ours: [], native: [] }, click: { ours: [], native: [] } };
  for (let i = 0; i < runs; i++) {
    for (const [id, c] of [['ours', ours], ['native', native]]) {
      const r = await measureOnce(browser, origin, c, { profile: tracer });
      const key = r.loadProfile && mainThread(r.loadProfile);
      const l = r.loadProfile && selfTimes(r.loadProfile, key);
      const k = r.clickProfile && r.clickToReadyMs !== null && selfTimes(r.clickProfile, key);
      if (l) per.load[id].push(l);
      if (k) per.click[id].push(k);
    }
  }
  const mean = (list) => {
    const m = new Map();
    for (const s of list) for (const [k, v] of s) m.set(k, (m.get(k) ?? 0) + v / list.length);
    return m;
  };
  const total = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  const table = (phase) => {
    const o = mean(per[phase].ours);
    const n = mean(per[phase].native);
    const rows = [...new Set([...o.keys(), ...n.keys()])]
      .map((k) => [k, o.get(k) ?? 0, n.get(k) ?? 0])
      .filter(([k]) => !/^(RunTask|ThreadControllerImpl::RunTask)$/.test(k))
      .sort((a, b) => b[1] - b[2] - (a[1] - a[2]))
      .slice(0, 12);
    return [
      `Main thread, all events: ours ${total(o).toFixed(0)} ms, floor ${total(n).toFixed(0)} ms (mean of ${per[phase].ours.length} and ${per[phase].native.length} runs).`,
      '',
      '| Trace event | ours (ms) | floor (ms) | difference |',
      '|---|---|---|---|',
      ...rows.map(([k, a, b]) => `| ${k} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(a - b >= 0 ? '+' : '') + (a - b).toFixed(1)} |`),
    ].join('\n');
  };
  return [
    `DevTools traces, CPU 4×, loopback, ${runs} runs of each page; self time per trace event on the page's main thread, sorted by how much more ours costs than the floor.`,
    '',
    '*Load phase* (navigation → visible + 750 ms):',
    '',
    table('load'),
    '',
    '*Click phase* (from just before the click, including the automation\'s own checks on both pages, to open and focused):',
    '',
    per.click.ours.length ? table('click') : 'Not reached.',
    '',
    'Reading the event names: `Layout` and `UpdateLayoutTree` (style recalculation), `PrePaint`/`Paint`/`Commit` (rendering); ' +
      '`EvaluateScript`/`v8.run`/`v8.compile` (running a script file, including the bench\'s own init script on both pages); ' +
      '`v8.callFunction`/`v8.callAsConstructor`/`v8.newInstance` (the browser calling into JS: custom element constructors and callbacks, observers); ' +
      '`RunMicrotasks` (promise jobs: Lit renders each element in a microtask after it is defined or changed); `EventDispatch` (event listeners).',
  ].join('\n');
}
