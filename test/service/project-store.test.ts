import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TinjauError } from '../../shared/api/errors';
import { renderMessage } from '../../shared/messages/text';
import type { ProjectMeta } from '../../shared/model/project';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import type { Segment } from '../../shared/model/segment';
import { JOURNAL_FILE, LOCK_FILE, ProjectStore, SNAPSHOT_FILE } from '../../electron/services/project-store';
import { segmentsIn } from '../support/project-files';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const meta: ProjectMeta = { id: 'p1', name: 'Uji', sourceLang: 'id', targetLang: 'en', createdAt: '2026-01-01T00:00:00Z' };
const doc = { id: 'd1', name: 'a.txt', format: 'txt' as const, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph' as const, importedAt: '' };

function segment(n: number, target: string): Segment {
  return { id: `d1-${n}`, documentId: 'd1', index: n, kind: 'paragraph', source: `sumber ${n}`, draft: null, target, status: 'edited' };
}

async function createWithDocument(dir: string): Promise<ProjectStore> {
  const store = await ProjectStore.create(dir, meta, { owner: 'test', compactAfterMs: 60_000 });
  store.commit({ op: 'add-document', document: doc, segments: [segment(0, ''), segment(1, '')], revisions: [] });
  return store;
}

describe('ProjectStore', () => {
  it('saves and reopens a document far longer than a book (200,000 segments)', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await ProjectStore.create(dir, meta, { owner: 'test', compactAfterMs: 60_000 });
    const many = Array.from({ length: 200_000 }, (_, n) => segment(n, ''));
    store.commit({ op: 'add-document', document: doc, segments: many, revisions: [] });
    await store.close();
    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.segmentsOf('d1')).toHaveLength(200_000);
    expect(reopened.segment('d1-199999').source).toBe('sumber 199999');
    await reopened.close();
  }, 60_000);

  it('keeps an acknowledged edit that never reached the snapshot (journal replay)', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await createWithDocument(dir);
    store.commit({ op: 'put-segments', segments: [segment(1, 'typed text')], revisions: [] });
    // Simulate a crash: the snapshot was never rewritten and the lock was left behind by a dead process.
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 999_999, host: (await import('node:os')).hostname(), owner: 'x', since: '' }));
    // Nothing but the journal holds the import and the edit: project.json still lists no document.
    const snapshot = JSON.parse(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8'));
    expect(snapshot.documents).toHaveLength(0);
    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.segment('d1-1').target).toBe('typed text');
    expect(reopened.segmentsOf('d1').map((s) => s.id)).toEqual(['d1-0', 'd1-1']);
    await reopened.close();
  });

  it('drops a half-written last journal line and says so, keeping the edits before it', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await createWithDocument(dir);
    await store.close();
    const s2 = await ProjectStore.open(dir, { owner: 'test', compactAfterMs: 60_000 });
    s2.commit({ op: 'put-segments', segments: [segment(0, 'first')], revisions: [] });
    appendFileSync(path.join(dir, JOURNAL_FILE), '{"op":"put-segments","segments":[{"id":"d1-1","tar');
    (s2 as unknown as { lock: { release(): void } }).lock.release();
    const s3 = await ProjectStore.open(dir, { owner: 'test' });
    expect(s3.segment('d1-0').target).toBe('first');
    expect(s3.segment('d1-1').target).toBe('');
    expect(s3.warnings.map((w) => w.message).join(' ')).toMatch(/half written/);
    await s3.close();
  });

  it('compacts the journal into the snapshot on close, and the snapshot alone reopens the project', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await createWithDocument(dir);
    store.commit({ op: 'put-segments', segments: [segment(0, 'saved')], revisions: [] });
    await store.close();
    expect(readFileSync(path.join(dir, JOURNAL_FILE), 'utf8')).toBe('');
    const data = JSON.parse(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8'));
    expect(data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(segmentsIn(dir, path.join(dir, SNAPSHOT_FILE), 'd1')[0]?.target).toBe('saved');
    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.segment('d1-0').target).toBe('saved');
    await reopened.close();
  });

  it('refuses a second writer while the first is alive, with a message naming the holder', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const first = await createWithDocument(dir);
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname(), owner: 'Tinjau window', since: 'now' }));
    await expect(ProjectStore.open(dir, { owner: 'CLI' })).rejects.toThrow(/open in another Tinjau \(Tinjau window/);
    const refusal = await ProjectStore.open(dir, { owner: 'CLI' }).catch((err: unknown) => err);
    expect(refusal).toBeInstanceOf(TinjauError);
    expect(renderMessage((refusal as TinjauError).text!, 'id')).toMatch(/^Proyek ini terbuka di Tinjau lain \(Tinjau window, proses \d+, sejak now\)\. Tutup dulu di sana\.$/);
    await first.close();
  });

  it('refuses a folder that is not a project, and a damaged snapshot, with clear messages', async () => {
    const dir = tempDir();
    await expect(ProjectStore.open(dir, { owner: 'test' })).rejects.toThrow(/No Tinjau project/);
    writeFileSync(path.join(dir, SNAPSHOT_FILE), '{"schemaVersion": 1, "proj');
    await expect(ProjectStore.open(dir, { owner: 'test' })).rejects.toThrow(/damaged/);
    // In Indonesian too, with the reason nested inside in Indonesian.
    const damaged = (await ProjectStore.open(dir, { owner: 'test' }).catch((err: unknown) => err)) as TinjauError;
    const said = renderMessage(damaged.text!, 'id');
    expect(said).toContain(`Berkas proyek ${path.join(dir, SNAPSHOT_FILE)} rusak (isinya bukan JSON yang sah: `);
    expect(said).toContain('Tidak ada yang diubah');
  });
});

describe('ProjectStore structural changes', () => {
  it('replays a join (removed segment, renumbered ones) and a document removal in order', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await ProjectStore.create(dir, meta, { owner: 'test', compactAfterMs: 60_000 });
    store.commit({ op: 'add-document', document: doc, segments: [segment(0, 'a'), segment(1, 'b'), segment(2, 'c')], revisions: [] });
    // Join segments 0 and 1: segment 0 takes both texts, 1 is removed, 2 moves up.
    store.commit({
      op: 'put-segments',
      segments: [{ ...segment(0, 'a b') }, { ...segment(2, 'c'), index: 1 }],
      removed: ['d1-1'],
      revisions: [],
      document: { ...doc, name: 'renamed.txt' },
    });
    expect(store.segmentsOf('d1').map((s) => [s.id, s.target])).toEqual([
      ['d1-0', 'a b'],
      ['d1-2', 'c'],
    ]);
    (store as unknown as { lock: { release(): void } }).lock.release();
    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.segmentsOf('d1').map((s) => s.id)).toEqual(['d1-0', 'd1-2']);
    expect(reopened.document('d1').name).toBe('renamed.txt');
    reopened.commit({ op: 'remove-document', documentId: 'd1' });
    expect(reopened.listDocuments()).toHaveLength(0);
    await reopened.close();
  });
});

describe('ProjectStore compaction', () => {
  it('keeps edits committed while the snapshot and the backup are being written', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    let store: ProjectStore | null = null;
    const during: string[] = [];
    store = await ProjectStore.create(dir, meta, {
      owner: 'test',
      compactAfterMs: 60_000,
      backups: { everyMs: 0 },
      compactionProbe: (stage) => {
        // A keystroke arriving at each stage of the compaction.
        if (!store || during.length >= 5) return;
        during.push(stage);
        store.commit({ op: 'put-segments', segments: [segment(during.length % 2, `typed during ${stage}`)], revisions: [] });
      },
    });
    store.commit({ op: 'add-document', document: doc, segments: [segment(0, ''), segment(1, '')], revisions: [] });
    await store.flush();
    expect(during).toEqual(['shard-written', 'snapshot-temp-written', 'snapshot-written', 'backup-written', 'journal-trimmed']);
    (store as unknown as { lock: { release(): void } }).lock.release();
    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.segmentsOf('d1').map((s) => s.target)).toEqual(['typed during backup-written', 'typed during journal-trimmed']);
    await reopened.close();
  });
});
