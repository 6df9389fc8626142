/**
 * One process racing for a lock, for test/service/lock.test.ts.
 *
 * Run: node --import tsx test/support/lock-child.ts FILE GO_FILE HOLD_MS
 * Prints "ready", spins until GO_FILE exists (the parent creates it once every racer is ready,
 * so they start together however long each took to start), tries to take the lock, prints "won"
 * or "lost CODE", holds a won lock for HOLD_MS and releases it.
 */
import { existsSync } from 'node:fs';
import { acquireLock } from '../../electron/services/lock';

const [file, go, hold] = process.argv.slice(2);
if (!file || !go || !hold) throw new Error('usage: lock-child.ts FILE GO_FILE HOLD_MS');
process.stdout.write('ready\n');
while (!existsSync(go)) {
  /* spin until the common start */
}
try {
  const lock = acquireLock(file, `racer ${process.pid}`);
  process.stdout.write('won\n');
  setTimeout(() => lock.release(), Number(hold));
} catch (err) {
  process.stdout.write(`lost ${(err as { code?: string }).code ?? 'error'}\n`);
}
