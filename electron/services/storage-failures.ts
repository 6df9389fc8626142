/**
 * A failing disk said in the user's language: which file or folder, why (full, read-only, no
 * permission…), that nothing already shown as saved is lost, and what to do. The raw system error
 * ("ENOSPC: no space left on device, write") never reaches the interface on its own.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { TinjauError } from '../../shared/api/errors';
import { say, type Said } from '../../shared/messages/text';

/** The system error codes that mean the disk or folder refused, not a bug in Tinjau. */
const STORAGE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EMFILE', 'ENFILE', 'EBUSY', 'EXDEV', 'ENAMETOOLONG', 'ELOOP']);

export function storageErrorCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && STORAGE_CODES.has(code) ? code : null;
}

/** True for a disk that refuses writes: full, read-only, or no permission. */
export function isWriteRefused(error: unknown): boolean {
  return ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'].includes(storageErrorCode(error) ?? '');
}

/** Why the disk refused, and what to do about it, as messages. */
export function storageReason(error: unknown): { reason: Said; advice: Said } {
  switch (storageErrorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { reason: say('storage.reason.noSpace'), advice: say('storage.advice.noSpace') };
    case 'EROFS':
      return { reason: say('storage.reason.readOnly'), advice: say('storage.advice.readOnly') };
    case 'EACCES':
    case 'EPERM':
      return { reason: say('storage.reason.denied'), advice: say('storage.advice.denied') };
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: say('storage.reason.missing'), advice: say('storage.advice.missing') };
    case 'EMFILE':
    case 'ENFILE':
    case 'EBUSY':
      return { reason: say('storage.reason.busy'), advice: say('storage.advice.busy') };
    default:
      return { reason: say('storage.reason.other', { code: storageErrorCode(error) ?? 'unknown' }), advice: say('storage.advice.other') };
  }
}

function pathOf(error: unknown): string {
  const e = error as (NodeJS.ErrnoException & { dest?: string }) | null;
  return e?.path ?? e?.dest ?? '';
}

/**
 * A storage error as the user's message: `action` is what was being done ("saving your change").
 * Null when `error` is not a storage error (a bug, which keeps its own report).
 */
export function describeStorageFailure(error: unknown, action?: Said): TinjauError | null {
  if (error instanceof TinjauError || storageErrorCode(error) === null) return null;
  const { reason, advice } = storageReason(error);
  const file = pathOf(error);
  return new TinjauError(
    'io',
    say('storage.failed', { action: action ?? say('storage.action.generic'), path: file || '—', reason, advice }),
  );
}

/**
 * Creates `dir` and the folders above it that are missing, one at a time. Unlike
 * `mkdirSync(dir, { recursive: true })` it cannot loop forever where mkdir can never succeed
 * (a virtual file system like /proc answers ENOENT for ever), and it says which folder and why.
 */
export function makeFolder(dir: string): void {
  const target = path.resolve(dir);
  const missing: string[] = [];
  for (let at = target; ; at = path.dirname(at)) {
    let isDir = false;
    try {
      isDir = statSync(at).isDirectory();
    } catch (error) {
      if (storageErrorCode(error) !== 'ENOENT') throw folderError(target, error);
    }
    if (isDir) break;
    missing.push(at);
    if (path.dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
      throw folderError(target, error);
    }
  }
}

function folderError(dir: string, error: unknown): TinjauError {
  const { reason, advice } = storageReason(error);
  return new TinjauError('io', say('storage.cannotCreateFolder', { dir, reason, advice }));
}
