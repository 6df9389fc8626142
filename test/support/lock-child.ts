/**
 * One process racing for a lock, for test/service/lock.test.ts.
 *
 * Run: node --import tsx test/support/lock-child.ts FILE START_AT_MS HOLD_MS
 * Waits until START_AT_MS (so that all racers start together), tries to take the lock, prints
 * "won" or "lost CODE", holds a won lock for HOLD_MS and releases it.
 */
import { acquireLock } from '../../electron/services/lock';

const [file, startAt, hold] = process.argv.slice(2);
if (!file || !startAt || !hold) throw new Error('usage: lock-child.ts FILE START_AT_MS HOLD_MS');
while (Date.now() < Number(startAt)) {
  /* spin until the common start */
}
try {
  const lock = acquireLock(file, `racer ${process.pid}`);
  process.stdout.write('won\n');
  setTimeout(() => lock.release(), Number(hold));
} catch (err) {
  process.stdout.write(`lost ${(err as { code?: string }).code ?? 'error'}\n`);
}
