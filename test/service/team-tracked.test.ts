/**
 * A second reviewer sees the first reviewer's changes as tracked changes: after a sync brings in
 * another member's edit, the segment's change (what this reviewer last saw → their text) is listed
 * with its author until this reviewer confirms the segment.
 */
import { describe, expect, it } from 'vitest';
import type { TeamClient } from '../support/team';
import { publish, useTeamSetup } from '../support/team';

const { setup } = useTeamSetup('tinjau-team-tracked-');

describe('tracked changes from the team', () => {
  it('lists another member\'s edits against what this reviewer last saw, with author, until confirmed', async () => {
    const { url, clients } = await setup(['Ayu', 'Budi']);
    const [a, b] = clients as [TeamClient, TeamClient];
    const docId = await publish(a, url, 4);
    await b.team.clone(url, b.dir);
    const before = await a.ws.listSegments(a.dir, docId);
    const [s0, s1, s2] = before.map((s) => s.id);
    // Budi (first reviewer) edits two segments, one of them twice; Ayu edits a third herself.
    await b.ws.updateSegment({ project: b.dir, segmentId: s0!, target: 'Paragraph one, first pass.' });
    await b.team.sync(b.dir);
    await b.ws.updateSegment({ project: b.dir, segmentId: s0!, target: 'Paragraph one about the flood, reviewed.' });
    await b.ws.updateSegment({ project: b.dir, segmentId: s1!, target: 'Paragraph two, reviewed by Budi.' });
    await a.ws.updateSegment({ project: a.dir, segmentId: s2!, target: 'Ayu wrote this herself.' });
    await b.team.sync(b.dir);
    expect(await a.team.trackedChanges(a.dir, docId)).toEqual([]);
    await a.team.sync(a.dir);
    const tracked = await a.team.trackedChanges(a.dir, docId);
    expect(tracked.map((c) => [c.segmentId, c.before, c.after, c.author])).toEqual([
      [s0, before[0]!.target, 'Paragraph one about the flood, reviewed.', 'Budi'],
      [s1, before[1]!.target, 'Paragraph two, reviewed by Budi.', 'Budi'],
    ]);
    expect(tracked.every((c) => !Number.isNaN(Date.parse(c.at)))).toBe(true);
    // Budi's side has no tracked change of its own edits, nor of Ayu's once it syncs (then it does).
    expect(await b.team.trackedChanges(b.dir, docId)).toEqual([]);
    await a.team.sync(a.dir);
    await b.team.sync(b.dir);
    expect((await b.team.trackedChanges(b.dir, docId)).map((c) => [c.segmentId, c.author, c.after])).toEqual([[s2, 'Ayu', 'Ayu wrote this herself.']]);
    // Every revision keeps its author.
    expect((await a.ws.revisions(a.dir, s0!)).filter((r) => r.origin === 'typing').map((r) => r.author)).toEqual(['Budi', 'Budi']);
    // Ayu confirms segment 1: its tracked change is acknowledged; segment 2's stays.
    await a.ws.confirmSegment(a.dir, s0!);
    await a.team.acknowledge(a.dir, [s0!]);
    expect((await a.team.trackedChanges(a.dir, docId)).map((c) => c.segmentId)).toEqual([s1]);
  }, 60_000);
});
