import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import type { ProjectMeta, TinjauDocument } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import { writeFileAtomic } from './files';

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

export type JournalEntry = JournalOp & { readonly seq: number; readonly at: string };

export interface JournalReplay {
  readonly entries: readonly JournalEntry[];
  /** Problems found while reading, e.g. a last line cut short by a crash. */
  readonly warnings: readonly string[];
}

/**
 * Append-only edit journal (`journal.jsonl`): each entry is one JSON line, fsync'd before the
 * edit is acknowledged, so an edit the UI showed as saved survives a killed process.
 */
export class Journal {
  private fd: number;

  constructor(private readonly file: string) {
    this.fd = openSync(file, 'a');
  }

  static read(file: string): JournalReplay {
    if (!existsSync(file)) return { entries: [], warnings: [] };
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const entries: JournalEntry[] = [];
    const warnings: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as JournalEntry);
      } catch {
        const isLast = lines.slice(i + 1).every((l) => !l.trim());
        warnings.push(
          isLast
            ? 'The last change before Tinjau stopped was only half written and was dropped.'
            : `Line ${i + 1} of the edit journal is damaged; changes after it were not recovered.`,
        );
        break;
      }
    }
    return { entries, warnings };
  }

  append(entry: JournalEntry): void {
    writeSync(this.fd, JSON.stringify(entry) + '\n');
    fsyncSync(this.fd);
  }

  /** Keeps only the entries newer than `seq` (the ones not yet in the snapshot). */
  rewriteAfter(seq: number, pending: readonly JournalEntry[]): void {
    closeSync(this.fd);
    const keep = pending.filter((e) => e.seq > seq);
    writeFileAtomic(this.file, keep.map((e) => JSON.stringify(e) + '\n').join(''));
    this.fd = openSync(this.file, 'a');
  }

  close(): void {
    closeSync(this.fd);
  }
}
