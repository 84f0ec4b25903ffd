import { configFromEnv, type RelayConfig } from './config.js';
import { createRelay, type RelayHandler } from './relay.js';

let relay: RelayHandler | undefined;

async function handle(request: Request): Promise<Response> {
  // Vercel's edge sets x-forwarded-for to the visitor's IP.
  relay ??= createRelay({ clientIpHeader: 'x-forwarded-for', ...configFromEnv(process.env) } as RelayConfig);
  return relay(request);
}

/** The relay as a Vercel Function (Web handlers per method), configured by `POLE_RELAY_*` variables. */
export { handle as POST, handle as OPTIONS, handle as GET };
