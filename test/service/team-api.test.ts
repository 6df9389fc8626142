import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../electron/services/api';
import type { TeamClient } from '../support/team';
import { useTeamSetup } from '../support/team';

const { setup } = useTeamSetup('tinjau-team-api-');

describe('team channels', () => {
  it('link, sync as a job, status, and assignments that reach the other member', async () => {
    const { root, url, clients } = await setup(['Ayu', 'Budi']);
    const [a, b] = clients as [TeamClient, TeamClient];
    await a.ws.createProjectAt(a.dir, { name: 'Tim' });
    const handlers = createHandlers(a.ws, { version: 't', transport: 'web', dataDir: path.join(root, 'data-Ayu') });

    const unlinked = await dispatch(handlers, 'team:status', { project: a.dir });
    expect(unlinked).toMatchObject({ ok: true, value: { linked: false } });
    const bad = await dispatch(handlers, 'team:link', { project: a.dir, url: 'ftp://example.com/x' });
    expect(bad).toMatchObject({ ok: false, error: { text: { key: 'team.badUrl' } } });

    await a.ws.importDocument({ project: a.dir, source: { name: 'a.txt', base64: Buffer.from('Satu.\n\nDua.\n\nTiga.').toString('base64') } });
    const linked = await dispatch(handlers, 'team:link', { project: a.dir, url, jobId: 'link-job-1' });
    expect(linked).toMatchObject({ ok: true, value: { status: { linked: true, url, ahead: 0 } } });
    expect(await dispatch(handlers, 'jobs:progress', { jobId: 'link-job-1' })).toMatchObject({ ok: true, value: { finished: true, done: 5 } });

    const docId = (await a.ws.summary(a.dir)).documents[0]!.id;
    const wrongRange = await dispatch(handlers, 'team:assign', { project: a.dir, documentId: docId, assignee: 'Budi', role: 'reviewer', from: 2, to: 9 });
    expect(wrongRange).toMatchObject({ ok: false, error: { text: { key: 'team.badRange' } } });
    await dispatch(handlers, 'team:assign', { project: a.dir, documentId: docId, assignee: 'Budi', role: 'reviewer', from: 2, to: 3 });
    expect(await dispatch(handlers, 'team:status', { project: a.dir })).toMatchObject({ ok: true, value: { ahead: 1 } });
    expect(await dispatch(handlers, 'team:sync', { project: a.dir, jobId: 'sync-job-1' })).toMatchObject({ ok: true });

    await b.team.clone(url, b.dir);
    await b.team.assign(b.dir, { documentId: docId, assignee: 'Citra', role: 'second-reviewer' });
    await b.team.sync(b.dir);
    await dispatch(handlers, 'team:sync', { project: a.dir });
    const meta = (await a.ws.summary(a.dir)).meta;
    expect(meta.assignments?.map((x) => [x.assignee, x.role, x.from ?? null, x.to ?? null, x.assignedBy])).toEqual([
      ['Budi', 'reviewer', 2, 3, 'Ayu'],
      ['Citra', 'second-reviewer', null, null, 'Budi'],
    ]);
  }, 60_000);
});
