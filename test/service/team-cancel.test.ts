/**
 * Cancel of a team clone and sync against a real git server: a clone cancelled at any point leaves
 * no project folder behind (nothing that would open as a half project), and a cancelled sync loses
 * no acknowledged edit; the next sync sends it.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TinjauError } from '../../shared/api/errors';
import type { TransferProgress } from '../../electron/services/team/git-repo';
import { publish, useTeamSetup } from '../support/team';

const { setup } = useTeamSetup('tinjau-team-cancel-');

/** Options that abort the run at its `n`-th progress report (0-based), and what was reported. */
function cancelAt(n: number) {
  const controller = new AbortController();
  const seen: TransferProgress[] = [];
  return {
    seen,
    options: {
      signal: controller.signal,
      onProgress: (p: TransferProgress) => {
        if (seen.push(p) - 1 === n) controller.abort();
      },
    },
  };
}

async function outcome(run: Promise<unknown>): Promise<'done' | 'cancelled'> {
  try {
    await run;
    return 'done';
  } catch (err) {
    if (err instanceof TinjauError && err.text?.key === 'team.cancelled') return 'cancelled';
    throw err;
  }
}

describe('cancel of team clone and sync', () => {
  it('a clone cancelled at any progress step leaves no project folder, and a later clone is whole', async () => {
    const { root, url, clients: [a, b] } = await setup(['Ayu', 'Budi']);
    const docId = await publish(a!, url, 12);
    const full = cancelAt(-1);
    const probe = path.join(root, 'probe.tinjau');
    await b!.team.clone(url, probe, {}, full.options);
    const steps = full.seen.length;
    expect(steps).toBeGreaterThan(2);
    let cancelled = 0;
    for (let n = 0; n < steps; n++) {
      const target = path.join(root, `cancel-${n}.tinjau`);
      const run = cancelAt(n);
      const result = await outcome(b!.team.clone(url, target, {}, run.options));
      if (result === 'cancelled') {
        cancelled++;
        // Nothing at the target, and no staging folder left beside it.
        expect(existsSync(target)).toBe(false);
        expect(readdirSync(root).filter((f) => f.startsWith(`cancel-${n}.tinjau`))).toEqual([]);
        await expect(b!.ws.openProject(target)).rejects.toThrow();
      } else {
        expect((await b!.ws.listSegments(target, docId)).length).toBe(12);
      }
    }
    expect(cancelled).toBeGreaterThan(0);
    // The same folder a cancelled clone aimed at takes a complete clone afterwards, and the staging
    // folder a clone killed before (its process gone) is cleared away.
    const again = path.join(root, 'cancel-0.tinjau');
    const stale = `${again}.clone-999999`;
    mkdirSync(path.join(stale, 'project'), { recursive: true });
    writeFileSync(path.join(stale, 'project', 'project.json'), '{}');
    await b!.team.clone(url, again);
    expect((await b!.ws.listSegments(again, docId)).map((s) => s.target)).toEqual((await a!.ws.listSegments(a!.dir, docId)).map((s) => s.target));
    expect(existsSync(stale)).toBe(false);
  }, 120_000);

  it('a sync cancelled at any progress step loses no acknowledged edit, and the next sync completes', async () => {
    const { url, clients: [a, b] } = await setup(['Ayu', 'Budi']);
    const docId = await publish(a!, url, 6);
    await b!.team.clone(url, b!.dir);
    const ids = (await a!.ws.listSegments(a!.dir, docId)).map((s) => s.id);
    const probe = cancelAt(-1);
    await a!.ws.updateSegment({ project: a!.dir, segmentId: ids[0]!, target: 'Probe edit.' });
    await a!.team.sync(a!.dir, probe.options);
    const steps = probe.seen.length;
    let cancelled = 0;
    for (let n = 0; n < steps; n++) {
      const text = `Edit acknowledged before cancel ${n}.`;
      await a!.ws.updateSegment({ project: a!.dir, segmentId: ids[n % ids.length]!, target: text });
      // The colleague also pushes, so the cancelled sync has something to merge.
      await b!.ws.updateSegment({ project: b!.dir, segmentId: ids[(n + 3) % ids.length]!, target: `Budi ${n}.` });
      await b!.team.sync(b!.dir);
      const result = await outcome(a!.team.sync(a!.dir, cancelAt(n).options));
      if (result === 'cancelled') cancelled++;
      expect((await a!.ws.listSegments(a!.dir, docId))[n % ids.length]!.target).toBe(text);
      await a!.team.sync(a!.dir);
      expect(await a!.team.status(a!.dir)).toMatchObject({ ahead: 0, conflicts: 0 });
      await b!.team.sync(b!.dir);
      expect((await b!.ws.listSegments(b!.dir, docId))[n % ids.length]!.target).toBe(text);
      expect((await a!.ws.listSegments(a!.dir, docId))[(n + 3) % ids.length]!.target).toBe(`Budi ${n}.`);
    }
    expect(cancelled).toBeGreaterThan(0);
  }, 120_000);
});
