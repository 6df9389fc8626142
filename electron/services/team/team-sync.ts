/**
 * Team sync, the git side of a team project: link (team-link.ts), clone (team-clone.ts) and sync
 * (here), with what they share on the remote in team-git.ts and the project's side in team-local.ts.
 *
 * The project store stays the local store (journal + snapshot); the team repository
 * (`<project>/team/repo.git`) holds the project's state as merge-friendly files
 * (shared/team/layout.ts). A sync: commit the local state on top of the last synced commit,
 * fetch, merge record by record (shared/team/merge.ts), push (fetch and merge again when the push
 * is refused because someone pushed first), then apply what others changed to the project through
 * the store's `commit()`. Only after that is the new commit recorded as synced, so a sync killed
 * at any point loses nothing: the next one redoes what was not recorded.
 *
 * This module loads isomorphic-git; `team-service.ts` loads it on the first call that needs git.
 */
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { Segment } from '../../../shared/model/segment';
import type { SyncReport, TeamStatus } from '../../../shared/api/team-types';
import type { TeamFiles } from '../../../shared/team/layout';
import { pathKind, readShard } from '../../../shared/team/layout';
import { mergeTeamFile } from '../../../shared/team/merge';
import { writeFileAtomic } from '../files';
import type { ProjectStore } from '../project-store';
import type { Workspace } from '../workspace';
import { conflictsOf } from './conflicts';
import { blobOid, RemoteFailure, TeamRepo } from './git-repo';
import { type CloneArgs, cloneProject } from './team-clone';
import type { TeamLink, TeamState } from './team-files';
import { keepStatus, linkOf, readJson, readLink, readState, STATE_FILE, statusKey, TEAM_DIR } from './team-files';
import { differing, oidsOf, pick, remoteTracking, type SyncOptions, TeamGit } from './team-git';
import { type LinkArgs, linkProject } from './team-link';
import { applyIncoming, localFiles } from './team-local';

export type { SyncOptions } from './team-git';

const PUSH_ATTEMPTS = 5;

/** Runs `run` after whatever runs for the same project: one sync (or unlink) at a time per project. */
export type Exclusive = <T>(projectPath: string, run: () => Promise<T>) => Promise<T>;

export class TeamSync {
  private readonly git: TeamGit;

  constructor(
    private readonly workspace: Workspace,
    private readonly exclusive: Exclusive,
  ) {
    this.git = new TeamGit(workspace);
  }

  /** Links the project to a remote and syncs: an empty remote receives the project, one of the same project is merged with. */
  link(projectPath: string, args: LinkArgs, options: SyncOptions = {}): Promise<SyncReport> {
    return linkProject(this.git, projectPath, args, options, (p, o) => this.sync(p, o));
  }

  /** Makes a new project in `dir` from the remote. */
  clone(url: string, dir: string, args: CloneArgs = {}, options: SyncOptions = {}): Promise<SyncReport> {
    return cloneProject(this.git, url, dir, args, options, { syncStore: (s, o) => this.syncStore(s, o), statusOf: (s) => this.statusOf(s) });
  }

  /** Pull, merge, push (retrying a refused push), then apply what others changed. One at a time per project. */
  sync(projectPath: string, options: SyncOptions = {}): Promise<SyncReport> {
    return this.exclusive(projectPath, () => this.syncNow(projectPath, options));
  }

  private async syncNow(projectPath: string, options: SyncOptions): Promise<SyncReport> {
    return this.syncStore(await this.workspace.projectStore(projectPath), options);
  }

  private async syncStore(store: ProjectStore, options: SyncOptions): Promise<SyncReport> {
    const git = this.git;
    const link = linkOf(store);
    const stateFile = path.join(store.dir, TEAM_DIR, STATE_FILE);
    const state = readJson<TeamState>(stateFile) ?? { synced: null };
    const repo = await TeamRepo.open(path.join(store.dir, TEAM_DIR, 'repo.git'));
    const progress = (phase: string, loaded: number, total?: number) => options.onProgress?.({ phase, loaded, ...(total !== undefined ? { total } : {}) });
    try {
      progress('local', 0, 4);
      const before = localFiles(store, link);
      const beforeOids = oidsOf(before);
      const syncedOids = state.synced ? await git.oidsOfCommit(repo, state.synced) : new Map<string, string>();
      const changedLocally = differing(beforeOids, syncedOids);
      let local = state.synced;
      if (!local || changedLocally.length > 0) {
        local = await repo.commit(beforeOids, pick(before, changedLocally), local ? [local] : [], `${git.author}: ${changedLocally.length} file(s)`, git.author);
        git.remember(local, beforeOids);
      }
      progress('fetch', 1, 4);
      let result = local;
      let sent = 0;
      let newConflicts = 0;
      for (let attempt = 1; ; attempt++) {
        if (options.signal?.aborted) throw new RemoteFailure('cancelled', 'cancelled');
        const remoteHead = await git.fetch(repo, link, options);
        if (remoteHead) {
          if (state.synced && !(await repo.isAncestor(state.synced, remoteHead))) throw new TinjauError('conflict', say('team.diverged', { url: link.url }));
          if (remoteHead !== state.synced) await git.checkMarker(repo, remoteHead, link.url, store.projectMeta.id);
        } else if (state.synced) {
          throw new TinjauError('conflict', say('team.diverged', { url: link.url }));
        }
        if (!remoteHead || (await repo.isAncestor(remoteHead, result))) {
          // Ahead (or the first push to an empty remote).
        } else if (await repo.isAncestor(result, remoteHead)) {
          result = remoteHead;
        } else {
          progress('merge', 2, 4);
          const merged = await this.merge(repo, result, remoteHead);
          result = merged.commit;
          newConflicts = merged.conflicts;
        }
        if (result === remoteHead) break;
        progress('push', 3, 4);
        try {
          await repo.push(link.url, git.auth(link), result, remoteHead, options);
          sent = changedLocally.length;
          break;
        } catch (err) {
          if (!(err instanceof RemoteFailure) || err.kind !== 'rejected') throw err;
          if (attempt >= PUSH_ATTEMPTS) throw new TinjauError('conflict', say('team.busyRemote', { url: link.url, attempts: attempt }));
        }
      }
      progress('apply', 4, 4);
      const resultOids = await git.oidsOfCommit(repo, result);
      const incoming = differing(resultOids, beforeOids);
      const incomingFiles = await repo.readFiles(resultOids, incoming);
      const received = applyIncoming(store, link, git.author, before, incomingFiles, incoming);
      await repo.setHead(result);
      const done: TeamState = { synced: result, syncedAt: new Date().toISOString(), lastAttemptAt: new Date().toISOString() };
      writeFileAtomic(stateFile, JSON.stringify(done));
      return { status: await this.statusOf(store), received, sent, newConflicts, assignments: store.projectMeta.assignments ?? [] };
    } catch (err) {
      const said = git.explain(err, link.url);
      const kind = err instanceof RemoteFailure ? err.kind : said.text.key === 'team.offline' ? 'offline' : said.text.key === 'team.authFailed' ? 'auth' : 'other';
      writeFileAtomic(stateFile, JSON.stringify({ ...state, lastAttemptAt: new Date().toISOString(), lastError: { ...said, kind } }));
      if (err instanceof TinjauError) throw err;
      throw new TinjauError(kind === 'auth' ? 'locked' : kind === 'offline' ? 'io' : 'conflict', said);
    }
  }

  private async merge(repo: TeamRepo, ours: string, theirs: string): Promise<{ commit: string; conflicts: number }> {
    const git = this.git;
    const base = await repo.mergeBase(ours, theirs);
    const baseOids = base ? await git.oidsOfCommit(repo, base) : new Map<string, string>();
    const oursOids = await git.oidsOfCommit(repo, ours);
    const theirsOids = await git.oidsOfCommit(repo, theirs);
    const result = new Map(oursOids);
    const contents: TeamFiles = new Map();
    let conflicts = 0;
    for (const p of new Set([...oursOids.keys(), ...theirsOids.keys()])) {
      const o = oursOids.get(p);
      const t = theirsOids.get(p);
      if (o === t) continue;
      const b = baseOids.get(p);
      if (o === b) {
        if (t) result.set(p, t);
        else result.delete(p);
        continue;
      }
      if (t === b) continue;
      const [bc, oc, tc] = await Promise.all([b ? repo.readBlob(b) : undefined, o ? repo.readBlob(o) : undefined, t ? repo.readBlob(t) : undefined]);
      const merged = mergeTeamFile(p, bc, oc, tc);
      if (pathKind(p)?.kind === 'segments') conflicts += countNewConflicts(oc, merged);
      if (merged === undefined) result.delete(p);
      else {
        result.set(p, blobOid(merged));
        contents.set(p, merged);
      }
    }
    const commit = await repo.commit(result, contents, [ours, theirs], `Merge: ${git.author}`, git.author);
    git.remember(commit, result);
    return { commit, conflicts };
  }

  /** The status of a project (linked or not), with what is ahead and behind computed from git. */
  async statusOf(store: ProjectStore): Promise<TeamStatus> {
    const link = readLink(store.dir);
    const saved = readState(store.dir);
    const key = statusKey(store, link, saved);
    const status = await this.computeStatus(store, link, saved ?? { synced: null });
    keepStatus(store.dir, key, status);
    return status;
  }

  private async computeStatus(store: ProjectStore, link: TeamLink | null, state: TeamState): Promise<TeamStatus> {
    const conflicts = conflictsOf(store).length;
    if (!link?.url) return { linked: false, ahead: 0, behind: 0, offline: false, conflicts };
    const repo = await TeamRepo.open(path.join(store.dir, TEAM_DIR, 'repo.git'));
    let ahead = 0;
    const files = localFiles(store, link);
    const synced = state.synced ? await this.git.oidsOfCommit(repo, state.synced) : new Map<string, string>();
    const changed = differing(oidsOf(files), synced);
    for (const p of changed) {
      const kind = pathKind(p)?.kind;
      if (kind === 'segments') {
        const old = state.synced && synced.get(p) ? readShard<Segment>(await repo.readBlob(synced.get(p) as string)) : new Map<string, Segment>();
        const cur = readShard<Segment>(files.get(p));
        for (const [id, s] of cur) if (JSON.stringify(old.get(id)) !== JSON.stringify(s)) ahead++;
        for (const id of old.keys()) if (!cur.has(id)) ahead++;
      } else if (kind === 'project' || kind === 'document') ahead++;
    }
    let behind = 0;
    const tracking = await remoteTracking(repo);
    if (tracking && state.synced && tracking !== state.synced && !(await repo.isAncestor(tracking, state.synced))) behind = await repo.countCommits(tracking, state.synced);
    const lastError = state.lastError ? { message: state.lastError.message, text: state.lastError.text } : undefined;
    return {
      linked: true,
      url: link.url,
      ...(state.syncedAt ? { lastSyncAt: state.syncedAt } : {}),
      ahead,
      behind,
      offline: state.lastError?.kind === 'offline',
      ...(lastError ? { lastError } : {}),
      conflicts,
    };
  }
}

function countNewConflicts(before: string | undefined, after: string | undefined): number {
  const old = readShard<Segment>(before);
  let n = 0;
  for (const [id, s] of readShard<Segment>(after)) if (s.conflict && JSON.stringify(s.conflict) !== JSON.stringify(old.get(id)?.conflict)) n++;
  return n;
}
