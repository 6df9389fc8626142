/**
 * Local stand-ins for MT engines on 127.0.0.1 (node:http, port 0), each speaking its provider's
 * documented protocol: OpenAI chat completions, LibreTranslate `/translate`, DeepL `/v2/translate`.
 *
 * A script of behaviours drives the next responses ("unauthorized", "rate-limit" then "ok",
 * "server-error", "slow"), and every request is recorded so tests can read the prompt or the
 * auth header. Translations are deterministic: "EN(<text>)".
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = 'ok' | 'unauthorized' | 'forbidden' | 'rate-limit' | 'server-error' | 'slow' | 'not-json';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
}

export interface MtServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Behaviours for the next requests, in order; 'ok' once they run out. */
  script(...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

export const translateFake = (text: string): string => `EN(${text})`;

type Protocol = 'openai' | 'libretranslate' | 'deepl';

/** How long a 'slow' response waits: far beyond the short timeouts the tests set. */
const SLOW_MS = 3_000;

export async function startMtServer(protocol: Protocol, options: { key?: string } = {}): Promise<MtServer> {
  const queue: Behaviour[] = [];
  const requests: RecordedRequest[] = [];
  const pending = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = Buffer.concat(chunks).toString('utf8');
      }
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const behaviour = queue.shift() ?? 'ok';
      if (behaviour === 'slow') {
        pending.add(res);
        const timer = setTimeout(() => answer(protocol, req, res, body, 'ok', options.key), SLOW_MS);
        res.on('close', () => {
          clearTimeout(timer);
          pending.delete(res);
        });
        return;
      }
      answer(protocol, req, res, body, behaviour, options.key);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...b) => queue.push(...b),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of pending) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

function answer(protocol: Protocol, req: IncomingMessage, res: ServerResponse, body: unknown, behaviour: Behaviour, key: string | undefined): void {
  const path = (req.url ?? '').split('?')[0];
  const expected = protocol === 'openai' ? '/v1/chat/completions' : protocol === 'libretranslate' ? '/translate' : '/v2/translate';
  if (req.method !== 'POST' || path !== expected) return send(res, 404, protocol === 'deepl' ? { message: 'Not found' } : { error: 'Not Found' });
  if (behaviour === 'not-json') return send(res, 200, '<html>It works!</html>');
  if (behaviour === 'server-error') return send(res, 500, protocol === 'deepl' ? { message: 'Internal error' } : { error: 'Internal Server Error' });
  if (behaviour === 'rate-limit') {
    const msg = protocol === 'openai' ? { error: { message: 'Rate limit reached', type: 'rate_limit_error' } } : protocol === 'deepl' ? { message: 'Too many requests' } : { error: 'Slowdown: too many requests' };
    return send(res, 429, msg, { 'retry-after': '0' });
  }
  const wrongKey = behaviour === 'unauthorized' || behaviour === 'forbidden' || (key !== undefined && !keyMatches(protocol, req, body, key));
  if (wrongKey) {
    if (protocol === 'openai') return send(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
    if (protocol === 'deepl') return send(res, 403, { message: 'Authorization failed. Please supply a valid auth_key parameter.' });
    return send(res, 403, { error: 'Invalid API key' });
  }
  if (protocol === 'openai') {
    const messages = (body as { messages?: { role: string; content: string }[] }).messages ?? [];
    const user = messages.find((m) => m.role === 'user')?.content ?? '';
    return send(res, 200, { id: 'chatcmpl-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: translateFake(user) }, finish_reason: 'stop' }] });
  }
  if (protocol === 'libretranslate') {
    const q = (body as { q?: string | string[] }).q ?? '';
    return send(res, 200, { translatedText: Array.isArray(q) ? q.map(translateFake) : translateFake(q) });
  }
  const texts = (body as { text?: string[] }).text ?? [];
  return send(res, 200, { translations: texts.map((t) => ({ detected_source_language: 'ID', text: translateFake(t) })) });
}

function keyMatches(protocol: Protocol, req: IncomingMessage, body: unknown, key: string): boolean {
  if (protocol === 'openai') return req.headers.authorization === `Bearer ${key}`;
  if (protocol === 'deepl') return req.headers.authorization === `DeepL-Auth-Key ${key}`;
  return (body as { api_key?: string }).api_key === key;
}
