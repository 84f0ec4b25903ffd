// What `npm publish` would upload, from `npm publish --dry-run` itself (nothing is sent): every file a
// user needs (the single file and its report, the ES modules and types behind every `exports`
// entry, the manifest, licence, README, changelog), and nothing that is only ours (sources, tests,
// demo, source maps). Needs `npm run build` first, as the gate runs it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('npm publish --dry-run', () => {
  // --force: without it npm asks the registry whether this version is already published, which
  // fails the gate on every commit after a release until the next bump (and needs the network).
  const out = JSON.parse(
    execFileSync('npm', ['publish', '--dry-run', '--force', '--json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  const tarball = out[pkg.name] ?? out;
  const files = tarball.files.map((f) => f.path).sort();

  it('publishes this version under this name, the one the lockfile and PoleWidgets.version carry', () => {
    assert.equal(tarball.id, `${pkg.name}@${pkg.version}`);
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    assert.deepEqual([lock.version, lock.packages[''].version], [pkg.version, pkg.version]);
    assert.match(readFileSync(join(ROOT, 'src/internal/version.ts'), 'utf8'), new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}';`));
  });

  it('holds what users need: the single file and its report, licence, README, changelog, manifest and the ES build', () => {
    for (const need of ['dist/pole-widgets.js', 'dist/pole-widgets.json', 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'custom-elements.json', 'dist/esm/index.js', 'dist/esm/index.d.ts']) {
      assert.ok(files.includes(need), `${need} is published`);
    }
    assert.ok(readFileSync(join(ROOT, 'dist/pole-widgets.js'), 'utf8').startsWith(`/*! pole-widgets v${pkg.version} | MIT */`));
  });

  it('has a file behind every exports entry, main, types and unpkg', () => {
    const targets = [pkg.main, pkg.types, pkg.unpkg, pkg.customElements];
    const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
    walk(pkg.exports);
    for (const target of targets) {
      const pattern = new RegExp(`^${target.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+(?:/[^/]+)*?')}$`);
      assert.ok(files.some((f) => pattern.test(f)), `${target} matches a published file`);
    }
  });

  it('leaves out what only the project needs: sources, tests, demo, source maps, configs', () => {
    // Project configuration sits at the top level (vite.config.ts, tsconfig.json…); dist/relay/config.js is the relay's own module.
    const extra = files.filter((f) => /^(src|test|demo|dist\/demo|\.ci|node_modules)\/|\.map$|^\.|^[^/]*config\.|tsconfig/.test(f));
    assert.deepEqual(extra, []);
  });
});
