/**
 * A reviewer's editing session in its own process, for the kill tests (test/service/storage-kill.test.ts).
 *
 * Run: node --import tsx test/support/storage-child.ts DIR FIRST COUNT [--slow-compaction]
 * Opens the project in DIR, makes edits FIRST .. FIRST+COUNT-1 (see `editFor`) and prints
 * "ack SEQ EDIT-ID" after each `commit()` returns, i.e. once the edit is acknowledged. An ack
 * still buffered when the process dies is simply not seen: the parent then finds more durable
 * edits than acknowledged ones, which it allows (never fewer).
 * Compaction runs every few milliseconds and backups every 50 ms, so kills land in all of it.
 * KILL_TEST_CHUNK_SEGMENTS=<n> stores the segments in chunks of n (several chunks per document).
 * With --slow-compaction each compaction stage prints "stage NAME" and then waits, so the parent
 * can kill the process inside a compaction while edits keep arriving.
 */
import { setImmediate as yieldToIo, setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { Revision } from '../../shared/model/revision';
import { ProjectStore } from '../../electron/services/project-store';

export const KILL_TEST_SEGMENTS = 40;
export const KILL_TEST_DOCUMENT = 'd1';

export interface KillTestEdit {
  readonly id: string;
  readonly segmentId: string;
  readonly text: string;
}

/** Edit number `n` of the session: the same in the child and in the parent that checks it. */
export function editFor(n: number): KillTestEdit {
  const segment = (n * 7919 + (n >> 3)) % KILL_TEST_SEGMENTS;
  return { id: `e${n}`, segmentId: `${KILL_TEST_DOCUMENT}-${segment}`, text: `Edit ${n}: the reviewer's wording, revision ${n}` };
}

async function main(): Promise<void> {
  const [dir, firstArg, countArg] = process.argv.slice(2);
  if (!dir || !firstArg || !countArg) throw new Error('usage: storage-child.ts DIR FIRST COUNT [--slow-compaction]');
  const slow = process.argv.includes('--slow-compaction');
  const store = await ProjectStore.open(dir, {
    owner: `kill-test ${process.pid}`,
    compactAfterMs: 3,
    // Compact after every burst of edits (not only once the journal is megabytes long), so kills
    // land inside shard, snapshot and backup writes.
    compactJournalBytes: 0,
    backups: { everyMs: 50, keepLast: 3 },
    ...(process.env.KILL_TEST_CHUNK_SEGMENTS ? { chunkSegments: Number(process.env.KILL_TEST_CHUNK_SEGMENTS) } : {}),
    ...(slow
      ? {
          compactionProbe: async (stage) => {
            process.stdout.write(`stage ${stage}\n`);
            await sleep(40);
          },
        }
      : {}),
  });
  process.stdout.write('open\n');
  const first = Number(firstArg);
  for (let n = first; n < first + Number(countArg); n++) {
    const edit = editFor(n);
    const current = store.segment(edit.segmentId);
    const at = new Date().toISOString();
    const revision: Revision = { id: edit.id, segmentId: edit.segmentId, text: edit.text, status: 'edited', author: 'kill-test', at, origin: 'typing' };
    store.commit({ op: 'put-segments', segments: [{ ...current, target: edit.text, status: 'edited', updatedAt: at }], revisions: [revision] });
    process.stdout.write(`ack ${store.lastSeq} ${edit.id}\n`);
    // Typing comes in bursts: pauses let the debounced compaction start, and it then runs
    // (awaiting its file writes) while the next edits are committed.
    if (Math.random() < 0.15) await sleep(Math.random() * 12);
    else await yieldToIo();
  }
  await store.close();
  process.stdout.write('done\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
