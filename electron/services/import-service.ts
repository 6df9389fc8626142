import { randomBytes, randomUUID } from 'node:crypto';
import type { ChannelArgs } from '../../shared/api/contract';
import { TinjauError } from '../../shared/api/errors';
import { say, type Said } from '../../shared/messages/text';
import type { ImportResult } from '../../shared/api/types';
import type { ImportedDocument } from '../../shared/model/imported';
import { runImportPipeline } from '../../shared/project/import-pipeline';
import { documentProgress } from '../../shared/project/progress';
import { carryReview } from '../../shared/project/reimport';
import { readDocument } from './import/read-document';
import type { JobHandle } from './jobs';
import { nextTurn } from './jobs';
import type { ProjectStore } from './project-store';
import type { SettingsStore } from './settings-store';

/**
 * The most segments one document may have: ten times a long book (a 20,000-segment book is the
 * size the workbench is built for). A file past it is almost always a data dump or a hostile file,
 * and would take the memory of the machine before the reviewer could do anything with it.
 */
export const MAX_SEGMENTS_PER_DOCUMENT = 200_000;

/**
 * Imports a source file (and a separate draft) into a project, all or nothing: the document is
 * built completely in memory and lands in one journal entry, so a failure leaves the project as
 * it was.
 */
export async function importDocument(store: ProjectStore, settings: SettingsStore, args: ChannelArgs<'documents:import'>, job?: JobHandle): Promise<ImportResult> {
  const paragraphMode = args.paragraphMode ?? 'auto';
  // A file of that name already in the project: the caller says what to do, else it is asked.
  const names = new Set(store.listDocuments().map((d) => d.name));
  const existing = store.listDocuments().find((d) => d.name === args.source.name);
  if (existing && !args.onExisting) throw new TinjauError('conflict', say('reimport.exists', { name: args.source.name, copy: copyName(args.source.name, names) }));
  if (existing && args.onExisting === 'cancel') throw new TinjauError('conflict', say('reimport.cancelled', { name: args.source.name }));
  const name = existing && args.onExisting === 'copy' ? copyName(args.source.name, names) : args.source.name;
  // Stages: read the source, read the draft, build and align, store. A cancel lands between
  // stages, before anything is stored, so a cancelled import leaves the project as it was.
  const stage = async (done: number) => {
    job?.report(done, 4);
    await nextTurn();
    if (job?.cancelled) throw new TinjauError('conflict', say('import.cancelled'));
  };
  await stage(0);
  const source = await readDocument(args.source.name, fromBase64(args.source.base64), { paragraphMode });
  await stage(1);
  let draftParagraphs: string[] | undefined;
  if (args.draft) {
    if (source.bilingual) {
      throw new TinjauError('invalid-input', say('import.draftForBilingual', { name: args.source.name }));
    }
    const draft = await readDocument(args.draft.name, fromBase64(args.draft.base64), { paragraphMode });
    draftParagraphs = draft.imported.blocks.map((b) => b.draft ?? b.source);
  }
  await stage(2);
  const documentId = `d${randomBytes(4).toString('hex')}`;
  const built = runImportPipeline({
    documentId,
    name,
    imported: source.imported,
    sourceLang: store.projectMeta.sourceLang,
    targetLang: store.projectMeta.targetLang,
    segmentation: args.segmentation === 'sentence' ? 'sentence' : paragraphMode === 'line' ? 'line' : 'paragraph',
    ...(draftParagraphs && args.draft ? { draft: { paragraphs: draftParagraphs, origin: args.draftOrigin ?? 'human', fileName: args.draft.name } } : {}),
    ...(boilerplateApplies(source.imported) ? { boilerplateRules: settings.boilerplateRules } : {}),
    author: settings.settings.reviewer.name,
    now: new Date().toISOString(),
    newId: randomUUID,
    ...(source.original !== undefined ? { original: source.original } : {}),
  });
  if (built.segments.length > MAX_SEGMENTS_PER_DOCUMENT) {
    throw new TinjauError('too-large', say('import.tooManySegments', { name: args.source.name, count: built.segments.length, limit: MAX_SEGMENTS_PER_DOCUMENT }));
  }
  await stage(3);
  const replacing = existing && args.onExisting === 'replace' ? existing : null;
  const carried = replacing
    ? carryReview(store.segmentsOf(replacing.id), store.segmentsOf(replacing.id).flatMap((s) => store.revisionsOf(s.id)), built.segments, built.revisions)
    : null;
  const segments = carried?.segments ?? built.segments;
  // The new document lands first, then the old one goes: a stop between the two leaves both, never neither.
  store.commit({ op: 'add-document', document: built.document, segments, revisions: carried?.revisions ?? built.revisions });
  if (replacing) store.commit({ op: 'remove-document', documentId: replacing.id });
  job?.report(4, 4);
  const { original: _o, alignment: _a, ...document } = built.document;
  return {
    document: { ...document, progress: documentProgress(segments) },
    warnings: [
      ...source.imported.warnings,
      ...languageMismatch(source.imported, store.projectMeta),
      ...(carried ? [say('reimport.replaced', { name, kept: carried.kept, fresh: carried.fresh, removed: carried.removed })] : []),
    ],
    lowConfidence: segments.filter((s) => s.alignment?.lowConfidence && !s.excluded).map((s) => s.id),
    unmatchedDraft: built.unmatchedDraft.map((u) => u.text),
  };
}

/** "uji (2).docx", "uji (3).docx"…: the first name not yet in the project. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
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

function fromBase64(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
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
