/**
 * A whole import through the services, as the app and CLI do it: a 20,000-unit XLIFF 1.2 file
 * read, built into a document and journaled into a project, then the project reopened.
 * Targets: import ≤ 3 s and ≤ 500 MB peak memory.
 *
 * Run: npx tsx bench/import-service.bench.ts [units]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workspace } from '../electron/services/workspace';
import { buildXliff } from './support/xliff';

const UNITS = Number(process.argv[2] ?? 20_000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'tinjau-bench-'));
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const xliff = Buffer.from(buildXliff(UNITS));
const ws = await Workspace.create({ dataDir: dir, owner: 'bench' });
const project = await ws.createProject('Bench');
const t0 = performance.now();
const result = await ws.importDocument({ project: project.path, source: { name: 'besar.xlf', base64: xliff.toString('base64') } });
const importMs = performance.now() - t0;
const t1 = performance.now();
await ws.close();
const closeMs = performance.now() - t1;
const ws2 = await Workspace.create({ dataDir: dir, owner: 'bench' });
const t2 = performance.now();
await ws2.openProject(project.path);
const openMs = performance.now() - t2;
await ws2.close();
clearInterval(sampler);
rmSync(dir, { recursive: true, force: true });

console.log(`Import through the services: ${UNITS} units, ${mb(xliff.length)} XLIFF 1.2`);
console.log(`  import (read, build, journal): ${importMs.toFixed(0)} ms for ${result.document.progress.segments} segments (target ≤ 3000 ms)`);
console.log(`  snapshot write on close: ${closeMs.toFixed(0)} ms; reopen: ${openMs.toFixed(0)} ms`);
console.log(`  peak RSS: ${mb(peakRss)} (target ≤ 500 MB)`);
