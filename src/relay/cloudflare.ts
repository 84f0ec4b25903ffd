import { configFromEnv, type RelayConfig } from './config.js';
import { createRelay, type RelayHandler } from './relay.js';

let relay: RelayHandler | undefined;

/**
 * The relay as a Cloudflare Worker: configuration from the Worker's variables and secrets
 * (`POLE_RELAY_*`), the visitor's IP from `CF-Connecting-IP`. A bad configuration throws on the
 * first request, so `wrangler tail` shows the reason.
 */
export default {
  async fetch(request: Request, env: Record<string, string | undefined>): Promise<Response> {
    relay ??= createRelay({ clientIpHeader: 'cf-connecting-ip', ...configFromEnv(env) } as RelayConfig);
    return relay(request);
  },
};
