// The built single file's suite (test/built/): the component tests' server, commands and engines,
// run after `npm run build` on dist/pole-widgets.js pasted into a plain page.
import base from './web-test-runner.config.mjs';

export default { ...base, files: ['test/built/**/*.test.ts'], groups: [] };
