import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../electron/bridge/server';
import { startBridge } from '../../electron/bridge/server';
import { createHandlers } from '../../electron/services/api';
import { Workspace } from '../../electron/services/workspace';
import { renderMessage, type MessageText } from '../../shared/messages/text';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
let bridge: Bridge | null = null;
let workspace: Workspace | null = null;

afterEach(async () => {
  await bridge?.close();
  await workspace?.close();
  bridge = null;
  workspace = null;
});

async function start(): Promise<Bridge> {
  const dir = tempDir();
  const staticDir = path.join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><title>Tinjau</title></head><body></body></html>');
  workspace = await Workspace.create({ dataDir: path.join(dir, 'data'), owner: 'test' });
  bridge = await startBridge({ handlers: createHandlers(workspace, { version: 't', transport: 'web', dataDir: dir }), staticDir });
  return bridge;
}

function call(b: Bridge, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: b.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('loopback bridge', () => {
  it('refuses an API call without the token', async () => {
    const b = await start();
    const res = await call(b, { path: '/api/projects:recent', method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    const wrong = await call(b, { path: '/api/projects:recent', method: 'POST', body: '{}', headers: { 'x-tinjau-token': 'nope' } });
    expect(wrong.status).toBe(401);
  });

  it('refuses the page itself without the token, and lets the tokened address in with a cookie', async () => {
    const b = await start();
    expect((await call(b, { path: '/' })).status).toBe(401);
    const visit = await call(b, { path: `/?token=${b.token}` });
    expect(visit.status).toBe(302);
    const cookie = String(visit.headers['set-cookie']).split(';')[0] as string;
    expect(String(visit.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await call(b, { path: '/', headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="tinjau-token" content="${b.token}">`);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    // The tokened address only ever leads to this server, never to "//another.site".
    const offsite = await call(b, { path: `/.//evil.example/?token=${b.token}` });
    expect(offsite.status).toBe(302);
    expect(offsite.headers.location).toBe('/evil.example/');
  });

  it('answers a body that is not JSON with a message in both languages', async () => {
    const b = await start();
    const res = await call(b, { path: '/api/projects:recent', method: 'POST', body: '{nope', headers: { 'x-tinjau-token': b.token, 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body) as { error: { message: string; text: MessageText } };
    expect(body.error.message).toBe('The request is not JSON');
    expect(renderMessage(body.error.text, 'id')).toBe('Permintaan ini bukan JSON');
  });

  it('refuses calls from another origin and another Host name even with the token', async () => {
    const b = await start();
    const headers = { 'x-tinjau-token': b.token, 'content-type': 'application/json' };
    const evil = await call(b, { path: '/api/projects:recent', method: 'POST', body: '{}', headers: { ...headers, origin: 'http://evil.example' } });
    expect(evil.status).toBe(403);
    const rebound = await call(b, { path: '/api/projects:recent', method: 'POST', body: '{}', headers: { ...headers, host: `evil.example:${b.port}` } });
    expect(rebound.status).toBe(421);
  });

  it('serves the contract with the token: results and typed errors', async () => {
    const b = await start();
    const headers = { 'x-tinjau-token': b.token, origin: `http://127.0.0.1:${b.port}` };
    const sample = JSON.parse((await call(b, { path: '/api/projects:openSample', method: 'POST', body: '{}', headers })).body);
    expect(sample.ok).toBe(true);
    expect(sample.value.documents).toHaveLength(1);
    const bad = JSON.parse((await call(b, { path: '/api/segments:update', method: 'POST', body: '{"project":""}', headers })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const missing = JSON.parse(
      (await call(b, { path: '/api/segments:list', method: 'POST', body: JSON.stringify({ project: sample.value.path, documentId: 'nope' }), headers })).body,
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: 'No document nope in this project' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    const b = await start();
    const res = await call(b, { path: '/..%2f..%2fdata%2fsettings.json', headers: { 'x-tinjau-token': b.token } });
    expect(res.status).toBe(404);
  });

  it('answers a malformed percent-encoding with 400 and a message, not 500 with the exception', async () => {
    const b = await start();
    const page = await call(b, { path: '/%', headers: { 'x-tinjau-token': b.token } });
    expect(page.status).toBe(400);
    expect(page.body).not.toMatch(/URIError|bridge error/);
    const api = await call(b, { path: '/api/projects%zz', method: 'POST', body: '{}', headers: { 'x-tinjau-token': b.token } });
    expect(api.status).toBe(400);
    const body = JSON.parse(api.body) as { ok: boolean; error: { code: string; text: MessageText } };
    expect(body.error.code).toBe('invalid-input');
    expect(renderMessage(body.error.text, 'en')).toMatch(/percent sign/);
    expect(renderMessage(body.error.text, 'id')).toMatch(/tanda persen/);
  });
});

describe('stopping the bridge', () => {
  it('stops at once even while a browser keeps a connection open', async () => {
    const b = await start();
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: b.port, path: `/?token=${b.token}`, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      });
      req.on('error', reject);
      req.end();
    });
    let closed = false;
    const closing = b.close().then(() => (closed = true));
    await Promise.race([closing, new Promise((r) => setTimeout(r, 3000))]);
    expect(closed).toBe(true);
    bridge = null;
    agent.destroy();
  });
});
