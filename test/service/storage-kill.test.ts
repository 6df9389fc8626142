/**
 * Kill tests: a real child process edits a project and is killed with SIGKILL; every edit it
 * acknowledged must be there afterwards, in order, and the project must open.
 *
 * The runs continue one project rather than starting fresh ones: that is what a user does after a
 * crash, and it makes each run also recover from the previous kill (stale lock, a journal line cut
 * in half, a compaction or backup stopped midway, leftover temp files). The 1,000 edits are split
 * over the runs, so the test stays well under a minute on a 2-core CI machine. After each kill the
 * parent checks a copy of the folder, so the next child starts from exactly what the kill left.
 * KILL_TEST_SEED=<n> replays a failing sequence of kill moments.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { CompactionStage } from '../../electron/services/backups';
import { ProjectStore } from '../../electron/services/project-store';
import type { Segment } from '../../shared/model/segment';
import { REPO_DIR } from '../support/paths';
import type { KillTestEdit } from '../support/storage-child';
import { KILL_TEST_DOCUMENT, KILL_TEST_SEGMENTS, editFor } from '../support/storage-child';
import { IMPORT_SEGMENTS, importedOriginal } from '../support/import-child';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir('tinjau-kill-');
const CHILD = path.join(REPO_DIR, 'test/support/storage-child.ts');
const seed = Number(process.env.KILL_TEST_SEED ?? Date.now() % 1_000_000);

/** Small seeded PRNG (mulberry32), so a failing run can be replayed. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface KillPlan {
  readonly afterAcks?: number;
  readonly afterMs?: number;
  readonly atStage?: { readonly stage: CompactionStage; readonly skip: number };
}

interface Run {
  readonly acks: { seq: number; id: string }[];
  readonly killed: boolean;
  readonly finished: boolean;
  readonly stderr: string;
}

function runChild(dir: string, first: number, count: number, plan: KillPlan, slow = false, chunkSegments?: number): Promise<Run> {
  const args = ['--import', 'tsx', CHILD, dir, String(first), String(count), ...(slow ? ['--slow-compaction'] : [])];
  const env = { ...process.env, ...(chunkSegments ? { KILL_TEST_CHUNK_SEGMENTS: String(chunkSegments) } : {}) };
  const child: ChildProcess = spawn(process.execPath, args, { cwd: REPO_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: { seq: number; id: string }[] = [];
  let finished = false;
  let stderr = '';
  let stagesSeen = 0;
  const kill = () => child.kill('SIGKILL');
  const timer = plan.afterMs !== undefined ? setTimeout(kill, plan.afterMs) : null;
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const [word, a, b] = line.split(' ');
    if (word === 'ack') {
      acks.push({ seq: Number(a), id: String(b) });
      if (plan.afterAcks !== undefined && acks.length >= plan.afterAcks) kill();
    } else if (word === 'stage' && plan.atStage && a === plan.atStage.stage && stagesSeen++ >= plan.atStage.skip) {
      kill();
    } else if (word === 'done') {
      finished = true;
    }
  });
  return new Promise((resolve) => {
    child.on('close', (_code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ acks, killed: signal === 'SIGKILL', finished, stderr });
    });
  });
}

/** What the project must hold: per segment, the edits in order (the last one is the current text). */
class Expected {
  private readonly edits = new Map<string, KillTestEdit[]>();
  add(edit: KillTestEdit): void {
    this.edits.set(edit.segmentId, [...(this.edits.get(edit.segmentId) ?? []), edit]);
  }
  check(store: ProjectStore, context: string): void {
    for (let i = 0; i < KILL_TEST_SEGMENTS; i++) {
      const id = `${KILL_TEST_DOCUMENT}-${i}`;
      const edits = this.edits.get(id) ?? [];
      expect(store.revisionsOf(id).map((r) => r.id), `${context}: history of ${id}`).toEqual(edits.map((e) => e.id));
      expect(store.segment(id).target, `${context}: text of ${id}`).toBe(edits.at(-1)?.text ?? '');
    }
    expect(store.segmentsOf(KILL_TEST_DOCUMENT)).toHaveLength(KILL_TEST_SEGMENTS);
  }
}

async function createProject(dir: string, chunkSegments?: number): Promise<void> {
  const store = await ProjectStore.create(dir, { id: 'kill', name: 'Kill test', sourceLang: 'id', targetLang: 'en', createdAt: '2026-01-01T00:00:00Z' }, { owner: 'test', ...(chunkSegments ? { chunkSegments } : {}) });
  const segments: Segment[] = Array.from({ length: KILL_TEST_SEGMENTS }, (_, i) => ({
    id: `${KILL_TEST_DOCUMENT}-${i}`, documentId: KILL_TEST_DOCUMENT, index: i, kind: 'paragraph', source: `Paragraf ${i}.`, draft: null, target: '', status: 'new',
  }));
  const document = { id: KILL_TEST_DOCUMENT, name: 'artikel.txt', format: 'txt' as const, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph' as const, importedAt: '' };
  store.commit({ op: 'add-document', document, segments, revisions: [] });
  await store.close();
}

/**
 * Opens a copy of what the killed child left (so the next run starts from the raw state) and checks it.
 * Edits after the last acknowledged one may be durable without their ack having reached us (killed
 * between the fsync and the print, or with the print still buffered); those found become expected
 * too, so later checks stay exact. Returns how many there were.
 */
async function checkAfterKill(dir: string, expected: Expected, next: number, context: string): Promise<number> {
  const copy = path.join(tempDir(), 'copy.tinjau');
  cpSync(dir, copy, { recursive: true });
  const store = await ProjectStore.open(copy, { owner: 'checker', compactAfterMs: 60_000 });
  try {
    let unacknowledged = 0;
    for (let edit = editFor(next); store.revisionsOf(edit.segmentId).some((r) => r.id === edit.id); edit = editFor(++next)) {
      expected.add(edit);
      unacknowledged++;
    }
    expected.check(store, context);
    expect(store.warnings.filter((w) => !/half written/.test(w.message)), `${context}: warnings`).toEqual([]);
    return unacknowledged;
  } finally {
    await store.close();
  }
}

interface Session {
  next: number;
  lastSeq: number;
  readonly expected: Expected;
  /** Segments per chunk blob in the child (several chunks per document), else the default. */
  readonly chunkSegments?: number;
}

async function killedRun(dir: string, session: Session, count: number, plan: KillPlan, slow: boolean, context: string): Promise<Run> {
  const run = await runChild(dir, session.next, count, plan, slow, session.chunkSegments);
  // Node may print warnings (e.g. a deprecation) on some versions; an error is what fails the run.
  expect(run.stderr.split('\n').filter((l) => l.trim() && !/warning/i.test(l)).join('\n'), `${context}: child error`).toBe('');
  for (const ack of run.acks) {
    expect(ack.id, `${context}: acks come in edit order`).toBe(editFor(session.next).id);
    expect(ack.seq, `${context}: sequence numbers only grow`).toBeGreaterThan(session.lastSeq);
    session.expected.add(editFor(session.next));
    session.lastSeq = ack.seq;
    session.next++;
  }
  if (!run.finished) session.next += await checkAfterKill(dir, session.expected, session.next, context);
  return run;
}

describe('storage under SIGKILL', () => {
  it(`keeps every acknowledged edit, in order, when 1,000 edits are killed at random moments (seed ${seed})`, async () => {
    const rand = random(seed);
    const dir = path.join(tempDir(), 'kill.tinjau');
    await createProject(dir);
    const session: Session = { next: 0, lastSeq: 0, expected: new Expected() };
    const TOTAL = 1000;
    const RUNS = 28;
    let kills = 0;
    for (let r = 0; r < RUNS; r++) {
      const remaining = TOTAL - session.next;
      const share = Math.min(remaining, Math.max(2, Math.floor((2 * remaining) / (RUNS - r))));
      // Most runs die after a random number of acknowledged edits (always before their last one);
      // every fourth at a random time from its start, maybe while opening or replaying.
      const byTime = r % 4 === 3;
      const plan: KillPlan = byTime ? { afterMs: 200 + Math.floor(rand() * 900) } : { afterAcks: 1 + Math.floor(rand() * (share - 1)) };
      const run = await killedRun(dir, session, byTime ? share : remaining, plan, false, `run ${r} (seed ${seed})`);
      if (run.killed) kills++;
    }
    const last = await killedRun(dir, session, TOTAL - session.next, {}, false, `final run (seed ${seed})`);
    expect(last.finished).toBe(true);
    expect(session.next).toBe(TOTAL);
    expect(kills).toBeGreaterThanOrEqual(20);
    const store = await ProjectStore.open(dir, { owner: 'checker' });
    session.expected.check(store, 'after the last run');
    await store.close();
  }, 120_000);

  it(`keeps every acknowledged edit when killed inside a compaction, at each of its stages (seed ${seed})`, async () => {
    const rand = random(seed + 1);
    const dir = path.join(tempDir(), 'kill.tinjau');
    await createProject(dir);
    const session: Session = { next: 0, lastSeq: 0, expected: new Expected() };
    const stages: CompactionStage[] = ['shard-written', 'snapshot-temp-written', 'snapshot-written', 'backup-written', 'journal-trimmed'];
    for (let r = 0; r < 10; r++) {
      const stage = stages[r % stages.length] as CompactionStage;
      const run = await killedRun(dir, session, 400, { atStage: { stage, skip: Math.floor(rand() * 3) } }, true, `${stage} run ${r} (seed ${seed})`);
      expect(run.killed, `${stage} run ${r}: killed inside the compaction`).toBe(true);
    }
    const store = await ProjectStore.open(dir, { owner: 'checker' });
    session.expected.check(store, 'after the compaction kills');
    expect(session.next).toBeGreaterThan(0);
    await store.close();
  }, 120_000);

  it(`keeps every acknowledged edit with the segments in several chunks, killed at random moments and inside compactions (seed ${seed})`, async () => {
    const rand = random(seed + 2);
    const dir = path.join(tempDir(), 'kill.tinjau');
    const chunkSegments = 8; // 40 segments: 5 chunks, edits spread over all of them
    await createProject(dir, chunkSegments);
    const session: Session = { next: 0, lastSeq: 0, expected: new Expected(), chunkSegments };
    const stages: CompactionStage[] = ['shard-written', 'snapshot-temp-written', 'snapshot-written', 'backup-written', 'journal-trimmed'];
    for (let r = 0; r < 10; r++) {
      const inCompaction = r % 2 === 0;
      const stage = stages[(r / 2) % stages.length] as CompactionStage;
      const plan: KillPlan = inCompaction ? { atStage: { stage, skip: Math.floor(rand() * 3) } } : { afterAcks: 1 + Math.floor(rand() * 60) };
      const run = await killedRun(dir, session, 400, plan, inCompaction, `chunked run ${r} (seed ${seed})`);
      expect(run.killed, `chunked run ${r}: killed`).toBe(true);
    }
    const store = await ProjectStore.open(dir, { owner: 'checker', chunkSegments });
    session.expected.check(store, 'after the chunked kills');
    await store.close();
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'project.json'), 'utf8')) as { documents: { shard: { chunks?: string[] } }[] };
    expect(snapshot.documents[0]?.shard.chunks).toHaveLength(5);
  }, 120_000);

  it(`keeps an import all or nothing when killed while its blobs or its journal line are written (seed ${seed})`, async () => {
    const rand = random(seed + 2);
    const dir = path.join(tempDir(), 'kill.tinjau');
    await createProject(dir);
    const imported: string[] = [];
    let beforeAck = 0;
    for (let r = 0; r < 6; r++) {
      const id = `imp${r}`;
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_DIR, 'test/support/import-child.ts'), dir, id], { cwd: REPO_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
      let acked = false;
      let stderr = '';
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        // Killed after a random time from opening: inside the blob writes, at the journal line, or after.
        if (line === 'open') setTimeout(() => child.kill('SIGKILL'), Math.floor(rand() * 150));
        if (line === `ack ${id}`) acked = true;
      });
      await new Promise((resolve) => child.on('close', resolve));
      expect(stderr.split('\n').filter((l) => l.trim() && !/warning/i.test(l)).join('\n'), `import ${r}: child error`).toBe('');
      const store = await ProjectStore.open(dir, { owner: 'checker' });
      try {
        const present = store.listDocuments().some((d) => d.id === id);
        if (acked) expect(present, `import ${r}: acknowledged import is there`).toBe(true);
        if (present) {
          imported.push(id);
          expect(store.segmentsOf(id), `import ${r}: every segment`).toHaveLength(IMPORT_SEGMENTS);
          expect(store.originalOf(id), `import ${r}: the original file`).toBe(importedOriginal(id));
        }
        if (!acked) beforeAck++;
        for (const earlier of imported) expect(store.segmentsOf(earlier)).toHaveLength(IMPORT_SEGMENTS);
        expect(store.warnings.filter((w) => !/half written/.test(w.message)), `import ${r}: warnings`).toEqual([]);
      } finally {
        await store.close();
      }
      for (const sub of ['blobs', 'backups/blobs']) expect(readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.tmp')), `import ${r}: temp files in ${sub}`).toEqual([]);
    }
    // Kills land inside the import's writes, not only after it (writing 20,000 segments and the
    // original with their twins, each fsync'd, takes far longer than the shortest kill delays).
    expect(beforeAck, `imports killed before their ack (${imported.length} of 6 there)`).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
