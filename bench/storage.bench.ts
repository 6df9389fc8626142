/**
 * Storage benchmark: edit acknowledgement (journal append + fsync) and project open on 1k / 5k /
 * 20k-segment projects built from the corpus, beside a plain lowdb `db.write()` of the whole
 * project (the single-file format) per edit.
 *
 * Run: npx tsx bench/storage.bench.ts [sizes, e.g. 1000,5000,20000]. Prints figures only; nothing is asserted.
 * Edits arrive with a pause every 50 (compaction after 50 ms), so background compactions run
 * while later edits are acknowledged, as they would while a reviewer types. "ack" times commit()
 * alone; "typed→ack" also counts waiting for the event loop, i.e. a compaction's JSON.stringify
 * that happened to run just before the edit.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToIo, setTimeout as sleep } from 'node:timers/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { ProjectStore } from '../electron/services/project-store';
import type { ProjectData, TinjauDocument } from '../shared/model/project';
import type { Segment } from '../shared/model/segment';
import { CORPUS_DIR } from '../test/support/paths';

const sizes = (process.argv[2] ?? '1000,5000,20000').split(',').map(Number);
const EDITS = 500;
const DOC_SIZE = 500;

const paragraphs = (folder: string): string[] =>
  readdirSync(path.join(CORPUS_DIR, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(path.join(CORPUS_DIR, folder, f), 'utf8').split(/\n[ \t]*\n/))
    .map((p) => p.trim())
    .filter(Boolean);
const sources = paragraphs('id');
const drafts = paragraphs('en-drafts');

function buildDocuments(total: number): { document: TinjauDocument; segments: Segment[] }[] {
  const docs: { document: TinjauDocument; segments: Segment[] }[] = [];
  for (let start = 0; start < total; start += DOC_SIZE) {
    const id = `doc-${start / DOC_SIZE}`;
    const document: TinjauDocument = { id, name: `${id}.txt`, format: 'txt', sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph', importedAt: new Date().toISOString() };
    const segments: Segment[] = [];
    for (let i = start; i < Math.min(total, start + DOC_SIZE); i++) {
      const text = drafts[i % drafts.length] ?? '';
      segments.push({ id: `${id}-${i - start}`, documentId: id, index: i - start, kind: 'paragraph', source: sources[i % sources.length] ?? '', draft: { text, origin: 'mt' }, target: text, status: 'draft' });
    }
    docs.push({ document, segments });
  }
  return docs;
}

const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

interface Row {
  size: number;
  mb: number;
  openMs: number;
  ack: number[];
  typed: number[];
  snapshotMs: number;
  lowdb: number[];
}

async function measure(total: number): Promise<Row> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tinjau-bench-'));
  try {
    const dir = path.join(root, 'bench.tinjau');
    const docs = buildDocuments(total);
    const setupMeta = { id: 'bench', name: 'Bench', sourceLang: 'id', targetLang: 'en', createdAt: new Date().toISOString() };
    const setup = await ProjectStore.create(dir, setupMeta, { owner: 'bench' });
    for (const { document, segments } of docs) setup.commit({ op: 'add-document', document, segments, revisions: [] });
    await setup.close();
    // What the project holds on disk: project.json plus its shards (blobs/, backup twins not counted).
    const mb = [path.join(dir, 'project.json'), ...readdirSync(path.join(dir, 'blobs')).map((f) => path.join(dir, 'blobs', f))].reduce((n, f) => n + statSync(f).size, 0) / 2 ** 20;

    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const s = await ProjectStore.open(dir, { owner: 'bench' });
      opens.push(performance.now() - t0);
      await s.close();
    }

    const store = await ProjectStore.open(dir, { owner: 'bench', compactAfterMs: 50 });
    const ack: number[] = [];
    const typed: number[] = [];
    for (let e = 0; e < EDITS; e++) {
      const { segments } = docs[e % docs.length] as { segments: Segment[] };
      const seg = store.segment((segments[(e * 37) % segments.length] as Segment).id);
      const at = new Date().toISOString();
      const t0 = performance.now();
      await yieldToIo(); // the keystroke arrives through the event loop, behind whatever runs there
      const t1 = performance.now();
      store.commit({
        op: 'put-segments',
        segments: [{ ...seg, target: `${seg.target} (${e})`, status: 'edited', updatedAt: at }],
        revisions: [{ id: `r${e}`, segmentId: seg.id, text: `${seg.target} (${e})`, status: 'edited', author: 'bench', at, origin: 'typing' }],
      });
      const t2 = performance.now();
      ack.push(t2 - t1);
      typed.push(t2 - t0);
      if (e % 50 === 49) await sleep(80); // a pause: the debounced compaction starts
    }
    store.commit({ op: 'put-meta', meta: store.projectMeta });
    const f0 = performance.now();
    await store.flush();
    const snapshotMs = performance.now() - f0;
    await store.close();

    // Baseline: the whole project rewritten with lowdb on every edit.
    const whole: ProjectData = { schemaVersion: 1, lastSeq: 0, project: setupMeta, documents: docs.map((d) => d.document), segments: docs.flatMap((d) => d.segments), revisions: [] };
    const db = new Low<ProjectData>(new JSONFile(path.join(root, 'lowdb.json')), whole);
    const segments = db.data.segments as Segment[];
    const lowdb: number[] = [];
    const budget = performance.now() + 8000; // at most ~8 s per size: at 20k each write is slow
    for (let e = 0; e < EDITS && (e < 20 || performance.now() < budget); e++) {
      const i = (e * 37) % segments.length;
      const t0 = performance.now();
      segments[i] = { ...(segments[i] as Segment), target: `edit ${e}` };
      await db.write();
      lowdb.push(performance.now() - t0);
    }
    return { size: total, mb, openMs: Math.min(...opens), ack, typed, snapshotMs, lowdb };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const rows: Row[] = [];
for (const size of sizes) rows.push(await measure(size));

console.log(`Storage: ${EDITS} edits per project (journal append + fsync before acknowledging), ${os.cpus().length} cores, Node ${process.version}, temp dir ${os.tmpdir()}`);
const header = ['segments', 'project on disk', 'open', 'ack p50', 'ack p99', 'typed→ack p99', 'max', 'snapshot write', 'lowdb write p50', 'lowdb p99 (n)'];
const table = rows.map((r) => {
  const ack = [...r.ack].sort((a, b) => a - b);
  const typed = [...r.typed].sort((a, b) => a - b);
  const lowdb = [...r.lowdb].sort((a, b) => a - b);
  return [
    r.size.toLocaleString('en'),
    `${r.mb.toFixed(1)} MB`,
    `${ms(r.openMs)} ms`,
    `${ms(pct(ack, 50))} ms`,
    `${ms(pct(ack, 99))} ms`,
    `${ms(pct(typed, 99))} ms`,
    `${ms(typed.at(-1) ?? NaN)} ms`,
    `${ms(r.snapshotMs)} ms`,
    `${ms(pct(lowdb, 50))} ms`,
    `${ms(pct(lowdb, 99))} ms (${lowdb.length})`,
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
for (const row of [header, ...table]) console.log(row.map((c, i) => c.padStart(widths[i] ?? 0)).join('  '));
console.log('open: best of 3 (snapshot read, parse, index; empty journal). snapshot write: one compaction (stringify + temp + fsync + rename), off the edit path.');
