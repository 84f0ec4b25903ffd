// Bytes a page costs: each response body as served (raw) and as a server would compress it
// (gzip level 9, brotli quality 11), file by file, split into JS, CSS, HTML and the rest.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileFor } from './server.mjs';

const cache = new Map();

const measure = (body) => ({
  raw: body.length,
  gzip: gzipSync(body, { level: 9 }).length,
  brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

function sizes(file) {
  if (!cache.has(file)) cache.set(file, measure(readFileSync(file)));
  return cache.get(file);
}

/**
 * The widget's own inline `<style data-bench-widget>` and `<script data-bench-widget>` blocks of a
 * page (the floor pastes its CSS and JS inline, as a CMS's "additional CSS" field does): measured
 * as JS and CSS, each block on its own.
 */
function inlineBlocks(file) {
  const html = readFileSync(file, 'utf8');
  const out = [];
  for (const m of html.matchAll(/<(style|script)\b[^>]*\bdata-bench-widget\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    out.push({ kind: m[1] === 'style' ? 'css' : 'js', ...measure(Buffer.from(m[2])) });
  }
  return out;
}

const kindOf = (file) => {
  const ext = extname(file);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.html') return 'html';
  return 'other';
};

/** Sums the sizes of the distinct same-origin URLs a run requested. */
export function bytesOf(urls) {
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0, files: 0 });
  const out = { js: zero(), css: zero(), html: zero(), other: zero(), inline: { js: zero(), css: zero() }, files: [] };
  for (const url of new Set(urls)) {
    const file = fileFor(new URL(url).pathname);
    if (!file) continue;
    let s;
    try {
      s = sizes(file);
    } catch {
      continue; // a 404: nothing was transferred but the error page
    }
    const kind = kindOf(file);
    const k = out[kind];
    k.raw += s.raw;
    k.gzip += s.gzip;
    k.brotli += s.brotli;
    k.files += 1;
    out.files.push({ path: new URL(url).pathname, ...s });
    if (kind === 'html') {
      for (const b of inlineBlocks(file)) {
        const t = out.inline[b.kind];
        t.raw += b.raw;
        t.gzip += b.gzip;
        t.brotli += b.brotli;
        t.files += 1;
        out.files.push({ path: `${new URL(url).pathname} (inline ${b.kind})`, ...b });
      }
    }
  }
  const add = (...ks) => Object.fromEntries(['raw', 'gzip', 'brotli', 'files'].map((f) => [f, ks.reduce((a, k) => a + k[f], 0)]));
  // Inline blocks count as the widget's JS and CSS; "all" is what went over the wire (they are in the HTML).
  out.jsCss = add(out.js, out.css, out.inline.js, out.inline.css);
  out.all = add(out.js, out.css, out.html, out.other);
  return out;
}
