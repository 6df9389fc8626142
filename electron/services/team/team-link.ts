/** Linking a project to a team remote: the remote checked first, then the link kept and a first sync. */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { SyncReport } from '../../../shared/api/team-types';
import { writeFileAtomic } from '../files';
import { TeamRepo } from './git-repo';
import type { SyncOptions, TeamGit } from './team-git';
import { normalizeUrl } from './team-git';
import type { TeamLink, TeamState } from './team-files';
import { LINK_FILE, readJson, STATE_FILE, TEAM_DIR } from './team-files';

export interface LinkArgs {
  readonly url: string;
  readonly token?: string;
  readonly username?: string;
}

/**
 * Links the project to a remote, then runs `sync` on it: an empty remote receives the project,
 * one of the same project is merged with. A wrong address or another project's remote leaves the
 * project as it was.
 */
export async function linkProject(
  git: TeamGit,
  projectPath: string,
  args: LinkArgs,
  options: SyncOptions,
  sync: (projectPath: string, options: SyncOptions) => Promise<SyncReport>,
): Promise<SyncReport> {
  const url = normalizeUrl(args.url);
  const store = await git.workspace.projectStore(projectPath);
  git.saveToken(url, args.token);
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
  const head = await git.fetch(repo, link, options);
  if (head) await git.checkMarker(repo, head, link.url, store.projectMeta.id);
  const state = readJson<TeamState>(path.join(store.dir, TEAM_DIR, STATE_FILE));
  if (previous?.url !== url || !state?.synced || !head) {
    // A new link: the remote's history is adopted as the base when it holds this project.
    writeFileAtomic(path.join(store.dir, TEAM_DIR, STATE_FILE), JSON.stringify({ synced: null }));
  }
  writeFileAtomic(path.join(store.dir, TEAM_DIR, LINK_FILE), JSON.stringify(link, null, 2));
  return sync(store.dir, options);
}
