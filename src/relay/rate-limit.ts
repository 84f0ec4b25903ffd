import type { Limit } from './config.js';

/**
 * Fixed-window counters in memory: enough for one process. On serverless platforms each instance
 * counts on its own, so the platform's own rate limiting should stand in front (docs/relay.md).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private calls = 0;

  constructor(private readonly limit: Limit) {}

  /** Counts one attempt for `key`; returns 0 when allowed, else the seconds until the window ends. */
  hit(key: string, now = Date.now()): number {
    if (++this.calls % 1000 === 0) this.prune(now);
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + this.limit.windowSeconds * 1000 };
      this.windows.set(key, w);
    }
    w.count += 1;
    return w.count <= this.limit.max ? 0 : Math.max(1, Math.ceil((w.resetAt - now) / 1000));
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
