/**
 * Team status at open: what `team:status` costs the service's thread when the project home or the
 * workbench opens a 20,000-segment project, not linked and linked (synced, nothing changed since).
 *
 * Run: npx tsx bench/team-status.bench.ts [segments]. Each measurement is a fresh process (git not
 * yet loaded, the project opened first, then only the status call measured in CPU time).
 * Prints figures only; nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { article, teamClient } from '../test/support/team';

const [mode = 'all', arg1, arg2] = process.argv.slice(2);

async function prepare(root: string, segments: number): Promise<void> {
  const plain = await teamClient(root, 'Ayu');
  await plain.ws.createProjectAt(plain.dir, { name: 'Sendiri' });
  await plain.ws.importDocument({ project: plain.dir, ...article(segments), draftOrigin: 'mt' });
  await plain.ws.close();
  const linked = await teamClient(root, 'Budi');
  await linked.ws.createProjectAt(linked.dir, { name: 'Tim' });
  await linked.ws.importDocument({ project: linked.dir, ...article(segments), draftOrigin: 'mt' });
  mkdirSync(path.join(root, 'share'));
  await linked.team.link(linked.dir, { url: path.join(root, 'share', 'tim.git') });
  await linked.team.status(linked.dir);
  await linked.ws.close();
}

async function measure(root: string, name: string): Promise<void> {
  const { Workspace } = await import('../electron/services/workspace');
  const ws = await Workspace.create({ dataDir: path.join(root, `data-${name}`), owner: `bench ${name}` });
  const dir = path.join(root, `${name}.tinjau`);
  await ws.projectStore(dir);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const { TeamService } = await import('../electron/services/team/team-service');
  const status = await new TeamService(ws).status(dir);
  const used = process.cpuUsage(cpu);
  console.log(`${name === 'Ayu' ? 'not linked' : 'linked, synced'}: ${((used.user + used.system) / 1e6).toFixed(3)} s CPU, ${((performance.now() - t0) / 1000).toFixed(3)} s wall (linked=${status.linked}, ahead=${status.ahead})`);
  await ws.close();
}

async function main(): Promise<void> {
  if (mode === 'prepare') return prepare(arg1 as string, Number(arg2));
  if (mode === 'measure') return measure(arg1 as string, arg2 as string);
  const segments = Number(mode === 'all' ? (arg1 ?? 20_000) : mode);
  const root = mkdtempSync(path.join(os.tmpdir(), 'tinjau-team-status-bench-'));
  const self = fileURLToPath(import.meta.url);
  const run = (...args: string[]) => process.stdout.write(execFileSync(process.execPath, ['--import', 'tsx', self, ...args], { encoding: 'utf8' }));
  try {
    console.log(`load: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${segments} segments`);
    run('prepare', root, String(segments));
    for (let i = 0; i < 3; i++) for (const name of ['Ayu', 'Budi']) run('measure', root, name);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
