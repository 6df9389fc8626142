import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly owner: string;
  readonly since: string;
}

export interface ProjectLock {
  release(): void;
}

/**
 * One writer per project: the lock file names the process that holds it.
 *
 * A lock whose process no longer runs on this machine is stale (a crash or a kill) and is taken
 * over, so a crashed app never leaves a project stuck. A live holder gets a clear message.
 */
export function acquireLock(file: string, owner: string): ProjectLock {
  const info: LockInfo = { pid: process.pid, host: os.hostname(), owner, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          try {
            const current = readLock(file);
            if (current?.pid === info.pid && current.host === info.host) unlinkSync(file);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readLock(file);
      if (holder && holder.pid === process.pid && holder.host === info.host) {
        throw new TinjauError('locked', say('lock.sameWindow'));
      }
      if (holder && holder.host === info.host && isAlive(holder.pid)) {
        throw new TinjauError('locked', say('lock.otherTinjau', { owner: holder.owner, pid: String(holder.pid), since: holder.since }));
      }
      if (holder && holder.host !== info.host) {
        throw new TinjauError('locked', say('lock.otherComputer', { host: holder.host, since: holder.since }));
      }
      try {
        unlinkSync(file); // stale: its process is gone
      } catch {
        /* someone else removed it first; try again */
      }
    }
  }
  throw new TinjauError('locked', say('lock.contended'));
}

function readLock(file: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, owner: String(parsed.owner ?? 'Tinjau'), since: String(parsed.since ?? '') };
    }
  } catch {
    /* unreadable or half-written lock: treat as stale */
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
