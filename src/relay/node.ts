import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ProofEntry, RelayHandler } from './relay.js';

const MAX_BODY = 16 * 1024;

/** Serves a relay handler with `node:http`: each request becomes a `Request`, each `Response` is written back. */
export function createNodeServer(handler: RelayHandler): Server {
  const server = createServer((req, res) => {
    serve(handler, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'cache-control': 'no-store' });
      res.end();
    });
  });
  // Node closes idle connections after 5 s; a reverse proxy or a busy client that reuses one just
  // then loses its request. Outlast the usual proxy idle timeouts (60 s) instead.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

async function serve(handler: RelayHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { body, tooLarge } = await readBody(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding' || name === 'connection') continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const request = new Request(`http://${req.headers.host ?? 'relay'}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: hasBody ? body : undefined,
  });
  const response = await handler(request, { clientIp: req.socket.remoteAddress });
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => (out[name] = value));
  // The rest of an oversized body is never read: close the connection rather than drain it.
  if (tooLarge) out.connection = 'close';
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** Reads at most MAX_BODY + 1 bytes: enough for the handler to answer 413, no more. */
function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_BODY) {
        req.off('data', onData);
        req.pause();
        resolve({ body: Buffer.concat(chunks).subarray(0, MAX_BODY + 1), tooLarge: true });
      }
    };
    req.on('data', onData);
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge: false }));
    req.on('error', reject);
  });
}

/**
 * An append-only JSON-lines file of consent proofs. Lines are written one at a time through a
 * single handle opened for appending, so concurrent signups never interleave.
 */
export function proofFile(path: string): { record: (entry: ProofEntry) => Promise<void>; close: () => Promise<void> } {
  let handle: Promise<FileHandle> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const get = () => (handle ??= mkdir(dirname(path), { recursive: true }).then(() => open(path, 'a', 0o600)));
  return {
    record(entry) {
      const line = JSON.stringify({ ...entry, recordedAt: new Date().toISOString() }) + '\n';
      const next = queue.then(async () => {
        await (await get()).appendFile(line, 'utf8');
      });
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      if (handle) await (await handle).close();
    },
  };
}
