import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/api/contract';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import { dispatch } from '../services/api';
import { MIME } from '../window-security';
import type { createHandlers } from '../services/api';
import { formatBytes } from '../services/files';

export interface BridgeOptions {
  readonly handlers: ReturnType<typeof createHandlers>;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
  readonly port?: number;
  readonly token?: string;
}

export interface Bridge {
  readonly port: number;
  readonly token: string;
  /** The address to open: it carries the token once, then a cookie does. */
  readonly url: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-tinjau-token';
const COOKIE = 'tinjau_token';
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";


/**
 * The loopback transport: the same contract as Electron IPC, over HTTP on 127.0.0.1 only.
 *
 * Every request needs the per-run token (a cookie set by the first visit, or a header); API calls
 * need the header itself and, when a browser sends one, our own Origin, so another site open in
 * the same browser cannot drive the API. The Host check stops DNS-rebinding.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Tinjau bridge error: ${String(err)}`);
      else res.destroy();
    });
  });

  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Wrong host');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const queryToken = url.searchParams.get('token');
    if (req.method === 'GET' && queryToken !== null) {
      if (!sameToken(queryToken, token)) return send(res, 401, 'text/plain; charset=utf-8', unauthorizedText);
      res.writeHead(302, {
        'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        // One leading slash: "//host" would send the browser to another site.
        Location: `/${url.pathname.replace(/^\/+/, '')}`,
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts().map((h) => `http://${h}`).includes(origin)) {
        return send(res, 403, 'text/plain', 'Cross-origin requests are refused');
      }
      if (!sameToken(String(req.headers[TOKEN_HEADER] ?? ''), token)) return send(res, 401, 'text/plain; charset=utf-8', unauthorizedText);
      const body = await readBody(req, Math.ceil(MAX_IMPORT_BYTES * 1.5));
      if (body === null) return sendJson(res, 413, { ok: false, error: new TinjauError('too-large', say('bridge.requestTooLarge', { limit: formatBytes(MAX_IMPORT_BYTES) })).toBody() });
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: new TinjauError('invalid-input', say('bridge.notJson')).toBody() });
      }
      const channel = decodePath(url.pathname.slice(5));
      if (channel === null) return sendJson(res, 400, { ok: false, error: new TinjauError('invalid-input', say('bridge.badAddress')).toBody() });
      const result = await dispatch(options.handlers, channel, input);
      return sendJson(res, 200, result);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
    if (!sameToken(cookieToken(req) ?? String(req.headers[TOKEN_HEADER] ?? ''), token)) {
      return send(res, 401, 'text/plain; charset=utf-8', unauthorizedText);
    }
    return serveStatic(res, url.pathname);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const root = path.resolve(options.staticDir);
    const rel = decodePath(pathname === '/' ? '/index.html' : pathname);
    if (rel === null) return send(res, 400, 'text/plain; charset=utf-8', 'Bad address: a percent sign (%) must be followed by two hexadecimal digits.');
    const file = path.resolve(root, '.' + rel);
    if (!file.startsWith(root + path.sep)) return send(res, 404, 'text/plain', 'Not found');
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
    if (file.endsWith('index.html')) {
      data = Buffer.from(
        data.toString('utf8').replace('<head>', `<head><meta name="tinjau-token" content="${token}"><meta name="tinjau-transport" content="web">`),
      );
    }
    send(res, 200, MIME[path.extname(file)] ?? 'application/octet-stream', data);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    // Browsers keep idle connections open; close them too, or stopping waits on the browser.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const unauthorizedText = 'Tinjau: this address needs the access token. Open the address that `npm run web` printed.';

/** The decoded path, or null for a malformed percent-encoding ("/%", "/%zz"): a bad request, not a crash. */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v) return v;
  }
  return null;
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
