// The benchmark's static server, bound to 127.0.0.1 only: the candidate pages of test/bench/pages/,
// the built single file under /dist/, and each peer's published files straight from node_modules
// under /vendor/<name>/ (as a site owner would self-host them; no CDN).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_TYPES as TYPES } from '../server/content-types.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

/** URL prefix → folder on disk. Nothing outside these folders is served. */
export const MOUNTS = {
  '/pages/': join(ROOT, 'test/bench/pages'),
  '/dist/': join(ROOT, 'dist'),
  '/vendor/cookieconsent/': join(ROOT, 'node_modules/vanilla-cookieconsent/dist'),
  '/vendor/a11y-dialog/': join(ROOT, 'node_modules/a11y-dialog/dist'),
  // Shoelace's "cdn" folder is the bundled build its docs load when cherry-picking from a CDN.
  '/vendor/shoelace/': join(ROOT, 'node_modules/@shoelace-style/shoelace/cdn'),
};

/** The file a URL path maps to, or null when it is outside every mount. */
export function fileFor(pathname) {
  const path = decodeURIComponent(pathname);
  const mount = Object.keys(MOUNTS).find((m) => path.startsWith(m));
  if (!mount) return null;
  const file = normalize(join(MOUNTS[mount], path.slice(mount.length)));
  return file.startsWith(MOUNTS[mount] + sep) ? file : null;
}

/** Starts the server on a free loopback port; resolves to `{ origin, close }`. */
export async function startServer() {
  const server = createServer(async (req, res) => {
    const file = fileFor(new URL(req.url, 'http://x').pathname);
    try {
      if (!file) throw new Error('outside');
      let body = await readFile(file);
      // Pages carry the README snippet's integrity attribute: `sha384-@dist` is the built complete
      // file's, `sha384-@member` and `sha384-@partner` those of the member and partner files.
      if (file.endsWith('.html') && body.includes('sha384-@')) {
        const { integrity, files } = JSON.parse(await readFile(join(ROOT, 'dist/pole-widgets.json'), 'utf8'));
        const hashes = { dist: integrity, member: files.member.integrity, partner: files.partner.integrity };
        body = Buffer.from(body.toString('utf8').replace(/sha384-@(dist|member|partner)/g, (_, k) => hashes[k]));
      }
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      // Every run starts cold: a fresh browser context has an empty cache anyway; this makes it explicit.
      res.setHeader('Cache-Control', 'no-store');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain');
      res.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(done);
      }),
  };
}
