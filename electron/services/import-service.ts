import { randomBytes, randomUUID } from 'node:crypto';
import type { ChannelArgs } from '../../shared/api/contract';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import type { ImportResult } from '../../shared/api/types';
import { documentProgress } from '../../shared/project/progress';
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
 * journal entry, so a failure or a cancel leaves the project as it was.
 */
export async function importDocument(
  store: ProjectStore,
  settings: SettingsStore,
  args: ChannelArgs<'documents:import'>,
  job?: JobHandle,
  worker?: ImportWorkerOptions,
): Promise<ImportResult> {
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
  const input: BuildImportInput = {
    documentId: `d${randomBytes(4).toString('hex')}`,
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
  const built = worker ? await buildInWorker(worker, input, job) : await buildImport(input, stage, randomUUID);
  cancelled();
  store.commit({ op: 'add-document', document: built.document, segments: built.segments, revisions: built.revisions });
  job?.report(IMPORT_STAGES, IMPORT_STAGES);
  const { original: _o, alignment: _a, ...document } = built.document;
  return {
    document: { ...document, progress: documentProgress(built.segments) },
    warnings: built.warnings,
    lowConfidence: built.segments.filter((s) => s.alignment?.lowConfidence && !s.excluded).map((s) => s.id),
    unmatchedDraft: built.unmatchedDraft,
  };
}

function fromBase64(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}
