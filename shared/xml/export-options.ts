/**
 * What the XML bilingual writers (`createXliff12`, `createXliff20`, `createTmx`) need besides the
 * segments, for documents that did not come from that format.
 *
 * Kept as callbacks so the export service can answer from the revision history without the
 * writers knowing how it is stored.
 */
export interface BilingualDocumentMeta {
  /** Document name; written as XLIFF `original` and TMX `<prop type="x-document">`. */
  readonly name: string;
  /** BCP 47 codes, e.g. `id-ID`, `en-US`. */
  readonly sourceLang: string;
  readonly targetLang: string;
  /** How the document was cut: TMX's `segtype` says it, so a tool with its own segmentation matches whole units. */
  readonly segmentation?: 'paragraph' | 'line' | 'sentence';
}

/** Who created and last changed a segment, and when (ISO 8601). */
export interface SegmentHistorySummary {
  readonly createdBy?: string;
  readonly createdAt?: string;
  readonly changedBy?: string;
  readonly changedAt?: string;
}

/** A reviewer's comment on a segment, written as a note. */
export interface ExportComment {
  readonly author?: string;
  readonly text: string;
}

export interface BilingualExportOptions {
  /** Authors and dates per segment id; defaults to the segment's `updatedBy`/`updatedAt`. */
  readonly historyOf?: (segmentId: string) => SegmentHistorySummary | undefined;
  /** Reviewer comments per segment id. */
  readonly commentsOf?: (segmentId: string) => readonly ExportComment[];
  /** Written as the creating tool's version. */
  readonly toolVersion?: string;
  /** Fallback date for segments without one (ISO 8601); defaults to now. */
  readonly now?: string;
  /** The document a segment is from, when one file holds several (a project's TMX). */
  readonly documentNameOf?: (segment: { readonly documentId: string }) => string | undefined;
}

export const TOOL_NAME = 'Tinjau';
export const DEFAULT_TOOL_VERSION = '0.1.0';
