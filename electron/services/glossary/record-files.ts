/**
 * The record files of a glossary folder: `records/<writer>.jsonl`, one per writer, append-only.
 *
 * Each line is one `RevisionRecord` as JSON. Only its writer appends to a file, so two apps never
 * write the same file and no lock is needed. Readers remember how far they got in every file and
 * read only what was added since; a last line without its newline is someone's write in progress
 * (or a crash) and is read again next time, never half-applied.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, readSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { RevisionRecord } from '../../../shared/glossary/merge';
import { TERM_STATUSES } from '../../../shared/glossary/model';
import { fsyncDir } from '../files';

export const RECORDS_DIR = 'records';
const RECORD_EXT = '.jsonl';

/** A new writer id: random, so two processes (or two machines) never pick the same file. */
export function newWriterId(): string {
  return `w-${randomBytes(8).toString('hex')}`;
}

/** Just enough of a check that a line from a shared folder is a revision record. */
function isRecord(value: unknown): value is RevisionRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { entry, parent } = value as { entry?: unknown; parent?: unknown };
  if (parent !== null && typeof parent !== 'string') return false;
  if (typeof entry !== 'object' || entry === null) return false;
  const e = entry as Record<string, unknown>;
  // The term index reads these fields as they are: a bad one would break every term lookup.
  return (
    typeof e.id === 'string' &&
    typeof e.version === 'string' &&
    Array.isArray(e.sourceTerms) &&
    e.sourceTerms.every((t) => typeof t === 'string') &&
    Array.isArray(e.targets) &&
    e.targets.every(isTarget) &&
    typeof e.caseSensitive === 'boolean' &&
    typeof e.createdAt === 'string' &&
    typeof e.updatedAt === 'string'
  );
}

function isTarget(t: unknown): boolean {
  if (typeof t !== 'object' || t === null) return false;
  const { text, status } = t as { text?: unknown; status?: unknown };
  return typeof text === 'string' && (TERM_STATUSES as readonly unknown[]).includes(status);
}

export interface RecordBatch {
  readonly records: RevisionRecord[];
  /** Damaged lines that were skipped, naming the file. */
  readonly warnings: string[];
}

/** Reads the record files of one glossary folder incrementally. */
export class RecordReader {
  /** Bytes of whole lines already read, per file name. */
  private readonly offsets = new Map<string, number>();

  constructor(readonly dir: string) {}

  /** Marks bytes this process wrote itself as read, so they are not applied twice. */
  advance(file: string, bytes: number): void {
    this.offsets.set(file, (this.offsets.get(file) ?? 0) + bytes);
  }

  /** Everything appended to any record file since the last call. */
  readNew(): RecordBatch {
    const records: RevisionRecord[] = [];
    const warnings: string[] = [];
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith(RECORD_EXT));
    } catch {
      // The folder is on a drive that is not reachable right now; the next poll tries again.
      return { records, warnings };
    }
    for (const name of names) {
      const done = this.offsets.get(name) ?? 0;
      let size: number;
      try {
        size = statSync(path.join(this.dir, name)).size;
      } catch {
        continue;
      }
      if (size < done) {
        // Replaced by a sync tool (a restored or re-downloaded copy): read it again from the start;
        // records already known are recognised by their revision and skipped.
        this.offsets.set(name, 0);
        warnings.push(`${name} got shorter; it was read again`);
      }
      if (size <= (this.offsets.get(name) ?? 0)) continue;
      const from = this.offsets.get(name) ?? 0;
      const bytes = readRange(path.join(this.dir, name), from, size - from);
      const lastNewline = bytes.lastIndexOf(0x0a);
      if (lastNewline < 0) continue;
      this.offsets.set(name, from + lastNewline + 1);
      const text = bytes.subarray(0, lastNewline).toString('utf8');
      let lineNo = 0;
      for (const line of text.split('\n')) {
        lineNo++;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = undefined;
        }
        if (isRecord(value)) records.push(value);
        else warnings.push(`${name}: a damaged line was skipped (after byte ${from}, line ${lineNo})`);
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

/** This process's own record file; created on the first write, so readers leave no trace. */
export class RecordWriter {
  private fd: number | null = null;
  private writerId: string;

  /**
   * `continueFile`: append to an existing file of this id (a project's own glossary, whose only
   * writer is the holder of the project lock), cutting off a line a crash left unfinished.
   */
  constructor(
    readonly dir: string,
    writerId: string,
    private readonly continueFile = false,
  ) {
    this.writerId = writerId;
  }

  get fileName(): string {
    return `${this.writerId}${RECORD_EXT}`;
  }

  /** Appends the records as whole lines and fsyncs; returns the file and the bytes written. */
  append(records: readonly RevisionRecord[]): { file: string; bytes: number } {
    const file = this.fileName;
    if (records.length === 0) return { file, bytes: 0 };
    const data = Buffer.from(records.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
    try {
      if (this.fd === null) {
        mkdirSync(this.dir, { recursive: true });
        if (this.continueFile) {
          this.fd = openSync(path.join(this.dir, file), 'a+');
          cutUnfinishedLine(this.fd);
        } else {
          // Writer ids are random per open, so the file is new: 'wx' makes sure of it.
          this.fd = openSync(path.join(this.dir, file), 'wx');
        }
        fsyncDir(this.dir);
      }
      let written = 0;
      while (written < data.length) written += writeSync(this.fd, data, written);
      fsyncSync(this.fd);
    } catch (err) {
      // A failed write may leave half a line: the next write cuts it off or starts a new file.
      this.close();
      if (!this.continueFile) this.writerId = newWriterId();
      throw err;
    }
    return { file, bytes: data.length };
  }

  close(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // The drive went away; there is nothing left to flush.
      }
    }
    this.fd = null;
  }
}

/** Truncates the file after its last newline, so the next line does not glue onto half of one. */
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
