/**
 * pole-widgets/relay: a small server-side relay between `<pole-newsletter-modal>` and a mailing
 * service, so that the service's secret key never reaches a browser. See docs/relay.md.
 */
export { createRelay, type ProofEntry, type RelayContext, type RelayHandler, type RelayOptions } from './relay.js';
export { ConfigError, PROVIDERS, configFromEnv, parseConfig, type CheckedConfig, type Limit, type ProviderName, type RelayConfig } from './config.js';
export type { ConsentProof, Outcome, Provider, Signup } from './providers.js';
export { createNodeServer, proofFile } from './node.js';
