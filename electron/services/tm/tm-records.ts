/**
 * The record files of a TM folder: `records/<writer>.jsonl`, one per writer, append-only, as in
 * a glossary folder (electron/services/glossary/README.md).
 *
 * Only its writer appends to a file, so two apps never write the same file and no lock sits in a
 * shared folder. Readers remember how far they got in every file and read only what was added
 * since; a last line without its newline is a write in progress (or a crash) and is read again
 * next time, never half-applied.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, readSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fsyncDir } from '../files';

export const TM_RECORDS_DIR = 'records';
const RECORD_EXT = '.jsonl';

/** One translation unit as stored; a later record with the same `key` replaces an earlier one. */
export interface TmRecord {
  /** `seg:<project id>/<segment id>` for confirmed segments (a correction replaces the unit), `tmx:<hash>` for imports. */
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly author?: string;
  /** ISO 8601. */
  readonly date: string;
  /** The document (or TMX file) the unit came from. */
  readonly document?: string;
  readonly origin: 'confirmed' | 'tmx';
}

function isTmRecord(v: unknown): v is TmRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  // The index reads these fields as they are: a bad line from a shared folder is skipped, not trusted.
  return (
    typeof r.key === 'string' &&
    typeof r.source === 'string' &&
    typeof r.target === 'string' &&
    typeof r.date === 'string' &&
    (r.author === undefined || typeof r.author === 'string') &&
    (r.document === undefined || typeof r.document === 'string') &&
    (r.origin === 'confirmed' || r.origin === 'tmx')
  );
}

export class TmRecordReader {
  private readonly offsets = new Map<string, number>();

  constructor(readonly dir: string) {}

  /** Marks bytes this process wrote itself as read. */
  advance(file: string, bytes: number): void {
    this.offsets.set(file, (this.offsets.get(file) ?? 0) + bytes);
  }

  /** Everything appended since the last call, with warnings for damaged lines. */
  readNew(): { records: TmRecord[]; warnings: string[] } {
    const records: TmRecord[] = [];
    const warnings: string[] = [];
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith(RECORD_EXT)).sort();
    } catch {
      // Not written yet, or a shared drive that is offline: the next refresh tries again.
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
      const from = this.offsets.get(name) ?? 0;
      if (size <= from) continue;
      const bytes = readRange(file, from, size - from);
      const lastNewline = bytes.lastIndexOf(0x0a);
      if (lastNewline < 0) continue;
      this.offsets.set(name, from + lastNewline + 1);
      for (const line of bytes.subarray(0, lastNewline).toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = undefined;
        }
        if (isTmRecord(value)) records.push(value);
        else warnings.push(`${name}: a damaged line was skipped`);
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

/** This process's own record file, created on the first write and continued across sessions. */
export class TmRecordWriter {
  private fd: number | null = null;

  constructor(
    readonly dir: string,
    readonly writerId: string,
  ) {}

  get fileName(): string {
    return `${this.writerId}${RECORD_EXT}`;
  }

  /** Appends whole lines and fsyncs; returns the bytes written. */
  append(records: readonly TmRecord[]): number {
    if (records.length === 0) return 0;
    const data = Buffer.from(records.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
    try {
      if (this.fd === null) {
        mkdirSync(this.dir, { recursive: true });
        // The writer id is this install's (or the project lock holder's), so the file is only ever ours.
        this.fd = openSync(path.join(this.dir, this.fileName), 'a+');
        cutUnfinishedLine(this.fd);
        fsyncDir(this.dir);
      }
      let written = 0;
      while (written < data.length) written += writeSync(this.fd, data, written);
      fsyncSync(this.fd);
    } catch (err) {
      this.close();
      throw err;
    }
    return data.length;
  }

  close(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // The drive went away; nothing left to flush.
      }
    }
    this.fd = null;
  }
}

/** Truncates after the last newline, so the next line does not glue onto half of one. */
function cutUnfinishedLine(fd: number): void {
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
