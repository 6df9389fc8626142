/**
 * What linking, cloning and syncing a team project share on the git side: the remote's
 * credentials, a fetch whose failures are told as `team.*` messages, the check that a commit holds
 * this Tinjau project, and each commit's tree (path → blob oid) cached so a sync that changes
 * nothing reads nothing from git. Loaded with `team-sync.ts`, never without git.
 */
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { say, type Said } from '../../../shared/messages/text';
import type { TeamFiles, TeamMarker } from '../../../shared/team/layout';
import { TEAM_MARKER } from '../../../shared/team/layout';
import { keyStoreFor } from '../mt/key-store';
import type { Workspace } from '../workspace';
import type { RemoteAuth, TeamRepo, TransferOptions, TransferProgress } from './git-repo';
import { blobOid, isFolderRemote, RemoteFailure } from './git-repo';
import type { TeamLink } from './team-files';
import { authorOf } from './team-files';

export interface SyncOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: TransferProgress) => void;
}

export class TeamGit {
  /** Commit → its tree's path → blob oid. */
  private readonly treeCache = new Map<string, Map<string, string>>();

  constructor(readonly workspace: Workspace) {}

  get author(): string {
    return authorOf(this.workspace);
  }

  /** Keeps the token for `url` in the key store (under `team:<url>`). */
  saveToken(url: string, token: string | undefined): void {
    if (token) keyStoreFor(this.workspace.options.dataDir).set(tokenKey(url), token);
  }

  auth(link: TeamLink): RemoteAuth {
    const token = keyStoreFor(this.workspace.options.dataDir).get(tokenKey(link.url));
    return { ...(token ? { token } : {}), ...(link.username ? { username: link.username } : {}) };
  }

  /** The remote's head after fetching it into `repo` (null for an empty remote). */
  async fetch(repo: TeamRepo, link: TeamLink, options: TransferOptions): Promise<string | null> {
    try {
      return await repo.fetch(link.url, this.auth(link), options);
    } catch (err) {
      if (err instanceof RemoteFailure) throw new TinjauError(err.kind === 'offline' ? 'io' : 'conflict', this.explain(err, link.url));
      throw err;
    }
  }

  /** What went wrong with the remote at `url`, in a `team.*` message. */
  explain(err: unknown, url: string): Said {
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

  /** The commit's Tinjau marker; refused when there is none or (with `projectId`) it names another project. */
  async checkMarker(repo: TeamRepo, head: string, url: string, projectId: string | null): Promise<TeamMarker> {
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

  async oidsOfCommit(repo: TeamRepo, commit: string): Promise<Map<string, string>> {
    let oids = this.treeCache.get(commit);
    if (!oids) {
      oids = await repo.treeOids(commit);
      if (this.treeCache.size > 8) this.treeCache.clear();
      this.treeCache.set(commit, oids);
    }
    return oids;
  }

  /** Records the tree of a commit this process just made. */
  remember(commit: string, oids: Map<string, string>): void {
    this.treeCache.set(commit, oids);
  }
}

function tokenKey(url: string): string {
  return `team:${url}`;
}

/** The commit the last fetch brought (origin's main), null before the first. */
export async function remoteTracking(repo: TeamRepo): Promise<string | null> {
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

/** A remote as typed: an https address without trailing slashes, or a folder made absolute. */
export function normalizeUrl(raw: string): string {
  const url = raw.trim();
  if (!url) throw new TinjauError('invalid-input', say('team.badUrl', { url: raw }));
  if (isFolderRemote(url)) return path.resolve(url);
  if (!/^https?:\/\//i.test(url)) throw new TinjauError('invalid-input', say('team.badUrl', { url: raw }));
  return url.replace(/\/+$/, '');
}

export function oidsOf(files: TeamFiles): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, content] of files) out.set(p, blobOid(content));
  return out;
}

/** The paths whose blob differs between two trees (either side missing included). */
export function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [p, oid] of a) if (b.get(p) !== oid) out.push(p);
  for (const p of b.keys()) if (!a.has(p)) out.push(p);
  return out;
}

export function pick(files: TeamFiles, paths: readonly string[]): TeamFiles {
  const out: TeamFiles = new Map();
  for (const p of paths) {
    const content = files.get(p);
    if (content !== undefined) out.set(p, content);
  }
  return out;
}
