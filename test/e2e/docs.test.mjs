// The docs' generated API tables show the public API the manifest declares, and nothing else; the
// README stays a five-minute read that starts with the two commands CI runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { apiMarkdown, undocumented } from '../../src/build/api-docs.mjs';
import { ROOT } from './helpers.mjs';

/** A declaration as `cem analyze --litelement` writes it, with one of each kind of non-API member. */
const element = {
  kind: 'class',
  name: 'PoleSample',
  tagName: 'pole-sample',
  customElement: true,
  members: [
    { kind: 'field', name: 'label', privacy: 'public', type: { text: 'string' }, default: "''", description: 'The text.', attribute: 'label' },
    { kind: 'field', name: 'mode', type: { text: "'a' | 'b'" }, default: "'a'", description: 'One of\ntwo modes.', attribute: 'mode' },
    { kind: 'field', name: 'count', privacy: 'public', type: { text: 'number' }, description: 'A property without attribute.' },
    { kind: 'field', name: 'hidden', privacy: 'private', type: { text: 'boolean' }, attribute: 'hidden-state' },
    { kind: 'field', name: 'guarded', privacy: 'protected', type: { text: 'boolean' } },
    { kind: 'field', name: 'busy', state: true, type: { text: 'boolean' } },
    { kind: 'field', name: 'styles', static: true, privacy: 'public' },
    { kind: 'method', name: 'show', privacy: 'public', description: 'Opens it.' },
    { kind: 'method', name: 'move', privacy: 'public', parameters: [{ name: 'to', type: { text: 'number' } }], description: 'Moves it.' },
    { kind: 'method', name: 'tick', privacy: 'private' },
  ],
  attributes: [
    { name: 'label', fieldName: 'label', type: { text: 'string' } },
    { name: 'mode', fieldName: 'mode' },
    { name: 'hidden-state', fieldName: 'hidden' },
    { name: 'theme', type: { text: "'light' | 'dark'" }, description: 'Forces a colour scheme.' },
  ],
  events: [
    { name: 'pole-pick', type: { text: 'CustomEvent<{ value: string }>' }, description: 'Picked.' },
    { name: 'pole-plain', type: { text: 'CustomEvent' }, description: 'No payload.' },
  ],
  slots: [{ name: '', description: 'Default content.' }, { name: 'intro', description: 'An intro.' }],
  cssParts: [{ name: 'base', description: 'The box.' }],
  cssProperties: [{ name: '--pole-accent', description: 'The accent.' }],
};

describe('docs', () => {
  const md = apiMarkdown(element);
  const row = (first) => md.split('\n').find((l) => l.startsWith(`| ${first} |`));

  it('lists public properties with their attribute, type and default, and attributes declared alone', () => {
    assert.equal(row('`label`'), "| `label` | `label` | `string` | `''` | The text. |");
    assert.equal(row('`mode`'), "| `mode` | `mode` | `'a' \\| 'b'` | `'a'` | One of two modes. |", 'pipes escaped, one line per row');
    assert.equal(row('—'), '| — | `count` | `number` | | A property without attribute. |');
    assert.equal(row('`theme`'), "| `theme` | — | `'light' \\| 'dark'` | | Forces a colour scheme. |");
  });

  it('leaves out private, protected, state and static members, and the attributes of private fields', () => {
    for (const name of ['hidden', 'hidden-state', 'guarded', 'busy', 'styles', 'tick']) assert.ok(!md.includes(`\`${name}`), `${name} is not API`);
  });

  it('gives methods their signature, events their detail type, and slots, parts and custom properties', () => {
    assert.equal(row('`show()`'), '| `show()` | Opens it. |');
    assert.equal(row('`move(to: number)`'), '| `move(to: number)` | Moves it. |');
    assert.equal(row('`pole-pick`'), '| `pole-pick` | `{ value: string }` | Picked. |');
    assert.equal(row('`pole-plain`'), '| `pole-plain` | | No payload. |');
    assert.equal(row('(default)'), '| (default) | Default content. |');
    assert.equal(row('`base`'), '| `base` | The box. |');
    assert.equal(row('`--pole-accent`'), '| `--pole-accent` | The accent. |');
    for (const h of ['Attributes and properties', 'Methods', 'Events', 'Slots', 'CSS parts', 'CSS custom properties']) assert.ok(md.includes(`### ${h}\n`), h);
  });

  it('names every public entry that has no JSDoc text, such as the variable a generic dispatch leaves as an event name', () => {
    assert.deepEqual(undocumented(element), []);
    const bare = { ...element, events: [...element.events, { name: 'name', type: { text: 'CustomEvent' } }], cssParts: [{ name: 'base' }] };
    assert.deepEqual(undocumented(bare), ['event `name` of <pole-sample> has no JSDoc description', 'CSS part `base` of <pole-sample> has no JSDoc description']);
  });

  it('keeps the README under 200 lines, opening with the demo and gate commands CI runs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.split('\n').length < 200, `README.md has ${readme.split('\n').length} lines`);
    const commands = readme.split('\n').filter((l) => l.startsWith('npm install && '));
    assert.deepEqual(commands.map((l) => l.split('#')[0].trim()), ['npm install && npm start', 'npm install && npm test']);
    assert.ok(readme.indexOf('npm install && npm test') < readme.indexOf('## The snippet'), 'the commands come first');
  });
});
