/**
 * Cloning a team remote into a new project folder. The whole project is made aside
 * (`<dir>.clone-<pid>/project`: fetched, created, first sync applied) and renamed into place only
 * when complete, so a failed or cancelled clone leaves no half-made project.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { SyncReport, TeamStatus } from '../../../shared/api/team-types';
import { metaFromFile, PROJECT_FILE } from '../../../shared/team/layout';
import { writeFileAtomic } from '../files';
import { isAlive } from '../lock';
import type { ProjectStore } from '../project-store';
import { TeamRepo } from './git-repo';
import type { SyncOptions, TeamGit } from './team-git';
import { normalizeUrl } from './team-git';
import type { TeamLink } from './team-files';
import { LINK_FILE, STATE_FILE, TEAM_DIR } from './team-files';

export interface CloneArgs {
  readonly token?: string;
  readonly username?: string;
}

/** The sync steps a clone runs on the project it made. */
export interface CloneSync {
  syncStore(store: ProjectStore, options: SyncOptions): Promise<SyncReport>;
  statusOf(store: ProjectStore): Promise<TeamStatus>;
}

/** Makes a new project in `dir` from the remote. */
export async function cloneProject(git: TeamGit, url: string, dir: string, args: CloneArgs, options: SyncOptions, sync: CloneSync): Promise<SyncReport> {
  const remote = normalizeUrl(url);
  const target = path.resolve(dir);
  if (existsSync(target) && readdirSync(target).length > 0) throw new TinjauError('conflict', say('team.cloneTargetExists', { dir: target }));
  git.saveToken(remote, args.token);
  const link: TeamLink = { url: remote, ...(args.username ? { username: args.username } : {}), memberId: randomUUID().slice(0, 8), linkedAt: new Date().toISOString() };
  const staging = `${target}.clone-${process.pid}`;
  const made = path.join(staging, 'project');
  rmSync(staging, { recursive: true, force: true });
  removeStaleClones(target);
  let store: ProjectStore | null = null;
  let report: SyncReport;
  try {
    const repo = await TeamRepo.open(path.join(made, TEAM_DIR, 'repo.git'));
    const head = await git.fetch(repo, link, options);
    if (!head) throw new TinjauError('not-found', say('team.emptyRemote', { url: remote }));
    const marker = await git.checkMarker(repo, head, remote, null);
    const oids = await repo.treeOids(head);
    const metaFile = oids.get(PROJECT_FILE);
    if (!metaFile) throw new TinjauError('format', say('team.notTinjau', { url: remote }));
    const meta = metaFromFile(await repo.readBlob(metaFile), { id: marker.projectId, name: marker.name, sourceLang: 'id', targetLang: 'en', createdAt: new Date().toISOString() });
    const { ProjectStore: Store } = await import('../project-store');
    store = await Store.create(made, meta, { owner: git.workspace.options.owner });
    writeFileAtomic(path.join(made, TEAM_DIR, STATE_FILE), JSON.stringify({ synced: null }));
    writeFileAtomic(path.join(made, TEAM_DIR, LINK_FILE), JSON.stringify(link, null, 2));
    report = await sync.syncStore(store, options);
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
  return { ...report, status: await sync.statusOf(await git.workspace.projectStore(target)) };
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
    if (isAlive(pid)) continue; // another clone still running
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}
