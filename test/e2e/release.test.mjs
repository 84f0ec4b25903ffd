// The release path as the maintainer and then a web manager take it, on a throw-away clone of this
// repository: `npm run release -- minor` (with --skip-gate: this test runs inside the gate) bumps,
// stamps, hashes, rewrites the README snippet and the configurator's defaults, commits and tags.
// Then the clone's configurator, left at its defaults, writes the code; its pieces are pasted in
// their places into a plain page on one origin, the released file is served under jsDelivr's
// versioned path shape from another local origin (only the host differs), and the browser enforces
// the integrity: the widgets work; a tampered copy is refused and the page keeps working.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage } from './browser.mjs';
import { PASTED_DIR, startServer } from './server.mjs';
import { ROOT, TAGS, assertClean, pastedPage, serveScript, whenRendered } from './helpers.mjs';

const CLONE = join(ROOT, '.tmp/release-clone');
const CDN = 'https://cdn.jsdelivr.net';
const git = (...args) => execFileSync('git', args, { cwd: CLONE, encoding: 'utf8' }).trim();
const inClone = (file) => readFileSync(join(CLONE, file), 'utf8');
const release = (...args) => spawnSync('npm', ['run', '--silent', 'release', '--', ...args], { cwd: CLONE, encoding: 'utf8' });

describe('a release on a clean clone', { timeout: 600_000 }, () => {
  let previous;
  let version;
  before(() => {
    rmSync(CLONE, { recursive: true, force: true });
    execFileSync('git', ['clone', '--quiet', ROOT, CLONE]);
    // The clone borrows this checkout's installed packages instead of installing them again; git
    // must not see the link as a new file (the release refuses a dirty tree).
    symlinkSync(join(ROOT, 'node_modules'), join(CLONE, 'node_modules'), 'dir');
    appendFileSync(join(CLONE, '.git/info/exclude'), '/node_modules\n');
    // A fresh CI machine has no git identity; the release commits and tags as the maintainer would.
    git('config', 'user.name', 'Release test');
    git('config', 'user.email', 'release-test@example.org');
    previous = {
      version: JSON.parse(inClone('package.json')).version,
      changelog: inClone('CHANGELOG.md'),
      head: git('rev-parse', 'HEAD'),
    };
    const [major, minor] = previous.version.split('.').map(Number);
    version = `${major}.${minor + 1}.0`;
  });

  it('refuses to release from a dirty working tree, and changes nothing', () => {
    writeFileSync(join(CLONE, 'stray.txt'), 'not committed\n');
    const run = release('minor', '--skip-gate');
    rmSync(join(CLONE, 'stray.txt'));
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /working tree is not clean[\s\S]*stray\.txt/);
    assert.equal(git('status', '--porcelain'), '');
    assert.equal(git('rev-parse', 'HEAD'), previous.head);
    assert.equal(git('tag', '--list'), '');
  });

  it('refuses a major release whose CHANGELOG has no upgrade section, and changes nothing', () => {
    const run = release('major', '--skip-gate');
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /a major release needs an "### Upgrading" section/);
    assert.equal(git('status', '--porcelain'), '');
    assert.equal(git('rev-parse', 'HEAD'), previous.head);
  });

  it('bumps, stamps, hashes each built file, rewrites the README snippet and the configurator defaults, commits and tags', () => {
    const run = release('minor', '--skip-gate');
    assert.equal(run.status, 0, run.stderr + run.stdout);
    assert.equal(git('status', '--porcelain'), '', 'everything the release wrote is committed');
    assert.equal(git('tag', '--list'), `v${version}`);
    assert.equal(git('rev-parse', `v${version}^{commit}`), git('rev-parse', 'HEAD'), 'the tag is the release commit');
    assert.equal(git('rev-parse', 'HEAD~1'), previous.head);

    const lock = JSON.parse(inClone('package-lock.json'));
    assert.equal(JSON.parse(inClone('package.json')).version, version);
    assert.equal(lock.version, version);
    assert.equal(lock.packages[''].version, version);
    assert.match(inClone('src/internal/version.ts'), new RegExp(`VERSION = '${version.replace(/\./g, '\\.')}';`));

    const snippet = /<!-- section: snippet -->[\s\S]*?<!-- \/section: snippet -->/.exec(inClone('README.md'))[0];
    const files = {};
    for (const [name, name_] of [['member', 'pole-widgets-member.js'], ['partner', 'pole-widgets-partner.js'], ['complete', 'pole-widgets.js']]) {
      const file = readFileSync(join(CLONE, 'dist', name_));
      const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
      assert.ok(file.toString('utf8').startsWith(`/*! pole-widgets v${version} | MIT */\n`), `${name_}: the banner names the version`);
      const address = `${CDN}/npm/pole-widgets@${version}/dist/${name_}`;
      files[name] = { file: name_, integrity, jsdelivr: address, unpkg: `https://unpkg.com/pole-widgets@${version}/dist/${name_}` };
      assert.ok(snippet.includes(`<script src="${address}" integrity="${integrity}" crossorigin="anonymous" defer></script>`), snippet);
    }
    const { integrity, jsdelivr, unpkg } = files.complete;
    assert.deepEqual(JSON.parse(inClone('demo/release.json')), { version, integrity, jsdelivr, unpkg, files });
    assert.equal(
      inClone('README.md').replace(snippet, ''),
      readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/<!-- section: snippet -->[\s\S]*?<!-- \/section: snippet -->/, ''),
      'nothing but the snippet changed in the README',
    );

    // CHANGELOG: what was Unreleased is now under the version and today's date; Unreleased is empty.
    const unreleased = /## \[Unreleased\]\n([\s\S]*?)\n## \[/.exec(previous.changelog)[1].trim();
    const today = new Date().toISOString().slice(0, 10);
    assert.ok(unreleased.length > 0);
    assert.ok(inClone('CHANGELOG.md').includes(`## [Unreleased]\n\n## [${version}] - ${today}\n\n${unreleased}\n\n## [${previous.version}]`));
  });

  describe('the configurator’s default code, pasted into a site on another origin', () => {
    let site;
    let cdn;
    let browser;
    let integrity;
    let parts;
    let single;
    let subscriptions = 0;
    const address = () => `${CDN}/npm/pole-widgets@${version}/dist/pole-widgets.js`;
    before(async () => {
      integrity = JSON.parse(inClone('demo/release.json')).integrity;
      const file = readFileSync(join(CLONE, 'dist/pole-widgets.js'), 'utf8');
      // The CDN: the released package's dist/ under its versioned path, with CORS (needed for SRI);
      // and a copy changed by one comment, as a compromised CDN would serve it.
      cdn = await startServer({
        mounts: { [`/npm/pole-widgets@${version}/dist/`]: join(CLONE, 'dist') },
        routes: { [`/tampered/npm/pole-widgets@${version}/dist/pole-widgets.js`]: serveScript(`${file}\n/* changed */`) },
      });
      // The web manager's site, which also serves the clone's built demo (the configurator).
      site = await startServer({ mounts: { '/release/': join(CLONE, 'dist'), '/pasted/': PASTED_DIR } });
      assert.notEqual(new URL(site.origin).port, new URL(cdn.origin).port, 'two origins');
      browser = await launch();
      mkdirSync(PASTED_DIR, { recursive: true });

      const { page, report, context } = await openPage(browser, `${site.origin}/release/demo/configurator.html`);
      await whenRendered(page);
      // The one setting without a default: where the site receives its signups (its own endpoint).
      await page.getByLabel('Adresse d’envoi des inscriptions').fill('/api/test/signup?key=release');
      await page.waitForFunction(() => document.querySelector('#snippet').textContent.includes('key=release'));
      parts = Object.fromEntries(
        await Promise.all(['head', 'top', 'content', 'end'].map(async (id) => [id, (await page.locator(`#part-${id}`).textContent()) ?? ''])),
      );
      single = await page.locator('#snippet').textContent();
      assert.equal(await page.locator('#cfg-problems').textContent(), '', 'no setting left to correct');
      assertClean(report);
      await context.close();
    });
    after(async () => {
      await browser?.close();
      await site?.close();
      await cdn?.close();
    });

    /** Writes a pasted page, the CDN's host swapped for the local one (the path is the CDN's), and opens it. */
    async function pasted(name, pieces, { tampered = false } = {}) {
      const local = tampered ? `${cdn.origin}/tampered` : cdn.origin;
      const page = pastedPage(Object.fromEntries(Object.entries(pieces).map(([k, v]) => [k, v.replaceAll(CDN, local)])));
      writeFileSync(join(PASTED_DIR, `${name}.html`), page);
      return openPage(browser, `${site.origin}/pasted/${name}.html`);
    }

    it('writes the released address and hash, split by where each piece goes, and no development address', () => {
      assert.ok(parts.end.includes(`src="${address()}"`), parts.end);
      assert.ok(parts.end.includes(`integrity="${integrity}"`));
      assert.match(parts.end, /crossorigin="anonymous"/);
      assert.match(parts.head, /^<style>[\s\S]*pole-anniversary-banner:not\(:defined\)[\s\S]*<\/style>\n$/);
      assert.match(parts.top, /<pole-anniversary-banner[^>]*>/);
      assert.doesNotMatch(parts.top, /pole-explainer-card|pole-newsletter-modal/);
      assert.match(parts.content, /<pole-explainer-card[\s\S]*<pole-newsletter-modal[^>]*action="\/api\/test\/signup\?key=release"/);
      for (const text of [...Object.values(parts), single]) assert.doesNotMatch(text, /localhost|127\.0\.0\.1|:5173/);
    });

    for (const form of ['pieces', 'single block']) {
      it(`${form === 'pieces' ? 'each piece in its place' : 'the single block at the end of <body>'}: the widgets load from the CDN path with SRI enforced and a visitor can subscribe`, async () => {
        const { page, report, context } = await pasted(`release-${form.replace(' ', '-')}`, form === 'pieces' ? parts : { end: single });
        await whenRendered(page);
        assert.equal(await page.evaluate(() => window.PoleWidgets?.version), version, 'the browser ran the released file');
        const scripts = await page.evaluate(() => [...document.scripts].map((s) => [s.src, s.integrity, s.crossOrigin]));
        assert.deepEqual(scripts, [[`${cdn.origin}/npm/pole-widgets@${version}/dist/pole-widgets.js`, integrity, 'anonymous']]);
        const rendered = await page.evaluate(
          (tags) => tags.filter((t) => document.querySelector(t)?.shadowRoot?.childElementCount),
          TAGS,
        );
        assert.deepEqual(rendered, ['pole-anniversary-banner', 'pole-explainer-card', 'pole-newsletter-modal'], 'the three widgets checked by default');

        // A visitor subscribes: the endpoint the web manager gave receives the address.
        const modal = (css) => page.locator(`pole-newsletter-modal ${css}`);
        await modal('[part~="trigger"]').click();
        await modal('input[type="email"]').fill('visiteur@example.org');
        await modal('input[type="checkbox"]').first().check();
        await modal('button[type="submit"]').click();
        await page.waitForFunction(() => document.querySelector('pole-newsletter-modal').shadowRoot.querySelector('[role="status"]')?.textContent.trim());
        const sent = await page.evaluate(() => fetch('/api/test/requests?key=release').then((r) => r.json()));
        assert.equal(sent.length, ++subscriptions);
        assert.match(JSON.stringify(sent.at(-1)), /visiteur@example\.org/);
        assertClean(report);
        await context.close();
      });
    }

    it('refuses a tampered file: nothing of ours runs, the only console error is the browser’s SRI refusal', async () => {
      const { page, report, context } = await pasted('release-tampered', parts, { tampered: true });
      await page.waitForLoadState('load');
      const state = await page.evaluate(
        (tags) => ({
          defined: tags.filter((t) => customElements.get(t)),
          api: typeof window.PoleWidgets,
          heading: document.querySelector('h1')?.checkVisibility(),
        }),
        TAGS,
      );
      assert.deepEqual(state, { defined: [], api: 'undefined', heading: true });
      assertClean(report, {
        errors: [/^Failed to find a valid digest in the 'integrity' attribute for resource '.*\/tampered\/npm\/pole-widgets@[\d.]+\/dist\/pole-widgets\.js'.*The resource has been blocked\.$/],
      });
      assert.equal(report.errors.length, 1);
      await context.close();
    });
  });

  after(() => {
    if (existsSync(CLONE)) rmSync(CLONE, { recursive: true, force: true });
  });
});
