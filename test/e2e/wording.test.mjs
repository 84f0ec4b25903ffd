// The copy's rules, checked where the copy lives: the official headline in every page and string
// table, and the configurator's warnings (each is shown after its own "Attention : " label).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const files = (dir, ext) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
// Each element's strings, French and English, beside it: components/<name>/<name>.strings.ts.
const strings = () => readdirSync(join(ROOT, 'src/components')).flatMap((d) => files(join('src/components', d), '.strings.ts'));

describe('wording', () => {
  it('uses the official “fêtent leur 20 ans” everywhere, never “leurs 20 ans”', () => {
    const all = [...strings(), ...files('demo', '.html'), ...files('demo', '.ts'), 'README.md', ...files('docs', '.md')];
    const wrong = all.filter((f) => /leurs(\s|\\u00a0)+20/.test(readFileSync(join(ROOT, f), 'utf8')));
    assert.deepEqual(wrong, []);
    assert.ok(strings().length >= 4, 'the string tables are found');
    assert.match(readFileSync(join(ROOT, 'src/components/anniversary-banner/anniversary-banner.strings.ts'), 'utf8'), /fêtent leur 20\\u00a0ans/);
  });

  it('gives the configurator’s warnings no label of their own (they read “Attention : …” once)', () => {
    const source = readFileSync(join(ROOT, 'demo/configurator.ts'), 'utf8');
    const messages = [...source.matchAll(/warning\('([^']*)'\)/g)].map((m) => m[1]);
    assert.ok(messages.length >= 2);
    assert.deepEqual(messages.filter((m) => /^[\p{L}]+\s?:/u.test(m)), []);
  });
});

describe('theme rules', () => {
  it('name the logo too wherever they set the banner’s accent (the docs, the dark demo), so the logo never keeps the default colour beside re-themed widgets', () => {
    const rules = ['README.md', ...files('docs', '.md'), 'demo/dark.html', 'demo/demo.css'].flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/([^{}]*pole-anniversary-banner[^{}]*)\{([^}]*)\}/g)]
        .filter((m) => m[2].includes('--pole-accent'))
        .map((m) => [f, m[1].trim()]),
    );
    assert.ok(rules.length >= 3, 'the accent rules are found');
    assert.deepEqual(rules.filter(([, selector]) => !selector.includes('pole-anniversary-logo')), []);
  });
});
