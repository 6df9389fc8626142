import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../electron/services/lock';
import { REPO_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const CHILD = path.join(REPO_DIR, 'test/support/lock-child.ts');

/** A process id that runs nothing: a lock naming it was left by a crash. */
const DEAD_PID = 2 ** 22 + 12_345;

function staleLock(file: string): void {
  writeFileSync(file, JSON.stringify({ pid: DEAD_PID, host: os.hostname(), owner: 'crashed Tinjau', since: '2026-01-01T00:00:00.000Z' }));
}

async function race(file: string, racers: number, holdMs: number): Promise<string[]> {
  const go = `${file}.go`;
  const children = Array.from({ length: racers }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, go, String(holdMs)], { cwd: REPO_DIR });
    let out = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ready')) resolve();
      }),
    );
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const done = new Promise<string>((resolve) => child.on('exit', () => resolve(out.replace('ready\n', '').trim())));
    return { ready, done };
  });
  // Every racer is started and spinning before any may try: they all go at once.
  await Promise.all(children.map((c) => c.ready));
  writeFileSync(go, '');
  return Promise.all(children.map((c) => c.done));
}

describe('project lock', () => {
  it('takes over a lock left by a crashed process, and releases it', () => {
    const file = path.join(tempDir(), 'lock');
    staleLock(file);
    const lock = acquireLock(file, 'Tinjau');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, owner: 'Tinjau' });
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('refuses a second open in the same process', () => {
    const file = path.join(tempDir(), 'lock');
    const lock = acquireLock(file, 'Tinjau');
    expect(() => acquireLock(file, 'Tinjau')).toThrow(/already open in this window/);
    lock.release();
  });

  it('does not take a lock another process is still writing (an empty, fresh lock file)', () => {
    const file = path.join(tempDir(), 'lock');
    writeFileSync(file, '');
    expect(() => acquireLock(file, 'Tinjau')).toThrow(expect.objectContaining({ code: 'locked' }));
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('takes over an unreadable lock that has been there for a while', () => {
    const file = path.join(tempDir(), 'lock');
    writeFileSync(file, '{"pid":');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(file, minuteAgo, minuteAgo);
    const lock = acquireLock(file, 'Tinjau');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('gives a stale lock to exactly one of several processes that find it at once', async () => {
    const file = path.join(tempDir(), 'lock');
    staleLock(file);
    const results = await race(file, 6, 3_000);
    expect(results.filter((r) => r === 'won')).toHaveLength(1);
    expect(results.filter((r) => r === 'lost locked')).toHaveLength(5);
  }, 30_000);

  it('gives a free lock to exactly one of several processes', async () => {
    const file = path.join(tempDir(), 'lock');
    const results = await race(file, 6, 3_000);
    expect(results.filter((r) => r === 'won')).toHaveLength(1);
  }, 30_000);
});
