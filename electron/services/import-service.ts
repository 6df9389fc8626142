import { randomBytes, randomUUID } from 'node:crypto';
import type { ChannelArgs } from '../../shared/api/contract';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import type { ImportResult } from '../../shared/api/types';
import type { TinjauDocument } from '../../shared/model/project';
import { documentProgress } from '../../shared/project/progress';
import { carryReview } from '../../shared/project/reimport';
import { buildImport, IMPORT_STAGES, type BuildImportInput } from './import/build-import';
import { buildInWorker, type ImportWorkerOptions } from './import/run-in-worker';
import type { JobHandle } from './jobs';
import { nextTurn } from './jobs';
import type { ProjectStore } from './project-store';
import type { SettingsStore } from './settings-store';

export { MAX_SEGMENTS_PER_DOCUMENT } from './import/build-import';

/**
 * Imports a source file (and a separate draft) into a project, all or nothing: the document is
 * built completely (in a worker thread when `worker` is given, else here) and lands in one
 * journal entry, so a failure or a cancel leaves the project as it was. A file of a name already
 * in the project is replaced (keeping the review of unchanged segments), added as a copy, or
 * refused, as `onExisting` says; without it the import is refused with a message naming the choice.
 */
export function importDocument(
  store: ProjectStore,
  settings: SettingsStore,
  args: ChannelArgs<'documents:import'>,
  job?: JobHandle,
  worker?: ImportWorkerOptions,
): Promise<ImportResult> {
  // The payload is decoded here and `args` is not held while the document is built and stored:
  // its base64 text (75 MB for a 56 MB file) would stay in memory to the end of the import.
  let plan: ImportPlan;
  try {
    plan = planImport(store, settings, args);
  } catch (err) {
    return Promise.reject(err);
  }
  return runImport(store, plan, job, worker);
}

interface ImportPlan {
  readonly input: BuildImportInput;
  readonly name: string;
  /** The document of the same name this import replaces, if any. */
  readonly replacing: TinjauDocument | null;
}

function planImport(store: ProjectStore, settings: SettingsStore, args: ChannelArgs<'documents:import'>): ImportPlan {
  const names = new Set(store.listDocuments().map((d) => d.name));
  const existing = store.listDocuments().find((d) => d.name === args.source.name);
  if (existing && !args.onExisting) throw new TinjauError('conflict', say('reimport.exists', { name: args.source.name, copy: copyName(args.source.name, names) }));
  if (existing && args.onExisting === 'cancel') throw new TinjauError('conflict', say('reimport.cancelled', { name: args.source.name }));
  const name = existing && args.onExisting === 'copy' ? copyName(args.source.name, names) : args.source.name;
  const input: BuildImportInput = {
    documentId: `d${randomBytes(4).toString('hex')}`,
    ...(name !== args.source.name ? { name } : {}),
    source: { name: args.source.name, bytes: fromBase64(args.source.base64) },
    ...(args.draft ? { draft: { name: args.draft.name, bytes: fromBase64(args.draft.base64), origin: args.draftOrigin ?? 'human' } } : {}),
    paragraphMode: args.paragraphMode ?? 'auto',
    segmentation: args.segmentation === 'sentence' ? 'sentence' : 'paragraph',
    sourceLang: store.projectMeta.sourceLang,
    targetLang: store.projectMeta.targetLang,
    boilerplateRules: settings.boilerplateRules,
    author: settings.settings.reviewer.name,
    now: new Date().toISOString(),
  };
  return { input, name, replacing: existing && args.onExisting === 'replace' ? existing : null };
}

async function runImport(store: ProjectStore, plan: ImportPlan, job?: JobHandle, worker?: ImportWorkerOptions): Promise<ImportResult> {
  const { input, name, replacing } = plan;
  const cancelled = () => {
    if (job?.cancelled) throw new TinjauError('conflict', say('import.cancelled'));
  };
  // A cancel lands between stages, before anything is stored.
  const stage = async (done: number) => {
    job?.report(done, IMPORT_STAGES);
    await nextTurn();
    cancelled();
  };
  await stage(0);
  const built = worker ? await buildInWorker(worker, input, job) : await buildImport(input, stage, randomUUID);
  cancelled();
  const carried = replacing
    ? carryReview(store.segmentsOf(replacing.id), store.segmentsOf(replacing.id).flatMap((s) => store.revisionsOf(s.id)), built.segments, built.revisions)
    : null;
  const segments = carried?.segments ?? built.segments;
  // The new document lands first, then the old one goes: a stop between the two leaves both, never neither.
  store.commit({ op: 'add-document', document: built.document, segments, revisions: carried?.revisions ?? built.revisions });
  if (replacing) store.commit({ op: 'remove-document', documentId: replacing.id });
  job?.report(IMPORT_STAGES, IMPORT_STAGES);
  const { original: _o, alignment: _a, ...document } = built.document;
  return {
    document: { ...document, progress: documentProgress(segments) },
    warnings: [...built.warnings, ...(carried ? [say('reimport.replaced', { name, kept: carried.kept, fresh: carried.fresh, removed: carried.removed })] : [])],
    lowConfidence: segments.filter((s) => s.alignment?.lowConfidence && !s.excluded).map((s) => s.id),
    unmatchedDraft: built.unmatchedDraft,
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

/** The payload's bytes with no second copy: a large Buffer has its own ArrayBuffer (a small one is pooled and copied). */
function fromBase64(b64: string): Uint8Array {
  const buffer = Buffer.from(b64, 'base64');
  return buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.length ? new Uint8Array(buffer.buffer) : new Uint8Array(buffer);
}
