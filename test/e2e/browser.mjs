// playwright-core driving the same Chromium as the component tests (no browser download).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromeFlags, findChrome } from '../server/chrome.mjs';

export function launch() {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
}

/**
 * Opens `url` in a fresh context and collects what a site owner would see in DevTools: console
 * errors and warnings, uncaught exceptions, CSP violations, and every request the page made.
 */
export async function openPage(browser, url, { contextOptions = {}, beforeLoad } = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const report = { errors: [], warnings: [], pageErrors: [], violations: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') report.errors.push(msg.text());
    if (msg.type() === 'warning') report.warnings.push(msg.text());
  });
  page.on('pageerror', (err) => report.pageErrors.push(String(err)));
  page.on('request', (req) => report.requests.push(req.url()));
  await page.exposeFunction('__poleReportViolation', (v) => report.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__poleReportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  if (beforeLoad) await beforeLoad(page);
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, report };
}

const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url);

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) in the page, shadow roots included, and returns
 * one line per violation: rule, impact and the offending nodes, so a failing assertion says why.
 */
export async function axeViolations(page, context = 'html') {
  // Evaluated, not added as a <script>: the page's own CSP does not apply to the test's code.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(
    (ctx) =>
      window.axe
        .run(ctx, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
        .then((r) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)),
    context,
  );
  return violations;
}
