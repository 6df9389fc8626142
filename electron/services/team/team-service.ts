/**
 * Team projects: a project linked to a git remote that several translators and reviewers sync.
 *
 * This is the service the channels, the CLI and the tests call. It is split by responsibility:
 * `team-sync.ts` (sync and what is ahead/behind; with `team-link.ts`, `team-clone.ts`, `team-git.ts`
 * and `team-local.ts`, the only part that loads git),
 * `assignments.ts`, `conflicts.ts`, `tracked.ts` (tracked changes) and `team-files.ts` (the link
 * and state files). The git side is loaded on the first call that needs it, so the status of a
 * project that is not linked, assignments and tracked changes never load isomorphic-git.
 */
import path from 'node:path';
import type { Assignment } from '../../../shared/model/project';
import type { Segment, SegmentStatus } from '../../../shared/model/segment';
import type { ConflictItem, SyncReport, TeamStatus, TrackedChange } from '../../../shared/api/team-types';
import { writeFileAtomic } from '../files';
import type { Workspace } from '../workspace';
import type { AssignArgs } from './assignments';
import * as assignments from './assignments';
import * as conflicts from './conflicts';
import { authorOf, cachedStatus, LINK_FILE, linkOf, readLink, readState, statusKey, teamFile } from './team-files';
import type { SyncOptions, TeamSync } from './team-sync';
import type * as SyncModule from './team-sync';
import * as tracked from './tracked';

export { TEAM_DIR } from './team-files';
export type { TeamLink } from './team-files';
export type { SyncOptions } from './team-sync';
export type { ConflictItem, SyncReport, TeamStatus, TrackedChange };

/** Loads the git side of the service (isomorphic-git with it); injectable so tests can watch it. */
export type GitLoader = () => Promise<typeof SyncModule>;

export class TeamService {
  private readonly running = new Map<string, Promise<unknown>>();
  private git: Promise<TeamSync> | undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly loadGit: GitLoader = () => import('./team-sync'),
  ) {}

  private get author(): string {
    return authorOf(this.workspace);
  }

  private syncer(): Promise<TeamSync> {
    return (this.git ??= this.loadGit().then((m) => new m.TeamSync(this.workspace, (p, run) => this.exclusive(p, run))));
  }

  private async exclusive<T>(projectPath: string, run: () => Promise<T>): Promise<T> {
    const key = path.resolve(projectPath);
    const before = this.running.get(key) ?? Promise.resolve();
    const next = before.catch(() => undefined).then(run);
    this.running.set(key, next);
    try {
      return await next;
    } finally {
      if (this.running.get(key) === next) this.running.delete(key);
    }
  }

  /** Links the project to a remote and syncs: an empty remote receives the project, one of the same project is merged with. */
  async link(projectPath: string, args: { url: string; token?: string; username?: string }, options: SyncOptions = {}): Promise<SyncReport> {
    return (await this.syncer()).link(projectPath, args, options);
  }

  unlink(projectPath: string): Promise<TeamStatus> {
    return this.exclusive(projectPath, async () => {
      const store = await this.workspace.projectStore(projectPath);
      const link = linkOf(store);
      writeFileAtomic(teamFile(store.dir, LINK_FILE), JSON.stringify({ ...link, url: '' }, null, 2));
      return this.status(store.dir);
    });
  }

  /** Makes a new project in `dir` from the remote. */
  async clone(url: string, dir: string, args: { token?: string; username?: string } = {}, options: SyncOptions = {}): Promise<SyncReport> {
    return (await this.syncer()).clone(url, dir, args, options);
  }

  /** Pull, merge, push (retrying a refused push), then apply what others changed. One at a time per project. */
  async sync(projectPath: string, options: SyncOptions = {}): Promise<SyncReport> {
    return (await this.syncer()).sync(projectPath, options);
  }

  /**
   * A project never linked answers at once; a linked one from the status last computed when
   * nothing changed since (no edit, no sync); otherwise what is ahead and behind is computed from git.
   */
  async status(projectPath: string): Promise<TeamStatus> {
    const store = await this.workspace.projectStore(projectPath);
    const link = readLink(store.dir);
    // Never linked: nothing to count (conflicts come only from a sync), nothing to load.
    if (!link) return { linked: false, ahead: 0, behind: 0, offline: false, conflicts: 0 };
    const known = cachedStatus(store.dir, statusKey(store, link, readState(store.dir)));
    if (known) return known;
    if (!link.url) return { linked: false, ahead: 0, behind: 0, offline: false, conflicts: conflicts.conflictsOf(store).length };
    return (await this.syncer()).statusOf(store);
  }

  async conflicts(projectPath: string): Promise<ConflictItem[]> {
    return conflicts.conflictsOf(await this.workspace.projectStore(projectPath));
  }

  /** Resolves a conflict with the picked or merged text: a new revision by the resolver, the conflict mark gone. */
  async resolve(projectPath: string, args: { segmentId: string; text: string; status?: SegmentStatus }): Promise<Segment> {
    return conflicts.resolve(await this.workspace.projectStore(projectPath), this.author, args);
  }

  /** Assigns a document, or segments `from`..`to` (1-based) of it, to a team member. */
  async assign(projectPath: string, args: AssignArgs): Promise<readonly Assignment[]> {
    return assignments.assign(await this.workspace.projectStore(projectPath), this.author, args);
  }

  async unassign(projectPath: string, assignmentId: string): Promise<readonly Assignment[]> {
    return assignments.unassign(await this.workspace.projectStore(projectPath), assignmentId);
  }

  /** Segments of a document others changed since this copy's reviewer last confirmed them, oldest text first. */
  async trackedChanges(projectPath: string, documentId: string): Promise<TrackedChange[]> {
    return tracked.trackedChanges(await this.workspace.projectStore(projectPath), this.author, documentId);
  }

  /** The reviewer confirmed these segments: their tracked changes are acknowledged. */
  async acknowledge(projectPath: string, segmentIds: readonly string[]): Promise<void> {
    tracked.acknowledge(await this.workspace.projectStore(projectPath), segmentIds);
  }
}
