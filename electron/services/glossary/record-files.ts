/**
 * The record files of a glossary folder: `records/<writer>.jsonl`, one per writer, append-only.
 *
 * Each line is one `RevisionRecord` as JSON. Only its writer appends to a file, so two apps never
 * write the same file and no lock is needed. Readers remember how far they got in every file and
 * read only what was added since; a last line without its newline is someone's write in progress
 * (or a crash) and is read again next time, never half-applied.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import type { RevisionRecord } from '../../../shared/glossary/merge';
import { TERM_STATUSES } from '../../../shared/glossary/model';
import { fsyncDir, writeFully } from '../files';
import { cutUnfinishedLine, RecordFolderReader } from '../records/record-folder';
import type { Said } from '../../../shared/messages/text';

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
  readonly warnings: Said[];
}

/** Reads the record files of one glossary folder incrementally. */
/** Reads what every writer appended to the folder (see records/record-folder.ts). */
export class RecordReader extends RecordFolderReader<RevisionRecord> {
  constructor(dir: string) {
    super(dir, RECORD_EXT, isRecord);
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
      writeFully(this.fd, data);
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
