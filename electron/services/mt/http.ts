/**
 * One HTTP call to an MT engine with what every engine needs: a timeout, cancellation, retries
 * with backoff on 429 and 5xx (honouring Retry-After), the provider's rate limit, and errors a
 * translator can act on ("is the engine running?", "the key was refused") instead of
 * "fetch failed". Messages name the engine and endpoint, never the key.
 */
import { TinjauError } from '../../../shared/api/errors';
import type { MessageArg, MessageText, Said } from '../../../shared/messages/text';
import { say } from '../../../shared/messages/text';
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
  /** Always set: every MtError is said by key. */
  declare readonly text: MessageText;

  constructor(
    readonly failure: MtFailure,
    message: Said,
  ) {
    super('io', message);
  }

  /** The same failure with a key cut out of its message and arguments, in case an engine echoed it back. */
  redacted(key: string | undefined): MtError {
    return new MtError(this.failure, { message: redact(this.message, key), text: redactText(this.text, key) });
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
        throw new MtError('timeout', say('mt.timeout', { engine: engine.name, seconds: Math.round(t.timeoutMs / 1000) }));
      }
      throw new MtError('down', say('mt.down', { engine: engine.name, endpoint: engine.endpoint, cause: causeOf(err) }));
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new MtError('response', say('mt.notJson', { engine: engine.name, endpoint: engine.endpoint }));
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
  const said = (problem: Said): Said => (detail ? say('mt.engineSaid', { problem, detail }) : problem);
  const code = String(status);
  if (status === 401 || status === 403) return new MtError('auth', said(say('mt.keyRefused', { engine: engine.name, status: code })));
  if (status === 404 || status === 405) return new MtError('endpoint', said(say('mt.noService', { engine: engine.name, endpoint: engine.endpoint, status: code })));
  if (status === 456) return new MtError('quota', said(say('mt.quotaUsedUp', { engine: engine.name })));
  if (status === 429) return new MtError('rate', said(say('mt.tooManyRequests', { engine: engine.name })));
  if (status >= 500) return new MtError('server', said(say('mt.serverError', { engine: engine.name, status: code })));
  return new MtError('request', said(say('mt.rejected', { engine: engine.name, status: code })));
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

/** Removes a key from every text argument of a message, nested ones included. */
function redactText(text: MessageText, key: string | undefined): MessageText {
  const args: Record<string, MessageArg> = {};
  for (const [name, arg] of Object.entries(text.args)) {
    args[name] = typeof arg === 'string' ? redact(arg, key) : typeof arg === 'number' ? arg : redactText(arg, key);
  }
  return { key: text.key, args };
}
