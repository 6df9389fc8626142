import type { Channel, ChannelArgs, ChannelResult } from '../../shared/api/contract';
import { contract, isChannel } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { TinjauError, type ApiErrorBody, type ApiErrorCode } from '../../shared/api/errors';
import { reason, say, type Said } from '../../shared/messages/text';
import type { AppInfo } from '../../shared/api/types';
import type { Segment } from '../../shared/model/segment';
import { validateRule } from '../../shared/boilerplate/validate';
import { createGlossaryHandlers, GlossaryServices } from './glossary/handlers';
import { createExportHandlers } from './export/handlers';
import { createQaHandlers } from './qa/handlers';
import { createTeamHandlers } from './team/handlers';
import { createTmHandlers } from './tm/handlers';
import { JobRegistry } from './jobs';
import { describeStorageFailure } from './storage-failures';
import { feedTm, tmServicesOf } from './tm/tm-services';
import { seedSampleResources } from './sample/sample-resources';
import type { Workspace } from './workspace';

export type Handlers = { [C in Channel]: (args: ChannelArgs<C>) => Promise<ChannelResult<C>> };

/** The glossary and term channels, served by electron/services/glossary/. */
export type GlossaryChannel = Extract<Channel, `glossary:${string}` | `terms:${string}`>;
export type GlossaryHandlers = Pick<Handlers, GlossaryChannel>;

/** The QA and long-job channels, served by electron/services/qa/. */
export type QaChannel = Extract<Channel, `qa:${string}` | `jobs:${string}`>;
export type QaHandlers = Pick<Handlers, QaChannel>;

/** Exports beyond plain text and CSV, and the outside reviewer's DOCX round trip: electron/services/export/. */
export type ExportChannel = Extract<Channel, 'documents:export' | `reviews:${string}`>;
export type ExportHandlers = Pick<Handlers, ExportChannel>;

/** Translation memory and machine translation: electron/services/tm/. */
export type TmChannel = Extract<Channel, `tm:${string}` | `mt:${string}`>;
export type TmHandlers = Pick<Handlers, TmChannel>;

/** Team projects on a git remote: electron/services/team/. */
export type TeamChannel = Extract<Channel, `team:${string}`>;
export type TeamHandlers = Pick<Handlers, TeamChannel>;

/**
 * Every channel of the contract, served by the workspace's services. `overrides` lets the
 * Electron main process serve what only it can (PDF printing).
 */
export function createHandlers(workspace: Workspace, info: AppInfo, overrides: Partial<Handlers> = {}): Handlers {
  // One set of glossary stores per process: QA reads the same watched glossaries the term panel does.
  const glossaryServices = new GlossaryServices(workspace);
  // One job registry, so `jobs:progress` and `jobs:cancel` see QA runs and exports alike.
  const jobs = new JobRegistry();
  // Segments a batch confirmed go into the TM like a single confirmation's.
  const fedToTm = async <R extends { readonly segments: readonly Segment[] }>(project: string, result: R): Promise<R> => {
    await feedTm(workspace, project, result.segments);
    return result;
  };
  return {
    ...createGlossaryHandlers(workspace, glossaryServices),
    ...createQaHandlers(workspace, { glossaryServices, jobs }),
    ...createExportHandlers(workspace, { jobs, glossaryServices }),
    ...createTmHandlers(workspace, { jobs, glossaryServices }),
    ...createTeamHandlers(workspace, { jobs }),
    'app:info': async () => info,
    'settings:get': async () => workspace.settings.settings,
    'settings:update': async (patch) => workspace.settings.update(patch),
    'projects:recent': async () => workspace.settings.recent,
    'projects:create': async ({ name, location }) => workspace.createProject(name, location),
    'projects:open': async ({ project }) => workspace.openProject(project),
    'projects:openSample': async () =>
      workspace.openSample((dir) => seedSampleResources(dir, glossaryServices.of(dir), tmServicesOf(workspace).of(dir))),
    'projects:saveStatus': async ({ project }) => workspace.saveStatus(project),
    'documents:import': async (args) => {
      if (!args.jobId) return workspace.importDocument(args);
      const job = jobs.start(args.jobId, `Import ${args.source.name}`, 4);
      try {
        return await workspace.importDocument(args, job);
      } finally {
        job.finish();
      }
    },
    'segments:list': async ({ project, documentId }) => workspace.listSegments(project, documentId),
    'segments:page': async ({ project, documentId, offset, limit }) => workspace.pageSegments(project, documentId, offset, limit),
    'segments:update': async (args) => workspace.updateSegment(args),
    'segments:confirm': async ({ project, segmentId }) => workspace.confirmSegment(project, segmentId),
    'documents:remove': async ({ project, documentId }) => workspace.removeDocument(project, documentId),
    'segments:setExcluded': async ({ project, segmentIds, excluded }) => (await workspace.segmentService(project)).setExcluded(segmentIds, excluded),
    'segments:split': async (args) => (await workspace.segmentService(args.project)).split(args),
    'segments:joinNext': async ({ project, segmentId }) => (await workspace.segmentService(project)).joinNext(segmentId),
    'alignment:change': async (args) => (await workspace.segmentService(args.project)).changeAlignment(args),
    'boilerplate:getRules': async () => workspace.settings.boilerplateRules,
    'boilerplate:setRules': async ({ rules }) => {
      const problems = rules.map(validateRule).flatMap((v) => (v.ok ? [] : [v.problem]));
      const first = problems[0];
      if (first) throw new TinjauError('invalid-input', first, problems.map((p) => p.message));
      return workspace.settings.setBoilerplateRules(rules);
    },
    'boilerplate:test': async ({ project, rules, ruleId }) => (await workspace.boilerplateService(project)).test(rules, ruleId),
    'boilerplate:plan': async ({ project, documentIds }) => (await workspace.boilerplateService(project)).plan(documentIds),
    'boilerplate:apply': async ({ project, documentIds, reviewed }) => (await workspace.boilerplateService(project)).apply(documentIds, reviewed),
    'boilerplate:undoApply': async ({ project, batchId }) => (await workspace.boilerplateService(project)).undo(batchId),
    'revisions:list': async ({ project, segmentId }) => workspace.revisions(project, segmentId),
    'reports:pdf': async () =>
      Promise.reject(
        new TinjauError('invalid-input', say('api.pdfDesktopOnly')),
      ),
    'segments:replace': async (args) => (await workspace.reviewService(args.project)).replace(args),
    'segments:bulkStatus': async (args) => fedToTm(args.project, (await workspace.reviewService(args.project)).bulkStatus(args)),
    'segments:undoBatch': async ({ project, batchId }) => (await workspace.reviewService(project)).undoBatch(batchId),
    'segments:propagate': async ({ project, segmentId }) => fedToTm(project, (await workspace.reviewService(project)).propagate(segmentId)),
    'comments:add': async (args) => (await workspace.reviewService(args.project)).addComment(args),
    'comments:setResolved': async (args) => (await workspace.reviewService(args.project)).setResolved(args),
    'annotations:add': async (args) => (await workspace.reviewService(args.project)).addAnnotation(args),
    'annotations:remove': async (args) => (await workspace.reviewService(args.project)).removeAnnotation(args),
    'stats:review': async ({ project, documentId }) => (await workspace.reviewService(project)).stats(documentId),
    'projects:updateSettings': async ({ project, mqmThreshold, spellingWords }) => workspace.updateProjectSettings(project, { mqmThreshold, spellingWords }),
    'dialogs:chooseFolder': async () => Promise.reject(new TinjauError('invalid-input', say('api.folderPickerDesktopOnly'))),
    ...overrides,
  };
}

/**
 * Validates a call's input against the contract and runs its handler.
 *
 * Never throws: bad input and failures come back as typed errors the UI and CLI show.
 */
export async function dispatch(handlers: Handlers, channel: string, rawInput: unknown): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: bodyOf('invalid-input', say('api.unknownCall', { channel })) };
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`);
    return { ok: false, error: { ...bodyOf('invalid-input', say('api.invalidInput', { channel, detail: details[0] ?? '' })), details } };
  }
  try {
    const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof TinjauError) return { ok: false, error: err.toBody() };
    // A full, read-only or failing disk is said in the user's language, never as the raw error.
    const storage = describeStorageFailure(err);
    if (storage) return { ok: false, error: storage.toBody() };
    return { ok: false, error: bodyOf('internal', say('api.internal', { channel, detail: reason(err) })) };
  }
}

function bodyOf(code: ApiErrorCode, said: Said): ApiErrorBody {
  return { code, message: said.message, text: said.text };
}
