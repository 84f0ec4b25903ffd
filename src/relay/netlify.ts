import { configFromEnv, type RelayConfig } from './config.js';
import { createRelay, type RelayHandler } from './relay.js';

let relay: RelayHandler | undefined;

/** The relay as a Netlify Function (v2, Request → Response), configured by `POLE_RELAY_*` variables. */
export default async function handler(request: Request, context?: { ip?: string }): Promise<Response> {
  relay ??= createRelay(configFromEnv(process.env) as RelayConfig);
  return relay(request, { clientIp: context?.ip });
}
