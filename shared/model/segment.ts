import type { Annotation, CommentThread } from '../review/model';

/**
 * Segments, drafts and inline codes: the unit a reviewer works on.
 *
 * Inline codes from bilingual files (XLIFF `<g>`, `<ph>`, TMX `<bpt>` ...) are kept out of the
 * editable text: each one is a single private-use character (U+E000 + index into `codes`) in
 * `source`, `draft.text` and `target`, so diffing, QA and the editor work on plain strings while
 * the original markup is written back unchanged on export.
 */

export type SegmentStatus = 'new' | 'draft' | 'edited' | 'reviewed' | 'approved' | 'rejected';

export const SEGMENT_STATUSES: readonly SegmentStatus[] = [
  'new',
  'draft',
  'edited',
  'reviewed',
  'approved',
  'rejected',
];

/** Where a draft came from; review statistics are split by origin. */
export type DraftOrigin = 'mt' | 'human' | 'import' | 'tm';

export const DRAFT_ORIGINS: readonly DraftOrigin[] = ['mt', 'human', 'import', 'tm'];

export interface Draft {
  readonly text: string;
  readonly origin: DraftOrigin;
  /** MT engine name or TM name, when known. */
  readonly engine?: string;
  /** TM match percentage for `tm` drafts. */
  readonly matchPercent?: number;
}

export type InlineCodeKind = 'open' | 'close' | 'placeholder';

export interface InlineCode {
  /** The code's id in the original file (XLIFF `id`, TMX `i`/`x`), or a generated one. */
  readonly id: string;
  readonly kind: InlineCodeKind;
  /** Element name in the original file: g, x, bx, ex, bpt, ept, ph, it, pc, sc, ec, mrk, sub, hi. */
  readonly element: string;
  /** The original markup, written back verbatim on export. */
  readonly xml: string;
  /** Short label for the chip shown to the reviewer, e.g. "<b>" or "{1}". */
  readonly display: string;
}

/** First code point used for inline-code placeholders (Unicode private use area). */
export const INLINE_CODE_BASE = 0xe000;

export function inlineCodeChar(index: number): string {
  return String.fromCharCode(INLINE_CODE_BASE + index);
}

export function inlineCodeIndex(char: string): number | null {
  const code = char.charCodeAt(0);
  return code >= INLINE_CODE_BASE && code < INLINE_CODE_BASE + 0x1000 ? code - INLINE_CODE_BASE : null;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'caption';

export interface SegmentAlignment {
  /** 0..1; how sure the aligner is of this pairing. */
  readonly confidence: number;
  readonly lowConfidence: boolean;
  /** Which draft paragraphs (0-based, in the draft file) were joined into this draft. */
  readonly draftParagraphs: readonly number[];
  /** The draft that covers this paragraph sits on the previous segment (two paragraphs, one draft). */
  readonly mergedIntoPrevious?: boolean;
}

export interface Exclusion {
  /** Id of the boilerplate rule that matched, 'manual' (the reviewer) or 'file' (marked in the file). */
  readonly rule: string;
  /** In English, as said when it was excluded: the rule labels, or who excluded it. */
  readonly reason: string;
  /** Every rule that matched one of the lines, and how many lines, so the interface can say it in its language. */
  readonly rules?: readonly string[];
  readonly lines?: number;
}

export interface Segment {
  /** Stable across edits, merges and exports. */
  readonly id: string;
  readonly documentId: string;
  /** 0-based position in the document. */
  readonly index: number;
  readonly kind: BlockKind;
  readonly source: string;
  readonly draft: Draft | null;
  readonly target: string;
  readonly status: SegmentStatus;
  readonly excluded?: Exclusion;
  readonly codes?: readonly InlineCode[];
  readonly alignment?: SegmentAlignment;
  /** Notes carried from the imported file (XLIFF `<note>`, TMX `<note>`). */
  readonly notes?: readonly string[];
  /** Where the segment lives in an imported bilingual file, for a lossless export. */
  readonly origin?: SegmentOriginRef;
  /** Translation candidates the file brought (XLIFF 2 `mtc:match`, XLIFF 1.2 `alt-trans`), shown as TM matches. */
  readonly candidates?: readonly FileCandidate[];
  /** Terms the file brought for this segment (XLIFF 2 `gls:glossEntry`), shown in the term panel. */
  readonly fileTerms?: readonly FileTerm[];
  readonly updatedAt?: string;
  readonly updatedBy?: string;
  /** Comment threads on the segment. */
  readonly comments?: readonly CommentThread[];
  /** MQM error annotations on spans of the target. */
  readonly annotations?: readonly Annotation[];
  /** Time reviewers spent with this segment active, in milliseconds. */
  readonly activeMs?: number;
  /** Set when two team members changed the segment at once (team sync): both versions, until someone resolves it. */
  readonly conflict?: SegmentConflict;
}

/** One side of a team conflict: what a team member wrote, when. */
export interface ConflictVersion {
  readonly text: string;
  readonly status: SegmentStatus;
  readonly author: string;
  readonly at: string;
}

export interface SegmentConflict {
  /** Oldest first; the segment's target is the newest until someone picks or merges. */
  readonly versions: readonly ConflictVersion[];
  /** The text both started from, when known. */
  readonly base?: string;
}

/** A translation candidate carried by an imported file; kept on the segment, never merged into a TM by itself. */
export interface FileCandidate {
  readonly source: string;
  readonly target: string;
  /** Who or what made it (the file's `origin`: a TM name, an MT engine). */
  readonly origin?: string;
  /** Match percentage the file gives (`matchQuality`, `similarity`, `match-quality`). */
  readonly score?: number;
}

/** A glossary entry carried by an imported file for one unit; kept on the segment, not in the project glossary. */
export interface FileTerm {
  readonly term: string;
  readonly translations: readonly string[];
  readonly definition?: string;
}

export interface SegmentOriginRef {
  /** Unit id in the original file (XLIFF trans-unit/unit id, TMX tuid). */
  readonly unitId?: string;
  /** Segment id inside a unit (XLIFF 1.2 mrk mid, XLIFF 2.0 segment id). */
  readonly subId?: string;
  /** Original file's state/approved values, for round trips. */
  readonly state?: string;
}

/** Statuses that count as confirmed by a reviewer. */
export function isConfirmed(status: SegmentStatus): boolean {
  return status === 'reviewed' || status === 'approved';
}
