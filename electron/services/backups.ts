import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { copyFile, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { Adapter } from 'lowdb';
import { TinjauError } from '../../shared/api/errors';
import { reason as reasonOf, renderMessage, say, type MessageArg, type Said } from '../../shared/messages/text';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import { BACKUP_BLOB_DIR, BLOB_DIR } from './blobs';
import { fsyncDir, writeFileAtomic } from './files';
import type { ProjectSnapshot } from './journal';
import type { Upgrade } from './migrations';
import { upgradeProject, UpgradeError } from './migrations';
import { shardChunks } from './shards';

/**
 * Snapshot files: the project snapshot (`project.json`) and its backups in `backups/`.
 *
 * Every write is atomic and durable (temp file, fsync, rename, fsync the folder), so a killed
 * process or a power cut leaves the old file or the new one, never half of one.
 */

export const BACKUP_DIR = 'backups';

/** Where a compaction is, for tests that kill the process at a precise moment. */
export type CompactionStage = 'shard-written' | 'snapshot-temp-written' | 'snapshot-written' | 'backup-written' | 'journal-trimmed';
export type CompactionProbe = (stage: CompactionStage) => void | Promise<void>;

export interface BackupPolicy {
  /** How many of the newest backups to keep. */
  readonly keepLast: number;
  /** How many days to keep one backup for (the day's last), counting days that have backups. */
  readonly keepDays: number;
  /** The least time between two backups taken while editing, so typing doesn't churn the disk. */
  readonly everyMs: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepLast: 5, keepDays: 7, everyMs: 5 * 60_000 };

export interface BackupFile {
  readonly file: string;
  readonly name: string;
  /** When it was written (from its name). */
  readonly at: Date;
  /** The snapshot's `lastSeq` (from its name): every change up to it is in the backup. */
  readonly seq: number;
  /** A copy of the snapshot an older Tinjau wrote, taken before upgrading it; never rotated away. */
  readonly preMigration: boolean;
}

// backup-2026-11-22T00-31-05-123Z-seq42.json, pre-migration-v0-2026-11-22T00-31-05-123Z.json
const BACKUP_NAME = /^backup-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)-seq(\d+)\.json$/;
const PRE_MIGRATION_NAME = /^pre-migration-v\d+-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)\.json$/;

const stamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');
const unstamp = (s: string): Date => new Date(s.replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, 'T$1:$2:$3.$4Z'));

/** "2026-11-22 00:31 UTC": how a backup is named to the user. */
export function describeTime(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Backups in a project folder, newest first (by the changes they hold, then by time). */
export function listBackups(projectDir: string): BackupFile[] {
  const dir = path.join(projectDir, BACKUP_DIR);
  if (!existsSync(dir)) return [];
  const found: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const regular = BACKUP_NAME.exec(name);
    const pre = regular ? null : PRE_MIGRATION_NAME.exec(name);
    if (regular) found.push({ file: path.join(dir, name), name, at: unstamp(regular[1] as string), seq: Number(regular[2]), preMigration: false });
    else if (pre) found.push({ file: path.join(dir, name), name, at: unstamp(pre[1] as string), seq: 0, preMigration: true });
  }
  return found.sort((a, b) => b.seq - a.seq || b.at.getTime() - a.at.getTime());
}

/** Copies the snapshot just written into `backups/`, atomically. */
export async function writeBackup(projectDir: string, snapshotFile: string, seq: number, at: Date): Promise<BackupFile> {
  const dir = path.join(projectDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  const name = `backup-${stamp(at)}-seq${seq}.json`;
  const file = path.join(dir, name);
  const tmp = path.join(dir, `.${name}.tmp`);
  await copyFile(snapshotFile, tmp);
  await syncAndRename(tmp, file);
  return { file, name, at, seq, preMigration: false };
}

/** Keeps the original bytes of a snapshot in an older format before it is upgraded. */
export function writePreMigrationBackup(projectDir: string, text: string, fromVersion: number, at: Date): string {
  const dir = path.join(projectDir, BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  const name = `pre-migration-v${fromVersion}-${stamp(at)}.json`;
  writeFileAtomic(path.join(dir, name), text);
  return name;
}

/**
 * Which regular backups to keep: the `keepLast` newest (at least one), plus the last backup of
 * each of the `keepDays` most recent days that have one (local time). Days without work don't use
 * up the seven, so a project left alone for a month still has a week of history. "Newest" goes by
 * the changes a backup holds, not its clock time: the journal is trimmed to the newest backup, so
 * that one must survive even if the clock was set back.
 */
export function backupsToKeep(backups: readonly BackupFile[], policy: BackupPolicy): Set<string> {
  const regular = backups.filter((b) => !b.preMigration);
  const bySeq = [...regular].sort((a, b) => b.seq - a.seq || b.at.getTime() - a.at.getTime());
  const keep = new Set(bySeq.slice(0, Math.max(1, policy.keepLast)).map((b) => b.name));
  const days = new Set<string>();
  for (const b of [...regular].sort((x, y) => y.at.getTime() - x.at.getTime() || y.seq - x.seq)) {
    const day = `${b.at.getFullYear()}-${b.at.getMonth()}-${b.at.getDate()}`;
    if (days.has(day)) continue;
    if (days.size >= policy.keepDays) break;
    days.add(day);
    keep.add(b.name);
  }
  return keep;
}

export function pruneBackups(projectDir: string, policy: BackupPolicy): void {
  const backups = listBackups(projectDir);
  const keep = backupsToKeep(backups, policy);
  for (const b of backups) {
    if (b.preMigration || keep.has(b.name)) continue;
    try {
      unlinkSync(b.file);
    } catch {
      /* already gone; the next rotation tries again */
    }
  }
}

export type SnapshotRead =
  | { readonly ok: true; readonly text: string; readonly upgrade: Upgrade }
  | { readonly ok: false; readonly reason: MessageArg; readonly newer?: boolean };

/** A reason in English, for logs, details and warnings. */
export function reasonInEnglish(reason: MessageArg): string {
  if (typeof reason === 'string') return reason;
  if (typeof reason === 'number') return String(reason);
  return renderMessage(reason, 'en') ?? reason.key;
}

/** Reads and upgrades a snapshot or backup file, saying why it is unusable rather than throwing. */
export async function readSnapshot(file: string): Promise<SnapshotRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { ok: false, reason: say('backup.cannotRead', { code: (err as NodeJS.ErrnoException).code ?? reasonOf(err) }).text };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: (text.trim() ? say('backup.notJson', { detail: reasonOf(err) }) : say('backup.empty')).text };
  }
  try {
    return { ok: true, text, upgrade: upgradeProject(raw) };
  } catch (err) {
    // upgradeProject's reasons are keyed (migrations.ts UpgradeError) and nest as they are.
    return { ok: false, reason: reasonOf(err), newer: err instanceof UpgradeError && err.text.key === 'migration.newerFormat' };
  }
}

export interface GoodBackup {
  readonly backup: BackupFile;
  readonly upgrade: Upgrade;
}

/** The newest backup that reads as a project, and why each newer one was passed over. */
export async function newestGoodBackup(projectDir: string): Promise<{ good: GoodBackup | null; rejected: string[] }> {
  const rejected: string[] = [];
  for (const backup of listBackups(projectDir)) {
    const read = await readSnapshot(backup.file);
    if (read.ok) return { good: { backup, upgrade: read.upgrade }, rejected };
    rejected.push(`${BACKUP_DIR}/${backup.name}: ${reasonInEnglish(read.reason)}`);
  }
  return { good: null, rejected };
}

export interface LoadedSnapshot {
  readonly upgrade: Upgrade;
  /** Set when the snapshot was unusable and a backup stood in for it. */
  readonly restored: { readonly at: Date; readonly reason: MessageArg } | null;
}

/**
 * The project's data: from the snapshot, upgraded to the current format (after keeping the
 * original in a pre-migration backup), or else from the newest good backup. Throws when neither
 * is usable, before anything is written.
 */
export async function loadSnapshot(projectDir: string, snapshotFile: string, warnings: Said[], now: Date, readOnly = false): Promise<LoadedSnapshot> {
  const read = existsSync(snapshotFile) ? await readSnapshot(snapshotFile) : ({ ok: false, reason: say('backup.missing').text } as const);
  if (read.ok) {
    const { upgrade } = read;
    // A read-only project is upgraded in memory only: nothing is written, so nothing needs keeping.
    if (upgrade.from < CURRENT_SCHEMA_VERSION && !readOnly) {
      const kept = writePreMigrationBackup(projectDir, read.text, upgrade.from, now);
      warnings.push(say('recovery.upgraded', { from: String(upgrade.from), to: String(CURRENT_SCHEMA_VERSION), file: `${BACKUP_DIR}/${kept}` }));
    }
    return { upgrade, restored: null };
  }
  if ('newer' in read && read.newer) throw new TinjauError('conflict', say('backup.newerTinjau'));
  const { good, rejected } = await newestGoodBackup(projectDir);
  if (!good) {
    const where = { file: snapshotFile, reason: read.reason, folder: path.join(projectDir, BACKUP_DIR) };
    throw new TinjauError(
      'io',
      rejected.length ? say('backup.damagedBackupsTried', { ...where, count: rejected.length }) : say('backup.damagedNoBackup', where),
      rejected,
    );
  }
  return { upgrade: good.upgrade, restored: { at: good.backup.at, reason: read.reason } };
}

/**
 * Keeps a damaged file beside the original as NAME.damaged-TIME.EXT, so nothing the user had is
 * ever deleted by a repair: moved when it is about to be replaced, copied when it is rewritten.
 */
export function keepDamaged(file: string, how: 'move' | 'copy', at: Date): string {
  const ext = path.extname(file);
  const name = `${path.basename(file, ext)}.damaged-${stamp(at)}${ext}`;
  const target = path.join(path.dirname(file), name);
  if (how === 'move') renameSync(file, target);
  else copyFileSync(file, target);
  fsyncDir(path.dirname(file));
  return name;
}

/** Removes temp files a killed writer left behind; call only while holding the project lock. */
export function removeStaleTempFiles(projectDir: string): void {
  for (const dir of [projectDir, path.join(projectDir, BACKUP_DIR), path.join(projectDir, BLOB_DIR), path.join(projectDir, BACKUP_BLOB_DIR)]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
      try {
        if (statSync(path.join(dir, name)).isFile()) unlinkSync(path.join(dir, name));
      } catch {
        /* gone already */
      }
    }
  }
}

/**
 * lowdb adapter for the snapshot (`project.json`): metadata and the document list, a few
 * kilobytes however long the documents; written to a temp file and fsync'd before the rename.
 */
export class SnapshotFile implements Adapter<ProjectSnapshot> {
  constructor(
    readonly file: string,
    private readonly probe?: CompactionProbe,
  ) {}

  async read(): Promise<ProjectSnapshot | null> {
    const read = await readSnapshot(this.file);
    if (!read.ok) throw new Error(reasonInEnglish(read.reason));
    return read.upgrade.data;
  }

  async write(data: ProjectSnapshot): Promise<void> {
    const tmp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.tmp`);
    const handle = await open(tmp, 'w');
    try {
      // A write may be short (a full disk, a network drive): write the rest until it is all out.
      const bytes = Buffer.from(JSON.stringify(data), 'utf8');
      for (let done = 0; done < bytes.length; ) done += (await handle.write(bytes, done)).bytesWritten;
      await handle.sync();
    } catch (err) {
      await handle.close();
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
    await handle.close();
    await this.probe?.('snapshot-temp-written');
    await renameDurably(tmp, this.file);
    await this.probe?.('snapshot-written');
  }
}

const CHUNK = 500;

/**
 * `{...head, "key": [records]}` as JSON, a few hundred records at a time: one JSON.stringify of a
 * 20,000-segment document holds the event loop for ~100 ms, long enough for a keystroke to wait
 * on it. The caller passes an array built for this write and records are never mutated, so edits
 * committed between chunks cannot change what is written.
 */
export async function* serializeInChunks(head: object, key: string, records: readonly unknown[]): AsyncGenerator<string> {
  for (const piece of shardChunks(head, key, records, CHUNK)) {
    yield piece;
    await yieldToIo();
  }
}

async function syncAndRename(tmp: string, file: string): Promise<void> {
  const handle = await open(tmp, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await renameDurably(tmp, file);
}

async function renameDurably(tmp: string, file: string): Promise<void> {
  await rename(tmp, file);
  fsyncDir(path.dirname(file));
}
