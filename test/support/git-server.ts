/**
 * A real git server for the team tests: Debian's `git http-backend` (the CGI that ships with git)
 * behind a few lines of node:http, on 127.0.0.1 and a free port. Bare repositories live in
 * `root`; a request must carry the token (HTTP Basic, any user name) when one is set.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

export const GIT_HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

export interface GitServer {
  readonly url: string;
  /** The address of bare repository `name` (created with `createRepo`). */
  repoUrl(name: string): string;
  /** Creates an empty bare repository that accepts pushes. */
  createRepo(name: string): string;
  /** Stops listening (the network is gone for the clients); `start()` listens again on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startGitServer(root: string, options: { token?: string } = {}): Promise<GitServer> {
  mkdirSync(root, { recursive: true });
  let port = 0;
  let server: http.Server | null = null;
  const sockets = new Set<Socket>();

  const handle = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    if (options.token) {
      const auth = req.headers.authorization ?? '';
      const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString() : '';
      if (decoded.slice(decoded.indexOf(':') + 1) !== options.token) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="tinjau-test"' });
        res.end('unauthorized');
        return;
      }
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cgi = spawn(GIT_HTTP_BACKEND, [], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: 'tester',
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
        GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
      },
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let headersDone = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString().split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    cgi.stdout.on('end', () => res.end());
    cgi.on('error', () => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };

  const start = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const next = http.createServer(handle);
      next.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as AddressInfo).port;
        server = next;
        resolve();
      });
    });
  await start();

  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    repoUrl: (name) => `http://127.0.0.1:${port}/${name}`,
    createRepo(name) {
      const dir = path.join(root, name);
      spawnSync('git', ['init', '--bare', '-q', '-b', 'main', dir], { stdio: 'ignore' });
      spawnSync('git', ['--git-dir', dir, 'config', 'http.receivepack', 'true'], { stdio: 'ignore' });
      return dir;
    },
    stop: () =>
      new Promise((resolve) => {
        const current = server;
        server = null;
        if (!current) return resolve();
        for (const socket of sockets) socket.destroy();
        current.close(() => resolve());
      }),
    start,
  };
}
