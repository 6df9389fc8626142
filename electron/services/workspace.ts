import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ChannelArgs } from '../../shared/api/contract';
import type { DocumentSummary, ImportResult, ProjectSummary } from '../../shared/api/types';
import type { SaveStatus } from '../../shared/api/save-status';
import type { Said } from '../../shared/messages/text';
import type { ProjectMeta } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import { applyEdit, confirmStatus } from '../../shared/project/edit';
import { safeFileName } from './files';
import { importDocument } from './import-service';
import type { ImportWorkerOptions } from './import/run-in-worker';
import type { JobHandle } from './jobs';
import { ProjectStore } from './project-store';
import { SAMPLE_DRAFT, SAMPLE_NAME, SAMPLE_SOURCE } from './sample/sample-text';
import { ReviewService } from './review-service';
import { saveStatusOf } from './save-status';
import { BoilerplateService } from './boilerplate-service';
import { SegmentService } from './segment-service';
import { SettingsStore } from './settings-store';
import { makeFolder } from './storage-failures';
import { feedTm } from './tm/tm-services';

export interface WorkspaceOptions {
  readonly dataDir: string;
  /** Who holds the projects this workspace opens: 'Tinjau window', 'web bridge', 'tinjau CLI'. */
  readonly owner: string;
  readonly compactAfterMs?: number;
  /** Journal bytes that make a compaction due (the store's default: 4 MiB). */
  readonly compactJournalBytes?: number;
  /** Told what loading a project repaired (the CLI prints it); the interface gets it from `openProject`. */
  readonly onNotices?: (projectDir: string, notices: readonly Said[]) => void;
  /** Imports build their document in this worker thread (the app and the web bridge); else in-process (the CLI). */
  readonly importWorker?: ImportWorkerOptions;
}

/**
 * The services behind the API: opens projects (one writer each), imports, edits and exports.
 *
 * Plain Node: the Electron main process, the web bridge and the CLI each create one.
 */
export class Workspace {
  private readonly stores = new Map<string, ProjectStore>();
  /** Projects being opened: a second request for one waits for the same open, not a second lock. */
  private readonly opening = new Map<string, Promise<ProjectStore>>();
  /** What loading a project repaired, kept until the project is opened in the interface. */
  private readonly notices = new Map<string, readonly Said[]>();
  private sampleOpening: Promise<ProjectSummary> | null = null;

  private constructor(
    readonly options: WorkspaceOptions,
    readonly settings: SettingsStore,
  ) {}

  static async create(options: WorkspaceOptions): Promise<Workspace> {
    return new Workspace(options, await SettingsStore.open(options.dataDir));
  }

  get projectsDir(): string {
    return path.join(this.options.dataDir, 'projects');
  }

  async createProject(name: string, location?: string): Promise<ProjectSummary> {
    const parent = location ?? this.projectsDir;
    makeFolder(parent);
    return this.createProjectAt(path.resolve(parent, `${safeFileName(name, 'Project')}.tinjau`), { name });
  }

  /** Creates a project in exactly `dir` (the CLI's `tinjau init DIR`). */
  async createProjectAt(dir: string, options: { name: string; sourceLang?: string; targetLang?: string }): Promise<ProjectSummary> {
    const meta: ProjectMeta = {
      id: randomUUID(),
      name: options.name,
      sourceLang: options.sourceLang ?? 'id',
      targetLang: options.targetLang ?? 'en',
      createdAt: new Date().toISOString(),
    };
    const resolved = path.resolve(dir);
    // Refused with a message where no folder can ever be made (recursive mkdir spins under /proc).
    makeFolder(resolved);
    const store = await ProjectStore.create(resolved, meta, this.storeOptions());
    this.stores.set(resolved, store);
    return this.summaryAndRemember(store);
  }

  async openProject(projectPath: string): Promise<ProjectSummary> {
    const store = await this.store(projectPath);
    const summary = await this.summaryAndRemember(store);
    const notices = this.notices.get(store.dir);
    if (!notices) return summary;
    this.notices.delete(store.dir);
    return { ...summary, notices };
  }

  /**
   * Opens the sample project, creating it the first time (once, however many windows ask at once).
   * `seed` fills a new sample's glossary and TM (the services that own them live beside the workspace).
   */
  openSample(seed?: (projectPath: string) => Promise<void>): Promise<ProjectSummary> {
    const pending = (this.sampleOpening ??= this.openOrCreateSample(seed).finally(() => (this.sampleOpening = null)));
    return pending;
  }

  private async openOrCreateSample(seed?: (projectPath: string) => Promise<void>): Promise<ProjectSummary> {
    const dir = path.resolve(this.projectsDir, `${safeFileName(SAMPLE_NAME, 'Project')}.tinjau`);
    if (existsSync(path.join(dir, 'project.json'))) return this.openProject(dir);
    const summary = await this.createProject(SAMPLE_NAME);
    await this.importDocument({
      project: summary.path,
      source: { name: 'banjir-sukamaju.txt', base64: Buffer.from(SAMPLE_SOURCE).toString('base64') },
      draft: { name: 'banjir-sukamaju.mt.en.txt', base64: Buffer.from(SAMPLE_DRAFT).toString('base64') },
      draftOrigin: 'mt',
    });
    await seed?.(summary.path);
    return this.openProject(summary.path);
  }

  async summary(projectPath: string): Promise<ProjectSummary> {
    return summarize(await this.store(projectPath));
  }

  async importDocument(args: ChannelArgs<'documents:import'>, job?: JobHandle): Promise<ImportResult> {
    return importDocument(await this.store(args.project), this.settings, args, job, this.options.importWorker);
  }

  /** Whether the project's background writes fail (`projects:saveStatus`). */
  async saveStatus(projectPath: string): Promise<SaveStatus> {
    return saveStatusOf(await this.store(projectPath));
  }

  async removeDocument(projectPath: string, documentId: string): Promise<ProjectSummary> {
    const store = await this.store(projectPath);
    store.document(documentId);
    store.commit({ op: 'remove-document', documentId });
    return summarize(store);
  }

  /** Find/replace, bulk status, propagation, comments, annotations and statistics. */
  async reviewService(projectPath: string): Promise<ReviewService> {
    return new ReviewService(await this.store(projectPath), this.settings.settings.reviewer.name, this.settings.settings.mqmThreshold);
  }

  async updateProjectSettings(projectPath: string, patch: { mqmThreshold?: number | undefined; spellingWords?: readonly string[] | undefined }): Promise<ProjectSummary> {
    const store = await this.store(projectPath);
    const meta = {
      ...store.projectMeta,
      ...(patch.mqmThreshold !== undefined ? { mqmThreshold: patch.mqmThreshold } : {}),
      ...(patch.spellingWords !== undefined ? { spellingWords: [...new Set(patch.spellingWords)] } : {}),
    };
    if (JSON.stringify(meta) !== JSON.stringify(store.projectMeta)) store.commit({ op: 'put-meta', meta });
    return summarize(store);
  }

  /** Split, join, exclude and re-pair segments, attributed to the reviewer. */
  async segmentService(projectPath: string): Promise<SegmentService> {
    return new SegmentService(await this.store(projectPath), this.settings.settings.reviewer.name);
  }

  /** The saved boilerplate rules applied to documents already imported, attributed to the reviewer. */
  async boilerplateService(projectPath: string): Promise<BoilerplateService> {
    return new BoilerplateService(await this.store(projectPath), this.settings.settings.reviewer.name, this.settings.boilerplateRules);
  }

  async listSegments(projectPath: string, documentId: string): Promise<readonly Segment[]> {
    return (await this.store(projectPath)).segmentsOf(documentId);
  }

  /** One window of a document's segments (the workbench's paged read) and the document's total. */
  async pageSegments(projectPath: string, documentId: string, offset: number, limit: number): Promise<{ segments: readonly Segment[]; total: number }> {
    return (await this.store(projectPath)).pageOf(documentId, offset, limit);
  }

  /** `author` overrides the reviewer from settings (the CLI's --author). */
  async updateSegment(args: ChannelArgs<'segments:update'>, author?: string): Promise<Segment> {
    const store = await this.store(args.project);
    const segment = store.segment(args.segmentId);
    const result = applyEdit(
      segment,
      {
        ...(args.target !== undefined ? { target: args.target } : {}),
        ...(args.status ? { status: args.status } : {}),
        ...(args.origin ? { origin: args.origin } : {}),
      },
      { author: author ?? this.settings.settings.reviewer.name, now: new Date().toISOString(), revisionId: randomUUID() },
    );
    const activeMs = args.activeMs ? (segment.activeMs ?? 0) + args.activeMs : segment.activeMs;
    if (!result) {
      if (activeMs === segment.activeMs) return segment;
      const timed = { ...segment, ...(activeMs !== undefined ? { activeMs } : {}) };
      store.commit({ op: 'put-segments', segments: [timed], revisions: [] });
      return timed;
    }
    const updated = { ...result.segment, ...(activeMs !== undefined ? { activeMs } : {}) };
    store.commit({ op: 'put-segments', segments: [updated], revisions: [result.revision] });
    return updated;
  }

  async confirmSegment(projectPath: string, segmentId: string): Promise<Segment> {
    const status = confirmStatus(this.settings.settings.reviewer.role);
    const confirmed = await this.updateSegment({ project: projectPath, segmentId, status });
    await feedTm(this, projectPath, [confirmed]);
    return confirmed;
  }

  async revisions(projectPath: string, segmentId: string): Promise<readonly Revision[]> {
    const store = await this.store(projectPath);
    store.segment(segmentId);
    return store.revisionsOf(segmentId);
  }

  /** Writes every open project's snapshot and releases the locks. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.opening.values()]);
    const stores = [...this.stores.values()];
    this.stores.clear();
    await Promise.all(stores.map((s) => s.close()));
  }

  async flush(): Promise<void> {
    await Promise.all([...this.stores.values()].map((s) => s.flush()));
  }

  /** The open project's store, for services that keep their own data beside it (the glossary). */
  async projectStore(projectPath: string): Promise<ProjectStore> {
    return this.store(projectPath);
  }

  private async store(projectPath: string): Promise<ProjectStore> {
    const dir = path.resolve(projectPath);
    const open = this.stores.get(dir);
    if (open) return open;
    const pending = this.opening.get(dir);
    if (pending) return pending;
    const opened = ProjectStore.open(dir, this.storeOptions()).then((store) => {
      this.stores.set(dir, store);
      if (store.warnings.length > 0) {
        this.notices.set(dir, store.warnings);
        this.options.onNotices?.(dir, store.warnings);
      }
      return store;
    });
    this.opening.set(dir, opened);
    try {
      return await opened;
    } finally {
      this.opening.delete(dir);
    }
  }

  private storeOptions() {
    return {
      owner: this.options.owner,
      ...(this.options.compactAfterMs !== undefined ? { compactAfterMs: this.options.compactAfterMs } : {}),
      ...(this.options.compactJournalBytes !== undefined ? { compactJournalBytes: this.options.compactJournalBytes } : {}),
    };
  }

  private async summaryAndRemember(store: ProjectStore): Promise<ProjectSummary> {
    await this.settings.touchRecent({ path: store.dir, name: store.projectMeta.name, openedAt: new Date().toISOString() });
    return summarize(store);
  }
}

function summarize(store: ProjectStore): ProjectSummary {
  const documents: DocumentSummary[] = store.listDocuments().map((doc) => {
    // The alignment can be large; the summary carries only what the UI lists. Progress comes from
    // the snapshot for a document not changed since, so listing reads no segments.
    const { original: _original, alignment: _alignment, ...rest } = doc;
    return { ...rest, progress: store.progressOf(doc.id) };
  });
  return { path: store.dir, meta: store.projectMeta, documents, ...(store.readOnly ? { readOnly: true } : {}) };
}
