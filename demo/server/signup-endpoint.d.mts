import type { IncomingMessage, ServerResponse } from 'node:http';

export interface EndpointOptions {
  /** Print each demo signup in the terminal. */
  log?: boolean;
  /** Where demo signups are recorded (JSON Lines); default `.data/signups.jsonl`. */
  dataFile?: string;
}

export function signupEndpoint(
  options?: EndpointOptions,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function koaMiddleware(options?: EndpointOptions): (ctx: unknown, next: () => Promise<unknown>) => Promise<unknown>;
