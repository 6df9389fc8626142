/**
 * A per-provider request rate limit: requests are spaced evenly so a minute never holds more
 * than the configured number (a paid API's quota, or a small local server that falls over).
 */
export class RateLimiter {
  private next = 0;

  constructor(
    private readonly perMinute: number | undefined,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Waits until the next request may go out; rejects when the signal aborts first. */
  async take(signal?: AbortSignal): Promise<void> {
    if (!this.perMinute) return;
    const now = this.clock();
    const at = Math.max(now, this.next);
    this.next = at + 60_000 / this.perMinute;
    if (at > now) await sleep(at - now, signal);
  }
}

/** setTimeout as a promise that an AbortSignal can cut short. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortError(): Error {
  const err = new Error('Cancelled');
  err.name = 'AbortError';
  return err;
}
