// A write to a file may be short (a full disk, a network drive). Here every write stores at most
// 7 bytes, and everything Tinjau writes must still arrive whole.
import * as fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../support/temp';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  const writeSync = (fd: number, buffer: Uint8Array | string, offset?: number, ...rest: unknown[]): number => {
    if (typeof buffer === 'string') return actual.writeSync(fd, buffer, offset as number | undefined, ...(rest as []));
    const from = offset ?? 0;
    return actual.writeSync(fd, buffer, from, Math.min(7, buffer.length - from));
  };
  return { ...actual, default: { ...actual, writeSync }, writeSync };
});

const { writeFileAtomic } = await import('../../electron/services/files');
const { Journal } = await import('../../electron/services/journal');

const tempDir = useTempDir();

describe('writes that come back short', () => {
  it('an atomic file write still writes the whole file', () => {
    const file = path.join(tempDir(), 'glossary.json');
    const text = JSON.stringify({ entries: Array.from({ length: 50 }, (_, i) => ({ id: i, term: `sanksi ${i}` })) });
    writeFileAtomic(file, text);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('a journal entry is written whole and read back', () => {
    const file = path.join(tempDir(), 'journal.jsonl');
    const journal = new Journal(file);
    journal.append({ seq: 1, at: '2026-11-22T08:00:00.000Z', op: 'put-segments', segments: [], revisions: [] } as never);
    journal.close();
    expect(Journal.read(file).entries).toHaveLength(1);
  });
});
