import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../electron/services/api';
import { ProjectStore, SNAPSHOT_FILE } from '../../electron/services/project-store';
import { SegmentService } from '../../electron/services/segment-service';
import { Workspace } from '../../electron/services/workspace';
import type { Segment } from '../../shared/model/segment';
import { renderMessage } from '../../shared/messages/text';
import { chunkHolding } from '../support/project-files';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('segments:page (the workbench reads a document a window at a time)', () => {
  it('gives the segments from offset, at most limit of them, with the document total; an unknown document is said', async () => {
    const dataDir = tempDir();
    const ws = await Workspace.create({ dataDir, owner: 'test' });
    try {
      const project = (await ws.createProject('Uji')).path;
      const text = Array.from({ length: 12 }, (_, i) => `Paragraf nomor ${i + 1} tentang banjir.`).join('\n\n');
      const imported = await ws.importDocument({ project, source: { name: 'uji.txt', base64: Buffer.from(text).toString('base64') } });
      const documentId = imported.document.id;
      const h = createHandlers(ws, { version: 't', transport: 'web', dataDir });

      const first = await h['segments:page']({ project, documentId, offset: 0, limit: 5 });
      const last = await h['segments:page']({ project, documentId, offset: 10, limit: 5 });
      const whole = await h['segments:list']({ project, documentId });
      expect(first.total).toBe(12);
      expect(first.segments.map((s) => s.source)).toEqual(whole.slice(0, 5).map((s) => s.source));
      expect(last.segments.map((s) => s.source)).toEqual(['Paragraf nomor 11 tentang banjir.', 'Paragraf nomor 12 tentang banjir.']);

      const unknown = await dispatch(h, 'segments:page', { project, documentId: 'nope', offset: 0, limit: 5 });
      expect(unknown.ok).toBe(false);
      if (!unknown.ok && unknown.error.text) expect(renderMessage(unknown.error.text, 'en')).toMatch(/nope|document/i);
      if (!unknown.ok) expect(unknown.error.message).toMatch(/nope|document/i);
      const tooMany = await dispatch(h, 'segments:page', { project, documentId, offset: 0, limit: 50_000 });
      expect(tooMany.ok).toBe(false);
    } finally {
      await ws.close();
    }
  });
});

describe('a page of a document stored in chunks', () => {
  const meta = { id: 'p1', name: 'Uji', sourceLang: 'id', targetLang: 'en', createdAt: '2026-01-01T00:00:00Z' };
  const doc = { id: 'd1', name: 'laporan.txt', format: 'txt' as const, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph' as const, importedAt: '' };
  const CHUNK = 7;
  const COUNT = 40; // 6 chunks, the last one short
  // Nothing is compacted: every change stays in the journal, as after a day of edits in a long document.
  const keepJournal = { owner: 'test', chunkSegments: CHUNK, compactJournalBytes: 1e12, closeCompactSegments: 0 };
  const segment = (n: number): Segment => ({ id: `d1-${String(n).padStart(4, '0')}`, documentId: 'd1', index: n, kind: 'paragraph', source: `Paragraf nomor ${n} tentang banjir. Air naik.`, draft: null, target: '', status: 'new' });
  const windows: [number, number][] = [[0, 5], [0, 200], [5, 9], [6, 1], [7, 7], [13, 15], [33, 10], [39, 1], [40, 5], [100, 5]];

  async function pagesAndList(dir: string): Promise<{ pages: { segments: readonly Segment[]; total: number }[]; list: readonly Segment[] }> {
    const store = await ProjectStore.open(dir, keepJournal);
    try {
      // The pages first, while nothing of the document is read; the whole list after them.
      const pages = windows.map(([offset, limit]) => store.pageOf('d1', offset, limit));
      return { pages, list: store.segmentsOf('d1') };
    } finally {
      await store.close();
    }
  }

  function expectPagesOf(result: Awaited<ReturnType<typeof pagesAndList>>): void {
    windows.forEach(([offset, limit], i) => {
      expect(result.pages[i]?.total).toBe(result.list.length);
      expect(result.pages[i]?.segments).toEqual(result.list.slice(offset, offset + limit));
    });
  }

  it('shows the same segments as the whole list, with edits, exclusions, splits and joins still in the journal', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const created = await ProjectStore.create(dir, meta, keepJournal);
    created.commit({ op: 'add-document', document: doc, segments: Array.from({ length: COUNT }, (_, n) => segment(n)), revisions: [] });
    await created.flush();
    await created.close();

    // Edits and exclusions in several chunks, journaled only.
    let store = await ProjectStore.open(dir, keepJournal);
    store.commit({ op: 'put-segments', segments: [{ ...segment(3), target: 'Flood number 3.', status: 'edited' }, { ...segment(20), target: 'Flood number 20.', status: 'edited' }], revisions: [] });
    store.commit({ op: 'put-segments', segments: [{ ...segment(39), target: 'The last one.', status: 'edited' }], revisions: [] });
    new SegmentService(store, 'Sari').setExcluded(['d1-0006', 'd1-0007', 'd1-0034'], true);
    await store.close();
    const edited = await pagesAndList(dir);
    expectPagesOf(edited);
    expect(edited.pages[0]?.segments[3]?.target).toBe('Flood number 3.');
    expect(edited.pages[3]?.segments[0]?.excluded).toMatchObject({ rule: 'manual' }); // d1-0006, the last of the first chunk
    expect(edited.pages[7]?.segments[0]?.target).toBe('The last one.');

    // A split and a join move segments across chunks.
    store = await ProjectStore.open(dir, keepJournal);
    const structure = new SegmentService(store, 'Sari');
    structure.split({ project: dir, segmentId: 'd1-0010', sourceOffset: 'Paragraf nomor 10 tentang banjir.'.length });
    structure.joinNext('d1-0025');
    await store.close();
    const restructured = await pagesAndList(dir);
    expectPagesOf(restructured);
    expect(restructured.list).toHaveLength(COUNT);
    expect(restructured.list[11]?.id).toBe('d1-0010.1');

    // Compacted: the new chunks are read by window again, with the same result.
    store = await ProjectStore.open(dir, keepJournal);
    await store.flush();
    await store.close();
    const compacted = await pagesAndList(dir);
    expectPagesOf(compacted);
    expect(compacted.list).toEqual(restructured.list);
  });

  it('reads only the chunks a window covers: the first page shows while a far chunk is unreadable, and that chunk is named when reached', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const created = await ProjectStore.create(dir, meta, keepJournal);
    created.commit({ op: 'add-document', document: doc, segments: Array.from({ length: COUNT }, (_, n) => segment(n)), revisions: [] });
    await created.flush();
    await created.close();
    const snapshot = path.join(dir, SNAPSHOT_FILE);
    const last = chunkHolding(dir, snapshot, 'd1', 'd1-0039');
    rmSync(path.join(dir, 'blobs', last));
    rmSync(path.join(dir, 'backups', 'blobs', last));

    const dataDir = tempDir();
    const ws = await Workspace.create({ dataDir, owner: 'test' });
    try {
      const h = createHandlers(ws, { version: 't', transport: 'web', dataDir });
      const first = await h['segments:page']({ project: dir, documentId: 'd1', offset: 0, limit: 20 });
      expect(first.total).toBe(COUNT);
      expect(first.segments.map((s) => s.index)).toEqual(Array.from({ length: 20 }, (_, n) => n));
      const far = await dispatch(h, 'segments:page', { project: dir, documentId: 'd1', offset: 30, limit: 20 });
      expect(far.ok).toBe(false);
      if (!far.ok) expect(far.error.message).toContain(last);
    } finally {
      await ws.close();
    }
  });
});
