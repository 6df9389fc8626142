import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GitServer } from '../support/git-server';
import { startGitServer } from '../support/git-server';
import { tinjau, useCliTempDir } from '../support/cli';
import type { TeamClient } from '../support/team';
import { publish, teamClient } from '../support/team';

const tempDir = useCliTempDir();
let server: GitServer | null = null;
const open: TeamClient[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.ws.close();
  await server?.stop();
});

describe('tinjau team', () => {
  it('clones, syncs an edit back, reports status and lists conflicts as JSON', async () => {
    const root = tempDir();
    server = await startGitServer(path.join(root, 'srv'), { token: 't0ken' });
    server.createRepo('proj.git');
    const url = server.repoUrl('proj.git');
    const ayu = await teamClient(root, 'Ayu');
    open.push(ayu);
    const docId = await publish(ayu, url, 3, 't0ken');
    const dir = path.join(root, 'cli.tinjau');

    const denied = await tinjau('team', 'clone', url, dir, '--token', 'nope', '--json');
    expect(denied.code).toBe(1);
    expect(JSON.parse(denied.stderr).error.message).toMatch(/refused the sign-in/);

    expect((await tinjau('team', 'clone', url, dir, '--token', 't0ken')).code).toBe(0);
    const seg = (await ayu.ws.listSegments(ayu.dir, docId))[0]!.id;
    expect((await tinjau('edit', dir, '--segment', seg, '--text', 'From the command line.', '--author', 'Cli')).code).toBe(0);
    await ayu.ws.updateSegment({ project: ayu.dir, segmentId: seg, target: 'From the app.' });

    const status = await tinjau('team', 'status', dir, '--json');
    expect(JSON.parse(status.stdout)).toMatchObject({ linked: true, ahead: 1, conflicts: 0 });
    await ayu.team.sync(ayu.dir);
    const sync = await tinjau('team', 'sync', dir, '--json');
    expect(sync.code).toBe(0);
    expect(JSON.parse(sync.stdout)).toMatchObject({ newConflicts: 1 });
    const conflicts = JSON.parse((await tinjau('team', 'conflicts', dir, '--json')).stdout) as { segmentId: string; conflict: { versions: { text: string }[] } }[];
    expect(conflicts.map((c) => c.segmentId)).toEqual([seg]);
    expect(conflicts[0]!.conflict.versions.map((v) => v.text).sort()).toEqual(['From the app.', 'From the command line.']);
    expect((await tinjau('team', 'resolve', dir, '--segment', seg, '--text', 'From both.')).code).toBe(0);
    expect(JSON.parse((await tinjau('team', 'sync', dir, '--json')).stdout).status.conflicts).toBe(0);
    await ayu.team.sync(ayu.dir);
    expect((await ayu.ws.listSegments(ayu.dir, docId))[0]!.target).toBe('From both.');
  }, 60_000);
});
