// `npm run bench` itself, in its smallest form: one round of our page and the hand-written floor over
// loopback, so the benchmark the README cites keeps working on a fresh machine. Its figures are not
// checked here (timings on a shared machine are noise): that it measures, from 127.0.0.1 only,
// and reports what the issue asks for, is.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const OUT = '.tmp/bench-smoke/BENCHMARKS.md';

describe('npm run bench (one round, ours and the floor, loopback)', () => {
  it('measures both pages from 127.0.0.1 only and writes every figure of the report with ratios', () => {
    rmSync(join(ROOT, '.tmp/bench-smoke'), { recursive: true, force: true });
    const args = ['test/bench/run.mjs', '--rounds', '1', '--warmup', '0', '--only', 'ours', '--network', 'loopback'];
    const r = spawnSync(process.execPath, [...args, '--no-lighthouse', '--no-profile', '--no-docs', '--out', OUT], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 180_000,
    });
    assert.equal(r.status, 0, `the bench failed:\n${r.stdout}\n${r.stderr}`);
    const report = readFileSync(join(ROOT, OUT), 'utf8');
    assert.match(report, /\*\*Requests outside 127\.0\.0\.1\*\*: none/);
    assert.match(report, /\*\*Command\*\*: `npm run bench -- --rounds 1 /);
    for (const heading of ['## Budgets', '## Bytes', '### Navigation → widget visible', '### Long-task time', '### CLS', '### Click → dialog open and focused']) {
      assert.ok(report.includes(heading), `the report has "${heading}"`);
    }
    // Both candidates measured: a time to visible and a click to open for each, with ratios to the floor.
    const row = (section, name) => report.split(section)[1].split('\n').find((l) => l.startsWith(`| ${name}`)) ?? '';
    for (const name of ['pole-widgets (ours)', 'native floor (hand-written)']) {
      assert.match(row('### Navigation → widget visible', name), /\| \d+ ms \(/, `${name}: time to visible`);
      assert.match(row('### Click → dialog open and focused', name), /\| \d+ ms \(/, `${name}: click to open`);
      assert.match(row('## Bytes', name), /\d+\.\d+×/, `${name}: bytes with ratios`);
    }
    // The bytes of ours are those of the built file the size gate checks.
    const built = JSON.parse(readFileSync(join(ROOT, 'dist/pole-widgets.json'), 'utf8'));
    assert.ok(report.includes(`(${built.brotli} B;`) || report.includes(`${(built.brotli / 1000).toFixed(1)} kB brotli`), 'the report states the built file’s brotli size');
  });
});
