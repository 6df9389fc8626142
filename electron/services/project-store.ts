import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { TinjauError } from '../../shared/api/errors';
import { say, type Said } from '../../shared/messages/text';
import type { ProjectData, ProjectMeta, TinjauDocument } from '../../shared/model/project';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import type { BackupPolicy, CompactionProbe } from './backups';
import {
  DEFAULT_BACKUP_POLICY,
  SnapshotFile,
  describeTime,
  keepDamaged,
  listBackups,
  loadSnapshot,
  pruneBackups,
  removeStaleTempFiles,
  writeBackup,
} from './backups';
import type { JournalEntry, JournalOp } from './journal';
import { Journal } from './journal';
import type { ProjectLock } from './lock';
import { acquireLock } from './lock';
import type { Upgrade } from './migrations';

export const SNAPSHOT_FILE = 'project.json';
export const JOURNAL_FILE = 'journal.jsonl';
export const LOCK_FILE = 'lock';

export interface StoreOptions {
  /** Who holds the project: shown to a second opener. */
  readonly owner: string;
  /** How long after the last edit the snapshot is rewritten. */
  readonly compactAfterMs?: number;
  /** Backup rotation (last N, one a day, least time between two); see DEFAULT_BACKUP_POLICY. */
  readonly backups?: Partial<BackupPolicy>;
  /** For tests: called at each stage of a compaction; awaiting in it slows the compaction down. */
  readonly compactionProbe?: CompactionProbe;
}

/** Continuous editing still compacts this often (in compaction delays), so a crash replays little. */
const MAX_COMPACTION_WAIT = 20;

/**
 * A project on disk (`NAME.tinjau/`) and the only writer to it.
 *
 * Edits go to the journal first (fsync'd, then acknowledged) and to memory; the lowdb snapshot
 * is rewritten later, off the typing path, and copied to `backups/` every few minutes. The journal
 * keeps every change newer than the newest backup (not just those newer than the snapshot), so a
 * damaged snapshot is restored from that backup plus the journal without losing a change.
 *
 * What survives what: a killed process loses nothing acknowledged (at worst a cut last journal
 * line, never acknowledged). A damaged project.json loses nothing while the newest backup is good.
 * If that backup is damaged too, an older one is used and the changes between the two are lost
 * (counted in the warning). Journal lines after a damaged line are lost (the file is kept).
 */
export class ProjectStore {
  private readonly segments = new Map<string, Segment>();
  private readonly documentSegments = new Map<string, string[]>();
  private readonly revisions = new Map<string, Revision[]>();
  private documents: TinjauDocument[] = [];
  private meta: ProjectMeta;
  private seq: number;
  private lastCompactedSeq: number;
  /** Entries in the journal file newer than the newest backup: rewritten when it is trimmed. */
  private journalTail: JournalEntry[];
  private backupSeq: number;
  private lastBackupAt: number;
  private readonly policy: BackupPolicy;
  private compactTimer: NodeJS.Timeout | null = null;
  private firstUncompactedAt: number | null = null;
  private compactChain: Promise<void> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly db: Low<ProjectData>,
    private readonly journal: Journal,
    private readonly lock: ProjectLock,
    private readonly options: StoreOptions,
    readonly warnings: readonly Said[],
    journalEntries: readonly JournalEntry[],
  ) {
    const data = db.data;
    this.meta = data.project;
    this.seq = data.lastSeq;
    this.lastCompactedSeq = data.lastSeq;
    this.journalTail = [...journalEntries];
    this.policy = { ...DEFAULT_BACKUP_POLICY, ...options.backups };
    const newest = listBackups(dir).find((b) => !b.preMigration);
    this.backupSeq = newest?.seq ?? -1;
    this.lastBackupAt = newest?.at.getTime() ?? 0;
    for (const doc of data.documents) this.documents.push(doc);
    for (const segment of data.segments) this.indexSegment(segment);
    for (const revision of data.revisions) this.indexRevision(revision);
  }

  static async create(dir: string, meta: ProjectMeta, options: StoreOptions): Promise<ProjectStore> {
    const snapshotFile = path.join(dir, SNAPSHOT_FILE);
    if (existsSync(snapshotFile) || listBackups(dir).length > 0) {
      throw new TinjauError('conflict', say('project.alreadyExists', { dir }));
    }
    mkdirSync(dir, { recursive: true });
    const db = new Low<ProjectData>(new SnapshotFile(snapshotFile), emptyProject(meta));
    await db.write();
    // A first backup, so even a snapshot damaged before the first compaction can be restored.
    await writeBackup(dir, snapshotFile, 0, new Date());
    return ProjectStore.open(dir, options);
  }

  static async open(dir: string, options: StoreOptions): Promise<ProjectStore> {
    if (!existsSync(path.join(dir, SNAPSHOT_FILE)) && listBackups(dir).length === 0) {
      throw new TinjauError('not-found', say('project.notFound', { dir }));
    }
    const lock = acquireLock(path.join(dir, LOCK_FILE), options.owner);
    try {
      const store = await ProjectStore.load(dir, lock, options);
      // Only once the project opened: a damaged one is left exactly as it was found.
      removeStaleTempFiles(dir);
      return store;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  /** Reads the snapshot (or restores it from a backup), upgrades its format and replays the journal over it. */
  private static async load(dir: string, lock: ProjectLock, options: StoreOptions): Promise<ProjectStore> {
    const now = new Date();
    const snapshotFile = path.join(dir, SNAPSHOT_FILE);
    const warnings: Said[] = [];
    const { upgrade, restored } = await loadSnapshot(dir, snapshotFile, warnings, now);

    const journalFile = path.join(dir, JOURNAL_FILE);
    const replay = Journal.read(journalFile);
    warnings.push(...replay.warnings);
    if (replay.damagedMidway) warnings.push(say('recovery.journalKept', { file: keepDamaged(journalFile, 'copy', now) }));
    const journal = new Journal(journalFile);
    // Repair before anything is appended: a new entry glued onto a cut line would damage both.
    if (replay.needsRepair) journal.rewrite(replay.entries);

    const db = new Low<ProjectData>(new SnapshotFile(snapshotFile, options.compactionProbe), upgrade.data);
    const store = new ProjectStore(dir, db, journal, lock, options, warnings, replay.entries);
    const { replayed, missing } = store.replay(replay.entries, upgrade);
    if (restored) {
      const kept = existsSync(snapshotFile) ? keepDamaged(snapshotFile, 'move', now) : null;
      warnings.push(say(replayed === 1 ? 'recovery.restored.one' : 'recovery.restored.other', { reason: restored.reason, time: describeTime(restored.at), count: replayed }));
      if (missing) warnings.push(say(missing === 1 ? 'recovery.lostSinceBackup.one' : 'recovery.lostSinceBackup.other', { count: missing }));
      if (kept) warnings.push(say('recovery.damagedSnapshotKept', { file: kept }));
    } else if (missing) {
      warnings.push(say(missing === 1 ? 'recovery.missing.one' : 'recovery.missing.other', { count: missing }));
    }
    // Sequence numbers stay unique even when a restore skipped some (a damaged newer backup names
    // them); the snapshot then records the jump, so the next open sees no gap.
    const highest = Math.max(store.seq, ...listBackups(dir).map((b) => b.seq));
    try {
      if (restored || upgrade.from < CURRENT_SCHEMA_VERSION || highest > store.seq) {
        // Write the restored or upgraded project at once, with a backup in the current format.
        store.seq = highest;
        store.lastCompactedSeq = -1;
        await store.compact('force');
      } else if (replayed > 0) {
        await store.compact('due');
      }
    } catch (err) {
      journal.close();
      throw err;
    }
    return store;
  }

  get projectMeta(): ProjectMeta {
    return this.meta;
  }

  /** Sequence number of the last acknowledged change (0 for a new project). */
  get lastSeq(): number {
    return this.seq;
  }

  listDocuments(): readonly TinjauDocument[] {
    return this.documents;
  }

  document(id: string): TinjauDocument {
    const doc = this.documents.find((d) => d.id === id);
    if (!doc) throw new TinjauError('not-found', say('project.noDocument', { id }));
    return doc;
  }

  segmentsOf(documentId: string): Segment[] {
    this.document(documentId);
    return (this.documentSegments.get(documentId) ?? []).map((id) => this.segments.get(id) as Segment);
  }

  segment(id: string): Segment {
    const segment = this.segments.get(id);
    if (!segment) throw new TinjauError('not-found', say('project.noSegment', { id }));
    return segment;
  }

  revisionsOf(segmentId: string): readonly Revision[] {
    return this.revisions.get(segmentId) ?? [];
  }

  /** Journals a change (fsync) and applies it; returns once the change is durable. */
  commit(op: JournalOp): void {
    if (this.closed) throw new TinjauError('conflict', say('project.closed'));
    const entry = { ...op, seq: this.seq + 1, at: new Date().toISOString() } as JournalEntry;
    this.journal.append(entry);
    this.seq = entry.seq;
    this.journalTail.push(entry);
    this.apply(entry);
    this.scheduleCompaction();
  }

  /** Writes the snapshot now (and a backup, if one is due). */
  async flush(): Promise<void> {
    if (this.closed) return this.compactChain; // close() writes everything; wait for it
    this.cancelCompactionTimer();
    await this.compact('due');
  }

  /** Writes the snapshot and, when anything changed since the last one, a backup; empties the journal. */
  async close(): Promise<void> {
    if (this.closed) return;
    // Closed first: a commit arriving during the final compaction is refused, not half-kept.
    this.closed = true;
    this.cancelCompactionTimer();
    try {
      await this.compact('force');
    } finally {
      // Even if the snapshot could not be written, the journal holds every change: let go.
      this.journal.close();
      this.lock.release();
    }
  }

  private apply(entry: JournalEntry): void {
    switch (entry.op) {
      case 'put-meta':
        this.meta = entry.meta;
        break;
      case 'add-document':
        this.documents = [...this.documents.filter((d) => d.id !== entry.document.id), entry.document];
        this.documentSegments.set(entry.document.id, []);
        for (const s of entry.segments) this.indexSegment(s);
        for (const r of entry.revisions) this.indexRevision(r);
        break;
      case 'put-segments': {
        if (entry.document) this.documents = this.documents.map((d) => (d.id === entry.document?.id ? entry.document : d));
        for (const id of entry.removed ?? []) this.removeSegment(id);
        for (const s of entry.segments) this.indexSegment(s);
        for (const r of entry.revisions) this.indexRevision(r);
        break;
      }
      case 'remove-document': {
        for (const id of this.documentSegments.get(entry.documentId) ?? []) {
          this.segments.delete(id);
          this.revisions.delete(id);
        }
        this.documentSegments.delete(entry.documentId);
        this.documents = this.documents.filter((d) => d.id !== entry.documentId);
        break;
      }
    }
  }

  /** Keeps each document's segment list in `index` order, whatever order changes arrive in. */
  private indexSegment(segment: Segment): void {
    const previous = this.segments.get(segment.id);
    this.segments.set(segment.id, segment);
    const list = this.documentSegments.get(segment.documentId) ?? [];
    if (!previous) {
      const last = list.length ? this.segments.get(list[list.length - 1] as string) : undefined;
      list.push(segment.id);
      if (last && last.index > segment.index) this.sortDocument(list);
    } else if (previous.index !== segment.index) {
      this.sortDocument(list);
    }
    this.documentSegments.set(segment.documentId, list);
  }

  private sortDocument(list: string[]): void {
    list.sort((a, b) => (this.segments.get(a)?.index ?? 0) - (this.segments.get(b)?.index ?? 0));
  }

  private removeSegment(id: string): void {
    const segment = this.segments.get(id);
    if (!segment) return;
    this.segments.delete(id);
    const list = this.documentSegments.get(segment.documentId);
    if (list) list.splice(list.indexOf(id), 1);
  }

  private indexRevision(revision: Revision): void {
    const list = this.revisions.get(revision.segmentId) ?? [];
    if (!list.some((r) => r.id === revision.id)) list.push(revision);
    this.revisions.set(revision.segmentId, list);
  }

  /** Applies journal entries newer than the snapshot; counts them and any gap before them. */
  private replay(entries: readonly JournalEntry[], upgrade: Upgrade): { replayed: number; missing: number } {
    let replayed = 0;
    let missing = 0;
    for (const entry of entries) {
      if (entry.seq <= this.seq) continue;
      if (replayed === 0 && entry.seq > this.seq + 1) missing = entry.seq - this.seq - 1;
      this.apply(upgrade.upgradeEntry(entry));
      this.seq = entry.seq;
      replayed++;
    }
    return { replayed, missing };
  }

  private scheduleCompaction(): void {
    const delay = this.options.compactAfterMs ?? 1500;
    const now = Date.now();
    this.firstUncompactedAt ??= now;
    if (this.compactTimer) clearTimeout(this.compactTimer);
    // Debounced, but continuous editing (a long bulk change, a fast typist) still compacts.
    const wait = Math.max(0, Math.min(delay, this.firstUncompactedAt + delay * MAX_COMPACTION_WAIT - now));
    this.compactTimer = setTimeout(() => {
      this.compactTimer = null;
      if (this.closed) return;
      void this.compact('due').catch(() => {
        /* the journal still holds every change; the next compaction retries */
      });
    }, wait);
    this.compactTimer.unref();
  }

  private cancelCompactionTimer(): void {
    if (this.compactTimer) clearTimeout(this.compactTimer);
    this.compactTimer = null;
  }

  /** Queues a compaction behind any running one: two snapshot writes must never overlap. */
  private compact(backup: 'due' | 'force'): Promise<void> {
    const run = this.compactChain.then(() => this.compactNow(backup));
    this.compactChain = run.catch(() => undefined);
    return run;
  }

  /**
   * Snapshot first, then (at most every `everyMs`, or when forced) a backup of it, and only then
   * trims the journal of the changes that backup holds. Commits may land while this awaits; they
   * are appended to the journal and to `journalTail`, so the trim keeps them.
   */
  private async compactNow(backup: 'due' | 'force'): Promise<void> {
    this.firstUncompactedAt = null;
    if (this.seq !== this.lastCompactedSeq) {
      const upTo = this.seq;
      this.db.data = this.snapshot(upTo);
      await this.db.write();
      this.lastCompactedSeq = upTo;
    }
    const now = Date.now();
    if (this.lastCompactedSeq <= this.backupSeq) return;
    const since = now - this.lastBackupAt; // negative if the clock was set back: take one then
    if (backup === 'due' && since >= 0 && since < this.policy.everyMs) return;
    const probe = this.options.compactionProbe;
    const written = await writeBackup(this.dir, path.join(this.dir, SNAPSHOT_FILE), this.lastCompactedSeq, new Date(now));
    this.backupSeq = written.seq;
    this.lastBackupAt = now;
    await probe?.('backup-written');
    const backupSeq = this.backupSeq;
    this.journalTail = this.journalTail.filter((e) => e.seq > backupSeq);
    this.journal.rewrite(this.journalTail);
    await probe?.('journal-trimmed');
    pruneBackups(this.dir, this.policy);
  }

  private snapshot(lastSeq: number): ProjectData {
    // Loops, not push(...list): spreading a book-length document's segments overflows the stack.
    const segments: Segment[] = [];
    for (const doc of this.documents) for (const segment of this.segmentsOf(doc.id)) segments.push(segment);
    const revisions: Revision[] = [];
    for (const list of this.revisions.values()) for (const revision of list) revisions.push(revision);
    return {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      lastSeq,
      project: this.meta,
      documents: this.documents,
      segments,
      revisions,
    };
  }
}

function emptyProject(meta: ProjectMeta): ProjectData {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, lastSeq: 0, project: meta, documents: [], segments: [], revisions: [] };
}
