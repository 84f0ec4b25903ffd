// A plain static server for end-to-end checks: the built single file under /dist/, the plain
// HTML pages of test/e2e/pages/, pages written by tests under /pasted/ (a page `x.html` gets the response headers listed in
// `x.headers.json` beside it, e.g. a strict Content-Security-Policy), and the signup endpoint.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { signupEndpoint } from '../server/signup-endpoint.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const MOUNTS = {
  '/dist/': join(ROOT, 'dist'),
  '/pages/': join(ROOT, 'test/e2e/pages'),
  // Pages a test writes at run time (e.g. a snippet pasted into a plain page): see PASTED_DIR.
  '/pasted/': join(ROOT, '.tmp/e2e-pages'),
};

/** Where a test writes the pages it serves under /pasted/. */
export const PASTED_DIR = MOUNTS['/pasted/'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Starts the server on a free loopback port; resolves to `{ origin, close }`. */
export async function startServer({ host = '127.0.0.1' } = {}) {
  const api = signupEndpoint({ dataFile: join(ROOT, '.tmp/e2e-signups.jsonl') });
  const server = createServer((req, res) => {
    api(req, res, () => serveFile(req, res));
  });
  await new Promise((done) => server.listen(0, host, done));
  const { port } = server.address();
  return {
    origin: `http://${host}:${port}`,
    port,
    close: () => new Promise((done) => server.close(done)),
  };
}

async function serveFile(req, res) {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
  if (!mount) return notFound(res);
  const file = normalize(join(MOUNTS[mount], path.slice(mount.length)));
  if (!file.startsWith(MOUNTS[mount])) return notFound(res);
  try {
    const body = await readFile(file);
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-store');
    if (file.endsWith('.html')) {
      const extra = await readFile(file.replace(/\.html$/, '.headers.json'), 'utf8').then(JSON.parse, () => ({}));
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
