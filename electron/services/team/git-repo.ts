/**
 * The local git repository of a team project (`<project>/team/repo.git`, bare: no working tree,
 * files are written as git objects straight from the project's state) and its remote, through
 * isomorphic-git (pure JavaScript: no git needs to be installed).
 *
 * Remotes: `https://` (and `http://` on loopback) through isomorphic-git's smart HTTP with the
 * token as the password; a folder path (a bare repository on a network share) by copying the
 * missing objects between the two repositories and moving the remote's branch under a lock file,
 * also in JavaScript. Every object and ref file is written aside and renamed into place, so a
 * killed process never leaves half an object behind.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, promises as fsp, readdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import type { HttpClient, GitHttpRequest } from 'isomorphic-git';
import type { TeamFiles } from '../../../shared/team/layout';

export const BRANCH = 'main';
const LOCAL_REF = `refs/heads/${BRANCH}`;

/** A filesystem for isomorphic-git whose writes are atomic (temp file + rename). */
const atomicFs = {
  promises: {
    ...fsp,
    async writeFile(file: string, data: string | Uint8Array, options?: unknown): Promise<void> {
      const tmp = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
      await fsp.writeFile(tmp, data, options as never);
      await fsp.rename(tmp, file);
    },
  },
};

export interface RemoteAuth {
  readonly token?: string;
  readonly username?: string;
}

export interface TransferProgress {
  readonly phase: string;
  readonly loaded: number;
  readonly total?: number;
}

export interface TransferOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: TransferProgress) => void;
}

/** Error from the remote's side of the conversation, classified for the message the user sees. */
export class RemoteFailure extends Error {
  constructor(
    readonly kind: 'auth' | 'offline' | 'rejected' | 'cancelled' | 'other',
    readonly detail: string,
  ) {
    super(detail);
  }
}

export function isFolderRemote(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(url);
}

export function blobOid(content: string): string {
  const body = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}

/** fetch()-based HTTP client: cancellable, and a connection failure is told apart from an HTTP error. */
function httpClient(signal?: AbortSignal): HttpClient {
  return {
    async request(req: GitHttpRequest) {
      const chunks: Uint8Array[] = [];
      if (req.body) for await (const chunk of req.body) chunks.push(chunk);
      let res: Response;
      try {
        res = await fetch(req.url, {
          method: req.method ?? 'GET',
          headers: req.headers ?? {},
          ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
          ...(signal ? { signal } : {}),
        });
      } catch (err) {
        if (signal?.aborted) throw new RemoteFailure('cancelled', 'cancelled');
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        throw new RemoteFailure('offline', cause?.code ?? cause?.message ?? (err as Error).message);
      }
      const body = new Uint8Array(await res.arrayBuffer());
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => (headers[k] = v));
      return {
        url: res.url || req.url,
        method: req.method ?? 'GET',
        statusCode: res.status,
        statusMessage: res.statusText,
        headers,
        body: (async function* () {
          yield body;
        })(),
      };
    },
  };
}

function classify(err: unknown, signal?: AbortSignal): RemoteFailure {
  if (err instanceof RemoteFailure) return err;
  if (signal?.aborted) return new RemoteFailure('cancelled', 'cancelled');
  const e = err as { code?: string; data?: { statusCode?: number; reason?: string }; message?: string };
  if (e.code === 'HttpError' && (e.data?.statusCode === 401 || e.data?.statusCode === 403)) return new RemoteFailure('auth', `HTTP ${e.data.statusCode}`);
  if (e.code === 'UserCanceledError') return new RemoteFailure('auth', 'HTTP 401');
  if (e.code === 'PushRejectedError' || e.data?.reason === 'not-fast-forward') return new RemoteFailure('rejected', e.message ?? 'rejected');
  if (e.code === 'HttpError') return new RemoteFailure('other', e.message ?? 'HTTP error');
  return new RemoteFailure('other', e.message ?? String(err));
}

export class TeamRepo {
  private readonly cache = {};

  private constructor(readonly gitdir: string) {}

  static async open(gitdir: string): Promise<TeamRepo> {
    if (!existsSync(path.join(gitdir, 'HEAD'))) {
      mkdirSync(gitdir, { recursive: true });
      await git.init({ fs: atomicFs, gitdir, bare: true, defaultBranch: BRANCH });
    }
    return new TeamRepo(gitdir);
  }

  async head(): Promise<string | null> {
    return resolve(this.gitdir, LOCAL_REF);
  }

  async setHead(oid: string): Promise<void> {
    await git.writeRef({ fs: atomicFs, gitdir: this.gitdir, ref: LOCAL_REF, value: oid, force: true });
  }

  /** path → blob oid of every file in a commit. */
  async treeOids(commit: string): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const { commit: c } = await git.readCommit({ fs: atomicFs, gitdir: this.gitdir, oid: commit, cache: this.cache });
    const walk = async (treeOid: string, prefix: string): Promise<void> => {
      const { tree } = await git.readTree({ fs: atomicFs, gitdir: this.gitdir, oid: treeOid, cache: this.cache });
      for (const entry of tree) {
        const p = prefix ? `${prefix}/${entry.path}` : entry.path;
        if (entry.type === 'tree') await walk(entry.oid, p);
        else out.set(p, entry.oid);
      }
    };
    await walk(c.tree, '');
    return out;
  }

  async readBlob(oid: string): Promise<string> {
    const { blob } = await git.readBlob({ fs: atomicFs, gitdir: this.gitdir, oid, cache: this.cache });
    return Buffer.from(blob).toString('utf8');
  }

  async readFiles(oids: Map<string, string>, paths: Iterable<string>): Promise<TeamFiles> {
    const out: TeamFiles = new Map();
    for (const p of paths) {
      const oid = oids.get(p);
      if (oid) out.set(p, await this.readBlob(oid));
    }
    return out;
  }

  /**
   * Writes a commit of `oids` (path → blob oid); `contents` holds the files whose blobs may be new.
   * Returns the commit id.
   */
  async commit(oids: Map<string, string>, contents: TeamFiles, parents: readonly string[], message: string, author: string): Promise<string> {
    for (const [p, content] of contents) {
      if (oids.get(p) !== undefined) await git.writeBlob({ fs: atomicFs, gitdir: this.gitdir, blob: Buffer.from(content, 'utf8') });
    }
    const tree = await this.writeTrees(oids);
    const now = Math.floor(Date.now() / 1000);
    const person = { name: author || 'Tinjau', email: 'tinjau@localhost', timestamp: now, timezoneOffset: 0 };
    return git.writeCommit({ fs: atomicFs, gitdir: this.gitdir, commit: { message, tree, parent: [...parents], author: person, committer: person } });
  }

  private async writeTrees(oids: Map<string, string>): Promise<string> {
    interface Dir {
      files: Map<string, string>;
      dirs: Map<string, Dir>;
    }
    const root: Dir = { files: new Map(), dirs: new Map() };
    for (const [p, oid] of oids) {
      const parts = p.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part);
        if (!next) dir.dirs.set(part, (next = { files: new Map(), dirs: new Map() }));
        dir = next;
      }
      dir.files.set(parts[parts.length - 1] as string, oid);
    }
    const write = async (dir: Dir): Promise<string> => {
      const tree: { mode: string; path: string; oid: string; type: 'blob' | 'tree' }[] = [];
      for (const [name, sub] of dir.dirs) tree.push({ mode: '040000', path: name, oid: await write(sub), type: 'tree' });
      for (const [name, oid] of dir.files) tree.push({ mode: '100644', path: name, oid, type: 'blob' });
      return git.writeTree({ fs: atomicFs, gitdir: this.gitdir, tree });
    };
    return write(root);
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    if (ancestor === of) return true;
    return git.isDescendent({ fs: atomicFs, gitdir: this.gitdir, oid: of, ancestor, depth: -1, cache: this.cache });
  }

  async mergeBase(a: string, b: string): Promise<string | null> {
    const bases = await git.findMergeBase({ fs: atomicFs, gitdir: this.gitdir, oids: [a, b], cache: this.cache });
    return (bases[0] as string | undefined) ?? null;
  }

  async countCommits(from: string, stopAt: string | null): Promise<number> {
    if (stopAt === from) return 0;
    const log = await git.log({ fs: atomicFs, gitdir: this.gitdir, ref: from, cache: this.cache });
    let n = 0;
    for (const entry of log) {
      if (entry.oid === stopAt) break;
      n++;
    }
    return n;
  }

  /** The remote's branch head after fetching it (null: the remote is empty). */
  async fetch(url: string, auth: RemoteAuth, options: TransferOptions = {}): Promise<string | null> {
    try {
      if (isFolderRemote(url)) return await this.fetchFolder(url, options);
      options.onProgress?.({ phase: 'fetch', loaded: 0 });
      const info = await git.getRemoteInfo2({ http: httpClient(options.signal), url, ...authHooks(auth) });
      const remoteHead = info.refs?.find((r) => r.ref === LOCAL_REF)?.oid ?? null;
      if (!remoteHead) return null;
      if (!(await this.has(remoteHead))) {
        await git.setConfig({ fs: atomicFs, gitdir: this.gitdir, path: 'remote.origin.url', value: url });
        await git.setConfig({ fs: atomicFs, gitdir: this.gitdir, path: 'remote.origin.fetch', value: '+refs/heads/*:refs/remotes/origin/*' });
        await git.fetch({
          fs: atomicFs,
          http: httpClient(options.signal),
          gitdir: this.gitdir,
          url,
          remote: 'origin',
          ref: BRANCH,
          remoteRef: BRANCH,
          singleBranch: true,
          tags: false,
          cache: this.cache,
          ...authHooks(auth),
          onProgress: (p) => options.onProgress?.({ phase: `fetch:${p.phase}`, loaded: p.loaded, ...(p.total ? { total: p.total } : {}) }),
        });
      }
      return remoteHead;
    } catch (err) {
      throw classify(err, options.signal);
    }
  }

  /** Pushes `oid` as the remote's branch; a remote that moved meanwhile rejects it (RemoteFailure 'rejected'). */
  async push(url: string, auth: RemoteAuth, oid: string, expected: string | null, options: TransferOptions = {}): Promise<void> {
    try {
      if (isFolderRemote(url)) return await this.pushFolder(url, oid, expected);
      await this.setHead(oid);
      const result = await git.push({
        fs: atomicFs,
        http: httpClient(options.signal),
        gitdir: this.gitdir,
        url,
        ref: BRANCH,
        remoteRef: BRANCH,
        cache: this.cache,
        ...authHooks(auth),
        ...(options.signal ? { signal: options.signal } : {}),
        onProgress: (p) => options.onProgress?.({ phase: `push:${p.phase}`, loaded: p.loaded, ...(p.total ? { total: p.total } : {}) }),
      });
      const refResult = result.refs?.[LOCAL_REF];
      if (!result.ok || (refResult && !refResult.ok)) throw new RemoteFailure('rejected', refResult?.error ?? result.error ?? 'rejected');
    } catch (err) {
      throw classify(err, options.signal);
    }
  }

  private async has(oid: string): Promise<boolean> {
    try {
      await git.readObject({ fs: atomicFs, gitdir: this.gitdir, oid, format: 'deflated', cache: this.cache });
      return true;
    } catch {
      return false;
    }
  }

  private async fetchFolder(url: string, options: TransferOptions): Promise<string | null> {
    const remote = folderGitdir(url);
    if (!existsSync(remote)) {
      // A new remote inside a reachable folder; a missing parent is a share that is not mounted.
      if (existsSync(path.dirname(remote))) return null;
      throw new RemoteFailure('offline', `${url}: no such folder`);
    }
    if (!existsSync(path.join(remote, 'HEAD'))) {
      if (readdirSync(remote).length > 0) throw new RemoteFailure('other', 'not-a-repository');
      return null; // an empty folder: a new remote
    }
    const head = await resolve(remote, LOCAL_REF);
    if (head) await copyObjects(remote, this.gitdir, head, options);
    return head;
  }

  private async pushFolder(url: string, oid: string, expected: string | null): Promise<void> {
    const remote = folderGitdir(url);
    if (!existsSync(path.join(remote, 'HEAD'))) {
      mkdirSync(remote, { recursive: true });
      await git.init({ fs: atomicFs, gitdir: remote, bare: true, defaultBranch: BRANCH });
    }
    await copyObjects(this.gitdir, remote, oid, {});
    const refFile = path.join(remote, LOCAL_REF);
    mkdirSync(path.dirname(refFile), { recursive: true });
    const lockFile = `${refFile}.lock`;
    let fd: number;
    try {
      fd = openSync(lockFile, 'wx');
    } catch {
      throw new RemoteFailure('rejected', 'the remote branch is locked by another push');
    }
    try {
      const current = await resolve(remote, LOCAL_REF);
      if (current !== expected) throw new RemoteFailure('rejected', 'not-fast-forward');
      writeSync(fd, `${oid}\n`);
      closeSync(fd);
      await fsp.rename(lockFile, refFile);
    } catch (err) {
      try {
        closeSync(fd);
      } catch {
        /* closed already */
      }
      rmSync(lockFile, { force: true });
      throw err;
    }
    await this.setHead(oid);
  }
}

function folderGitdir(url: string): string {
  const dir = path.resolve(url.replace(/^file:\/\//, ''));
  return existsSync(path.join(dir, '.git', 'HEAD')) ? path.join(dir, '.git') : dir;
}

async function resolve(gitdir: string, ref: string): Promise<string | null> {
  try {
    return await git.resolveRef({ fs: atomicFs, gitdir, ref });
  } catch {
    return null;
  }
}

/** Copies every object reachable from `head` that `to` lacks (an object present means all it reaches is too). */
async function copyObjects(from: string, to: string, head: string, options: TransferOptions): Promise<void> {
  const cacheFrom = {};
  const cacheTo = {};
  const exists = async (oid: string): Promise<boolean> => {
    try {
      await git.readObject({ fs: atomicFs, gitdir: to, oid, format: 'deflated', cache: cacheTo });
      return true;
    } catch {
      return false;
    }
  };
  const stack = [head];
  const seen = new Set<string>();
  const pending: { type: 'blob' | 'tree' | 'commit'; object: Uint8Array }[] = [];
  let copied = 0;
  while (stack.length) {
    if (options.signal?.aborted) throw new RemoteFailure('cancelled', 'cancelled');
    const oid = stack.pop() as string;
    if (seen.has(oid)) continue;
    seen.add(oid);
    if (await exists(oid)) continue;
    const obj = await git.readObject({ fs: atomicFs, gitdir: from, oid, format: 'content', cache: cacheFrom });
    const type = obj.type as 'blob' | 'tree' | 'commit';
    pending.push({ type, object: obj.object as Uint8Array });
    if (type === 'commit') {
      const { commit } = await git.readCommit({ fs: atomicFs, gitdir: from, oid, cache: cacheFrom });
      stack.push(commit.tree, ...commit.parent);
    } else if (type === 'tree') {
      const { tree } = await git.readTree({ fs: atomicFs, gitdir: from, oid, cache: cacheFrom });
      for (const entry of tree) stack.push(entry.oid);
    }
    options.onProgress?.({ phase: 'copy', loaded: ++copied });
  }
  // Leaves first, the commit last: an object present in `to` always has everything it names.
  for (const item of pending.reverse()) {
    await git.writeObject({ fs: atomicFs, gitdir: to, type: item.type, object: item.object, format: 'content' });
  }
}

function authHooks(auth: RemoteAuth) {
  if (!auth.token) return {};
  const credentials = { username: auth.username ?? 'x-access-token', password: auth.token };
  return {
    onAuth: () => credentials,
    onAuthFailure: () => ({ cancel: true }),
  };
}
