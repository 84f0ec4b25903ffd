import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ProofEntry, RelayHandler } from './relay.js';

const MAX_BODY = 16 * 1024;

/** Serves a relay handler with `node:http`: each request becomes a `Request`, each `Response` is written back. */
export function createNodeServer(handler: RelayHandler): Server {
  return createServer((req, res) => {
    serve(handler, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'cache-control': 'no-store' });
      res.end();
    });
  });
}

async function serve(handler: RelayHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Stop reading early: the handler answers 413 from the declared length.
    if (size > MAX_BODY) break;
    chunks.push(chunk);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  if (size > MAX_BODY) headers.set('content-length', String(size));
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
  const request = new Request(`http://${req.headers.host ?? 'relay'}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
  const response = await handler(request, { clientIp: req.socket.remoteAddress });
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => (out[name] = value));
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
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
