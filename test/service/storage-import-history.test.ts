/**
 * An import's history blob (one revision per segment: 40 MB of JSON at 100,000 segments) is
 * written as it is serialized, like the segment shard: never as one string beside everything
 * else the import holds, and with the same bytes (so the same blob name) as before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectMeta } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import { BLOB_DIR } from '../../electron/services/blobs';
import { ProjectStore, SNAPSHOT_FILE } from '../../electron/services/project-store';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const meta: ProjectMeta = { id: 'p1', name: 'Uji', sourceLang: 'id', targetLang: 'en', createdAt: '2026-01-01T00:00:00Z' };
const doc = { id: 'd1', name: 'laporan.xlf', format: 'xliff12' as const, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph' as const, importedAt: '' };
const N = 12_000;
const segments: Segment[] = Array.from({ length: N }, (_, n) => ({ id: `d1-${n}`, documentId: 'd1', index: n, kind: 'paragraph', source: `Paragraf ${n} tentang “anggaran” daerah.`, draft: null, target: `Paragraph ${n} about the regional budget.`, status: 'draft' }));
const revisions: Revision[] = segments.map((s, n) => ({ id: `r${n}`, segmentId: s.id, text: s.target, status: 'draft', author: 'Sari', at: '2026-12-07T10:00:00.000Z', origin: 'draft-import' }));

afterEach(() => vi.restoreAllMocks());

describe('an import with a revision per segment', () => {
  it('writes the history in pieces, with the bytes of the whole text, and reads every revision back', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    const store = await ProjectStore.create(dir, meta, { owner: 'test', compactAfterMs: 60_000 });
    const whole = JSON.stringify({ documentId: 'd1', revisions });
    const stringify = JSON.stringify.bind(JSON);
    let longest = 0;
    vi.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof JSON.stringify>) => {
      const out = stringify(...args);
      longest = Math.max(longest, out?.length ?? 0);
      return out;
    });
    store.commit({ op: 'add-document', document: doc, segments, revisions });
    vi.restoreAllMocks();
    // No one string held the history (or the segments) whole.
    expect(longest).toBeLessThan(whole.length / 2);
    await store.close();

    const shard = JSON.parse(readFileSync(path.join(dir, SNAPSHOT_FILE), 'utf8')).documents[0].shard;
    expect(readFileSync(path.join(dir, BLOB_DIR, shard.history), 'utf8')).toBe(whole);
    const reopened = await ProjectStore.open(dir, { owner: 'test' });
    expect(reopened.revisionsOf('d1-11999')).toEqual([revisions[N - 1]]);
    expect(reopened.segmentsOf('d1')).toHaveLength(N);
    await reopened.close();
  });
});
