import { alignParagraphs, beadsToSourceDrafts, priorFromExclusions, toSegmentAlignment } from '../align';
import type { BoilerplateRule } from '../boilerplate';
import { detectBoilerplate } from '../boilerplate';
import type { ImportedBlock, ImportedDocument } from '../model/imported';
import type { DocumentAlignment, Segmentation, StoredBead } from '../model/project';
import type { DraftOrigin, Exclusion, SegmentAlignment } from '../model/segment';
import { splitSentences } from '../segment/sentences';
import type { BuiltDocument } from './build-document';
import { buildDocument, segmentIdFor } from './build-document';

export interface ImportPipelineInput {
  readonly documentId: string;
  readonly name: string;
  readonly imported: ImportedDocument;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly segmentation: Segmentation;
  /** A separate draft file's paragraphs; aligned with the source. */
  readonly draft?: { readonly paragraphs: readonly string[]; readonly origin: DraftOrigin; readonly fileName: string };
  /** Boilerplate rules for monolingual sources; bilingual files decide what is translatable. */
  readonly boilerplateRules?: readonly BoilerplateRule[];
  readonly author: string;
  readonly now: string;
  readonly newId: () => string;
  readonly original?: string;
}

export interface ImportPipelineResult extends BuiltDocument {
  /** Draft paragraphs paired with no source paragraph (shown to the reviewer, never dropped). */
  readonly unmatchedDraft: readonly { readonly draft: number; readonly text: string; readonly afterSource: number }[];
}

/**
 * From a reader's blocks to a document: sentence segmentation on request, boilerplate marked
 * excluded (never deleted), and a separate draft aligned to the source.
 */
export function runImportPipeline(input: ImportPipelineInput): ImportPipelineResult {
  const lang = input.sourceLang.startsWith('en') ? 'en' : 'id';
  const targetLang = input.targetLang.startsWith('id') ? 'id' : 'en';
  const hasOwnDrafts = input.imported.blocks.some((b) => b.draft !== undefined);
  const sentenceMode = input.segmentation === 'sentence' && !hasOwnDrafts;
  const blocks: ImportedBlock[] = sentenceMode ? input.imported.blocks.flatMap((b) => toSentences(b, lang)) : [...input.imported.blocks];
  const imported: ImportedDocument = { ...input.imported, blocks };

  const exclusions: (Exclusion | null)[] = input.boilerplateRules
    ? detectBoilerplate(
        blocks.map((b) => b.source),
        input.boilerplateRules,
      ).map((m) => (m ? { rule: m.rule, reason: m.reason, rules: m.rules, lines: m.lines } : null))
    : blocks.map(() => null);

  let draftParagraphs: (string | null)[] | undefined;
  let alignments: (SegmentAlignment | null)[] | undefined;
  let alignment: DocumentAlignment | undefined;
  let unmatchedDraft: ImportPipelineResult['unmatchedDraft'] = [];
  if (input.draft) {
    const units = sentenceMode ? input.draft.paragraphs.flatMap((p) => splitSentences(p, targetLang)) : [...input.draft.paragraphs];
    const result = alignParagraphs(
      blocks.map((b) => b.source),
      units,
      { sourceLang: lang, draftLang: targetLang, untranslatedPrior: priorFromExclusions(exclusions) },
    );
    const { sources, unmatched } = beadsToSourceDrafts(result.beads, units);
    draftParagraphs = sources.map((s) => (s.text ? s.text : null));
    alignments = sources.map((s) => ({ ...toSegmentAlignment(s), ...(s.mergedIntoPrevious ? { mergedIntoPrevious: true } : {}) }));
    const beads: StoredBead[] = result.beads.map((b) => ({
      sourceIds: b.source.map((i) => segmentIdFor(input.documentId, i)),
      draft: b.draft,
      confidence: b.confidence,
      lowConfidence: b.lowConfidence,
    }));
    alignment = { draftParagraphs: units, beads, undo: [] };
    unmatchedDraft = unmatched;
  }

  const built = buildDocument({
    documentId: input.documentId,
    name: input.name,
    imported,
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    segmentation: sentenceMode ? 'sentence' : input.segmentation,
    ...(draftParagraphs && input.draft ? { draftParagraphs, draftOrigin: input.draft.origin, draftFile: input.draft.fileName } : {}),
    author: input.author,
    now: input.now,
    newId: input.newId,
    exclusions,
    ...(alignments ? { alignments } : {}),
    ...(alignment ? { alignment } : {}),
    ...(input.original !== undefined ? { original: input.original } : {}),
  });
  return { ...built, unmatchedDraft };
}

function toSentences(block: ImportedBlock, lang: 'id' | 'en'): ImportedBlock[] {
  if (block.kind !== 'paragraph' && block.kind !== 'list-item') return [block];
  const sentences = splitSentences(block.source, lang);
  return sentences.length <= 1 ? [block] : sentences.map((source) => ({ ...block, source }));
}
