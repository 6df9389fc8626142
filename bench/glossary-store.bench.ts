/**
 * Glossary store benchmark: opening a shared glossary folder of 50,000 entries from its records.
 *
 *   npx tsx bench/glossary-store.bench.ts
 *
 * The folder holds what a team leaves behind: 50,000 entries added by four writers, 10,000 later
 * edits and 1,000 deletes, each in its writer's record file. Measures the load (read, parse,
 * fold; target ≤ 500 ms, issue 4), the term index build over the live entries, and picking up
 * one colleague's edit (the watcher's incremental re-read and re-fold). Prints, never asserts.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { GlossaryStore } from '../electron/services/glossary/glossary-store';
import { GlossaryServices } from '../electron/services/glossary/handlers';
import { Workspace } from '../electron/services/workspace';
import type { RevisionRecord } from '../shared/glossary/merge';
import type { GlossaryEntry } from '../shared/glossary/model';
import { isLive } from '../shared/glossary/model';
import { createEntry, deleteEntry, updateEntry } from '../shared/glossary/revision';
import { buildGlossaryIndex } from '../shared/glossary/term-index';
import { loadRootSet } from '../shared/language/id/roots';

const ENTRIES = 50_000;
const EDITS = 10_000;
const DELETES = 1_000;
const WRITERS = 4;

let seed = 4242;
const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const cpu = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

function syntheticRecords(): RevisionRecord[][] {
  const roots = [...loadRootSet()];
  const files: RevisionRecord[][] = Array.from({ length: WRITERS }, () => []);
  const seen = new Set<string>();
  const latest: GlossaryEntry[] = [];
  const at = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
  while (latest.length < ENTRIES) {
    const term = latest.length < ENTRIES / 2 ? pick(roots) : `${pick(roots)} ${pick(roots)}`;
    if (seen.has(term)) continue;
    seen.add(term);
    const entry = createEntry(
      { sourceTerms: [term], targets: [{ text: `term ${latest.length}`, status: rand() < 0.1 ? 'forbidden' : 'preferred' }], caseSensitive: false, author: `writer ${latest.length % WRITERS}` },
      at(latest.length),
    );
    (files[latest.length % WRITERS] as RevisionRecord[]).push({ entry, parent: null });
    latest.push(entry);
  }
  for (let n = 0; n < EDITS + DELETES; n++) {
    const i = Math.floor(rand() * latest.length);
    const before = latest[i] as GlossaryEntry;
    if (before.deleted) continue;
    const entry =
      n < EDITS ? updateEntry(before, { note: `edit ${n}` }, at(ENTRIES + n), `writer ${n % WRITERS}`) : deleteEntry(before, at(ENTRIES + n), `writer ${n % WRITERS}`);
    (files[n % WRITERS] as RevisionRecord[]).push({ entry, parent: before.version });
    latest[i] = entry;
  }
  return files;
}

/** The same folder as a project's own glossary, through the API's service: what a reviewer waits for. */
async function throughTheService(files: readonly RevisionRecord[][]): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinjau-bench-'));
  const ws = await Workspace.create({ dataDir, owner: 'bench' });
  let services = new GlossaryServices(ws, { watch: false });
  try {
    const project = (await ws.createProject('Bench')).path;
    const own = (await services.of(project).view()).sources[0]?.path as string;
    services.close();
    writeFileSync(path.join(own, 'records', 'project.jsonl'), files.flat().map((r) => JSON.stringify(r)).join('\n') + '\n');
    services = new GlossaryServices(ws, { watch: false });
    const service = services.of(project);
    let t = performance.now();
    const view = await service.view();
    console.log(`service: open the project's 50,000-entry glossary and list it (glossary:view): ${ms(performance.now() - t)}`);
    t = performance.now();
    await service.index();
    console.log(`service: first term lookup (index build): ${ms(performance.now() - t)}`);
    // The next session finds the index saved in the data folder at close.
    let c = process.cpuUsage();
    t = performance.now();
    services.close();
    console.log(`service: save the compiled index at close: ${ms(performance.now() - t)} wall, ${ms(cpu(c))} CPU`);
    services = new GlossaryServices(ws, { watch: false });
    const again = services.of(project);
    await again.view();
    c = process.cpuUsage();
    t = performance.now();
    await again.index();
    console.log(`service: first term lookup in the next session (saved index): ${ms(performance.now() - t)} wall, ${ms(cpu(c))} CPU`);
    const entry = view.entries[500] as GlossaryEntry;
    const fields = { sourceTerms: [...entry.sourceTerms], targets: [{ text: 'another rendering', status: 'preferred' as const }], caseSensitive: entry.caseSensitive };
    t = performance.now();
    const saved = await again.save({ project, id: entry.id, baseVersion: entry.version, fields });
    await again.index();
    console.log(`service: save an English term, then the next lookup (automaton kept): ${ms(performance.now() - t)}`);
    t = performance.now();
    await again.save({ project, id: saved.id, baseVersion: saved.version, fields: { ...fields, sourceTerms: [...fields.sourceTerms, 'bentuk lain'] } });
    await again.index();
    console.log(`service: save a new Indonesian form, then the next lookup (index rebuilt): ${ms(performance.now() - t)}`);
  } finally {
    services.close();
    await ws.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'tinjau-bench-')), 'Team.tinjau-glossary');
  try {
    GlossaryStore.create(dir, 'Team', { watch: false }).close();
    const files = syntheticRecords();
    files.forEach((records, w) => writeFileSync(path.join(dir, 'records', `w-bench${w}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n'));
    const bytes = readdirSync(path.join(dir, 'records')).reduce((n, f) => n + statSync(path.join(dir, 'records', f)).size, 0);
    const records = files.reduce((n, f) => n + f.length, 0);
    console.log(`glossary folder: ${ENTRIES} entries, ${records} records in ${WRITERS} writer files, ${(bytes / 1e6).toFixed(1)} MB`);

    // A warm-up open (JIT, file cache), then the measured ones.
    GlossaryStore.open(dir, { watch: false }).close();
    const loads: number[] = [];
    let store: GlossaryStore | null = null;
    let loadCpu = 0;
    for (let i = 0; i < 3; i++) {
      store?.close();
      const c = process.cpuUsage();
      const t = performance.now();
      store = GlossaryStore.open(dir, { watch: false });
      loads.push(performance.now() - t);
      loadCpu = cpu(c);
    }
    const opened = store as GlossaryStore;
    const live = [...opened.entries].filter(isLive);
    console.log(`glossary load (read + parse + fold): ${loads.map(ms).join(', ')} wall; last ${ms(loadCpu)} CPU   target ≤ 500 ms`);
    console.log(`  ${opened.entryCount} entries, ${live.length} live, ${opened.conflicts.length} conflicts`);

    let t = performance.now();
    let c = process.cpuUsage();
    buildGlossaryIndex(live);
    console.log(`index build over the live entries (cold): ${ms(performance.now() - t)} wall, ${ms(cpu(c))} CPU`);
    t = performance.now();
    c = process.cpuUsage();
    buildGlossaryIndex(live);
    console.log(`index build again (warm stemmer caches): ${ms(performance.now() - t)} wall, ${ms(cpu(c))} CPU`);

    // A colleague's edit arrives in their file; the watcher's refresh reads and folds only it.
    const target = live[123] as GlossaryEntry;
    const edit = updateEntry(target, { note: 'a colleague' }, new Date().toISOString(), 'Budi');
    writeFileSync(path.join(dir, 'records', 'w-colleague.jsonl'), JSON.stringify({ entry: edit, parent: target.version }) + '\n');
    t = performance.now();
    const changed = opened.refresh();
    console.log(`a colleague's edit picked up (re-read + re-fold): ${ms(performance.now() - t)} (${changed ? 'changed' : 'NOT SEEN'})`);
    t = performance.now();
    opened.refresh();
    console.log(`a poll with nothing new: ${ms(performance.now() - t)}`);
    opened.close();
    await throughTheService(files);
  } finally {
    rmSync(path.dirname(dir), { recursive: true, force: true });
  }
}

await main();
