import { closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocumentProgress } from '../../shared/api/types';
import type { ProjectMeta, TinjauDocument } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import { say, type Said } from '../../shared/messages/text';
import { TinjauError } from '../../shared/api/errors';
import { fsyncDir, writeFileAtomic, writeFully } from './files';

/** One acknowledged change. Entries carry whole records, so replaying one twice is harmless. */
export type JournalOp =
  | {
      readonly op: 'put-segments';
      readonly segments: readonly Segment[];
      readonly revisions: readonly Revision[];
      /** Segments removed in the same change (a join), by id. */
      readonly removed?: readonly string[];
      /** The document's new metadata (e.g. corrected alignment), in the same change. */
      readonly document?: TinjauDocument;
    }
  | { readonly op: 'remove-document'; readonly documentId: string }
  | {
      readonly op: 'add-document';
      readonly document: TinjauDocument;
      readonly segments: readonly Segment[];
      readonly revisions: readonly Revision[];
    }
  | { readonly op: 'put-meta'; readonly meta: ProjectMeta };

/** Where a document's bulky parts are: blobs (`blobs/sha256-…`, electron/services/blobs.ts). */
export interface ShardRef {
  /**
   * Format 3: the segments in document order, in chunks of a few thousand (`chunkSegments`),
   * one blob each (`{"documentId", "segments": [...]}`), so one segment is read without the rest.
   */
  readonly chunks?: readonly string[];
  /** Format 3: `{"documentId", "ids": [[...], ...]}`, each chunk's segment ids: which chunk holds a segment. */
  readonly ids?: string;
  /** Format 2: all the segments in one blob; an upgraded project has them rewritten as chunks at once. */
  readonly segments?: string;
  /** `{"documentId", "revisions": [...]}`. */
  readonly history: string;
  /** The original file's text, when it is kept for export. */
  readonly original?: string;
  /** The document's progress as its segments shard holds it, so listing needs no segments. */
  readonly progress: DocumentProgress;
}

/** A document as the snapshot and the journal hold it: its record without `original`, and its shard. */
export type StoredDocument = Omit<TinjauDocument, 'original'> & { readonly shard: ShardRef };

/**
 * What the journal holds: the change as committed, except that a document's import names the
 * blobs written (and fsync'd) before its line, so one import is one short line. Lines written by
 * earlier versions carry the imported segments inline (`add-document` with `segments`); they
 * replay as they are.
 */
export type StoredOp =
  | Exclude<JournalOp, { readonly op: 'add-document' | 'put-segments' }>
  | (Extract<JournalOp, { readonly op: 'put-segments' }> & {
      /** Each changed document's progress after the change, so listing needs no segments. */
      readonly progress?: Readonly<Record<string, DocumentProgress>>;
    })
  | { readonly op: 'add-document'; readonly document: StoredDocument }
  | Extract<JournalOp, { readonly op: 'add-document' }>;

/**
 * A document carried over from the single-file format (version 1 and before), its segments and
 * history inline; the store writes its shards at once and the snapshot then names them.
 */
export type LegacyDocument = TinjauDocument & {
  readonly legacy: { readonly segments: readonly Segment[]; readonly revisions: readonly Revision[] };
};

/** `project.json` from format 2 on: metadata and the document list, everything bulky in blobs. */
export interface ProjectSnapshot {
  readonly schemaVersion: number;
  /** Sequence number of the last journal entry folded into this snapshot (and its shards). */
  readonly lastSeq: number;
  readonly project: ProjectMeta;
  readonly documents: readonly (StoredDocument | LegacyDocument)[];
}

export type JournalEntry = StoredOp & { readonly seq: number; readonly at: string };

export interface JournalReplay {
  readonly entries: readonly JournalEntry[];
  /** Problems found while reading, e.g. a last line cut short by a crash. */
  readonly warnings: readonly Said[];
  /**
   * The file must be rewritten before anything is appended: it ends in a partial line (which the
   * next entry would be glued onto, damaging both) or holds a damaged line.
   */
  readonly needsRepair: boolean;
  /** A damaged line before the end (not a crash's cut): keep a copy of the file before repairing it. */
  readonly damagedMidway: boolean;
}

/**
 * Append-only edit journal (`journal.jsonl`): each entry is one JSON line, fsync'd before the
 * edit is acknowledged, so an edit the UI showed as saved survives a killed process.
 */
export class Journal {
  private fd: number;
  /** Bytes of whole lines in the file: a failed append is cut back to it. */
  private size: number;

  /** `readOnly`: a project opened for viewing only; nothing is opened for writing, and writes refuse. */
  constructor(
    private readonly file: string,
    private readonly readOnly = false,
  ) {
    if (readOnly) {
      this.fd = -1;
      this.size = existsSync(file) ? statSync(file).size : 0;
      return;
    }
    const created = !existsSync(file);
    this.fd = openSync(file, 'a');
    this.size = fstatSync(this.fd).size;
    // A new journal's name must survive a power cut too, or the edits in it are lost with it.
    if (created) fsyncDir(path.dirname(file));
  }

  private refuseIfReadOnly(): void {
    if (this.readOnly) throw new TinjauError('conflict', say('project.readOnly'));
  }

  static read(file: string): JournalReplay {
    if (!existsSync(file)) return { entries: [], warnings: [], needsRepair: false, damagedMidway: false };
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const entries: JournalEntry[] = [];
    const warnings: Said[] = [];
    let damagedMidway = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as JournalEntry);
      } catch {
        const isLast = lines.slice(i + 1).every((l) => !l.trim());
        damagedMidway = !isLast;
        warnings.push(isLast ? say('recovery.halfWritten') : say('recovery.journalDamaged', { line: String(i + 1) }));
        break;
      }
    }
    return { entries, warnings, needsRepair: warnings.length > 0 || (text.length > 0 && !text.endsWith('\n')), damagedMidway };
  }

  append(entry: JournalEntry): void {
    this.refuseIfReadOnly();
    const bytes = Buffer.from(JSON.stringify(entry) + '\n', 'utf8');
    // A write to a regular file may still be short (e.g. a full disk); never leave half a line.
    try {
      writeFully(this.fd, bytes);
      fsyncSync(this.fd);
    } catch (err) {
      try {
        ftruncateSync(this.fd, this.size);
      } catch {
        /* the next open drops the cut line and repairs the file */
      }
      throw err;
    }
    this.size += bytes.length;
  }

  /** Replaces the journal with `entries`, atomically (used to trim it and to repair a cut line). */
  rewrite(entries: readonly JournalEntry[]): void {
    this.refuseIfReadOnly();
    closeSync(this.fd);
    try {
      writeFileAtomic(this.file, entries.map((e) => JSON.stringify(e) + '\n').join(''));
    } finally {
      this.fd = openSync(this.file, 'a');
      this.size = fstatSync(this.fd).size;
    }
  }

  /** Bytes in the journal file: compaction runs when it grows past a limit. */
  get bytes(): number {
    return this.size;
  }

  close(): void {
    if (this.readOnly) return;
    closeSync(this.fd);
  }
}
