/**
 * Blobs and their backup twins as written in one go (an import writes the segments, the history
 * and the original file together).
 */
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_BLOB_DIR, BLOB_DIR, readBlobSync, writeBlobsSync } from '../../electron/services/blobs';
import { shardChunks } from '../../electron/services/project-store';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir('tinjau-blobs-');

describe('writing several blobs at once', () => {
  it('stores each one and a twin with the same bytes, and leaves no temp files', () => {
    const dir = tempDir();
    const shard = JSON.stringify({ documentId: 'd1', segments: [{ id: 'd1-1', source: 'Presiden tiba di Jakarta.' }] });
    const original = Buffer.from('<xliff version="1.2">…</xliff>', 'utf8');
    const names = writeBlobsSync(dir, [() => shard, '{"revisions":[]}', original, shard]);
    expect(names).toHaveLength(4);
    expect(names[3]).toBe(names[0]);
    expect(readFileSync(path.join(dir, BLOB_DIR, names[0] as string), 'utf8')).toBe(shard);
    expect(readFileSync(path.join(dir, BACKUP_BLOB_DIR, names[2] as string))).toEqual(original);
    for (const name of names) expect(readFileSync(path.join(dir, BACKUP_BLOB_DIR, name))).toEqual(readFileSync(path.join(dir, BLOB_DIR, name)));
    expect(readdirSync(path.join(dir, BLOB_DIR)).sort()).toEqual([...new Set(names)].sort());
    expect(readdirSync(path.join(dir, BACKUP_BLOB_DIR)).sort()).toEqual([...new Set(names)].sort());
  });

  it('rebuilds a missing twin from the bytes given, not from a damaged file already there', () => {
    const dir = tempDir();
    const text = 'Pemerintah mengumumkan kebijakan baru.';
    const [name] = writeBlobsSync(dir, [text]) as [string];
    // The blob is damaged in place (same size) and its twin is gone: writing it again must not
    // copy the damage into the backup.
    writeFileSync(path.join(dir, BLOB_DIR, name), 'X'.repeat(Buffer.byteLength(text)));
    unlinkSync(path.join(dir, BACKUP_BLOB_DIR, name));
    writeBlobsSync(dir, [text]);
    expect(readFileSync(path.join(dir, BACKUP_BLOB_DIR, name), 'utf8')).toBe(text);
    const repaired: string[] = [];
    expect(readBlobSync(dir, name, (said) => repaired.push(said.text.key)).toString('utf8')).toBe(text);
    expect(repaired).toEqual(['storage.blobRestored']);
  });

  it('writes a shard from its chunks with the bytes and name of the whole text', () => {
    const dir = tempDir();
    const segments = Array.from({ length: 4500 }, (_, i) => ({ id: `d1-${i}`, source: `Paragraf “${i}” — ${'é'.repeat(i % 5)}` }));
    const whole = JSON.stringify({ documentId: 'd1', segments });
    const [fromChunks, fromWhole] = writeBlobsSync(dir, [{ chunks: () => shardChunks({ documentId: 'd1' }, 'segments', segments) }, whole]);
    expect(fromChunks).toBe(fromWhole);
    expect(readFileSync(path.join(dir, BLOB_DIR, fromChunks as string), 'utf8')).toBe(whole);
    expect(readFileSync(path.join(dir, BACKUP_BLOB_DIR, fromChunks as string), 'utf8')).toBe(whole);
    expect(readdirSync(path.join(dir, BLOB_DIR))).toEqual([fromChunks]);
  });
});

