// A plain static server for end-to-end checks: the built single file under /dist/, the plain
// HTML pages of test/e2e/pages/ and those tests write under /pasted/ (a page `x.html` gets the
// response headers listed in `x.headers.json` beside it, e.g. a strict Content-Security-Policy), and the signup endpoint.
//
// Pages and their headers may name `{{cdn}}` (this same server reached as another origin,
// http://localhost:PORT, to play the CDN a site loads the file from) and `{{integrity}}` (the
// built file's SRI hash from dist/pole-widgets.json). `/dist/` answers with CORS like a CDN.
// `startServer({ routes })` adds handlers for exact paths (a tampered copy of the file, …).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES as TYPES } from '../server/content-types.mjs';
import { providerStandIns } from '../server/provider-stand-ins.mjs';
import { signupEndpoint } from '../../demo/server/signup-endpoint.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const MOUNTS = {
  '/dist/': join(ROOT, 'dist'),
  '/pages/': join(ROOT, 'test/e2e/pages'),
  // Pages a test writes at run time (e.g. a snippet pasted into a plain page): see PASTED_DIR.
  '/pasted/': join(ROOT, '.tmp/e2e-pages'),
  // A host site's own copy of Lit, for the pages that play a host already running Lit.
  '/vendor/lit-html/': join(ROOT, 'node_modules/lit-html'),
};

/** Where a test writes the pages it serves under /pasted/. */
export const PASTED_DIR = MOUNTS['/pasted/'];

/**
 * Starts the server on a free loopback port; resolves to `{ origin, close }`. `mounts` replaces the
 * default URL prefix → folder table (a release clone's files, a CDN's path shape).
 */
export async function startServer({ host = '127.0.0.1', routes = {}, mounts = MOUNTS } = {}) {
  const api = signupEndpoint({ dataFile: join(ROOT, '.tmp/e2e-signups.jsonl') });
  const standIns = providerStandIns();
  const vars = {};
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (route) return route(req, res);
    api(req, res, () => standIns(req, res, () => serveFile(req, res, vars, mounts)));
  });
  await new Promise((done) => server.listen(0, host, done));
  const { port } = server.address();
  vars.origin = `http://${host}:${port}`;
  vars.cdn = `http://localhost:${port}`;
  return {
    origin: vars.origin,
    cdn: vars.cdn,
    port,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The built file's SRI hash, as the build wrote it to dist/pole-widgets.json. */
export async function builtIntegrity() {
  return JSON.parse(await readFile(join(ROOT, 'dist/pole-widgets.json'), 'utf8')).integrity;
}

async function fill(text, vars) {
  if (!text.includes('{{')) return text;
  const values = { ...vars, integrity: text.includes('{{integrity}}') ? await builtIntegrity() : '' };
  return text.replace(/\{\{(\w+)\}\}/g, (all, name) => values[name] ?? all);
}

async function serveFile(req, res, vars, mounts) {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const mount = Object.keys(mounts).find((m) => path.startsWith(m));
  if (!mount) return notFound(res);
  const file = normalize(join(mounts[mount], path.slice(mount.length)));
  if (!file.startsWith(mounts[mount])) return notFound(res);
  try {
    let body = await readFile(file);
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    if (mount === '/dist/' || mount.startsWith('/npm/')) res.setHeader('Access-Control-Allow-Origin', '*');
    if (file.endsWith('.html')) {
      body = await fill(body.toString('utf8'), vars);
      const extra = await readFile(file.replace(/\.html$/, '.headers.json'), 'utf8').then(
        async (text) => JSON.parse(await fill(text, vars)),
        () => ({}),
      );
      for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
    }
    res.end(body);
  } catch {
    notFound(res);
  }
}

function notFound(res) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain');
  res.end('not found');
}
