import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { TinjauError } from '../../shared/api/errors';
import { reason, say, type Said } from '../../shared/messages/text';
import { MAX_IMPORT_BYTES } from '../../shared/api/contract';

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of one:
 * temp file in the same folder, fsync, rename, fsync the folder.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    if (typeof data === 'string') writeText(fd, data);
    else writeFully(fd, data);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* the temp file may not exist */
    }
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, file);
  fsyncDir(path.dirname(file));
}

/** Writes a text as UTF-8 a piece at a time: a file of hundreds of MB is never copied whole into bytes. */
export function writeText(fd: number, text: string, piece = 4 * 2 ** 20): void {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + piece);
    // Never between the two halves of a surrogate pair (an emoji, a rare CJK character).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    writeFully(fd, Buffer.from(text.slice(at, end), 'utf8'));
    at = end;
  }
}

/** Writes all of `bytes`: a write to a regular file may be short (a full disk, a network drive). */
export function writeFully(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

export function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems (and Windows) cannot fsync a directory; the rename is still atomic.
  }
}

/** Reads a file the user picked, refusing ones too large to be a document. */
export async function readUserFile(file: string, limit = MAX_IMPORT_BYTES): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new TinjauError('invalid-input', say('file.notAFile', { file }));
    size = info.size;
  } catch (err) {
    if (err instanceof TinjauError) throw err;
    throw new TinjauError('not-found', say('file.cannotRead', { file, code: (err as NodeJS.ErrnoException).code ?? reason(err) }));
  }
  if (size > limit) {
    throw new TinjauError('too-large', say('file.tooLarge', { name: path.basename(file), size: formatBytes(size), limit: formatBytes(limit) }));
  }
  return new Uint8Array(await readFile(file));
}

/** A size for a message, in the reader's number style: "1.5 MB" / "1,5 MB". */
export function formatBytes(n: number): Said {
  const oneDecimal = (x: number) => Math.round(x * 10) / 10;
  if (n >= 1024 * 1024) return say('size.megabytes', { n: oneDecimal(n / 1024 / 1024) });
  if (n >= 1024) return say('size.kilobytes', { n: oneDecimal(n / 1024) });
  return say('size.bytes', { n });
}

/** A name made safe for a file on any system (no path separators or control characters), with a fallback. */
export function safeFileName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be in file names
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-').replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 100) || fallback;
}
