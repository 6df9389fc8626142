import { closeSync, linkSync, openSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import { writeFully } from './files';

interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly owner: string;
  readonly since: string;
}

export interface ProjectLock {
  release(): void;
}

/** An unreadable lock younger than this is another process still writing it, not debris. */
const FRESH_LOCK_MS = 5_000;
/** A `.break` file older than this was left by a process that died while clearing a stale lock. */
const STALE_BREAK_MS = 10_000;
const ATTEMPTS = 40;
const RETRY_MS = 25;

/**
 * One writer per project (or per shared-folder writer slot): the lock file names the process that
 * holds it.
 *
 * The file appears with its contents already in it (written aside, then hard-linked into place),
 * so no other process ever sees an empty lock and mistakes it for debris. A lock whose process no
 * longer runs on this machine is stale (a crash or a kill) and is taken over, so a crashed app
 * never leaves a project stuck; clearing it is itself guarded (`.break`), so two processes that
 * both find the same stale lock cannot delete each other's fresh one. A live holder gets a clear
 * message.
 */
export function acquireLock(file: string, owner: string): ProjectLock {
  const info: LockInfo = { pid: process.pid, host: os.hostname(), owner, since: new Date().toISOString() };
  removeDebris(file);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (createLock(file, info)) return heldLock(file, info);
    const holder = readLock(file);
    if (holder === 'missing') continue;
    if (holder === 'unreadable') {
      if (ageMs(file) < FRESH_LOCK_MS) {
        pause(RETRY_MS);
        continue;
      }
    } else {
      if (holder.pid === process.pid && holder.host === info.host) throw new TinjauError('locked', say('lock.sameWindow'));
      if (holder.host !== info.host) throw new TinjauError('locked', say('lock.otherComputer', { host: holder.host, since: holder.since }));
      if (isAlive(holder.pid)) {
        throw new TinjauError('locked', say('lock.otherTinjau', { owner: holder.owner, pid: String(holder.pid), since: holder.since }));
      }
    }
    clearStale(file, holder);
  }
  throw new TinjauError('locked', say('lock.contended'));
}

function heldLock(file: string, info: LockInfo): ProjectLock {
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      const current = readLock(file);
      if (typeof current === 'object' && current.pid === info.pid && current.host === info.host && current.since === info.since) {
        removeQuietly(file);
      }
    },
  };
}

/** Creates the lock file whole, or returns false when one is there already. */
function createLock(file: string, info: LockInfo): boolean {
  const aside = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = openSync(aside, 'wx');
  try {
    writeFully(fd, Buffer.from(JSON.stringify(info)));
  } catch (err) {
    // A full or failing disk: no empty lock.*.tmp is left behind.
    closeSync(fd);
    removeQuietly(aside);
    throw err;
  }
  closeSync(fd);
  try {
    linkSync(aside, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // Some shared drives (FAT, some SMB mounts) have no hard links: create in place instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP' || code === 'EXDEV') return createInPlace(file, info);
    throw err;
  } finally {
    removeQuietly(aside);
  }
}

function createInPlace(file: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeFully(fd, Buffer.from(JSON.stringify(info)));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock, under `.break` so that only one process clears it: the others wait, then
 * find either no lock or the winner's fresh one.
 */
function clearStale(file: string, seen: LockInfo | 'unreadable'): void {
  const breaker = `${file}.break`;
  let fd: number;
  try {
    fd = openSync(breaker, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    if (ageMs(breaker) > STALE_BREAK_MS) removeQuietly(breaker);
    else pause(RETRY_MS);
    return;
  }
  closeSync(fd);
  try {
    // Only the lock that was judged stale goes: not one another process made in the meantime.
    const now = readLock(file);
    const same = seen === 'unreadable' ? now === 'unreadable' : typeof now === 'object' && now.pid === seen.pid && now.host === seen.host && now.since === seen.since;
    if (same) removeQuietly(file);
  } finally {
    removeQuietly(breaker);
  }
}

function readLock(file: string): LockInfo | 'unreadable' | 'missing' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    return 'unreadable';
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockInfo>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, owner: String(parsed.owner ?? 'Tinjau'), since: String(parsed.since ?? '') };
    }
  } catch {
    /* half-written by an older version, or damaged */
  }
  return 'unreadable';
}

/** Files a process that crashed while taking this lock left aside (`lock.<pid>.<random>.tmp`). */
function removeDebris(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp') && ageMs(path.join(dir, name)) > STALE_BREAK_MS) removeQuietly(path.join(dir, name));
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* already gone */
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function pause(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Whether process `pid` still runs (one we may not signal counts as running). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
