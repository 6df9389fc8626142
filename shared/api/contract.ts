import { z } from 'zod';
import { KEY_ACTIONS } from '../keymap';
import type { BoilerplateRule } from '../boilerplate/rules';
import type { Revision } from '../model/revision';
import type { Segment } from '../model/segment';
import type { EntryHistoryItem, GlossaryImportResult, GlossaryView, SegmentTerms } from './glossary-types';
import type { GlossaryEntry } from '../glossary/model';
import type { QaProfile } from '../qa/profile';
import type { MessageText, Said } from '../messages/text';
import type { QaFinding } from '../qa/types';
import type { JobProgress, QaRunResult } from './qa-types';
import type { BatchResult, ReplaceResult, ReviewStats } from './review-types';
import type { RulesApplyResult, RulesPlan, RuleTestResult, RulesUndoResult } from './boilerplate-types';
import type { ConflictItem, SyncReport, TeamStatus, TrackedChange } from './team-types';
import type { Assignment } from '../model/project';
import type { MtProviderInfo, PretranslateResult, ReviewImportResult, TmConcordanceHit, TmMatch, TmSource } from './tm-types';
import { MQM_CATEGORY_IDS } from '../review/mqm';
import type { MqmCategory } from '../review/mqm';
import type { SaveStatus } from './save-status';
import type { AppInfo, ExportedFile, ImportResult, ProjectSummary, RecentProject, Settings } from './types';

/**
 * The one API between the renderer and the services.
 *
 * Every call is a `domain:verb` channel with a zod schema for its input and a TypeScript type for
 * its result. Electron IPC (electron/ipc.ts) and the loopback bridge (electron/bridge/) dispatch
 * the same channels to the same handlers, so the renderer cannot tell which transport it is on.
 */

const projectPath = z.string().min(1).max(4096);
const id = z.string().min(1).max(200);
const segmentStatus = z.enum(['new', 'draft', 'edited', 'reviewed', 'approved', 'rejected']);
/** Imports are capped so a wrong pick (a video, a disk image) gets a message, not a frozen app. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
const filePayload = z.object({
  name: z.string().min(1).max(1000),
  base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, 'The file is larger than 100 MB'),
});

export const reviewerSchema = z.object({
  name: z.string().trim().min(1).max(200),
  initials: z.string().trim().min(1).max(8),
  role: z.enum(['translator', 'reviewer', 'second-reviewer', 'project-manager']),
});

// The format lists live in a module without zod, so the CLI's help loads nothing heavy.
import { exportFormats, glossaryExportFormats, paragraphModes } from './formats';
export { exportFormats, glossaryExportFormats, IMPORT_EXTENSIONS, paragraphModes } from './formats';
export type { ExportFormat } from './formats';

const boilerplateRule = z.object({
  id: z.string().trim().min(1).max(80),
  label: z.string().max(200),
  pattern: z.string().max(400),
  flags: z.string().max(8),
  enabled: z.boolean(),
  appliesTo: z.enum(['whole', 'start']),
});

const alignmentChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['merge-next', 'split', 'shift-up', 'shift-down', 'no-draft']), segmentId: id }),
  z.object({ kind: z.literal('undo') }),
]);

const glossaryTarget = z.object({
  text: z.string().trim().min(1).max(500),
  status: z.enum(['preferred', 'admitted', 'forbidden']),
  note: z.string().max(2000).optional(),
});

/** What a reviewer edits in an entry; ids, revisions and dates are the services' business. */
export const entryFieldsSchema = z.object({
  sourceTerms: z.array(z.string().trim().min(1).max(500)).min(1).max(50),
  targets: z.array(glossaryTarget).min(1).max(50),
  pos: z.string().max(50).optional(),
  note: z.string().max(5000).optional(),
  domain: z.string().max(200).optional(),
  caseSensitive: z.boolean(),
  morphology: z.enum(['derived', 'inflected', 'exact']).optional(),
});

const schemas = {
  none: z.object({}),
  settingsPatch: z
    .object({ reviewer: reviewerSchema, uiLanguage: z.enum(['en', 'id']), theme: z.enum(['light', 'dark', 'system']), autoPropagate: z.boolean(), mqmThreshold: z.number().min(0).max(1000), shortcuts: z.partialRecord(z.enum(KEY_ACTIONS), z.string().max(40)), sourceFont: z.string().max(200), targetFont: z.string().max(200), fontSize: z.number().min(10).max(32), autosaveMs: z.number().int().min(100).max(10_000), defaultExportFormat: z.enum(exportFormats) })
    .partial(),
  createProject: z.object({ name: z.string().trim().min(1).max(120), location: z.string().max(4096).optional() }),
  project: z.object({ project: projectPath }),
  importDocument: z.object({
    project: projectPath,
    source: filePayload,
    draft: filePayload.optional(),
    draftOrigin: z.enum(['mt', 'human']).optional(),
    paragraphMode: z.enum(paragraphModes).optional(),
    segmentation: z.enum(['paragraph', 'sentence']).optional(),
    /** A file of that name already in the project: replace it (keeping the review of unchanged segments), add a copy, or import nothing. Absent: refused, saying so. */
    onExisting: z.enum(['replace', 'copy', 'cancel']).optional(),
    /** Chosen by the caller to follow the import's progress and cancel it. */
    jobId: z.string().min(8).max(80).optional(),
  }),
  document: z.object({ project: projectPath, documentId: id }),
  /** A window of a document's segments: the workbench paints the first one, then reads on. */
  segmentPage: z.object({ project: projectPath, documentId: id, offset: z.number().int().min(0), limit: z.number().int().min(1).max(10_000) }),
  segment: z.object({ project: projectPath, segmentId: id }),
  updateSegment: z.object({
    project: projectPath,
    segmentId: id,
    target: z.string().max(1_000_000).optional(),
    status: segmentStatus.optional(),
    /** 'restore' when a reviewer brings back an earlier revision. */
    origin: z.enum(['typing', 'restore']).optional(),
    /** Time spent with the segment active since the last save, in ms. */
    activeMs: z.number().int().min(0).max(86_400_000).optional(),
  }),
  replace: z.object({
    project: projectPath,
    documentId: id,
    find: z.string().min(1).max(1000),
    replace: z.string().max(10_000),
    scope: z.enum(['target', 'source']).optional(),
    regex: z.boolean(),
    matchCase: z.boolean(),
    wholeWord: z.boolean(),
    /** False: only preview. True: apply the changes as one batch. */
    apply: z.boolean(),
  }),
  bulkStatus: z.object({ project: projectPath, segmentIds: z.array(id).min(1).max(100_000), status: segmentStatus }),
  batch: z.object({ project: projectPath, batchId: z.string().min(1).max(100) }),
  addComment: z.object({ project: projectPath, segmentId: id, threadId: z.string().max(100).optional(), text: z.string().trim().min(1).max(20_000) }),
  resolveThread: z.object({ project: projectPath, segmentId: id, threadId: z.string().min(1).max(100), resolved: z.boolean() }),
  addAnnotation: z.object({
    project: projectPath,
    segmentId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    category: z.enum(MQM_CATEGORY_IDS as [MqmCategory, ...MqmCategory[]]),
    severity: z.enum(['neutral', 'minor', 'major', 'critical']),
    note: z.string().max(5000),
  }),
  removeAnnotation: z.object({ project: projectPath, segmentId: id, annotationId: z.string().min(1).max(100) }),
  stats: z.object({ project: projectPath, documentId: id.optional() }),
  projectSettings: z.object({
    project: projectPath,
    mqmThreshold: z.number().min(0).max(1000).optional(),
    /** The project's own words that are never misspelled (names, jargon). */
    spellingWords: z.array(z.string().trim().min(1).max(100)).max(20_000).optional(),
  }),
  exportDocument: z.object({
    project: projectPath,
    documentId: id,
    format: z.enum(exportFormats),
    /** TMX: only approved segments. */
    onlyApproved: z.boolean().optional(),
    /** Target documents: keep the excluded boilerplate too. */
    includeExcluded: z.boolean().optional(),
    jobId: z.string().min(8).max(80).optional(),
  }),
  importReview: z.object({
    project: projectPath,
    file: filePayload,
    /** Who edited the English column outside Tinjau: the revisions are attributed to them. */
    reviewer: z.string().trim().min(1).max(200),
    /** False: only say what would change. True: apply it. */
    apply: z.boolean(),
  }),
  tmSearch: z.object({ project: projectPath, text: z.string().min(1).max(20_000), limit: z.number().int().min(1).max(50).optional() }),
  tmConcordance: z.object({ project: projectPath, query: z.string().trim().min(1).max(500), limit: z.number().int().min(1).max(500).optional() }),
  tmImport: z.object({ project: projectPath, file: filePayload, tm: z.string().max(4096).optional() }),
  tmAttach: z.object({ project: projectPath, path: z.string().min(1).max(4096), create: z.boolean().optional(), name: z.string().max(200).optional() }),
  pretranslate: z.object({
    project: projectPath,
    documentId: id,
    /** Fill drafts from TM matches at or above this percentage. */
    tmThreshold: z.number().min(50).max(101),
    /** An MT provider id for what the TM does not cover. */
    mt: z.string().max(100).optional(),
    /** Only these segments; otherwise every segment without a draft. */
    segmentIds: z.array(id).max(100_000).optional(),
    jobId: z.string().min(8).max(80).optional(),
  }),
  mtProvider: z.object({
    id: z.string().trim().min(1).max(100),
    kind: z.enum(['openai', 'libretranslate', 'deepl']),
    name: z.string().trim().min(1).max(200),
    endpoint: z.string().url().max(2000),
    model: z.string().max(200).optional(),
    /** Sent once and kept in the OS keychain (Electron safeStorage), never in project files or logs. */
    apiKey: z.string().max(1000).optional(),
    maxRequestsPerMinute: z.number().int().min(1).max(10_000).optional(),
  }),
  mtRef: z.object({ id: z.string().min(1).max(100) }),
  chooseFolder: z.object({ title: z.string().max(200), create: z.boolean().optional() }),
  setExcluded: z.object({ project: projectPath, segmentIds: z.array(id).min(1).max(100_000), excluded: z.boolean() }),
  splitSegment: z.object({
    project: projectPath,
    segmentId: id,
    sourceOffset: z.number().int().min(1),
    targetOffset: z.number().int().min(0).optional(),
  }),
  alignment: z.object({ project: projectPath, documentId: id, change: alignmentChange }),
  rules: z.object({ rules: z.array(boilerplateRule).max(500) }),
  /** `documentIds` empty: every document of the project. */
  ruleTest: z.object({ project: projectPath, rules: z.array(boilerplateRule).max(500), ruleId: z.string().min(1).max(200) }),
  rulesPlan: z.object({ project: projectPath, documentIds: z.array(id).max(100_000) }),
  rulesApply: z.object({ project: projectPath, documentIds: z.array(id).max(100_000), reviewed: z.enum(['exclude', 'keep']) }),
  glossaryOf: z.object({ project: projectPath, glossary: z.string().max(4096).optional() }),
  saveEntry: z.object({
    project: projectPath,
    glossary: z.string().max(4096).optional(),
    /** The revision being edited; absent for a new entry. A stale one is merged or kept as a conflict. */
    id: z.string().max(200).optional(),
    baseVersion: z.string().max(200).optional(),
    fields: entryFieldsSchema,
  }),
  entryRef: z.object({ project: projectPath, glossary: z.string().max(4096), id: z.string().min(1).max(200) }),
  /** `fields`: a merged version edited from the chosen revision, instead of the revision as it is. */
  resolveConflict: z.object({ project: projectPath, glossary: z.string().max(4096), id: z.string().min(1).max(200), chosenVersion: z.string().min(1).max(200), fields: entryFieldsSchema.optional() }),
  mergeEntries: z.object({ project: projectPath, glossary: z.string().max(4096), ids: z.array(z.string().min(1).max(200)).min(2).max(50) }),
  importGlossary: z.object({
    project: projectPath,
    glossary: z.string().max(4096).optional(),
    file: filePayload,
    splitAlternatives: z.boolean().optional(),
    /** For CSV/TSV/XLSX: which column holds what (0-based); guessed from the header otherwise. */
    columns: z
      .object({ source: z.number().int().min(0), target: z.number().int().min(0), status: z.number().int().min(0).optional(), note: z.number().int().min(0).optional(), pos: z.number().int().min(0).optional(), forms: z.number().int().min(0).optional() })
      .optional(),
  }),
  exportGlossary: z.object({ project: projectPath, glossary: z.string().max(4096).optional(), format: z.enum(glossaryExportFormats) }),
  attachGlossary: z.object({ project: projectPath, path: z.string().min(1).max(4096), create: z.boolean().optional(), name: z.string().max(200).optional() }),
  segmentTerms: z.object({ project: projectPath, segmentId: id, target: z.string().max(1_000_000).optional() }),
  runQa: z.object({
    project: projectPath,
    /** One document, or the whole project when absent. */
    documentId: id.optional(),
    /** Chosen by the caller so it can poll `jobs:progress` and `jobs:cancel` while the run goes on. */
    jobId: z.string().min(8).max(80).optional(),
  }),
  qaSegment: z.object({ project: projectPath, segmentId: id, target: z.string().max(1_000_000).optional() }),
  qaIgnore: z.object({ project: projectPath, findingId: z.string().min(1).max(200), reason: z.string().trim().max(2000), ignored: z.boolean() }),
  qaProfile: z.object({ project: projectPath, profile: z.unknown() }),
  qaReport: z.object({ project: projectPath, documentId: id.optional(), format: z.enum(['html', 'csv']) }),
  job: z.object({ jobId: z.string().min(8).max(80) }),
  documentTerms: z.object({ project: projectPath, documentId: id }),
  /** The rows on screen and about to be: a screenful or a few, never a document. */
  segmentsTerms: z.object({ project: projectPath, segmentIds: z.array(id).max(1000) }),
  teamLink: z.object({
    project: projectPath,
    url: z.string().trim().min(1).max(4096),
    token: z.string().max(4096).optional(),
    username: z.string().max(200).optional(),
    jobId: z.string().min(8).max(80).optional(),
  }),
  teamSync: z.object({ project: projectPath, jobId: z.string().min(8).max(80).optional() }),
  teamResolve: z.object({ project: projectPath, segmentId: id, text: z.string().max(1_000_000) }),
  teamAcknowledge: z.object({ project: projectPath, segmentIds: z.array(id).max(100_000) }),
  teamUnassign: z.object({ project: projectPath, assignmentId: id }),
  teamAssign: z.object({
    project: projectPath,
    documentId: id,
    assignee: z.string().trim().min(1).max(200),
    role: z.enum(['translator', 'reviewer', 'second-reviewer']),
    from: z.number().int().min(1).optional(),
    to: z.number().int().min(1).optional(),
  }),
};

/** Declares a channel: its input schema and, as a phantom type, its result. */
function channel<O>() {
  return <I extends z.ZodType>(input: I): { readonly input: I; readonly result?: O } => ({ input });
}

export const contract = {
  'app:info': channel<AppInfo>()(schemas.none),
  'settings:get': channel<Settings>()(schemas.none),
  'settings:update': channel<Settings>()(schemas.settingsPatch),
  'projects:recent': channel<readonly RecentProject[]>()(schemas.none),
  'projects:create': channel<ProjectSummary>()(schemas.createProject),
  'projects:open': channel<ProjectSummary>()(schemas.project),
  'projects:openSample': channel<ProjectSummary>()(schemas.none),
  /** Polled by the workbench: a failing background write shows at once (and is retried). */
  'projects:saveStatus': channel<SaveStatus>()(schemas.project),
  'documents:import': channel<ImportResult>()(schemas.importDocument),
  'documents:export': channel<ExportedFile>()(schemas.exportDocument),
  'segments:list': channel<readonly Segment[]>()(schemas.document),
  'segments:page': channel<{ readonly segments: readonly Segment[]; readonly total: number }>()(schemas.segmentPage),
  'segments:update': channel<Segment>()(schemas.updateSegment),
  'segments:confirm': channel<Segment>()(schemas.segment),
  'documents:remove': channel<ProjectSummary>()(schemas.document),
  'segments:setExcluded': channel<readonly Segment[]>()(schemas.setExcluded),
  'segments:split': channel<readonly Segment[]>()(schemas.splitSegment),
  'segments:joinNext': channel<readonly Segment[]>()(schemas.segment),
  'alignment:change': channel<readonly Segment[]>()(schemas.alignment),
  'boilerplate:getRules': channel<readonly BoilerplateRule[]>()(schemas.none),
  'boilerplate:setRules': channel<readonly BoilerplateRule[]>()(schemas.rules),
  /** The paragraphs of the project's documents one rule (of the rules as edited) catches. */
  'boilerplate:test': channel<RuleTestResult>()(schemas.ruleTest),
  /** How many segments applying the saved rules to documents already imported would change. */
  'boilerplate:plan': channel<RulesPlan>()(schemas.rulesPlan),
  'boilerplate:apply': channel<RulesApplyResult>()(schemas.rulesApply),
  'boilerplate:undoApply': channel<RulesUndoResult>()(schemas.batch),
  'revisions:list': channel<readonly Revision[]>()(schemas.segment),
  'segments:replace': channel<ReplaceResult>()(schemas.replace),
  'segments:bulkStatus': channel<BatchResult>()(schemas.bulkStatus),
  'segments:undoBatch': channel<BatchResult>()(schemas.batch),
  'segments:propagate': channel<BatchResult>()(schemas.segment),
  'comments:add': channel<Segment>()(schemas.addComment),
  'comments:setResolved': channel<Segment>()(schemas.resolveThread),
  'annotations:add': channel<Segment>()(schemas.addAnnotation),
  'annotations:remove': channel<Segment>()(schemas.removeAnnotation),
  'stats:review': channel<ReviewStats>()(schemas.stats),
  'projects:updateSettings': channel<ProjectSummary>()(schemas.projectSettings),
  'reviews:import': channel<ReviewImportResult>()(schemas.importReview),
  /** The review report as PDF: made by the desktop app (Electron's printToPDF). */
  'reports:pdf': channel<ExportedFile>()(schemas.document),
  /** The desktop app's folder picker (projects, shared glossaries and TMs); null when cancelled. */
  'dialogs:chooseFolder': channel<string | null>()(schemas.chooseFolder),
  'team:status': channel<TeamStatus>()(schemas.project),
  'team:link': channel<SyncReport>()(schemas.teamLink),
  'team:sync': channel<SyncReport>()(schemas.teamSync),
  'team:conflicts': channel<readonly ConflictItem[]>()(schemas.project),
  'team:resolve': channel<Segment>()(schemas.teamResolve),
  'team:assign': channel<readonly Assignment[]>()(schemas.teamAssign),
  'team:unassign': channel<readonly Assignment[]>()(schemas.teamUnassign),
  'team:tracked': channel<readonly TrackedChange[]>()(schemas.document),
  'team:acknowledge': channel<void>()(schemas.teamAcknowledge),
  'tm:list': channel<readonly TmSource[]>()(schemas.project),
  'tm:attach': channel<readonly TmSource[]>()(schemas.tmAttach),
  'tm:detach': channel<readonly TmSource[]>()(schemas.tmAttach),
  'tm:import': channel<{ readonly added: number; readonly warnings: readonly Said[] }>()(schemas.tmImport),
  'tm:search': channel<readonly TmMatch[]>()(schemas.tmSearch),
  'tm:concordance': channel<readonly TmConcordanceHit[]>()(schemas.tmConcordance),
  'tm:pretranslate': channel<PretranslateResult>()(schemas.pretranslate),
  'mt:providers': channel<readonly MtProviderInfo[]>()(schemas.none),
  'mt:saveProvider': channel<readonly MtProviderInfo[]>()(schemas.mtProvider),
  'mt:removeProvider': channel<readonly MtProviderInfo[]>()(schemas.mtRef),
  /** `text`: the result by key (shared/messages), for the interface language. */
  'mt:test': channel<{ readonly ok: boolean; readonly message: string; readonly text?: MessageText }>()(schemas.mtRef),
  'glossary:view': channel<GlossaryView>()(schemas.glossaryOf),
  /** Cheap to poll: changes whenever any attached glossary changes, so views know to reload. */
  'glossary:stamp': channel<string>()(schemas.glossaryOf),
  'glossary:save': channel<GlossaryEntry>()(schemas.saveEntry),
  'glossary:delete': channel<GlossaryView>()(schemas.entryRef),
  'glossary:history': channel<readonly EntryHistoryItem[]>()(schemas.entryRef),
  'glossary:resolveConflict': channel<GlossaryEntry>()(schemas.resolveConflict),
  'glossary:mergeEntries': channel<GlossaryEntry>()(schemas.mergeEntries),
  'glossary:import': channel<GlossaryImportResult>()(schemas.importGlossary),
  'glossary:export': channel<ExportedFile>()(schemas.exportGlossary),
  'glossary:attach': channel<GlossaryView>()(schemas.attachGlossary),
  'glossary:detach': channel<GlossaryView>()(schemas.attachGlossary),
  'terms:segment': channel<SegmentTerms>()(schemas.segmentTerms),
  'terms:document': channel<readonly SegmentTerms[]>()(schemas.documentTerms),
  /** Hits and checks of these segments, in the order asked (an id no document holds any more is left out). */
  'terms:segments': channel<readonly SegmentTerms[]>()(schemas.segmentsTerms),
  /** The ids of a document's segments with a term problem (the "Term issues" filter), in document order. */
  'terms:problems': channel<readonly string[]>()(schemas.documentTerms),
  'qa:run': channel<QaRunResult>()(schemas.runQa),
  'qa:segment': channel<readonly QaFinding[]>()(schemas.qaSegment),
  'qa:ignore': channel<QaRunResult['ignores']>()(schemas.qaIgnore),
  'qa:getProfile': channel<QaProfile>()(schemas.project),
  'qa:setProfile': channel<QaProfile>()(schemas.qaProfile),
  'qa:report': channel<ExportedFile>()(schemas.qaReport),
  'jobs:progress': channel<JobProgress | null>()(schemas.job),
  'jobs:cancel': channel<boolean>()(schemas.job),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelArgs<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelResult<C extends Channel> = Exclude<Contract[C]['result'], undefined>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The typed surface both transports implement; the renderer only ever sees this. */
export type TinjauApi = { readonly [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelResult<C>> };
