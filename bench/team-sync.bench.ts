/**
 * Team sync benchmark on loopback (git http-backend): a 20,000-segment project is published,
 * cloned, synced with no change, and synced carrying 100 changed segments.
 *
 * Run: npx tsx bench/team-sync.bench.ts [segments]. Prints figures only; nothing is asserted.
 * Goals: no-change sync ≤ 1 s, a sync carrying 100 changed segments ≤ 3 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startGitServer } from '../test/support/git-server';
import { teamClient } from '../test/support/team';

const SEGMENTS = Number(process.argv[2] ?? 20_000);

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await run();
  console.log(`${label.padEnd(46)} ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  return result;
}

async function main(): Promise<void> {
  console.log(`load: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const root = mkdtempSync(path.join(os.tmpdir(), 'tinjau-team-bench-'));
  const server = await startGitServer(path.join(root, 'srv'));
  server.createRepo('proj.git');
  const url = server.repoUrl('proj.git');
  const a = await teamClient(root, 'Ayu');
  const b = await teamClient(root, 'Budi');
  try {
    await a.ws.createProjectAt(a.dir, { name: 'Besar' });
    const text = Array.from({ length: SEGMENTS }, (_, i) => `Paragraf ${i + 1} tentang anggaran daerah tahun ini.`).join('\n\n');
    const imported = await time(`import ${SEGMENTS.toLocaleString('en-US')} segments`, () =>
      a.ws.importDocument({ project: a.dir, source: { name: 'besar.txt', base64: Buffer.from(text).toString('base64') } }),
    );
    await time('link (publish to an empty remote)', () => a.team.link(a.dir, { url }));
    await time('clone', () => b.team.clone(url, b.dir));
    for (let i = 1; i <= 3; i++) await time(`no-change sync #${i}`, () => b.team.sync(b.dir));
    const ids = (await a.ws.listSegments(a.dir, imported.document.id)).map((s) => s.id);
    for (let i = 0; i < 100; i++) await a.ws.updateSegment({ project: a.dir, segmentId: ids[(i * 197) % ids.length] as string, target: `Paragraph ${i} on the regional budget.` });
    await time('sync sending 100 changed segments', () => a.team.sync(a.dir));
    const r = await time('sync receiving 100 changed segments', () => b.team.sync(b.dir));
    console.log(`received ${r.received} records`);
  } finally {
    await a.ws.close();
    await b.ws.close();
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
