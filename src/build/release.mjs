#!/usr/bin/env node
/**
 * `npm run release -- <patch|minor|major>`: the maintainer's one command (docs/releasing.md).
 *
 * Refuses a dirty tree, runs the gate (`npm test`), bumps the version (package.json, the lockfile,
 * src/internal/version.ts), moves CHANGELOG's Unreleased section under the new version and today's
 * date, builds, hashes each exact built file (member, partner, complete), writes their versioned CDN
 * addresses and hashes into the README snippet and demo/release.json (the configurator's defaults), then commits and tags
 * vX.Y.Z. Publishing (`git push --follow-tags`, `npm publish`) stays a human step.
 *
 * `--skip-gate` exists only for the release script's own test (test/e2e/release.test.mjs), which
 * runs it on a throw-away clone inside the gate: running the gate again there would recurse.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const KINDS = ['patch', 'minor', 'major'];
/** The three script-tag files (docs/files.md), as the build names them in dist/pole-widgets.json. */
const FILES = { member: 'pole-widgets-member.js', partner: 'pole-widgets-partner.js', complete: 'pole-widgets.js' };

/** The public, versioned addresses of a file once `pole-widgets@version` is on npm. */
const cdnUrls = (version, file) => ({
  jsdelivr: `https://cdn.jsdelivr.net/npm/pole-widgets@${version}/dist/${file}`,
  unpkg: `https://unpkg.com/pole-widgets@${version}/dist/${file}`,
});

const path = (file) => resolve(ROOT, file);
const read = (file) => readFileSync(path(file), 'utf8');
const write = (file, text) => writeFileSync(path(file), text);
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...options });
const say = (line) => console.log(`release: ${line}`);

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** CHANGELOG.md split around its Unreleased section's body. */
function unreleased(changelog) {
  const m = /^## \[Unreleased\][^\n]*\n([\s\S]*?)(?=^## \[)/m.exec(changelog);
  if (!m) fail('CHANGELOG.md has no "## [Unreleased]" section followed by a released version.');
  return { start: m.index, end: m.index + m[0].length, body: m[1].trim() };
}

function main(argv) {
  const kind = argv.find((a) => !a.startsWith('--'));
  const skipGate = argv.includes('--skip-gate');
  if (!KINDS.includes(kind)) fail(`usage: npm run release -- <${KINDS.join('|')}> (got ${kind ?? 'nothing'})`);

  const dirty = run('git', ['status', '--porcelain']).trim();
  if (dirty) fail(`the working tree is not clean; commit or stash first:\n${dirty}`);

  const changes = unreleased(read('CHANGELOG.md'));
  if (!changes.body) fail('CHANGELOG.md\'s Unreleased section is empty: nothing to release.');
  // A breaking change comes with the steps to follow (docs/versions.md).
  if (kind === 'major' && !/^### Upgrad/m.test(changes.body)) fail('a major release needs an "### Upgrading" section under Unreleased in CHANGELOG.md.');

  if (skipGate) say('gate skipped (--skip-gate: for the release script\'s own test only)');
  else run('npm', ['test'], { stdio: 'inherit' });

  // npm's own bump: package.json and package-lock.json, no commit or tag (made below, with the rest).
  const version = run('npm', ['version', kind, '--no-git-tag-version']).trim().replace(/^v/, '');
  const tag = `v${version}`;
  if (run('git', ['tag', '--list', tag]).trim()) fail(`tag ${tag} already exists.`);
  say(`version ${version}`);

  write(
    'src/internal/version.ts',
    read('src/internal/version.ts').replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`),
  );

  const changelog = read('CHANGELOG.md');
  const { start, end, body } = unreleased(changelog);
  const date = new Date().toISOString().slice(0, 10);
  write('CHANGELOG.md', `${changelog.slice(0, start)}## [Unreleased]\n\n## [${version}] - ${date}\n\n${body}\n\n${changelog.slice(end)}`);

  run('npm', ['run', 'build'], { stdio: 'inherit' });
  const report = JSON.parse(read('dist/pole-widgets.json'));
  const files = {};
  for (const [name, file] of Object.entries(FILES)) {
    const code = readFileSync(path(`dist/${file}`));
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    const built = report.files?.[name];
    if (built?.integrity !== integrity || built.file !== file || report.version !== version) fail(`dist/pole-widgets.json does not describe the built dist/${file}.`);
    if (!code.toString('utf8', 0, 200).startsWith(`/*! pole-widgets v${version} | MIT */`)) fail(`dist/${file} lacks its version banner.`);
    say(`dist/${file} integrity="${integrity}"`);
    files[name] = { file, integrity, ...cdnUrls(version, file) };
  }

  // The complete file's fields stay at the top (the configurator's and older readers' default).
  const { integrity, jsdelivr, unpkg } = files.complete;
  write('demo/release.json', `${JSON.stringify({ version, integrity, jsdelivr, unpkg, files }, null, 2)}\n`);
  const readme = read('README.md');
  const snippet = /<!-- section: snippet -->[\s\S]*?<!-- \/section: snippet -->/.exec(readme);
  let stamped = snippet?.[0] ?? '';
  for (const f of Object.values(files)) {
    const script = new RegExp(`<script src="[^"]*/${f.file.replace('.', '\\.')}" integrity="[^"]*"`);
    if (!script.test(stamped)) fail(`README.md's snippet section has no <script src=".../${f.file}" integrity> line.`);
    stamped = stamped.replace(script, `<script src="${f.jsdelivr}" integrity="${f.integrity}"`);
  }
  write('README.md', readme.replace(snippet[0], stamped));
  // The configurator bundles demo/release.json: build the demo again now that it is written.
  run('npm', ['run', '--silent', 'build:demo'], { stdio: 'inherit' });

  run('git', ['add', 'package.json', 'package-lock.json', 'src/internal/version.ts', 'CHANGELOG.md', 'README.md', 'demo/release.json']);
  run('git', ['commit', '--quiet', '-m', `Release ${tag}`]);
  run('git', ['tag', '--annotate', tag, '-m', `pole-widgets ${tag}\n\n${Object.values(files).map((f) => `${f.jsdelivr}\nintegrity="${f.integrity}"`).join('\n')}`]);
  say(`committed and tagged ${tag}. ${files.complete.jsdelivr}`);
  say('to publish (a human step, docs/releasing.md): git push --follow-tags && npm publish');
}

main(process.argv.slice(2));
