/**
 * The record files of a TM folder: `records/<writer>.jsonl`, one per writer, append-only, as in
 * a glossary folder (electron/services/glossary/README.md).
 *
 * Only its writer appends to a file, so two apps never write the same file and no lock sits in a
 * shared folder. Readers remember how far they got in every file and read only what was added
 * since; a last line without its newline is a write in progress (or a crash) and is read again
 * next time, never half-applied.
 */
import { closeSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { fsyncDir, writeFully } from '../files';
import { cutUnfinishedLine, RecordFolderReader } from '../records/record-folder';

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

/** Reads what every writer appended to the folder (see records/record-folder.ts). */
export class TmRecordReader extends RecordFolderReader<TmRecord> {
  constructor(dir: string) {
    super(dir, RECORD_EXT, isTmRecord);
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
      writeFully(this.fd, data);
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
