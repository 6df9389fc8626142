import type { DocumentAlignment, DocumentFormat, Segmentation, TinjauDocument } from '../model/project';
import type { Revision } from '../model/revision';
import type { DraftOrigin, Exclusion, Segment, SegmentAlignment, SegmentStatus } from '../model/segment';
import type { ImportedDocument } from '../model/imported';
import { FormatError } from '../model/imported';
import { say } from '../messages/text';

export interface BuildDocumentInput {
  readonly documentId: string;
  readonly name: string;
  readonly imported: ImportedDocument;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly segmentation: Segmentation;
  /** Paragraphs of a separate draft file, already paired with the source blocks (or null). */
  readonly draftParagraphs?: readonly (string | null)[];
  readonly draftOrigin?: DraftOrigin;
  readonly draftFile?: string;
  readonly author: string;
  readonly now: string;
  readonly newId: () => string;
  readonly original?: string;
  /** Per block: boilerplate that is kept but not translated. */
  readonly exclusions?: readonly (Exclusion | null)[];
  /** Per block: how the separate draft was paired with it. */
  readonly alignments?: readonly (SegmentAlignment | null)[];
  readonly alignment?: DocumentAlignment;
}

/** Segment ids are the document id and a 1-based number, stable once imported. */
export function segmentIdFor(documentId: string, index: number): string {
  return `${documentId}-${String(index + 1).padStart(4, '0')}`;
}

export interface BuiltDocument {
  readonly document: TinjauDocument;
  readonly segments: Segment[];
  readonly revisions: Revision[];
}

/** Turns a reader's blocks (and an optional paired draft) into a document with stable ids. */
export function buildDocument(input: BuildDocumentInput): BuiltDocument {
  const { imported, documentId } = input;
  const format: DocumentFormat = imported.format;
  const document: TinjauDocument = {
    id: documentId,
    name: input.name,
    format,
    sourceLang: imported.sourceLang ?? input.sourceLang,
    targetLang: imported.targetLang ?? input.targetLang,
    segmentation: input.segmentation,
    importedAt: input.now,
    ...(input.draftFile ? { draftFile: input.draftFile } : {}),
    ...(input.original !== undefined ? { original: input.original } : {}),
    ...(input.alignment ? { alignment: input.alignment } : {}),
  };
  const segments: Segment[] = [];
  const revisions: Revision[] = [];
  imported.blocks.forEach((block, index) => {
    const paired = input.draftParagraphs?.[index];
    const draftText = paired ?? block.draft ?? null;
    const origin: DraftOrigin = paired != null ? (input.draftOrigin ?? 'human') : (block.draftOrigin ?? 'import');
    const status: SegmentStatus = block.status ?? (draftText ? 'draft' : 'new');
    const exclusion = input.exclusions?.[index] ?? null;
    const alignment = input.alignments?.[index] ?? null;
    const segment: Segment = {
      id: segmentIdFor(documentId, index),
      documentId,
      index,
      kind: block.kind,
      source: block.source,
      draft: draftText ? { text: draftText, origin } : null,
      target: draftText ?? '',
      status,
      ...(block.locked
        ? { excluded: { rule: 'file', reason: 'Marked as not to translate in the file' } }
        : block.pageFurniture
          ? { excluded: { rule: 'page', reason: 'Navigation, header or footer of the page' } }
          : exclusion
          ? { excluded: exclusion }
          : {}),
      ...(alignment ? { alignment } : {}),
      ...(block.codes?.length ? { codes: block.codes } : {}),
      ...(block.notes?.length ? { notes: block.notes } : {}),
      ...(block.origin ? { origin: block.origin } : {}),
      ...(block.candidates?.length ? { candidates: block.candidates } : {}),
      ...(block.fileTerms?.length ? { fileTerms: block.fileTerms } : {}),
    };
    segments.push(segment);
    if (draftText) {
      revisions.push({
        id: input.newId(),
        segmentId: segment.id,
        text: draftText,
        status,
        author: input.author,
        at: input.now,
        origin: 'draft-import',
      });
    }
  });
  return { document, segments, revisions };
}

/**
 * Pairs a separate draft file with the source paragraph for paragraph.
 *
 * A different paragraph count is refused with the counts rather than silently mis-paired.
 */
export function pairDraftOneToOne(sourceCount: number, draftParagraphs: readonly string[], draftName: string): string[] {
  if (draftParagraphs.length !== sourceCount) {
    throw new FormatError(
      say('document.draftCountMismatch', { draftName, draftCount: draftParagraphs.length, sourceCount }),
    );
  }
  return [...draftParagraphs];
}
