/**
 * The project layout from format 2 on: project.json lists documents, each naming its shards
 * (segments, history, original file) in content-addressed blobs with backup twins.
 */
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/services/backups';
import { JOURNAL_FILE, ProjectStore, SNAPSHOT_FILE } from '../../electron/services/project-store';
import type { ProjectMeta } from '../../shared/model/project';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import type { Segment } from '../../shared/model/segment';
import { documentProgress } from '../../shared/project/progress';
import { FIXTURES_DIR } from '../support/paths';
import { chunkHolding, readSnapshotFile, segmentBlobsOf, segmentsIn } from '../support/project-files';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const meta: ProjectMeta = { id: 'p1', name: 'Uji', sourceLang: 'id', targetLang: 'en', createdAt: '2026-01-01T00:00:00Z' };
const ORIGINAL = `<?xml version="1.0"?><xliff version="1.2"><file original="laporan.txt">${'<trans-unit id="u"><source>Banjir.</source></trans-unit>'.repeat(2000)}</file></xliff>`;
const doc = { id: 'd1', name: 'laporan.xlf', format: 'xliff12' as const, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph' as const, importedAt: '', original: ORIGINAL };

function segment(n: number, target: string): Segment {
  return { id: `d1-${n}`, documentId: 'd1', index: n, kind: 'paragraph', source: `Paragraf nomor ${n} tentang banjir.`, draft: null, target, status: target ? 'edited' : 'new' };
}

const LONG = 5000;

async function longProject(dir: string): Promise<void> {
  const store = await ProjectStore.create(dir, meta, { owner: 'test' });
  store.commit({ op: 'add-document', document: doc, segments: Array.from({ length: LONG }, (_, n) => segment(n, '')), revisions: [] });
  await store.close();
}

/** Every file in the project folder (but the lock) with its size and modification time. */
function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const e of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, e.name);
      if (e.isDirectory()) walk(rel);
      else if (rel !== 'lock') out.set(rel, `${statSync(path.join(dir, rel)).size}@${statSync(path.join(dir, rel)).mtimeMs}`);
    }
  };
  walk('');
  return out;
}

describe('a project stored in shards', () => {
  it('imports a document as blobs plus one short journal line, and keeps the original file for export', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await ProjectStore.create(dir, meta, { owner: 'test' });
    store.commit({ op: 'add-document', document: doc, segments: Array.from({ length: LONG }, (_, n) => segment(n, '')), revisions: [] });
    // Before any compaction: the journal names the blobs, it does not carry the document.
    expect(statSync(path.join(dir, JOURNAL_FILE)).size).toBeLessThan(2000);
    expect(store.document('d1')).not.toHaveProperty('original');
    (store as unknown as { lock: { release(): void } }).lock.release(); // killed right after the import

    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.warnings).toEqual([]);
    expect(reopened.segmentsOf('d1')).toHaveLength(LONG);
    expect(reopened.originalOf('d1')).toBe(ORIGINAL);
    await reopened.close();
    const snapshot = readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8');
    expect(snapshot.length).toBeLessThan(2000); // metadata and the document list only
    expect(snapshot).not.toContain('Banjir');
  });

  it('saves a one-segment edit in a long document as one journal line: closing rewrites nothing', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await longProject(dir);
    const before = filesOf(dir);
    const store = await ProjectStore.open(dir, { owner: 'test' });
    store.commit({ op: 'put-segments', segments: [{ ...segment(4321, 'Flood.'), status: 'edited' }], revisions: [{ id: 'r1', segmentId: 'd1-4321', text: 'Flood.', status: 'edited', author: 'Sari', at: '', origin: 'typing' }] });
    await store.close();
    const after = filesOf(dir);
    expect([...after.keys()].filter((f) => after.get(f) !== before.get(f))).toEqual([JOURNAL_FILE]);
    expect(readFileSync(path.join(dir, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(1);

    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.progressOf('d1')).toMatchObject({ segments: LONG, edited: 1 });
    expect(reopened.segment('d1-4321').target).toBe('Flood.');
    expect(reopened.revisionsOf('d1-4321').map((r) => r.id)).toEqual(['r1']);
    await reopened.flush(); // folding the journal in writes this document's shards and a new project.json
    expect(segmentsIn(dir, path.join(dir, SNAPSHOT_FILE), 'd1')[4321]?.target).toBe('Flood.');
    await reopened.close();
  });

  it('lists documents with their progress without reading any segments, also after edits kept in the journal', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await longProject(dir);
    const editing = await ProjectStore.open(dir, { owner: 'test' });
    editing.segment('d1-7'); // an edit reads the segment first
    editing.commit({ op: 'put-segments', segments: [segment(7, 'Seven.'), { ...segment(8, 'Eight.'), status: 'reviewed' }], revisions: [] });
    editing.commit({ op: 'put-segments', segments: [], removed: ['d1-9'], revisions: [] });
    const expected = documentProgress(editing.segmentsOf('d1'));
    expect(editing.progressOf('d1')).toEqual(expected);
    await editing.close();
    expect(readFileSync(path.join(dir, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(2);
    const shard = chunkHolding(dir, path.join(dir, SNAPSHOT_FILE), 'd1', 'd1-17');
    for (const file of [path.join(dir, 'blobs', shard), path.join(dir, 'backups', 'blobs', shard)]) writeFileSync(file, 'gone');
    const store = await ProjectStore.open(dir, { owner: 'test' });
    expect(store.listDocuments().map((d) => d.name)).toEqual(['laporan.xlf']);
    expect(store.progressOf('d1')).toEqual(expected);
    expect(expected).toMatchObject({ segments: LONG - 1, edited: 2, confirmed: 1 });
    // Only when the segments are needed is the damage found, and named.
    expect(() => store.segmentsOf('d1')).toThrow(new RegExp(`blobs/${shard}.*damaged or missing.*backups/blobs/${shard}`));
    await store.close();
  });

  it('restores a damaged shard from its backup copy, keeping the damaged file, and says so', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await longProject(dir);
    const shard = chunkHolding(dir, path.join(dir, SNAPSHOT_FILE), 'd1', 'd1-17');
    const file = path.join(dir, 'blobs', shard);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Paragraf nomor 17 ', 'Paragraf nomor 71 ')); // valid JSON, wrong bytes
    const store = await ProjectStore.open(dir, { owner: 'test' });
    expect(store.segment('d1-17').source).toBe('Paragraf nomor 17 tentang banjir.');
    expect(store.warnings.map((w) => w.message).join(' ')).toMatch(/was damaged and has been restored from its backup copy; nothing was lost/);
    expect(readdirSync(path.join(dir, 'blobs')).some((f) => f.startsWith(`${shard}.damaged-`))).toBe(true);
    await store.close();
    const again = await ProjectStore.open(dir, { owner: 'test' });
    expect(again.segment('d1-17').source).toBe('Paragraf nomor 17 tentang banjir.');
    expect(again.warnings).toEqual([]);
    await again.close();
  });

  it('edits one segment reading only the chunk that holds it, and a compaction rewrites only that chunk', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const options = { owner: 'test', chunkSegments: 1000 };
    const store = await ProjectStore.create(dir, meta, options);
    store.commit({ op: 'add-document', document: doc, segments: Array.from({ length: LONG }, (_, n) => segment(n, '')), revisions: [] });
    await store.close();
    const before = readSnapshotFile(path.join(dir, SNAPSHOT_FILE)).documents[0]?.shard.chunks as string[];
    expect(before).toHaveLength(5);
    const holding = chunkHolding(dir, path.join(dir, SNAPSHOT_FILE), 'd1', 'd1-4321');
    // Every other chunk unreadable, backup copies too: an edit never needs them.
    for (const name of before.filter((n) => n !== holding)) {
      for (const file of [path.join(dir, 'blobs', name), path.join(dir, 'backups', 'blobs', name)]) writeFileSync(file, 'gone');
    }
    const editing = await ProjectStore.open(dir, options);
    const old = editing.segment('d1-4321');
    editing.commit({ op: 'put-segments', segments: [{ ...old, target: 'Flood.', status: 'reviewed' }], revisions: [] });
    expect(editing.progressOf('d1')).toMatchObject({ segments: LONG, confirmed: 1 });
    await editing.flush();
    await editing.close();
    const after = readSnapshotFile(path.join(dir, SNAPSHOT_FILE)).documents[0]?.shard.chunks as string[];
    expect(after.map((n, k) => n === before[k])).toEqual([true, true, true, true, false]);

    const reopened = await ProjectStore.open(dir, options);
    expect(reopened.segment('d1-4321')).toMatchObject({ target: 'Flood.', status: 'reviewed' });
    expect(reopened.progressOf('d1')).toMatchObject({ segments: LONG, confirmed: 1 });
    expect(() => reopened.segmentsOf('d1')).toThrow(/damaged or missing/); // the damage is there, only never read
    await reopened.close();
  });

  it('deletes blobs no one names any more once a compaction has replaced them', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await ProjectStore.create(dir, meta, { owner: 'test', backups: { everyMs: 0, keepLast: 2 } });
    store.commit({ op: 'add-document', document: { ...doc, original: undefined }, segments: [segment(0, '')], revisions: [] });
    for (let i = 1; i <= 6; i++) {
      store.commit({ op: 'put-segments', segments: [segment(0, `version ${i}`)], revisions: [] });
      await store.flush();
    }
    await store.close();
    const named = new Set<string>();
    for (const file of [path.join(dir, SNAPSHOT_FILE), ...listBackups(dir).map((b) => b.file)]) {
      for (const d of readSnapshotFile(file).documents) {
        for (const name of [...segmentBlobsOf(d.shard), d.shard.ids, d.shard.history]) if (name) named.add(name);
      }
    }
    expect(new Set(readdirSync(path.join(dir, 'backups', 'blobs')))).toEqual(named);
    for (const b of listBackups(dir)) expect(segmentsIn(dir, b.file, 'd1', 'backups')[0]?.target).toBe(`version ${b.seq - 1}`);
  });
});

describe('a project saved by the single-file Tinjau (format 1)', () => {
  const V1 = path.join(FIXTURES_DIR, 'projects/v1-laporan.tinjau');
  const copyOfV1 = () => {
    const dir = path.join(tempDir(), 'laporan.tinjau');
    cpSync(V1, dir, { recursive: true });
    return dir;
  };

  it('opens with everything, including the journal it left, and is upgraded with a pre-migration backup', async () => {
    const dir = copyOfV1();
    const original = readFileSync(path.join(V1, SNAPSHOT_FILE), 'utf8');
    const store = await ProjectStore.open(dir, { owner: 'test' });
    expect(store.warnings.map((w) => w.message).join(' ')).toMatch(/upgraded to format 3; the original file is kept as backups\/pre-migration-v1-.*\.json/);
    const [xlf, txt] = store.listDocuments();
    expect([xlf?.name, txt?.name]).toEqual(['okapi-omegat.xlf', 'catatan.txt']);
    const segments = store.segmentsOf(xlf?.id as string);
    expect(segments.map((s) => s.target.slice(0, 25))).toEqual(['Edited before the upgrade', 'Only in the journal', expect.any(String), '']);
    expect(store.revisionsOf(segments[0]?.id as string).map((r) => r.text)).toContain('Edited before the upgrade');
    expect(store.originalOf(xlf?.id as string)).toContain('<xliff');
    expect(store.segmentsOf(txt?.id as string).map((s) => s.source)).toEqual(['Paragraf pertama.', 'Paragraf kedua.']);
    await store.close();

    const kept = listBackups(dir).filter((b) => b.preMigration);
    expect(kept).toHaveLength(1);
    expect(readFileSync(kept[0]?.file as string, 'utf8')).toBe(original);
    const saved = readSnapshotFile(path.join(dir, SNAPSHOT_FILE));
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8')).not.toContain('<xliff');
    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.warnings).toEqual([]);
    expect(reopened.segmentsOf(xlf?.id as string)[1]?.target).toBe('Only in the journal');
    expect(reopened.originalOf(xlf?.id as string)).toContain('<xliff');
    await reopened.close();
  });

  it('restores from one of its format-1 backups when project.json is damaged after the upgrade', async () => {
    const dir = copyOfV1();
    await (await ProjectStore.open(dir, { owner: 'test' })).close();
    // Only the format-1 backups are left usable.
    for (const b of listBackups(dir).filter((x) => !x.preMigration && !readFileSync(x.file, 'utf8').includes('"segments":['))) writeFileSync(b.file, '');
    writeFileSync(path.join(dir, SNAPSHOT_FILE), 'garbage');
    const store = await ProjectStore.open(dir, { owner: 'test' });
    expect(store.warnings.map((w) => w.message).join(' ')).toMatch(/restored from the backup of/);
    expect(store.segmentsOf(store.listDocuments()[0]?.id as string)[0]?.target).toBe('Edited before the upgrade');
    await store.close();
    expect(existsSync(path.join(dir, 'blobs'))).toBe(true);
  });
});
