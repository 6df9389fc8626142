/**
 * Team sync, the git side of a team project: link, clone and sync.
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
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { say, type Said } from '../../../shared/messages/text';
import type { TinjauDocument } from '../../../shared/model/project';
import type { Revision } from '../../../shared/model/revision';
import type { Segment } from '../../../shared/model/segment';
import type { SyncReport, TeamStatus } from '../../../shared/api/team-types';
import type { TeamFiles, TeamMarker } from '../../../shared/team/layout';
import { metaFromFile, pathKind, PROJECT_FILE, projectFiles, readShard, TEAM_MARKER } from '../../../shared/team/layout';
import { mergeTeamFile } from '../../../shared/team/merge';
import { writeFileAtomic } from '../files';
import { keyStoreFor } from '../mt/key-store';
import type { ProjectStore } from '../project-store';
import type { Workspace } from '../workspace';
import { conflictsOf } from './conflicts';
import type { RemoteAuth, TransferOptions, TransferProgress } from './git-repo';
import { blobOid, isFolderRemote, RemoteFailure, TeamRepo } from './git-repo';
import type { TeamLink, TeamState } from './team-files';
import { authorOf, keepStatus, LINK_FILE, linkOf, readJson, readLink, readState, STATE_FILE, statusKey, TEAM_DIR } from './team-files';
import { track } from './tracked';

const PUSH_ATTEMPTS = 5;
/** Local glossary and TM record folders mirrored into the repository (glossary/, tm/). */
const RECORD_AREAS = [
  { area: 'glossary', dir: path.join('glossary', 'records') },
  { area: 'tm', dir: path.join('tm', 'records') },
] as const;
const MEMBER_PREFIX = 'team-';

export interface SyncOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: TransferProgress) => void;
}

/** Runs `run` after whatever runs for the same project: one sync (or unlink) at a time per project. */
export type Exclusive = <T>(projectPath: string, run: () => Promise<T>) => Promise<T>;

export class TeamSync {
  /** Last synced commit → its tree's path → blob oid, so a no-change sync reads nothing from git. */
  private readonly treeCache = new Map<string, Map<string, string>>();

  constructor(
    private readonly workspace: Workspace,
    private readonly exclusive: Exclusive,
  ) {}

  private get author(): string {
    return authorOf(this.workspace);
  }

  private tokenKey(url: string): string {
    return `team:${url}`;
  }

  private auth(link: TeamLink): RemoteAuth {
    const token = keyStoreFor(this.workspace.options.dataDir).get(this.tokenKey(link.url));
    return { ...(token ? { token } : {}), ...(link.username ? { username: link.username } : {}) };
  }

  /** Links the project to a remote and syncs: an empty remote receives the project, one of the same project is merged with. */
  async link(projectPath: string, args: { url: string; token?: string; username?: string }, options: SyncOptions = {}): Promise<SyncReport> {
    const url = normalizeUrl(args.url);
    const store = await this.workspace.projectStore(projectPath);
    if (args.token) keyStoreFor(this.workspace.options.dataDir).set(this.tokenKey(url), args.token);
    const previous = readJson<TeamLink>(path.join(store.dir, TEAM_DIR, LINK_FILE));
    const link: TeamLink = {
      url,
      ...(args.username ? { username: args.username } : {}),
      memberId: previous?.memberId ?? randomUUID().slice(0, 8),
      linkedAt: new Date().toISOString(),
    };
    mkdirSync(path.join(store.dir, TEAM_DIR), { recursive: true });
    // The remote is checked before the link is kept: a wrong address leaves the project as it was.
    const repo = await TeamRepo.open(path.join(store.dir, TEAM_DIR, 'repo.git'));
    const head = await this.fetch(repo, link, options);
    if (head) await this.checkMarker(repo, head, link.url, store.projectMeta.id);
    const state = readJson<TeamState>(path.join(store.dir, TEAM_DIR, STATE_FILE));
    if (previous?.url !== url || !state?.synced || !head) {
      // A new link: the remote's history is adopted as the base when it holds this project.
      writeFileAtomic(path.join(store.dir, TEAM_DIR, STATE_FILE), JSON.stringify({ synced: null }));
    }
    writeFileAtomic(path.join(store.dir, TEAM_DIR, LINK_FILE), JSON.stringify(link, null, 2));
    return this.sync(store.dir, options);
  }

  /** Makes a new project in `dir` from the remote. */
  async clone(url: string, dir: string, args: { token?: string; username?: string } = {}, options: SyncOptions = {}): Promise<SyncReport> {
    const remote = normalizeUrl(url);
    const target = path.resolve(dir);
    if (existsSync(target) && readdirSync(target).length > 0) throw new TinjauError('conflict', say('team.cloneTargetExists', { dir: target }));
    if (args.token) keyStoreFor(this.workspace.options.dataDir).set(this.tokenKey(remote), args.token);
    const link: TeamLink = { url: remote, ...(args.username ? { username: args.username } : {}), memberId: randomUUID().slice(0, 8), linkedAt: new Date().toISOString() };
    // The whole project is made aside (fetched, built, first sync applied) and moved into place
    // only when complete: a failed or cancelled clone leaves no half-made project.
    const staging = `${target}.clone-${process.pid}`;
    const made = path.join(staging, 'project');
    const { renameSync } = await import('node:fs');
    rmSync(staging, { recursive: true, force: true });
    removeStaleClones(target);
    let store: ProjectStore | null = null;
    let report: SyncReport;
    try {
      const repo = await TeamRepo.open(path.join(made, TEAM_DIR, 'repo.git'));
      const head = await this.fetch(repo, link, options);
      if (!head) throw new TinjauError('not-found', say('team.emptyRemote', { url: remote }));
      const marker = await this.checkMarker(repo, head, remote, null);
      const oids = await repo.treeOids(head);
      const metaFile = oids.get(PROJECT_FILE);
      if (!metaFile) throw new TinjauError('format', say('team.notTinjau', { url: remote }));
      const meta = metaFromFile(await repo.readBlob(metaFile), { id: marker.projectId, name: marker.name, sourceLang: 'id', targetLang: 'en', createdAt: new Date().toISOString() });
      const { ProjectStore: Store } = await import('../project-store');
      store = await Store.create(made, meta, { owner: this.workspace.options.owner });
      writeFileAtomic(path.join(made, TEAM_DIR, STATE_FILE), JSON.stringify({ synced: null }));
      writeFileAtomic(path.join(made, TEAM_DIR, LINK_FILE), JSON.stringify(link, null, 2));
      report = await this.syncStore(store, options);
      await store.close();
      store = null;
      if (existsSync(target) && readdirSync(target).length > 0) throw new TinjauError('conflict', say('team.cloneTargetExists', { dir: target }));
      rmSync(target, { recursive: true, force: true });
      renameSync(made, target);
    } catch (err) {
      await store?.close().catch(() => undefined);
      rmSync(staging, { recursive: true, force: true });
      throw err;
    }
    rmSync(staging, { recursive: true, force: true });
    return { ...report, status: await this.statusOf(await this.workspace.projectStore(target)) };
  }

  /** Pull, merge, push (retrying a refused push), then apply what others changed. One at a time per project. */
  sync(projectPath: string, options: SyncOptions = {}): Promise<SyncReport> {
    return this.exclusive(projectPath, () => this.syncNow(projectPath, options));
  }

  private async syncNow(projectPath: string, options: SyncOptions): Promise<SyncReport> {
    return this.syncStore(await this.workspace.projectStore(projectPath), options);
  }

  private async syncStore(store: ProjectStore, options: SyncOptions): Promise<SyncReport> {
    const link = linkOf(store);
    const stateFile = path.join(store.dir, TEAM_DIR, STATE_FILE);
    const state = readJson<TeamState>(stateFile) ?? { synced: null };
    const repo = await TeamRepo.open(path.join(store.dir, TEAM_DIR, 'repo.git'));
    const progress = (phase: string, loaded: number, total?: number) => options.onProgress?.({ phase, loaded, ...(total !== undefined ? { total } : {}) });
    try {
      progress('local', 0, 4);
      const before = this.localFiles(store, link);
      const beforeOids = oidsOf(before);
      const syncedOids = state.synced ? await this.oidsOfCommit(repo, state.synced) : new Map<string, string>();
      const changedLocally = differing(beforeOids, syncedOids);
      let local = state.synced;
      if (!local || changedLocally.length > 0) {
        local = await repo.commit(beforeOids, pick(before, changedLocally), local ? [local] : [], `${this.author}: ${changedLocally.length} file(s)`, this.author);
        this.treeCache.set(local, beforeOids);
      }
      progress('fetch', 1, 4);
      let result = local;
      let sent = 0;
      let newConflicts = 0;
      for (let attempt = 1; ; attempt++) {
        if (options.signal?.aborted) throw new RemoteFailure('cancelled', 'cancelled');
        const remoteHead = await this.fetch(repo, link, options);
        if (remoteHead) {
          if (state.synced && !(await repo.isAncestor(state.synced, remoteHead))) throw new TinjauError('conflict', say('team.diverged', { url: link.url }));
          if (remoteHead !== state.synced) await this.checkMarker(repo, remoteHead, link.url, store.projectMeta.id);
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
          await repo.push(link.url, this.auth(link), result, remoteHead, options);
          sent = changedLocally.length;
          break;
        } catch (err) {
          if (!(err instanceof RemoteFailure) || err.kind !== 'rejected') throw err;
          if (attempt >= PUSH_ATTEMPTS) throw new TinjauError('conflict', say('team.busyRemote', { url: link.url, attempts: attempt }));
        }
      }
      progress('apply', 4, 4);
      const resultOids = await this.oidsOfCommit(repo, result);
      const incoming = differing(resultOids, beforeOids);
      const incomingFiles = await repo.readFiles(resultOids, incoming);
      const received = this.apply(store, link, before, incomingFiles, incoming);
      await repo.setHead(result);
      const done: TeamState = { synced: result, syncedAt: new Date().toISOString(), lastAttemptAt: new Date().toISOString() };
      writeFileAtomic(stateFile, JSON.stringify(done));
      return { status: await this.statusOf(store), received, sent, newConflicts, assignments: store.projectMeta.assignments ?? [] };
    } catch (err) {
      const said = this.explain(err, link.url);
      const kind = err instanceof RemoteFailure ? err.kind : said.text.key === 'team.offline' ? 'offline' : said.text.key === 'team.authFailed' ? 'auth' : 'other';
      writeFileAtomic(stateFile, JSON.stringify({ ...state, lastAttemptAt: new Date().toISOString(), lastError: { ...said, kind } }));
      if (err instanceof TinjauError) throw err;
      throw new TinjauError(kind === 'auth' ? 'locked' : kind === 'offline' ? 'io' : 'conflict', said);
    }
  }

  private explain(err: unknown, url: string): Said {
    if (err instanceof TinjauError && err.text) return { message: err.message, text: err.text };
    if (err instanceof RemoteFailure) {
      switch (err.kind) {
        case 'auth':
          return say('team.authFailed', { url, detail: err.detail });
        case 'offline':
          return say('team.offline', { url, detail: err.detail });
        case 'cancelled':
          return say('team.cancelled');
        case 'rejected':
          return say('team.busyRemote', { url, attempts: 1 });
        default:
          if (err.detail === 'not-a-repository') return say('team.notTinjau', { url });
          return say('team.remoteError', { url, detail: err.detail });
      }
    }
    return say('team.remoteError', { url, detail: err instanceof Error ? err.message : String(err) });
  }

  private async fetch(repo: TeamRepo, link: TeamLink, options: TransferOptions): Promise<string | null> {
    try {
      return await repo.fetch(link.url, this.auth(link), options);
    } catch (err) {
      if (err instanceof RemoteFailure) throw new TinjauError(err.kind === 'offline' ? 'io' : 'conflict', this.explain(err, link.url));
      throw err;
    }
  }

  private async checkMarker(repo: TeamRepo, head: string, url: string, projectId: string | null): Promise<TeamMarker> {
    const oids = await this.oidsOfCommit(repo, head);
    const markerOid = oids.get(TEAM_MARKER);
    if (!markerOid) throw new TinjauError('format', say('team.notTinjau', { url }));
    let marker: TeamMarker;
    try {
      marker = JSON.parse(await repo.readBlob(markerOid)) as TeamMarker;
    } catch {
      throw new TinjauError('format', say('team.notTinjau', { url }));
    }
    if (typeof marker.projectId !== 'string') throw new TinjauError('format', say('team.notTinjau', { url }));
    if (projectId !== null && marker.projectId !== projectId) throw new TinjauError('conflict', say('team.otherProject', { url, name: marker.name }));
    return marker;
  }

  private async oidsOfCommit(repo: TeamRepo, commit: string): Promise<Map<string, string>> {
    let oids = this.treeCache.get(commit);
    if (!oids) {
      oids = await repo.treeOids(commit);
      if (this.treeCache.size > 8) this.treeCache.clear();
      this.treeCache.set(commit, oids);
    }
    return oids;
  }

  private async merge(repo: TeamRepo, ours: string, theirs: string): Promise<{ commit: string; conflicts: number }> {
    const base = await repo.mergeBase(ours, theirs);
    const baseOids = base ? await this.oidsOfCommit(repo, base) : new Map<string, string>();
    const oursOids = await this.oidsOfCommit(repo, ours);
    const theirsOids = await this.oidsOfCommit(repo, theirs);
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
    const commit = await repo.commit(result, contents, [ours, theirs], `Merge: ${this.author}`, this.author);
    this.treeCache.set(commit, result);
    return { commit, conflicts };
  }

  /** The project's state as team files, plus this copy's glossary and TM records and those received from others. */
  private localFiles(store: ProjectStore, link: TeamLink): TeamFiles {
    const files = projectFiles(store);
    for (const { area, dir } of RECORD_AREAS) {
      const folder = path.join(store.dir, dir);
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder)) {
        if (!name.endsWith('.jsonl')) continue;
        const content = readFileSync(path.join(folder, name), 'utf8');
        // Only whole lines: a writer may be appending right now.
        const whole = content.slice(0, content.lastIndexOf('\n') + 1);
        if (!whole) continue;
        const repoName = name.startsWith(MEMBER_PREFIX) ? name.slice(MEMBER_PREFIX.length) : `${link.memberId}.${name}`;
        files.set(`${area}/${repoName}`, whole);
      }
    }
    return files;
  }

  /**
   * Applies `incoming` (what the synced commit holds where it differs from `before`) to the
   * project. Anything edited locally while the sync ran is merged with it (before as the base),
   * so an edit made during a sync is neither lost nor silently overwritten.
   */
  private apply(store: ProjectStore, link: TeamLink, before: TeamFiles, incoming: TeamFiles, paths: readonly string[]): number {
    if (paths.length === 0) return 0;
    const now = this.localFiles(store, link);
    const changes = new Map<string, { from: string | undefined; to: string | undefined }>();
    for (const p of paths) {
      let to = incoming.get(p);
      const current = now.get(p);
      if (current !== before.get(p)) to = mergeTeamFile(p, before.get(p), current, to);
      if (to !== current) changes.set(p, { from: current, to });
    }
    let received = 0;
    const byDocument = new Map<string, Map<string, { from: string | undefined; to: string | undefined }>>();
    for (const [p, change] of changes) {
      const kind = pathKind(p);
      if (!kind) continue;
      if (kind.kind === 'project' && change.to) {
        store.commit({ op: 'put-meta', meta: metaFromFile(change.to, store.projectMeta) });
        received++;
      } else if (kind.kind === 'records' && change.to) {
        received += this.writeRecords(store, link, p, change.from, change.to);
      } else if (kind.documentId) {
        const list = byDocument.get(kind.documentId) ?? new Map();
        list.set(p, change);
        byDocument.set(kind.documentId, list);
      }
    }
    for (const [docId, docChanges] of byDocument) {
      const docChange = docChanges.get(`documents/${docId}/document.json`);
      const known = store.listDocuments().some((d) => d.id === docId);
      if (docChange && docChange.to === undefined) {
        if (known) store.commit({ op: 'remove-document', documentId: docId });
        received++;
        continue;
      }
      const segments: Segment[] = [];
      const removed: string[] = [];
      const revisions: Revision[] = [];
      for (const [p, change] of docChanges) {
        const kind = pathKind(p)?.kind;
        if (kind === 'segments') {
          const from = readShard<Segment>(change.from);
          const to = readShard<Segment>(change.to);
          for (const [id, s] of to) if (!from.has(id) || JSON.stringify(from.get(id)) !== JSON.stringify(s)) segments.push(s);
          for (const id of from.keys()) if (!to.has(id)) removed.push(id);
        } else if (kind === 'revisions') {
          const from = readShard<Revision>(change.from);
          for (const [id, r] of readShard<Revision>(change.to)) if (!from.has(id)) revisions.push(r);
        }
      }
      received += segments.length + removed.length + revisions.length;
      if (!known) {
        if (!docChange?.to) continue; // segments of a document this copy removed: kept on the remote
        const document = JSON.parse(docChange.to) as TinjauDocument;
        store.commit({ op: 'add-document', document, segments: segments.sort((a, b) => a.index - b.index), revisions });
        received++;
      } else if (segments.length || removed.length || revisions.length || docChange) {
        track(store, this.author, segments);
        store.commit({
          op: 'put-segments',
          segments,
          revisions,
          ...(removed.length ? { removed } : {}),
          ...(docChange?.to ? { document: withoutOriginal(JSON.parse(docChange.to) as TinjauDocument) } : {}),
        });
        if (docChange) received++;
      }
    }
    return received;
  }

  /** A glossary/TM record file from the repository, written where the local glossary or TM reads it. */
  private writeRecords(store: ProjectStore, link: TeamLink, repoPath: string, from: string | undefined, to: string): number {
    const [area, name] = repoPath.split('/') as [string, string];
    if (name.startsWith(`${link.memberId}.`)) return 0; // this copy's own file: only its writer writes it
    const spec = RECORD_AREAS.find((a) => a.area === area);
    if (!spec) return 0;
    const folder = path.join(store.dir, spec.dir);
    mkdirSync(folder, { recursive: true });
    writeFileAtomic(path.join(folder, `${MEMBER_PREFIX}${name}`), to);
    const had = new Set((from ?? '').split('\n'));
    return to.split('\n').filter((l) => l && !had.has(l)).length;
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
    const files = this.localFiles(store, link);
    const synced = state.synced ? await this.oidsOfCommit(repo, state.synced) : new Map<string, string>();
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

async function remoteTracking(repo: TeamRepo): Promise<string | null> {
  const git = (await import('isomorphic-git')).default;
  const fs = await import('node:fs');
  for (const ref of ['refs/remotes/origin/main']) {
    try {
      return await git.resolveRef({ fs, gitdir: repo.gitdir, ref });
    } catch {
      /* none yet */
    }
  }
  return null;
}

/** Staging folders of clones whose process is gone (killed mid-clone) are removed: they never were a project. */
function removeStaleClones(target: string): void {
  const parent = path.dirname(target);
  const prefix = `${path.basename(target)}.clone-`;
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
      continue; // another clone still running
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPERM') continue;
    }
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function normalizeUrl(raw: string): string {
  const url = raw.trim();
  if (!url) throw new TinjauError('invalid-input', say('team.badUrl', { url: raw }));
  if (isFolderRemote(url)) return path.resolve(url);
  if (!/^https?:\/\//i.test(url)) throw new TinjauError('invalid-input', say('team.badUrl', { url: raw }));
  return url.replace(/\/+$/, '');
}

/** An existing document's original file never changes after import; the store keeps it apart. */
function withoutOriginal(doc: TinjauDocument): TinjauDocument {
  const { original: _original, ...rest } = doc;
  return rest;
}

function oidsOf(files: TeamFiles): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, content] of files) out.set(p, blobOid(content));
  return out;
}

function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [p, oid] of a) if (b.get(p) !== oid) out.push(p);
  for (const p of b.keys()) if (!a.has(p)) out.push(p);
  return out;
}

function pick(files: TeamFiles, paths: readonly string[]): TeamFiles {
  const out: TeamFiles = new Map();
  for (const p of paths) {
    const content = files.get(p);
    if (content !== undefined) out.set(p, content);
  }
  return out;
}

function countNewConflicts(before: string | undefined, after: string | undefined): number {
  const old = readShard<Segment>(before);
  let n = 0;
  for (const [id, s] of readShard<Segment>(after)) if (s.conflict && JSON.stringify(s.conflict) !== JSON.stringify(old.get(id)?.conflict)) n++;
  return n;
}
