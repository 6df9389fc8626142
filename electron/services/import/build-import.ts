import { TinjauError } from '../../../shared/api/errors';
import type { BoilerplateRule } from '../../../shared/boilerplate/rules';
import type { ParagraphMode } from '../../../shared/formats/txt/txt';
import { say, type Said } from '../../../shared/messages/text';
import type { ImportedDocument } from '../../../shared/model/imported';
import type { Revision } from '../../../shared/model/revision';
import type { Segment } from '../../../shared/model/segment';
import type { TinjauDocument } from '../../../shared/model/project';
import { runImportPipeline } from '../../../shared/project/import-pipeline';
import { readDocument } from './read-document';

/**
 * The most segments one document may have: ten times a long book (a 20,000-segment book is the
 * size the workbench is built for). A file past it is almost always a data dump or a hostile file,
 * and would take the memory of the machine before the reviewer could do anything with it.
 */
export const MAX_SEGMENTS_PER_DOCUMENT = 200_000;

/** Everything an import needs to build a document, as plain data (it crosses to a worker thread). */
export interface BuildImportInput {
  readonly documentId: string;
  /** The document's name in the project, when it is not the file's (a copy: "uji (2).docx"). */
  readonly name?: string;
  readonly source: { readonly name: string; readonly bytes: Uint8Array };
  readonly draft?: { readonly name: string; readonly bytes: Uint8Array; readonly origin: 'mt' | 'human' };
  readonly paragraphMode: ParagraphMode;
  readonly segmentation: 'paragraph' | 'sentence';
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly boilerplateRules: readonly BoilerplateRule[];
  readonly author: string;
  readonly now: string;
}

/** The document built from the files, not yet stored. */
export interface BuiltImport {
  readonly document: TinjauDocument;
  readonly segments: readonly Segment[];
  readonly revisions: readonly Revision[];
  readonly unmatchedDraft: readonly string[];
  readonly warnings: readonly Said[];
}

/** The stages of an import, reported as `done` of this many (the last one, storing, is the caller's). */
export const IMPORT_STAGES = 4;

/**
 * Reads the source (and a separate draft), segments and aligns them: all the work of an import
 * but storing it. `stage(n)` is called after each step (a cancel may land there). Pure of the
 * project: it runs in the main process or in a worker thread alike.
 */
export async function buildImport(input: BuildImportInput, stage: (done: number) => Promise<void> | void, newId: () => string): Promise<BuiltImport> {
  const { paragraphMode } = input;
  const source = await readDocument(input.source.name, takeBytes(input.source.bytes), { paragraphMode });
  await stage(1);
  let draftParagraphs: string[] | undefined;
  if (input.draft) {
    if (source.bilingual) {
      throw new TinjauError('invalid-input', say('import.draftForBilingual', { name: input.source.name }));
    }
    const draft = await readDocument(input.draft.name, takeBytes(input.draft.bytes), { paragraphMode });
    draftParagraphs = draft.imported.blocks.map((b) => b.draft ?? b.source);
  }
  await stage(2);
  const built = runImportPipeline({
    documentId: input.documentId,
    name: input.name ?? input.source.name,
    imported: source.imported,
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    segmentation: input.segmentation === 'sentence' ? 'sentence' : paragraphMode === 'line' ? 'line' : 'paragraph',
    ...(draftParagraphs && input.draft ? { draft: { paragraphs: draftParagraphs, origin: input.draft.origin, fileName: input.draft.name } } : {}),
    ...(boilerplateApplies(source.imported) ? { boilerplateRules: input.boilerplateRules } : {}),
    author: input.author,
    now: input.now,
    newId,
    ...(source.original !== undefined ? { original: source.original } : {}),
  });
  if (built.segments.length > MAX_SEGMENTS_PER_DOCUMENT) {
    throw new TinjauError('too-large', say('import.tooManySegments', { name: input.source.name, count: built.segments.length, limit: MAX_SEGMENTS_PER_DOCUMENT }));
  }
  await stage(3);
  return {
    document: built.document,
    segments: built.segments,
    revisions: built.revisions,
    unmatchedDraft: built.unmatchedDraft.map((u) => u.text),
    warnings: [...source.imported.warnings, ...languageMismatch(source.imported, input)],
  };
}

/**
 * The file's bytes moved out of the input (the input's view is left empty), so they are dropped
 * once read rather than held by the input while the document is built and stored: 56 MB at a
 * 100,000-unit XLIFF. Bytes sharing their memory with other views are read in place.
 */
function takeBytes(bytes: Uint8Array): Uint8Array {
  const buffer = bytes.buffer;
  if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) return bytes;
  return new Uint8Array(structuredClone(buffer, { transfer: [buffer] }));
}

/** A bilingual file in another language pair than the project's is most likely the wrong file. */
function languageMismatch(imported: { readonly sourceLang?: string; readonly targetLang?: string }, project: { readonly sourceLang: string; readonly targetLang: string }): Said[] {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';
  const differs = (file: string | undefined, wanted: string) => file !== undefined && file !== '' && primary(file) !== primary(wanted);
  if (!differs(imported.sourceLang, project.sourceLang) && !differs(imported.targetLang, project.targetLang)) return [];
  return [
    say('import.otherLanguages', {
      file: `${imported.sourceLang ?? '?'} → ${imported.targetLang ?? '?'}`,
      project: `${project.sourceLang} → ${project.targetLang}`,
    }),
  ];
}

/**
 * Whether the user's boilerplate rules mark segments of this file. XLIFF and TMX say themselves
 * what is translatable; a two-column table does not, unless it has a status column (Tinjau's own
 * table export: its "excluded" rows come back excluded, and a row the reviewer included stays so).
 */
function boilerplateApplies(imported: ImportedDocument): boolean {
  if (imported.format === 'xliff12' || imported.format === 'xliff20' || imported.format === 'tmx') return false;
  if (imported.format !== 'csv' && imported.format !== 'tsv' && imported.format !== 'xlsx') return true;
  return !imported.blocks.some((b) => b.status !== undefined || b.locked === true);
}
