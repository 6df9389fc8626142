import { createHash } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import path from 'node:path';
import { TinjauError } from '../../shared/api/errors';
import { reason, say, type MessageArg, type Said } from '../../shared/messages/text';
import { fsyncDir, writeFully } from './files';

/**
 * Content-addressed files of a project: `blobs/sha256-<hex>`, each with a twin in
 * `backups/blobs/`. A blob never changes once written (its name is the SHA-256 of its bytes), so
 * the snapshot, its backups and journal entries can name one without copying it, and a damaged
 * one is told by its checksum and replaced by its twin.
 *
 * Blobs hold what is bulky and read only when needed: the original file of a bilingual import,
 * and each document's segments and revision history (its shards).
 */

export const BLOB_DIR = 'blobs';
export const BACKUP_BLOB_DIR = path.join('backups', 'blobs');

const BLOB_NAME = /^sha256-[0-9a-f]{64}$/;

export const isBlobName = (name: unknown): name is string => typeof name === 'string' && BLOB_NAME.test(name);

export function blobNameOf(bytes: Uint8Array): string {
  return `sha256-${createHash('sha256').update(bytes).digest('hex')}`;
}

let temps = 0;

/** A temp file name no other write in this process uses, even in the same millisecond. */
function tempName(dir: string, name: string): string {
  return path.join(dir, `.${name}.${process.pid}.${Date.now()}.${++temps}.tmp`);
}

interface Pending {
  readonly tmp: string;
  readonly file: string;
}

/** Writes `bytes` to a temp file beside `name` (not yet synced), or null when the blob is there. */
function stageSync(dir: string, name: string, bytes: Uint8Array): Pending | null {
  const file = path.join(dir, name);
  // Same name, same bytes: an existing file of the right size is this blob (a damaged one is
  // told on reading and replaced by its twin).
  if (existsSync(file) && statSync(file).size === bytes.length) return null;
  mkdirSync(dir, { recursive: true });
  const tmp = tempName(dir, name);
  const fd = openSync(tmp, 'w');
  try {
    writeFully(fd, bytes);
  } catch (err) {
    closeSync(fd);
    unlinkQuietly(tmp);
    throw err;
  }
  closeSync(fd);
  return { tmp, file };
}

/** A copy of the blob just written, made by the kernel (a reflink where the file system has them). */
function stageTwinSync(dir: string, name: string, size: number, from: string): Pending | null {
  const file = path.join(dir, name);
  if (existsSync(file) && statSync(file).size === size) return null;
  mkdirSync(dir, { recursive: true });
  const tmp = tempName(dir, name);
  try {
    copyFileSync(from, tmp, constants.COPYFILE_FICLONE);
  } catch (err) {
    unlinkQuietly(tmp);
    throw err;
  }
  return { tmp, file };
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* never created */
  }
}

/** fsyncs each staged file, renames it into place, then fsyncs the folder once. */
function settleSync(dir: string, pending: readonly Pending[]): void {
  if (pending.length === 0) return;
  try {
    for (const p of pending) {
      const fd = openSync(p.tmp, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (err) {
    for (const p of pending) unlinkQuietly(p.tmp);
    throw err;
  }
  for (const p of pending) renameSync(p.tmp, p.file);
  fsyncDir(dir);
}

/**
 * Writes blobs and their backup twins (each fsync'd and renamed into place, each folder
 * fsync'd once); returns their names in order. When it returns, all of them are durable.
 * The twin of a blob written now is a kernel copy of it (`copyFile`, a reflink where the file
 * system can): not a hard link, which would share any damage to the one file both names reach.
 */
/** What a blob is made of: bytes, a string, or chunks of a string written as they come. */
export type BlobData = string | Uint8Array | (() => string) | { readonly chunks: () => Iterable<string> };

/** Streams chunks to a temp file while hashing them: the whole text is never in memory at once. */
function stageChunksSync(dir: string, chunks: Iterable<string>): { name: string; size: number; pending: Pending | null } {
  mkdirSync(dir, { recursive: true });
  const tmp = tempName(dir, 'stream');
  const hash = createHash('sha256');
  let size = 0;
  const fd = openSync(tmp, 'w');
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      hash.update(bytes);
      writeFully(fd, bytes);
      size += bytes.length;
    }
  } catch (err) {
    closeSync(fd);
    unlinkQuietly(tmp);
    throw err;
  }
  closeSync(fd);
  const name = `sha256-${hash.digest('hex')}`;
  const file = path.join(dir, name);
  if (existsSync(file) && statSync(file).size === size) {
    unlinkQuietly(tmp);
    return { name, size, pending: null };
  }
  return { name, size, pending: { tmp, file } };
}

export function writeBlobsSync(projectDir: string, data: readonly BlobData[]): string[] {
  const blobDir = path.join(projectDir, BLOB_DIR);
  const twinDir = path.join(projectDir, BACKUP_BLOB_DIR);
  const names: string[] = [];
  // Blobs written now, whose twins are copied from them once they are durable.
  const fresh = new Map<string, number>();
  const staged: Pending[] = [];
  const twins: Pending[] = [];
  try {
    for (const d of data) {
      if (typeof d === 'object' && 'chunks' in d) {
        const { name, size, pending } = stageChunksSync(blobDir, d.chunks());
        const seen = names.includes(name);
        names.push(name);
        if (seen) {
          if (pending) unlinkQuietly(pending.tmp);
        } else if (pending) {
          staged.push(pending);
          fresh.set(name, size);
        } else {
          // The blob was there already: its twin, if missing, is written from the chunks again.
          const twin = path.join(twinDir, name);
          if (!(existsSync(twin) && statSync(twin).size === size)) {
            const again = stageChunksSync(twinDir, d.chunks());
            if (again.pending && again.name === name) twins.push(again.pending);
            else if (again.pending) unlinkQuietly(again.pending.tmp);
          }
        }
        continue;
      }
      // One blob's bytes at a time: a string made by a function (a serialized shard) and its
      // UTF-8 copy are dropped once they are on their way to disk.
      const bytes = typeof d === 'function' ? Buffer.from(d(), 'utf8') : typeof d === 'string' ? Buffer.from(d, 'utf8') : d;
      const name = blobNameOf(bytes);
      names.push(name);
      if (names.indexOf(name) !== names.length - 1) continue;
      const p = stageSync(blobDir, name, bytes);
      if (p) {
        staged.push(p);
        fresh.set(name, bytes.length);
      } else {
        // The blob was there already: its twin, if missing, comes from these bytes, not from a
        // file that might be damaged.
        const t = stageSync(twinDir, name, bytes);
        if (t) twins.push(t);
      }
    }
  } catch (err) {
    for (const p of [...staged, ...twins]) unlinkQuietly(p.tmp);
    throw err;
  }
  settleSync(blobDir, staged);
  try {
    for (const [name, size] of fresh) {
      const p = stageTwinSync(twinDir, name, size, path.join(blobDir, name));
      if (p) twins.push(p);
    }
  } catch (err) {
    for (const p of twins) unlinkQuietly(p.tmp);
    throw err;
  }
  settleSync(twinDir, twins);
  return names;
}

/** Writes a blob and its backup twin (each fsync'd and renamed into place); returns its name. */
export function writeBlobSync(projectDir: string, data: string | Uint8Array): string {
  return writeBlobsSync(projectDir, [data])[0] as string;
}

/** The same, from chunks produced while the event loop keeps turning (a large shard). */
export async function writeBlobChunks(projectDir: string, chunks: AsyncIterable<string>): Promise<string> {
  const parts: Buffer[] = [];
  const hash = createHash('sha256');
  for await (const chunk of chunks) {
    const bytes = Buffer.from(chunk, 'utf8');
    hash.update(bytes);
    parts.push(bytes);
  }
  const name = `sha256-${hash.digest('hex')}`;
  const bytes = Buffer.concat(parts);
  for (const dir of [path.join(projectDir, BLOB_DIR), path.join(projectDir, BACKUP_BLOB_DIR)]) {
    const file = path.join(dir, name);
    if (existsSync(file) && statSync(file).size === bytes.length) continue;
    mkdirSync(dir, { recursive: true });
    const tmp = tempName(dir, name);
    const handle = await open(tmp, 'w');
    try {
      for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done)).bytesWritten;
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
    fsyncDir(dir);
  }
  return name;
}

/** Why the bytes read for `name` are not that blob, or null when they are. */
function problemOf(name: string, bytes: Uint8Array): MessageArg | null {
  return blobNameOf(bytes) === name ? null : say('storage.blobMismatch').text;
}

function readChecked(file: string, name: string): { bytes: Buffer } | { problem: MessageArg } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { problem: say('backup.cannotRead', { code: (err as NodeJS.ErrnoException).code ?? reason(err) }).text };
  }
  const problem = problemOf(name, bytes);
  return problem ? { problem } : { bytes };
}

/**
 * Reads a blob, checking its checksum. A damaged or missing blob is replaced by its twin from
 * `backups/blobs/` (the damaged file kept as `NAME.damaged-TIME`) and `onRepair` is told; when the
 * twin is unusable too, throws a message naming both files. `check` may refuse bytes that hash
 * right but are not what the caller expected (a blob named in the wrong place).
 */
export function readBlobSync(projectDir: string, name: string, onRepair?: (said: Said) => void): Buffer {
  const file = path.join(projectDir, BLOB_DIR, name);
  const first = readChecked(file, name);
  if ('bytes' in first) return first.bytes;
  const twin = path.join(projectDir, BACKUP_BLOB_DIR, name);
  const second = readChecked(twin, name);
  if (!('bytes' in second)) {
    throw new TinjauError('io', say('storage.blobLost', { file, backup: twin, reason: first.problem }));
  }
  let kept = '';
  if (existsSync(file)) {
    kept = `${name}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, path.join(projectDir, BLOB_DIR, kept));
  }
  mkdirSync(path.join(projectDir, BLOB_DIR), { recursive: true });
  const tmp = tempName(path.join(projectDir, BLOB_DIR), name);
  copyFileSync(twin, tmp);
  const fd = openSync(tmp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  fsyncDir(path.join(projectDir, BLOB_DIR));
  onRepair?.(say('storage.blobRestored', { file: `${BLOB_DIR}/${name}`, kept: kept ? `${BLOB_DIR}/${kept}` : '-' }));
  return second.bytes;
}

/**
 * Deletes blobs no one names any more: in `blobs/` those outside `live`, in `backups/blobs/`
 * those outside `live` and `backedUp`. Temp files are left to `removeStaleTempFiles`.
 */
export function collectBlobs(projectDir: string, live: ReadonlySet<string>, backedUp: ReadonlySet<string>): void {
  for (const [dir, keep] of [
    [path.join(projectDir, BLOB_DIR), (n: string) => live.has(n)],
    [path.join(projectDir, BACKUP_BLOB_DIR), (n: string) => live.has(n) || backedUp.has(n)],
  ] as const) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!BLOB_NAME.test(name) || keep(name)) continue;
      try {
        unlinkSync(path.join(dir, name));
      } catch {
        /* gone already; the next compaction tries again */
      }
    }
  }
}
