import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGlossaryHandlers } from '../../electron/services/glossary/handlers';
import { createTmHandlers } from '../../electron/services/tm/handlers';
import { tmServicesOf } from '../../electron/services/tm/tm-services';
import { Workspace } from '../../electron/services/workspace';
import { renderMessage } from '../../shared/messages/text';
import type { MtServer } from '../support/mt-servers';
import { startMtServer } from '../support/mt-servers';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const b64 = (text: string) => Buffer.from(text).toString('base64');
const servers: MtServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

const TMX = `<?xml version="1.0"?><tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="id"><seg>Banjir melanda 12 desa di Kabupaten Sukamaju.</seg></tuv><tuv xml:lang="en"><seg>Floods hit 12 villages in Sukamaju Regency.</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>Warga mengungsi ke balai desa.</seg></tuv><tuv xml:lang="en"><seg>Residents fled to the village hall.</seg></tuv></tu>
</body></tmx>`;

async function setup(paragraphs: string[], timing = { timeoutMs: 10_000, retries: 1, backoffMs: 5 }) {
  const root = tempDir();
  const ws = await Workspace.create({ dataDir: path.join(root, 'data'), owner: 'test' });
  tmServicesOf(ws, { mtTiming: timing });
  const tm = createTmHandlers(ws);
  const project = (await ws.createProject('Praterjemah', root)).path;
  const { document } = await ws.importDocument({ project, source: { name: 'berita.txt', base64: b64(paragraphs.join('\n\n')) } });
  await tm['tm:import']({ project, file: { name: 'lama.tmx', base64: b64(TMX) } });
  const done = async () => {
    tmServicesOf(ws).close();
    await ws.close();
  };
  return { root, ws, tm, project, doc: document.id, done };
}

describe('pre-translation', () => {
  it('fills empty drafts from TM matches at or above the threshold, with origin, percentage and a revision', async () => {
    const { ws, tm, project, doc, done } = await setup([
      'Banjir melanda 15 desa di Kabupaten Sukamaju.',
      'Warga mengungsi ke balai desa.',
      'Presiden meresmikan jembatan baru.',
    ]);
    const result = await tm['tm:pretranslate']({ project, documentId: doc, tmThreshold: 85 });
    expect(result).toMatchObject({ filled: 2, fromTm: 2, fromMt: 0, cancelled: false, errors: [] });
    const [a, b, c] = await ws.listSegments(project, doc);
    expect(a?.draft).toMatchObject({ text: 'Floods hit 12 villages in Sukamaju Regency.', origin: 'tm', engine: 'Praterjemah' });
    expect(a?.draft?.matchPercent).toBeGreaterThanOrEqual(95);
    expect(a?.draft?.matchPercent).toBeLessThan(100);
    expect(a).toMatchObject({ status: 'draft', target: 'Floods hit 12 villages in Sukamaju Regency.' });
    expect(b?.draft).toMatchObject({ origin: 'tm', matchPercent: 100 });
    expect(c?.draft).toBeNull();
    expect((await ws.revisions(project, a?.id ?? '')).map((r) => r.origin)).toEqual(['draft-import']);
    // Run again: nothing left to fill from the TM, drafts already made are not touched.
    expect((await tm['tm:pretranslate']({ project, documentId: doc, tmThreshold: 85 })).filled).toBe(0);
    await done();
  });

  it('with segmentIds fills only those, and never a segment with a target or an excluded one', async () => {
    const { ws, tm, project, doc, done } = await setup(['Warga mengungsi ke balai desa.', 'Warga mengungsi ke balai desa.', 'Warga mengungsi ke balai desa.']);
    const [a, b, c] = await ws.listSegments(project, doc);
    await ws.updateSegment({ project, segmentId: b?.id ?? '', target: 'People left.' });
    await (await ws.segmentService(project)).setExcluded([c?.id ?? ''], true);
    const result = await tm['tm:pretranslate']({ project, documentId: doc, tmThreshold: 85, segmentIds: [a?.id ?? '', b?.id ?? '', c?.id ?? ''] });
    expect(result).toMatchObject({ filled: 1, fromTm: 1 });
    expect((await ws.listSegments(project, doc)).map((s) => s.target)).toEqual(['Residents fled to the village hall.', 'People left.', '']);
    await done();
  });

  it('fills the rest by MT with the engine name, and the prompt carries the glossary terms', async () => {
    const { ws, tm, project, doc, done } = await setup(['Warga mengungsi ke balai desa.', 'Kerja sama kedua negara dilanggar.', 'Harga cabai naik.']);
    const server = await startMtServer('openai');
    servers.push(server);
    await createGlossaryHandlers(ws)['glossary:save']({
      project,
      fields: { sourceTerms: ['kerja sama'], targets: [{ text: 'cooperation', status: 'preferred' }, { text: 'collaboration', status: 'forbidden' }], caseSensitive: false },
    });
    await tm['mt:saveProvider']({ id: 'ollama', kind: 'openai', name: 'Ollama', endpoint: `${server.url}/v1`, model: 'qwen2.5:7b' });
    const result = await tm['tm:pretranslate']({ project, documentId: doc, tmThreshold: 85, mt: 'ollama' });
    expect(result).toMatchObject({ filled: 3, fromTm: 1, fromMt: 2, cancelled: false });
    const segments = await ws.listSegments(project, doc);
    expect(segments[1]?.draft).toEqual({ text: 'EN(Kerja sama kedua negara dilanggar.)', origin: 'mt', engine: 'Ollama (qwen2.5:7b)' });
    const prompts = server.requests.map((r) => (r.body as { messages: { content: string }[] }).messages[0]?.content ?? '');
    expect(prompts[0]).toContain('"Kerja sama" → "cooperation"');
    expect(prompts[0]).toContain('"collaboration"');
    expect(prompts[1]).not.toContain('cooperation');
    await done();
  });

  it('can be cancelled while the engine is working, keeping what was filled', async () => {
    const { tm, ws, project, doc, done } = await setup(['Warga mengungsi ke balai desa.', 'Harga cabai naik.', 'Jalan rusak parah.']);
    const server = await startMtServer('libretranslate');
    servers.push(server);
    server.script('slow');
    await tm['mt:saveProvider']({ id: 'libre', kind: 'libretranslate', name: 'LibreTranslate LAN', endpoint: server.url });
    const jobId = 'pretranslate-cancel-1';
    const running = tm['tm:pretranslate']({ project, documentId: doc, tmThreshold: 85, mt: 'libre', jobId });
    for (let i = 0; i < 400 && server.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(server.requests).toHaveLength(1);
    const jobs = tmServicesOf(ws).jobs;
    expect(jobs.progress(jobId)).toMatchObject({ label: 'Pre-translation', finished: false });
    expect(jobs.cancel(jobId)).toBe(true);
    const result = await running;
    expect(result).toMatchObject({ cancelled: true, fromTm: 1, fromMt: 0 });
    expect(jobs.progress(jobId)).toMatchObject({ finished: true, cancelled: true });
    expect((await ws.listSegments(project, doc)).map((s) => s.draft?.origin ?? null)).toEqual(['tm', null, null]);
    await done();
  });

  it('leaves a segment the reviewer edits while the engine works', async () => {
    const { tm, ws, project, doc, done } = await setup(['Harga cabai naik.', 'Jalan rusak parah.']);
    const server = await startMtServer('libretranslate');
    servers.push(server);
    server.script('slow');
    await tm['mt:saveProvider']({ id: 'libre', kind: 'libretranslate', name: 'LibreTranslate LAN', endpoint: server.url });
    const running = tm['tm:pretranslate']({ project, documentId: doc, tmThreshold: 85, mt: 'libre' });
    for (let i = 0; i < 400 && server.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    const [first] = await ws.listSegments(project, doc);
    await ws.updateSegment({ project, segmentId: first?.id ?? '', target: 'Chilli prices went up.' });
    expect(await running).toMatchObject({ fromMt: 1, cancelled: false });
    const after = await ws.listSegments(project, doc);
    expect(after.map((s) => s.target)).toEqual(['Chilli prices went up.', 'EN(Jalan rusak parah.)']);
    await done();
  });

  it('reports an engine that refuses the key as an error, filling what the TM covers', async () => {
    const { tm, project, doc, done } = await setup(['Warga mengungsi ke balai desa.', 'Harga cabai naik.']);
    const server = await startMtServer('deepl', { key: 'the-right-key' });
    servers.push(server);
    await tm['mt:saveProvider']({ id: 'deepl', kind: 'deepl', name: 'DeepL', endpoint: server.url, apiKey: 'a-wrong-key-123' });
    const result = await tm['tm:pretranslate']({ project, documentId: doc, tmThreshold: 85, mt: 'deepl' });
    expect(result).toMatchObject({ fromTm: 1, fromMt: 0, cancelled: false });
    expect(result.errors[0]?.message).toMatch(/DeepL refused the API key/);
    expect(result.errors[0] && renderMessage(result.errors[0].text, 'id')).toMatch(/^DeepL menolak kunci API \(HTTP 403\)/);
    expect(JSON.stringify(result.errors)).not.toContain('a-wrong-key-123');
    expect(await tm['mt:test']({ id: 'deepl' })).toMatchObject({ ok: false });
    await tm['mt:saveProvider']({ id: 'deepl', kind: 'deepl', name: 'DeepL', endpoint: server.url, apiKey: 'the-right-key' });
    expect(await tm['mt:test']({ id: 'deepl' })).toMatchObject({ ok: true });
    await done();
  });
});

describe('MT keys', () => {
  it('never appear in plain text in project files, settings files or the console', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const { root, ws, tm, project, doc, done } = await setup(['Harga cabai naik.']);
    const server = await startMtServer('openai', { key: 'sk-very-secret-4242' });
    servers.push(server);
    const listed = await tm['mt:saveProvider']({ id: 'gpt', kind: 'openai', name: 'Remote', endpoint: `${server.url}/v1`, model: 'm', apiKey: 'sk-very-secret-4242' });
    expect(listed[0]).toMatchObject({ hasKey: true });
    expect(JSON.stringify(listed)).not.toContain('sk-very-secret-4242');
    expect(listed[0]?.keyStorage).toMatch(/not the OS keychain/);
    await tm['tm:pretranslate']({ project, documentId: doc, tmThreshold: 85, mt: 'gpt' });
    expect((await ws.listSegments(project, doc))[0]?.draft?.origin).toBe('mt');
    await ws.flush();
    await done();
    const files = walk(root);
    expect(files.some((f) => f.endsWith('mt-providers.json'))).toBe(true);
    const keyFile = files.find((f) => f.endsWith(path.join('mt-keys', 'install.key')));
    expect(keyFile).toBeDefined();
    expect(statSync(keyFile ?? '').mode & 0o077).toBe(0);
    for (const f of files) expect(readFileSync(f).includes('sk-very-secret-4242'), f).toBe(false);
    for (const spy of [log, warn, error]) expect(JSON.stringify(spy.mock.calls)).not.toContain('sk-very-secret-4242');
    // Removing the provider removes its key.
    const ws2 = await Workspace.create({ dataDir: path.join(root, 'data'), owner: 'test' });
    const tm2 = createTmHandlers(ws2);
    expect((await tm2['mt:providers']({}))[0]).toMatchObject({ id: 'gpt', hasKey: true });
    expect(await tm2['mt:removeProvider']({ id: 'gpt' })).toEqual([]);
    tmServicesOf(ws2).close();
    await ws2.close();
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
