#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, configFromEnv } from './config.js';
import { createNodeServer, proofFile } from './node.js';
import { createRelay } from './relay.js';

const USAGE = `Usage: pole-widgets-relay [--config relay.json] [--port 8787] [--host 127.0.0.1] [--consent-log consent-log.jsonl]

Relays signups from <pole-newsletter-modal> to Brevo, Mailchimp, Mailjet, Listmonk or a webhook.
Configuration: a JSON file and/or POLE_RELAY_* environment variables (these win, so the key can
stay out of the file). See docs/relay.md.`;

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        config: { type: 'string', short: 'c' },
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        'consent-log': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}\n\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  let file: Record<string, unknown> = {};
  if (args.config) {
    try {
      file = JSON.parse(readFileSync(args.config, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      fail(`cannot read the configuration file ${args.config}: ${(e as Error).message}`);
    }
  }
  const config = { ...file, ...configFromEnv(process.env) } as Record<string, unknown>;
  const log = proofFile(args['consent-log'] ?? process.env.POLE_RELAY_CONSENT_LOG ?? String(config.consentLog ?? 'consent-log.jsonl'));
  let handler;
  try {
    handler = createRelay(config as never, { recordProof: log.record });
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  const port = Number(args.port ?? process.env.POLE_RELAY_PORT ?? config.port ?? 8787);
  const host = args.host ?? process.env.POLE_RELAY_HOST ?? String(config.host ?? '127.0.0.1');
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`port: "${port}" is not a port number.`);
  const server = createNodeServer(handler);
  server.on('error', (e) => fail(`cannot listen on ${host}:${port}: ${e.message}`));
  server.listen(port, host, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`pole-widgets-relay: ${config.provider} relay listening on http://${host}:${actual}/`);
  });
  const stop = () => server.close(() => void log.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

function fail(message: string): never {
  console.error(`pole-widgets-relay: ${message}`);
  process.exit(2);
}

main();
