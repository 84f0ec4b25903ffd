import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tmp/', '.data/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      // A guest in someone else's page: no string evaluation, no HTML from strings.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with lit templates; never parse strings as HTML.' },
        { property: 'outerHTML', message: 'Render with lit templates; never parse strings as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render with lit templates; never parse strings as HTML.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No HTML from strings.' }, { name: 'lit/directives/style-map.js', message: 'Inline style attributes break strict CSP.' }] },
      ],
      'lit/no-template-bind': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // End-to-end and benchmark scripts run in Node but pass functions to the page (page.evaluate).
    files: ['test/e2e/**/*.mjs', 'test/bench/**/*.mjs', 'test/relay/**/*.mjs', 'test/package/**/*.{mjs,js}', 'demo/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts', 'demo/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
