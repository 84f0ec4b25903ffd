// One measured run: a fresh browser context, CPU throttled, the candidate page loaded from
// 127.0.0.1, settled, then a trusted click on its trigger. Returns the raw figures of that run.
import { harness } from './harness.mjs';

export const VIEWPORT = { width: 412, height: 823 };
export const CPU_RATE = 4;

/**
 * The network each page is loaded over. `loopback`: straight from 127.0.0.1, so only the CPU
 * (throttled) counts. `slow4g`: Lighthouse's mobile network as DevTools applies it (150 ms RTT ×
 * 3.75 per request, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up), so a second request or more bytes
 * cost what they cost on a phone, and anything that renders late can shift the layout.
 */
export const NETWORKS = {
  loopback: { label: 'loopback', long: 'loopback (127.0.0.1, CPU 4× only)', conditions: null },
  slow4g: {
    label: 'slow 4G',
    long: 'slow 4G (Lighthouse mobile as DevTools applies it: 562.5 ms request latency, 1.47 Mbps down, 675 kbps up) + CPU 4×',
    conditions: { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8, uploadThroughput: (750 * 0.9 * 1024) / 8 },
  },
};
const SETTLE_MS = 750;
const TIMEOUT_MS = 15_000;

/** The DevTools `Performance.getMetrics` durations we keep, in milliseconds. */
function metrics(result) {
  const m = Object.fromEntries(result.metrics.map(({ name, value }) => [name, value]));
  const ms = (k) => (m[k] ?? 0) * 1000;
  return {
    script: ms('ScriptDuration'),
    compile: ms('V8CompileDuration'),
    style: ms('RecalcStyleDuration'),
    layout: ms('LayoutDuration'),
    task: ms('TaskDuration'),
    heap: m.JSHeapUsedSize ?? 0,
    nodes: m.Nodes ?? 0,
  };
}

const diff = (a, b) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k] - a[k]]));

/**
 * Runs `candidate` once in a new context of `browser`. `origin` is the bench server. Every request
 * that leaves the origin is recorded (and fails: the browser resolves no other host).
 */
export async function measureOnce(browser, origin, candidate, { profile, setup, network = 'loopback' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  if (setup) await setup(context);
  const page = await context.newPage();
  const out = { requests: [], outside: [], failed: [], consoleErrors: [], pageErrors: [], notes: [] };
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (url.startsWith(origin + '/')) out.requests.push(url);
    else out.outside.push(url);
  });
  page.on('requestfailed', (r) => out.failed.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') out.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => out.pageErrors.push(String(err)));

  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    await cdp.send('Performance.enable');
    const conditions = NETWORKS[network].conditions;
    if (conditions) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', conditions);
    }
    await page.addInitScript(harness, { id: candidate.probe ?? candidate.id });
    if (profile) await profile.start(cdp);

    await page.goto(`${origin}/pages/${candidate.page}`, { waitUntil: 'load', timeout: TIMEOUT_MS * 2 });
    const visible = await page
      .waitForFunction(() => window.__bench.visibleAt !== null, null, { timeout: TIMEOUT_MS, polling: 100 })
      .then(() => true, () => false);
    if (!visible) out.notes.push('the widget never became visible');
    await page.waitForTimeout(SETTLE_MS);
    const loadMetrics = metrics(await cdp.send('Performance.getMetrics'));
    if (profile) out.loadProfile = await profile.stop(cdp);

    // The trigger, as a visitor finds it; a trusted click (DevTools Input events) on its middle.
    const trigger = page.locator(candidate.trigger).first();
    const found = await trigger.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
    let ready = false;
    let afterMetrics = loadMetrics;
    if (!found) out.notes.push(`no visible trigger matches \`${candidate.trigger}\``);
    else {
      if (profile) await profile.start(cdp);
      await trigger.click({ timeout: 5000 });
      ready = await page
        .waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 5000, polling: 100 })
        .then(() => true, () => false);
      if (!ready) out.notes.push('the dialog did not reach "open with focus on its field" within 5 s of the click');
      if (profile) out.clickProfile = await profile.stop(cdp);
      await page.waitForTimeout(SETTLE_MS);
      afterMetrics = metrics(await cdp.send('Performance.getMetrics'));
    }

    const B = await page.evaluate(() => window.__bench);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd };
    });
    if (B.errors.length) out.notes.push(...B.errors.map((e) => `probe: ${e}`));
    const sum = (xs, f) => xs.reduce((a, x) => a + f(x), 0);
    const fromSources = (s) => candidate.sources.some((p) => s.url.startsWith(origin + p));
    const longFrames = B.frames.filter((f) => f.duration > 50);
    return {
      ...out,
      visibleMs: B.visibleAt,
      fcpMs: B.fcp,
      loadMs: nav.load,
      clickToReadyMs: ready ? B.readyAt - B.downAt : null,
      cls: sum(B.shifts.filter((s) => !s.hadRecentInput), (s) => s.value),
      shifts: B.shifts,
      longTaskCount: B.longTasks.length,
      longTaskMs: sum(B.longTasks, (t) => t.duration),
      longTaskBlockingMs: sum(B.longTasks, (t) => Math.max(0, t.duration - 50)),
      // Long animation frames name the scripts that ran in them: the widget's share of long frames.
      widgetScriptInLongFramesMs: sum(longFrames, (f) => sum(f.scripts.filter(fromSources), (s) => s.duration)),
      widgetMaxScriptMs: Math.max(0, ...longFrames.flatMap((f) => f.scripts.filter(fromSources).map((s) => s.duration))),
      longFrames: longFrames.map((f) => ({
        start: Math.round(f.start),
        duration: Math.round(f.duration),
        scripts: f.scripts.map((s) => `${s.type} ${s.url.replace(origin, '')} ${Math.round(s.duration)} ms`),
      })),
      load: loadMetrics,
      click: diff(loadMetrics, afterMetrics),
    };
  } finally {
    await context.close();
  }
}
