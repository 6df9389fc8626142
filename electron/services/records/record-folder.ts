import { closeSync, fstatSync, ftruncateSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { say, type Said } from '../../../shared/messages/text';

/**
 * Append-only record folders (shared glossaries and translation memories): one JSON line per
 * record, one file per writer, read incrementally by every copy. No file is ever rewritten by
 * another writer, so colleagues on a shared drive never overwrite each other.
 */
export class RecordFolderReader<T> {
  /** Bytes of whole lines already read, per file name. */
  private readonly offsets = new Map<string, number>();

  constructor(
    readonly dir: string,
    private readonly extension: string,
    private readonly isRecord: (value: unknown) => value is T,
  ) {}

  /** Marks bytes this process wrote itself as read, so they are not applied twice. */
  advance(file: string, bytes: number): void {
    this.offsets.set(file, (this.offsets.get(file) ?? 0) + bytes);
  }

  /** Everything appended to any record file since the last call, with a warning per damaged line. */
  readNew(): { records: T[]; warnings: Said[] } {
    const records: T[] = [];
    const warnings: Said[] = [];
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith(this.extension)).sort();
    } catch {
      // Not written yet, or a drive that is not reachable right now: the next poll tries again.
      return { records, warnings };
    }
    for (const name of names) {
      const file = path.join(this.dir, name);
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        continue;
      }
      if (size < (this.offsets.get(name) ?? 0)) {
        // Replaced by a sync tool (a restored or re-downloaded copy): read it again from the start;
        // callers recognise records they already hold.
        this.offsets.set(name, 0);
        warnings.push(say('records.fileShrank', { name }));
      }
      const from = this.offsets.get(name) ?? 0;
      if (size <= from) continue;
      const bytes = readRange(file, from, size - from);
      const lastNewline = bytes.lastIndexOf(0x0a);
      // A last line without its newline is still being written: leave it for the next read.
      if (lastNewline < 0) continue;
      this.offsets.set(name, from + lastNewline + 1);
      let lineNo = 0;
      for (const line of bytes.subarray(0, lastNewline).toString('utf8').split('\n')) {
        lineNo++;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = undefined;
        }
        if (this.isRecord(value)) records.push(value);
        else warnings.push(say('records.damagedLine', { name, byte: String(from), line: String(lineNo) }));
      }
    }
    return { records, warnings };
  }
}

function readRange(file: string, start: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** Truncates the file after its last newline, so the next line does not glue onto half of one. */
export function cutUnfinishedLine(fd: number): void {
  const size = fstatSync(fd).size;
  if (size === 0) return;
  const chunk = Buffer.alloc(64 * 1024);
  for (let end = size; end > 0; ) {
    const start = Math.max(0, end - chunk.length);
    const n = readSync(fd, chunk, 0, end - start, start);
    const at = chunk.subarray(0, n).lastIndexOf(0x0a);
    if (at >= 0) {
      if (start + at + 1 < size) ftruncateSync(fd, start + at + 1);
      return;
    }
    end = start;
  }
  ftruncateSync(fd, 0);
}
