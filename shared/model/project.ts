import type { Revision } from './revision';
import type { Segment } from './segment';

export type Segmentation = 'paragraph' | 'line' | 'sentence';

export type DocumentFormat =
  | 'txt'
  | 'md'
  | 'html'
  | 'docx'
  | 'xliff12'
  | 'xliff20'
  | 'tmx'
  | 'csv'
  | 'tsv'
  | 'xlsx';

export interface TinjauDocument {
  readonly id: string;
  readonly name: string;
  readonly format: DocumentFormat;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly segmentation: Segmentation;
  readonly importedAt: string;
  /** Name of the separate draft file, when the draft came from one. */
  readonly draftFile?: string;
  /** The original bilingual file, kept for lossless export (XLIFF/TMX text). */
  readonly original?: string;
  /** How a separate draft file was paired with the segments; reviewers correct it. */
  readonly alignment?: DocumentAlignment;
}

/** A bead as stored: source segments (by id) paired with draft paragraphs (0-based). */
export interface StoredBead {
  readonly sourceIds: readonly string[];
  readonly draft: readonly number[];
  readonly confidence: number;
  readonly lowConfidence: boolean;
  readonly manual?: boolean;
}

export interface DocumentAlignment {
  /** The draft file's paragraphs (or sentences), as imported. */
  readonly draftParagraphs: readonly string[];
  readonly beads: readonly StoredBead[];
  /** Earlier bead lists, newest last, so corrections can be undone. */
  readonly undo: readonly (readonly StoredBead[])[];
}

export type ReviewerRole = 'translator' | 'reviewer' | 'second-reviewer' | 'project-manager';

export interface Reviewer {
  readonly name: string;
  readonly initials: string;
  readonly role: ReviewerRole;
}

export interface ProjectMeta {
  readonly id: string;
  readonly name: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly createdAt: string;
  /** Shared glossary folders attached to the project (absolute paths), in the order attached. */
  readonly glossaries?: readonly string[];
  /** Shared translation memory folders attached to the project (absolute paths), in the order attached. */
  readonly tms?: readonly string[];
  /** The project's QA profile (JSON, validated by shared/qa's parseQaProfile); defaults when absent. */
  readonly qaProfile?: unknown;
  /** The project's own spelling word list: never reported as misspelled (compared ignoring case). */
  readonly spellingWords?: readonly string[];
  /** MQM pass mark: a document passes with at most this many penalty points per 1,000 source words. */
  readonly mqmThreshold?: number;
  /** QA findings the reviewers decided to ignore, with why. */
  readonly qaIgnores?: readonly QaIgnoreRecord[];
  /** Who works on what in a team project: a document, or a range of its segments. */
  readonly assignments?: readonly Assignment[];
}

export interface Assignment {
  readonly id: string;
  readonly documentId: string;
  /** 1-based segment numbers, inclusive; absent: the whole document. */
  readonly from?: number;
  readonly to?: number;
  readonly assignee: string;
  readonly role: ReviewerRole;
  readonly assignedBy: string;
  readonly at: string;
}

export interface QaIgnoreRecord {
  readonly findingId: string;
  readonly reason: string;
  readonly author: string;
  readonly at: string;
}

/**
 * Everything a project's `project.json` held up to format 1, in one file. From format 2 on the
 * snapshot holds the metadata and document list and names per-document shards
 * (electron/services/journal.ts `ProjectSnapshot`); this shape is what older files and backups
 * are upgraded through.
 */
export interface ProjectData {
  readonly schemaVersion: number;
  /** Sequence number of the last journal entry folded into this snapshot. */
  readonly lastSeq: number;
  readonly project: ProjectMeta;
  readonly documents: readonly TinjauDocument[];
  readonly segments: readonly Segment[];
  readonly revisions: readonly Revision[];
}

export const CURRENT_SCHEMA_VERSION = 3;
