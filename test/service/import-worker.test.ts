import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../electron/bridge/server';
import { startBridge } from '../../electron/bridge/server';
import { createHandlers } from '../../electron/services/api';
import { Workspace } from '../../electron/services/workspace';
import type { ImportWorkerOptions } from '../../electron/services/import/run-in-worker';
import { renderMessage, type MessageText } from '../../shared/messages/text';
import { importWorkerForTests } from '../support/import-worker';
import { corpusFile, FIXTURES_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

/** An article of the corpus `copies` times over, as an import payload (about 5 kB a copy). */
function bigText(copies: number, name = 'besar.txt') {
  const article = readFileSync(corpusFile('id', '000'), 'utf8').trim();
  return { name, base64: Buffer.from(Array.from({ length: copies }, () => article).join('\n\n')).toString('base64') };
}

async function workspaceWith(worker?: Partial<ImportWorkerOptions>) {
  const importWorker = worker ? { path: await importWorkerForTests(), ...worker } : undefined;
  const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test', ...(importWorker ? { importWorker } : {}) });
  open.push(ws);
  const project = (await ws.createProject('Besar')).path;
  const handlers = createHandlers(ws, { version: 't', transport: 'web', dataDir: tempDir() });
  return { ws, project, handlers };
}

/** Every file of the project folder with its size: what "the project is as it was" compares. */
function folderState(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== 'lock') out[path.relative(dir, full)] = statSync(full).size;
    }
  };
  walk(dir);
  return out;
}

function post(b: Bridge, channel: string, body: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: b.port, path: `/api/${channel}`, method: 'POST', headers: { 'x-tinjau-token': b.token, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

describe('imports in a worker thread', () => {
  it('leaves the web bridge answering other requests while a large file is imported', async () => {
    const { project, handlers } = await workspaceWith({});
    const bridge = await startBridge({ handlers, staticDir: tempDir() });
    open.push(bridge);
    let imported = false;
    const importing = post(bridge, 'documents:import', { project, source: bigText(2500), segmentation: 'sentence', jobId: 'import-live-test' }).then((r) => {
      imported = true;
      return r;
    });
    // Project reads, one after the other, for as long as the import runs: each one answered
    // before the import's own answer arrives is a request the import did not hold up.
    let answeredMeanwhile = 0;
    while (!imported) {
      const read = await post(bridge, 'projects:open', { project });
      expect(read.ok).toBe(true);
      if (!imported) answeredMeanwhile++;
    }
    const result = await importing;
    expect(result.ok).toBe(true);
    expect((result.value as { document: { progress: { segments: number } } }).document.progress.segments).toBeGreaterThan(10_000);
    // In the main thread the reads would wait for the import and get at most a turn between its stages.
    expect(answeredMeanwhile).toBeGreaterThanOrEqual(10);
    expect(await handlers['jobs:progress']({ jobId: 'import-live-test' })).toMatchObject({ finished: true, cancelled: false, done: 4, total: 4 });
  }, 120_000);

  it('stops at Cancel with nothing written to the project', async () => {
    const { ws, project, handlers } = await workspaceWith({});
    await ws.flush();
    const before = folderState(project);
    const jobId = 'import-cancel-test';
    const running = handlers['documents:import']({ project, source: bigText(2500), segmentation: 'sentence', jobId });
    const outcome = running.then(
      () => 'imported',
      (err: Error) => err.message,
    );
    let progress = await handlers['jobs:progress']({ jobId });
    while (!progress) progress = await handlers['jobs:progress']({ jobId });
    expect(progress.finished).toBe(false);
    expect(await handlers['jobs:cancel']({ jobId })).toBe(true);
    expect(await outcome).toBe('The import was cancelled; the project is as it was.');
    expect(await handlers['jobs:progress']({ jobId })).toMatchObject({ finished: true, cancelled: true });
    expect((await ws.summary(project)).documents).toHaveLength(0);
    await ws.flush();
    expect(folderState(project)).toEqual(before);
    // The project takes the next import as usual.
    const again = await handlers['documents:import']({ project, source: bigText(2) });
    expect(again.document.progress.segments).toBeGreaterThan(0);
  });

  it('reads Office files in the worker as in the main process (their zip and XML libraries are bundled into it)', async () => {
    const inWorker = await workspaceWith({});
    const inProcess = await workspaceWith();
    for (const file of ['docs/artikel.docx', 'docs/bilingual.xlsx']) {
      const source = { name: path.basename(file), base64: readFileSync(path.join(FIXTURES_DIR, file)).toString('base64') };
      const texts = async (w: Awaited<ReturnType<typeof workspaceWith>>) => {
        const { document } = await w.ws.importDocument({ project: w.project, source });
        return (await w.ws.listSegments(w.project, document.id)).map((seg) => [seg.source, seg.draft?.text ?? null]);
      };
      const fromWorker = await texts(inWorker);
      expect(fromWorker.length).toBeGreaterThan(1);
      expect(fromWorker).toEqual(await texts(inProcess));
    }
  }, 60_000);

  it('refuses a malformed file with the same message as an import in the main process', async () => {
    const broken = { name: 'rusak.xlf', base64: Buffer.from('<?xml version="1.0"?><xliff version="1.2"><file source-language="id"><body><trans-unit id="1"><source>Halo</target></body></file></xliff>').toString('base64') };
    const inWorker = await workspaceWith({});
    const inProcess = await workspaceWith();
    const fails = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (err: Error & { code?: string; text?: MessageText }) => err,
      );
    const a = await fails(inWorker.ws.importDocument({ project: inWorker.project, source: broken }));
    const b = await fails(inProcess.ws.importDocument({ project: inProcess.project, source: broken }));
    expect(a?.message).toMatch(/rusak\.xlf/);
    expect(a?.message).toBe(b?.message);
    expect(a?.code).toBe(b?.code);
    expect(a?.text).toEqual(b?.text);
    expect((await inWorker.ws.summary(inWorker.project)).documents).toHaveLength(0);
  });

  it('stops a file that needs more memory than an import may take, with a message, and keeps running', async () => {
    const { ws, project, handlers } = await workspaceWith({ maxMemoryMb: 64 });
    const err = await handlers['documents:import']({ project, source: bigText(4000, 'raksasa.txt'), segmentation: 'sentence' }).then(
      () => null,
      (e: Error & { code?: string; text?: MessageText }) => e,
    );
    expect(err?.code).toBe('too-large');
    expect(err?.message).toBe('raksasa.txt needs more than the 64 MB of memory an import may take, so it was stopped; the project is as it was. Split the file into smaller files and import them one by one.');
    expect(err?.text && renderMessage(err.text, 'id')).toMatch(/^raksasa\.txt memerlukan lebih dari 64 MB memori/);
    expect((await ws.summary(project)).documents).toHaveLength(0);
    // The process (and the worker for the next file) is fine.
    expect((await handlers['documents:import']({ project, source: bigText(2) })).document.progress.segments).toBeGreaterThan(0);
  }, 120_000);
});
