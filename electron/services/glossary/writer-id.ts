/**
 * The name this install writes under in shared glossary folders: `w-<install>-<host>-<slot>`.
 *
 * A random id per session would leave one record file per session in every shared folder, and
 * each poll reads the size of every file. Instead each install keeps a few stable names; a
 * process claims a free slot with a lock in the local data folder (never in the shared one), so
 * the app and the CLI running at once still write different files, and a crashed process's
 * slot is taken over (lock.ts treats a lock whose process is gone as stale).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { hashText } from '../../../shared/glossary/revision';
import { writeFileAtomic } from '../files';
import { acquireLock } from '../lock';
import { newWriterId } from './record-files';

const SLOTS = 8;

export interface WriterClaim {
  readonly id: string;
  release(): void;
}

export function claimWriterId(dataDir: string, owner: string): WriterClaim {
  const dir = path.join(dataDir, 'glossary-writer');
  try {
    mkdirSync(dir, { recursive: true });
    const install = installId(path.join(dir, 'install-id'));
    // The host is part of the name: a data folder copied to another computer must not write the same files.
    const host = hashText(os.hostname()).slice(0, 6);
    for (let slot = 0; slot < SLOTS; slot++) {
      try {
        const lock = acquireLock(path.join(dir, `slot-${slot}.lock`), owner);
        return { id: `w-${install}-${host}-${slot}`, release: () => lock.release() };
      } catch (err) {
        if (!(err instanceof TinjauError && err.code === 'locked')) throw err;
      }
    }
  } catch {
    // No usable data folder (read-only, full): a name for this session only still works.
  }
  return { id: newWriterId(), release: () => undefined };
}

function installId(file: string): string {
  try {
    const id = readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{8,32}$/.test(id)) return id;
  } catch {
    // First run: make one.
  }
  const id = newWriterId().slice(2);
  writeFileAtomic(file, id + '\n');
  return id;
}
