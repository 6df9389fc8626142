/**
 * The team status the project home and the workbench ask for at open: a project never linked
 * answers without loading git, a linked one from the status last computed while nothing changed.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GitLoader } from '../../electron/services/team/team-service';
import { TeamService } from '../../electron/services/team/team-service';
import type { TeamClient } from '../support/team';
import { article, publish, teamClient } from '../support/team';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir('tinjau-team-status-');
const clients: TeamClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.ws.close();
});

/** A service whose git side is loaded through a spy. */
function watched(client: TeamClient) {
  const load = vi.fn<GitLoader>(() => import('../../electron/services/team/team-sync'));
  return { team: new TeamService(client.ws, load), load };
}

describe('team status', () => {
  it('of a project never linked: not linked, no conflicts, and git is not loaded', async () => {
    const a = await teamClient(tempDir(), 'Ayu');
    clients.push(a);
    await a.ws.createProjectAt(a.dir, { name: 'Sendiri' });
    await a.ws.importDocument({ project: a.dir, ...article(5), draftOrigin: 'mt' });
    const { team, load } = watched(a);
    expect(await team.status(a.dir)).toEqual({ linked: false, ahead: 0, behind: 0, offline: false, conflicts: 0 });
    const docId = (await a.ws.summary(a.dir)).documents[0]!.id;
    await team.assign(a.dir, { documentId: docId, assignee: 'Budi', role: 'reviewer' });
    expect(await team.trackedChanges(a.dir, docId)).toEqual([]);
    expect(load).not.toHaveBeenCalled();
  });

  it('of a linked project: from the last sync while nothing changed, counted again after an edit', async () => {
    const root = tempDir();
    const a = await teamClient(root, 'Ayu');
    clients.push(a);
    mkdirSync(path.join(root, 'share'));
    const docId = await publish(a, path.join(root, 'share', 'berita.git'), 3);
    const synced = (await a.team.sync(a.dir)).status;
    expect(synced).toMatchObject({ linked: true, ahead: 0 });

    const { team, load } = watched(a);
    expect(await team.status(a.dir)).toEqual(synced);
    expect(load).not.toHaveBeenCalled();

    const first = (await a.ws.listSegments(a.dir, docId))[0]!;
    await a.ws.updateSegment({ project: a.dir, segmentId: first.id, target: 'Ayu changed this one.' });
    expect(await team.status(a.dir)).toMatchObject({ linked: true, ahead: 1 });
    expect(load).toHaveBeenCalledTimes(1);
    // Asked again with no change in between: the same count, not computed again.
    expect(await team.status(a.dir)).toMatchObject({ ahead: 1 });
    await a.team.sync(a.dir);
    expect(await team.status(a.dir)).toMatchObject({ linked: true, ahead: 0 });
  }, 60_000);
});
