/**
 * One HTTP call to an MT engine with what every engine needs: a timeout, cancellation, retries
 * with backoff on 429 and 5xx (honouring Retry-After), the provider's rate limit, and errors a
 * translator can act on ("is the engine running?", "the key was refused") instead of
 * "fetch failed". Messages name the engine and endpoint, never the key.
 */
import { TinjauError } from '../../../shared/api/errors';
import type { MtTiming } from './provider';
import type { RateLimiter } from './rate-limit';
import { abortError, sleep } from './rate-limit';

export interface EngineRef {
  readonly name: string;
  readonly endpoint: string;
}

export interface JsonRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly signal?: AbortSignal | undefined;
}

const DEFAULTS: Required<MtTiming> = { timeoutMs: 60_000, retries: 3, backoffMs: 500, maxRetryAfterMs: 30_000 };

/** Why a call failed, for tests and callers that react differently (a wrong key is not retried). */
export type MtFailure = 'down' | 'auth' | 'endpoint' | 'rate' | 'quota' | 'server' | 'timeout' | 'response' | 'request';

export class MtError extends TinjauError {
  constructor(
    readonly failure: MtFailure,
    message: string,
  ) {
    super('io', message);
  }
}

export function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

/** POSTs JSON and returns the parsed answer, retrying what is worth retrying. */
export async function postJson(engine: EngineRef, req: JsonRequest, limiter: RateLimiter, timing: MtTiming = {}): Promise<unknown> {
  const t = { ...DEFAULTS, ...timing };
  for (let attempt = 0; ; attempt++) {
    await limiter.take(req.signal);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), t.timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout.signal]) : timeout.signal;
    let res: Response;
    let text: string;
    try {
      res = await fetch(req.url, { method: 'POST', headers: { 'content-type': 'application/json', ...req.headers }, body: JSON.stringify(req.body), signal });
      text = await res.text();
    } catch (err) {
      if (req.signal?.aborted) throw abortError();
      if (timeout.signal.aborted) {
        throw new MtError('timeout', `${engine.name} did not answer within ${Math.round(t.timeoutMs / 1000)} s. A local engine may still be loading its model; try again, or pick a smaller model.`);
      }
      throw new MtError('down', `${engine.name} is not answering at ${engine.endpoint}. Check that the engine is running and the address is right (${causeOf(err)}).`);
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new MtError('response', `${engine.name} answered with something that is not a translation (not JSON). Check that ${engine.endpoint} is the right kind of engine.`);
      }
    }
    const retryable = res.status === 429 || res.status >= 500;
    if (retryable && attempt < t.retries) {
      await sleep(retryDelay(res, attempt, t), req.signal);
      continue;
    }
    throw statusError(engine, res.status, text);
  }
}

function retryDelay(res: Response, attempt: number, t: Required<MtTiming>): number {
  const header = res.headers.get('retry-after');
  const seconds = header !== null ? Number(header) : NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, t.maxRetryAfterMs);
  // Exponential backoff with jitter, so several clients do not retry in step.
  return t.backoffMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
}

function statusError(engine: EngineRef, status: number, body: string): MtError {
  const detail = engineMessage(body);
  const said = detail ? ` The engine said: "${detail}".` : '';
  if (status === 401 || status === 403) return new MtError('auth', `${engine.name} refused the API key (HTTP ${status}). Check the key in the machine translation settings.${said}`);
  if (status === 404 || status === 405) return new MtError('endpoint', `${engine.name} has no translation service at ${engine.endpoint} (HTTP ${status}). Check the endpoint address.${said}`);
  if (status === 456) return new MtError('quota', `${engine.name}: the account's translation quota is used up (HTTP 456).${said}`);
  if (status === 429) return new MtError('rate', `${engine.name} is getting too many requests (HTTP 429) and still refused after retrying. Wait a minute, or lower its requests per minute in the settings.${said}`);
  if (status >= 500) return new MtError('server', `${engine.name} had an internal error (HTTP ${status}) and still failed after retrying. Try again later or check the engine's own log.${said}`);
  return new MtError('request', `${engine.name} rejected the request (HTTP ${status}).${said}`);
}

/** The engine's own error text, short; a key an engine echoes back is cut out by the caller's redaction. */
function engineMessage(body: string): string {
  let msg = body;
  try {
    const j = JSON.parse(body) as { error?: unknown; message?: unknown };
    const e = j.error;
    msg = typeof e === 'string' ? e : typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : typeof j.message === 'string' ? j.message : body;
  } catch {
    // Plain text or HTML: take it as it is, shortened.
  }
  return msg.replace(/\s+/g, ' ').trim().slice(0, 200);
}

function causeOf(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  if (cause && typeof cause.message === 'string') return cause.message;
  return err instanceof Error ? err.message : String(err);
}

/** Removes a key from a message, in case an engine echoed it back. */
export function redact(message: string, key: string | undefined): string {
  return key && key.length >= 4 ? message.split(key).join('•••') : message;
}
