/**
 * The team folder of a project (`<project>/team/`): the link to the remote, the sync state, the
 * tracked changes. Plain files read and written without git, so the status of a project that is
 * not linked, its assignments and its tracked changes never load the git module.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { say, type Said } from '../../../shared/messages/text';
import type { TeamStatus } from '../../../shared/api/team-types';
import { writeFileAtomic } from '../files';
import type { ProjectStore } from '../project-store';
import type { Workspace } from '../workspace';

export const TEAM_DIR = 'team';
export const LINK_FILE = 'link.json';
export const STATE_FILE = 'state.json';
/** This copy's record of segments others changed that its reviewer has not confirmed since (local only). */
export const TRACKED_FILE = 'tracked.json';

export interface TeamLink {
  readonly url: string;
  readonly username?: string;
  /** This copy's id in the repository's glossary/ and tm/ record files. */
  readonly memberId: string;
  readonly linkedAt: string;
}

export interface TeamState {
  readonly synced: string | null;
  readonly syncedAt?: string;
  readonly lastAttemptAt?: string;
  readonly lastError?: Said & { readonly kind: string };
}

export function teamFile(dir: string, name: string): string {
  return path.join(dir, TEAM_DIR, name);
}

export function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

export function readLink(dir: string): TeamLink | null {
  return readJson<TeamLink>(teamFile(dir, LINK_FILE));
}

export function readState(dir: string): TeamState | null {
  return readJson<TeamState>(teamFile(dir, STATE_FILE));
}

/** The project's link, or the message that it is not linked. */
export function linkOf(store: ProjectStore): TeamLink {
  const link = readLink(store.dir);
  if (!link?.url) throw new TinjauError('not-found', say('team.notLinked', { dir: store.dir }));
  return link;
}

/** Who this copy's changes are by: the reviewer's name from the settings. */
export function authorOf(workspace: Workspace): string {
  return workspace.settings.settings.reviewer.name || 'Tinjau';
}

export type { TeamStatus };

/** The last status computed from git, with what it was computed at (`team/status.json`, local). */
export const STATUS_FILE = 'status.json';

interface CachedStatus {
  readonly key: string;
  readonly status: TeamStatus;
}

/**
 * What a computed status depends on: the project's last change, the link, the last synced commit
 * and the last sync attempt (which may have moved the remote's branch). Same key, same status.
 */
export function statusKey(store: ProjectStore, link: TeamLink | null, state: TeamState | null): string {
  return JSON.stringify([store.lastSeq, link?.url ?? null, state?.synced ?? null, state?.lastAttemptAt ?? null]);
}

export function cachedStatus(dir: string, key: string): TeamStatus | null {
  const cached = readJson<CachedStatus>(teamFile(dir, STATUS_FILE));
  return cached?.key === key ? cached.status : null;
}

export function keepStatus(dir: string, key: string, status: TeamStatus): void {
  try {
    writeFileAtomic(teamFile(dir, STATUS_FILE), JSON.stringify({ key, status } satisfies CachedStatus));
  } catch {
    /* only a cache: the next status computes it again */
  }
}
