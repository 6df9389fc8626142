/**
 * Team projects against a real git server (git http-backend on 127.0.0.1): several Tinjau
 * clients edit one project, sync in turns, and must end with the same, complete project.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TinjauError } from '../../shared/api/errors';
import { renderMessage } from '../../shared/messages/text';
import type { TeamClient } from '../support/team';
import { publish, teamClient, useTeamSetup } from '../support/team';

const { setup, tempDir, keep } = useTeamSetup('tinjau-team-');

async function failure(run: Promise<unknown>): Promise<TinjauError> {
  try {
    await run;
  } catch (err) {
    if (err instanceof TinjauError) return err;
    throw err;
  }
  throw new Error('expected a failure');
}

async function edit(c: TeamClient, segmentId: string, text: string): Promise<void> {
  await c.ws.updateSegment({ project: c.dir, segmentId, target: text });
}

describe('team sync', () => {
  it('three clients making 300 edits each with interleaved syncs lose nothing and end identical', async () => {
    const { url, clients: [a, b, c] } = await setup(['Ayu', 'Budi', 'Citra']);
    const SEGMENTS = 30;
    const docId = await publish(a!, url, SEGMENTS);
    await b!.team.clone(url, b!.dir);
    await c!.team.clone(url, c!.dir);
    const all = [a!, b!, c!];
    const ids = (await a!.ws.listSegments(a!.dir, docId)).map((s) => s.id);
    // Client k edits the segments whose number is k modulo 3; 10 rounds of 30 edits, a sync after each.
    for (let round = 0; round < 10; round++) {
      for (const [k, client] of all.entries()) {
        for (let e = 0; e < 30; e++) {
          const n = round * 30 + e;
          await edit(client, ids[(n * 3 + k) % SEGMENTS] as string, `${client.name} edit ${n}`);
        }
        await client.team.sync(client.dir);
      }
    }
    for (const client of [...all, ...all]) await client.team.sync(client.dir);
    const expected = ids.map((_, i) => {
      const k = i % 3;
      const last = Math.max(...Array.from({ length: 300 }, (_, n) => n).filter((n) => (n * 3 + k) % SEGMENTS === i));
      return `${all[k]!.name} edit ${last}`;
    });
    for (const client of all) {
      const segments = await client.ws.listSegments(client.dir, docId);
      expect(segments.map((s) => s.target)).toEqual(expected);
      expect(segments.some((s) => s.conflict)).toBe(false);
      let revisions = 0;
      for (const id of ids) revisions += (await client.ws.revisions(client.dir, id)).filter((r) => r.origin === 'typing').length;
      expect(revisions).toBe(900);
      const status = await client.team.status(client.dir);
      expect(status).toMatchObject({ linked: true, ahead: 0, conflicts: 0, offline: false });
    }
  }, 240_000);

  it('lists a segment both changed as a conflict with both versions, and a pick resolves it for everyone', async () => {
    const { url, clients: [a, b] } = await setup(['Ayu', 'Budi']);
    const docId = await publish(a!, url, 5);
    await b!.team.clone(url, b!.dir);
    const [s0, s1, s2] = (await a!.ws.listSegments(a!.dir, docId)).map((s) => s.id);
    await edit(a!, s0!, 'The flood, as Ayu has it.');
    await edit(a!, s1!, 'Only Ayu touched this one.');
    await edit(b!, s0!, 'The flood, as Budi has it.');
    await edit(b!, s2!, 'Only Budi touched this one.');
    await a!.team.sync(a!.dir);
    const report = await b!.team.sync(b!.dir);
    expect(report.newConflicts).toBe(1);
    await a!.team.sync(a!.dir);
    for (const client of [a!, b!]) {
      const conflicts = await client.team.conflicts(client.dir);
      expect(conflicts.map((c) => c.segmentId)).toEqual([s0]);
      expect(conflicts[0]!.conflict.versions.map((v) => [v.author, v.text])).toEqual(
        expect.arrayContaining([
          ['Ayu', 'The flood, as Ayu has it.'],
          ['Budi', 'The flood, as Budi has it.'],
        ]),
      );
      expect(conflicts[0]!.conflict.versions.every((v) => v.at.length > 0)).toBe(true);
      const history = (await client.ws.revisions(client.dir, s0!)).filter((r) => r.origin === 'typing').map((r) => `${r.author}: ${r.text}`);
      expect(history).toEqual(expect.arrayContaining(['Ayu: The flood, as Ayu has it.', 'Budi: The flood, as Budi has it.']));
      const segments = await client.ws.listSegments(client.dir, docId);
      expect(segments[1]!.target).toBe('Only Ayu touched this one.');
      expect(segments[2]!.target).toBe('Only Budi touched this one.');
      expect((await client.team.status(client.dir)).conflicts).toBe(1);
    }
    await b!.team.resolve(b!.dir, { segmentId: s0!, text: 'The flood, as Ayu and Budi agreed.' });
    await b!.team.sync(b!.dir);
    await a!.team.sync(a!.dir);
    expect(await a!.team.conflicts(a!.dir)).toEqual([]);
    expect((await a!.ws.listSegments(a!.dir, docId))[0]!.target).toBe('The flood, as Ayu and Budi agreed.');
    await expect(a!.team.resolve(a!.dir, { segmentId: s0!, text: 'x' })).rejects.toThrow(/no conflict/);
  }, 60_000);

  it('a wrong token is refused with a clear message and nothing is lost', async () => {
    const { url, clients: [a, b] } = await setup(['Ayu', 'Budi'], 'secret-token');
    const docId = await publish(a!, url, 3, 'secret-token');
    const err = await failure(b!.team.clone(url, b!.dir, { token: 'wrong' }));
    expect(err.text?.key).toBe('team.authFailed');
    expect(renderMessage(err.text!, 'id')).toMatch(/menolak masuk/);
    await b!.team.clone(url, b!.dir, { token: 'secret-token' });
    expect((await b!.ws.listSegments(b!.dir, docId)).length).toBe(3);
  }, 60_000);

  it('offline: edits are kept, the status says offline, and they sync once the server is back', async () => {
    const { url, server, clients: [a, b] } = await setup(['Ayu', 'Budi']);
    const docId = await publish(a!, url, 3);
    await b!.team.clone(url, b!.dir);
    const first = (await a!.ws.listSegments(a!.dir, docId))[0]!.id;
    await server.stop();
    await edit(a!, first, 'Written on the train.');
    const err = await failure(a!.team.sync(a!.dir));
    expect(err.text?.key).toBe('team.offline');
    expect(renderMessage(err.text!, 'id')).toMatch(/luring/);
    expect(await a!.team.status(a!.dir)).toMatchObject({ offline: true, ahead: 1 });
    expect((await a!.ws.listSegments(a!.dir, docId))[0]!.target).toBe('Written on the train.');
    await server.start();
    await a!.team.sync(a!.dir);
    expect(await a!.team.status(a!.dir)).toMatchObject({ offline: false, ahead: 0 });
    await b!.team.sync(b!.dir);
    expect((await b!.ws.listSegments(b!.dir, docId))[0]!.target).toBe('Written on the train.');
  }, 60_000);

  it('refuses a remote that is not a Tinjau project, and a history rewritten under it', async () => {
    const { root, server, url, clients: [a, b] } = await setup(['Ayu', 'Budi']);
    // A git repository of something else.
    const other = server.createRepo('other.git');
    const work = mkdtempSync(path.join(os.tmpdir(), 'tinjau-other-'));
    const g = (cwd: string, ...args: string[]) => spawnSync('git', ['-c', 'user.name=x', '-c', 'user.email=x@x', ...args], { cwd, stdio: 'ignore' });
    g(work, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(work, 'README.md'), 'not a project\n');
    g(work, 'add', '.');
    g(work, 'commit', '-qm', 'readme');
    g(work, 'push', '-q', other, 'main');
    const notTinjau = await failure(b!.team.clone(server.repoUrl('other.git'), b!.dir));
    expect(notTinjau.text?.key).toBe('team.notTinjau');

    const docId = await publish(a!, url, 3);
    await b!.team.clone(url, b!.dir);
    // Someone replaces the remote's history with an unrelated one.
    g(work, 'push', '-q', '--force', path.join(root, 'srv', 'proj.git'), 'main');
    const first = (await b!.ws.listSegments(b!.dir, docId))[0]!.id;
    await edit(b!, first, 'Kept through it all.');
    const diverged = await failure(b!.team.sync(b!.dir));
    expect(diverged.text?.key).toBe('team.diverged');
    expect((await b!.ws.listSegments(b!.dir, docId))[0]!.target).toBe('Kept through it all.');
  }, 60_000);

  it('works with a folder as the remote (a network share), no git server needed', async () => {
    const root = tempDir();
    const [a, b] = [await teamClient(root, 'Ayu'), await teamClient(root, 'Budi')];
    keep(a, b);
    mkdirSync(path.join(root, 'share'));
    const share = path.join(root, 'share', 'berita.git');
    const docId = await publish(a, share, 3);
    await b.team.clone(share, b.dir);
    const [s0, s1] = (await b.ws.listSegments(b.dir, docId)).map((s) => s.id);
    await edit(a, s0!, 'Ayu on the share.');
    await edit(b, s1!, 'Budi on the share.');
    await a.team.sync(a.dir);
    await b.team.sync(b.dir);
    await a.team.sync(a.dir);
    for (const c of [a, b]) expect((await c.ws.listSegments(c.dir, docId)).slice(0, 2).map((s) => s.target)).toEqual(['Ayu on the share.', 'Budi on the share.']);
  }, 60_000);
});
