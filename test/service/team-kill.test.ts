/**
 * A team member's process killed (SIGKILL) in the middle of syncs: every acknowledged edit is on
 * the remote after the next sync, and every sync reported as done stays done.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import type { GitServer } from '../support/git-server';
import { startGitServer } from '../support/git-server';
import { REPO_DIR } from '../support/paths';
import type { TeamClient } from '../support/team';
import { publish, teamClient } from '../support/team';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir('tinjau-team-kill-');
const CHILD = path.join(REPO_DIR, 'test/support/team-child.ts');
const SEGMENTS = 8;
let server: GitServer | null = null;
const open: TeamClient[] = [];
afterEach(async () => {
  for (const c of open.splice(0)) await c.ws.close();
  await server?.stop();
});

/** Runs the child until it has started its `syncs`-th sync and kills it a moment into it. */
function runAndKill(dataDir: string, dir: string, first: number, syncs: number, delayMs: number): Promise<{ acked: number[]; synced: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, dir, String(first)], { cwd: REPO_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    const synced: number[] = [];
    let started = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, n] = line.split(' ');
      if (word === 'ack') acked.push(Number(n));
      else if (word === 'synced') synced.push(Number(n));
      else if (word === 'sync' && ++started === syncs) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve({ acked, synced }) : reject(new Error(`child ended (${code}): ${stderr}`))));
  });
}

describe('team sync killed midway', () => {
  it('loses no acknowledged edit', async () => {
    const root = tempDir();
    server = await startGitServer(path.join(root, 'srv'));
    server.createRepo('proj.git');
    const url = server.repoUrl('proj.git');
    const owner = await teamClient(root, 'Ayu');
    open.push(owner);
    const docId = await publish(owner, url, SEGMENTS);
    await owner.ws.close();
    open.splice(0);
    const dataDir = path.join(root, 'data-Ayu');
    let next = 0;
    let lastAck = -1;
    for (const [run, delay] of [0, 3, 8, 15, 30, 60].entries()) {
      const { acked } = await runAndKill(dataDir, owner.dir, next, 2 + (run % 2), delay);
      expect(acked.length).toBeGreaterThan(0);
      lastAck = acked[acked.length - 1] as number;
      next = lastAck + 1;
    }
    // The member opens the project again and syncs; a colleague clones and must see every acknowledged edit.
    const again = await teamClient(root, 'Ayu');
    open.push(again);
    await again.team.sync(owner.dir);
    const colleague = await teamClient(root, 'Budi');
    open.push(colleague);
    await colleague.team.clone(url, colleague.dir);
    const targets = (await colleague.ws.listSegments(colleague.dir, docId)).map((s) => s.target);
    for (let i = 0; i < SEGMENTS; i++) {
      const lastForSegment = Math.max(...Array.from({ length: lastAck + 1 }, (_, n) => n).filter((n) => n % SEGMENTS === i));
      const found = Number(/kill edit (\d+)/.exec(targets[i] ?? '')?.[1] ?? -1);
      // The newest acknowledged edit, or one made after it that was durable before the kill.
      expect(found).toBeGreaterThanOrEqual(lastForSegment);
      expect(found % SEGMENTS).toBe(i);
    }
  }, 120_000);
});
