import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { TinjauError } from '../../shared/api/errors';
import { say, type Said } from '../../shared/messages/text';
import type { DocumentProgress } from '../../shared/api/types';
import type { ProjectMeta, TinjauDocument } from '../../shared/model/project';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import type { BackupPolicy } from './backups';
import type { StoreOptions } from './store-layout';
import { JOURNAL_FILE, LOCK_FILE, SNAPSHOT_FILE, emptyProject, isReadOnlyFolder } from './store-layout';
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
import { documentProgress } from '../../shared/project/progress';
import type { ProjectSnapshot, StoredDocument } from './journal';
import { fillSegments, indexRevision } from './document-state';
import { ShardReader } from './shards';
import { DocumentTable } from './document-table';
import { collectUnnamedBlobs, compactionJobs, segmentsToRewrite, writeImportBlobs, writeJob } from './store-writes';

export { shardChunks } from './shards';

export { JOURNAL_FILE, LOCK_FILE, SNAPSHOT_FILE } from './store-layout';
export type { StoreOptions } from './store-layout';

/** Continuous editing still compacts this often (in compaction delays), so a crash replays little. */
const MAX_COMPACTION_WAIT = 20;
const DEFAULT_COMPACT_JOURNAL_BYTES = 4 * 2 ** 20;
const DEFAULT_CLOSE_COMPACT_SEGMENTS = 2000;
const DEFAULT_CHUNK_SEGMENTS = 2000;


/**
 * A project on disk (`NAME.tinjau/`) and the only writer to it.
 *
 * Layout (docs/architecture.md, Storage): `project.json` (lowdb) holds the metadata and the
 * document list, each document naming its shards: content-addressed blobs (`blobs/sha256-…`)
 * with its segments, its revision history and its original file. Opening reads project.json and
 * the journal; a document's segments are read when first asked for, its history and original
 * when those are. Edits go to the journal first (fsync'd, then acknowledged) and to memory; a
 * compaction writes new blobs for the documents that changed and a new project.json, and is due
 * only once the journal has grown (or on close when that is cheap), so a one-segment edit costs
 * one journal line. An import writes its blobs (fsync'd) before its one short journal line.
 *
 * Every blob has a twin in `backups/blobs/`; `backups/` keeps copies of project.json taken at
 * compactions (every few minutes while editing, always when forced). The journal keeps every
 * change newer than the newest backup, so a damaged project.json is restored from that backup
 * plus the journal, and a damaged blob from its twin.
 *
 * What survives what: a killed process loses nothing acknowledged (at worst a cut last journal
 * line, never acknowledged). A damaged project.json loses nothing while the newest backup is good.
 * If that backup is damaged too, an older one is used and the changes between the two are lost
 * (counted in the warning). Journal lines after a damaged line are lost (the file is kept).
 */
export class ProjectStore {
  /** The metadata and documents in memory, with the journal's changes applied. */
  private readonly table: DocumentTable;
  private seq: number;
  private lastCompactedSeq: number;
  /** Journal size right after the last compaction: what grew since decides when the next is due. */
  private compactedJournalBytes = 0;
  /** Entries in the journal file newer than the newest backup: rewritten when it is trimmed. */
  private journalTail: JournalEntry[];
  private backupSeq: number;
  private lastBackupAt: number;
  private readonly policy: BackupPolicy;
  private compactTimer: NodeJS.Timeout | null = null;
  private firstUncompactedAt: number | null = null;
  private compactChain: Promise<void> = Promise.resolve();
  /** Why the last compaction failed (a timer's one too, which nobody awaits), until one succeeds. */
  compactionFailure: unknown = null;
  private closed = false;
  private readonly repairs: Said[];
  private readonly shards: ShardReader;

  private constructor(
    readonly dir: string,
    private readonly db: Low<ProjectSnapshot>,
    private readonly journal: Journal,
    private readonly lock: ProjectLock,
    private readonly options: StoreOptions,
    warnings: Said[],
    journalEntries: readonly JournalEntry[],
    /** The folder cannot be written (a CD, a share without write access): opened for viewing, export and QA only. */
    readonly readOnly = false,
  ) {
    const data = db.data;
    this.repairs = warnings;
    this.shards = new ShardReader(dir, (said) => this.repairs.push(said));
    this.table = new DocumentTable(data.project, this.shards);
    this.seq = data.lastSeq;
    this.lastCompactedSeq = data.lastSeq;
    this.journalTail = [...journalEntries];
    this.policy = { ...DEFAULT_BACKUP_POLICY, ...options.backups };
    const newest = listBackups(dir).find((b) => !b.preMigration);
    this.backupSeq = newest?.seq ?? -1;
    this.lastBackupAt = newest?.at.getTime() ?? 0;
    for (const doc of data.documents) {
      if ('legacy' in doc) this.table.installLegacy(doc, doc.legacy.segments, doc.legacy.revisions);
      else this.table.installStored(doc);
    }
  }

  /** What opening repaired (and, later, a part restored from its backup copy when it was read). */
  get warnings(): readonly Said[] {
    return this.repairs;
  }

  static async create(dir: string, meta: ProjectMeta, options: StoreOptions): Promise<ProjectStore> {
    const snapshotFile = path.join(dir, SNAPSHOT_FILE);
    if (existsSync(snapshotFile) || listBackups(dir).length > 0) {
      throw new TinjauError('conflict', say('project.alreadyExists', { dir }));
    }
    mkdirSync(dir, { recursive: true });
    const db = new Low<ProjectSnapshot>(new SnapshotFile(snapshotFile), emptyProject(meta));
    await db.write();
    // A first backup, so even a snapshot damaged before the first compaction can be restored.
    await writeBackup(dir, snapshotFile, 0, new Date());
    return ProjectStore.open(dir, options);
  }

  static async open(dir: string, options: StoreOptions): Promise<ProjectStore> {
    if (!existsSync(path.join(dir, SNAPSHOT_FILE)) && listBackups(dir).length === 0) {
      throw new TinjauError('not-found', say('project.notFound', { dir }));
    }
    let lock: ProjectLock;
    let readOnly = false;
    try {
      lock = acquireLock(path.join(dir, LOCK_FILE), options.owner);
    } catch (err) {
      // A folder nobody may write: open it for viewing without a lock (no one can write it either).
      if (!isReadOnlyFolder(err)) throw err;
      lock = { release() {} };
      readOnly = true;
    }
    try {
      const store = await ProjectStore.load(dir, lock, options, readOnly);
      // Only once the project opened: a damaged one is left exactly as it was found.
      if (!readOnly) removeStaleTempFiles(dir);
      return store;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  /** Reads the snapshot (or restores it from a backup), upgrades its format and replays the journal over it. */
  private static async load(dir: string, lock: ProjectLock, options: StoreOptions, readOnly: boolean): Promise<ProjectStore> {
    const now = new Date();
    const snapshotFile = path.join(dir, SNAPSHOT_FILE);
    const warnings: Said[] = [];
    const { upgrade, restored } = await loadSnapshot(dir, snapshotFile, warnings, now, readOnly);

    const journalFile = path.join(dir, JOURNAL_FILE);
    const replay = Journal.read(journalFile);
    warnings.push(...replay.warnings);
    if (replay.damagedMidway && !readOnly) warnings.push(say('recovery.journalKept', { file: keepDamaged(journalFile, 'copy', now) }));
    const journal = new Journal(journalFile, readOnly);
    // Repair before anything is appended: a new entry glued onto a cut line would damage both.
    if (replay.needsRepair && !readOnly) journal.rewrite(replay.entries);

    const db = new Low<ProjectSnapshot>(new SnapshotFile(snapshotFile, options.compactionProbe), upgrade.data);
    let store: ProjectStore;
    try {
      store = new ProjectStore(dir, db, journal, lock, options, warnings, replay.entries, readOnly);
    } catch (err) {
      journal.close();
      throw err;
    }
    const { replayed, missing } = store.replay(replay.entries, upgrade);
    if (restored) {
      const kept = existsSync(snapshotFile) && !readOnly ? keepDamaged(snapshotFile, 'move', now) : null;
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
      if (readOnly) {
        // Shown as it would be after the repair; the repair itself waits for a writable copy.
        store.seq = highest;
      } else if (restored || upgrade.from < CURRENT_SCHEMA_VERSION || highest > store.seq) {
        // Write the restored or upgraded project at once, with a backup in the current format.
        store.seq = highest;
        store.lastCompactedSeq = -1;
        await store.compact('force');
      } else if (replayed > 0 && journal.bytes >= store.compactJournalBytes) {
        store.scheduleCompaction();
      }
    } catch (err) {
      journal.close();
      throw err;
    }
    return store;
  }

  get projectMeta(): ProjectMeta {
    return this.table.meta;
  }

  /** Sequence number of the last acknowledged change (0 for a new project). */
  get lastSeq(): number {
    return this.seq;
  }

  /** The documents (without their original files: see `originalOf`). */
  listDocuments(): readonly TinjauDocument[] {
    return this.table.documents;
  }

  document(id: string): TinjauDocument {
    return this.table.state(id).doc;
  }

  /** The document's segments in order; the first call reads its shard. */
  segmentsOf(documentId: string): Segment[] {
    const state = this.table.state(documentId);
    const byId = this.shards.loadSegments(state);
    return state.order.map((id) => byId.get(id) as Segment);
  }

  /**
   * A window of the document's segments in order, with its total: only the chunks covering it
   * are read (with the journal's changes to them) while the document can be read by chunk;
   * otherwise all its segments are read once and the window cut from them.
   */
  pageOf(documentId: string, offset: number, limit: number): { segments: Segment[]; total: number } {
    const state = this.table.state(documentId);
    const page = this.shards.pageByChunk(state, offset, limit);
    if (page) return page;
    const byId = this.shards.loadSegments(state);
    return { segments: state.order.slice(offset, offset + limit).map((id) => byId.get(id) as Segment), total: state.order.length };
  }

  /** Progress figures for the document list, without reading the segments when the snapshot has them. */
  progressOf(documentId: string): DocumentProgress {
    const state = this.table.state(documentId);
    if (state.progress) return state.progress;
    state.progress = documentProgress(this.segmentsOf(documentId));
    return state.progress;
  }

  /** The original file a bilingual document was imported from (for export in its own flavour). */
  originalOf(documentId: string): string | undefined {
    const state = this.table.state(documentId);
    if (state.original === null) {
      const name = state.ref?.original;
      state.original = name ? this.shards.readBlob(name).toString('utf8') : undefined;
    }
    return state.original;
  }

  segment(id: string): Segment {
    const found = this.table.findSegment(id);
    if (!found) throw new TinjauError('not-found', say('project.noSegment', { id }));
    return found.segment;
  }

  /** The segment with this id, or undefined when no document holds it. */
  segmentIfAny(id: string): Segment | undefined {
    return this.table.findSegment(id)?.segment;
  }

  revisionsOf(segmentId: string): readonly Revision[] {
    const state = this.table.findSegment(segmentId)?.state ?? this.table.documentNaming(segmentId);
    if (!state) return [];
    return this.shards.loadHistory(state).get(segmentId) ?? [];
  }

  /**
   * The ids of the segments one batch of revisions changed (`Revision.batch`), without reading any
   * document's segments: the journal names them while it still holds the batch's change (an
   * undo soon after the change reads nothing); otherwise each document's history is searched.
   * In the order the batch changed them, or document by document.
   */
  segmentsOfBatch(batch: string): string[] {
    for (const entry of this.journalTail) {
      if (entry.op !== 'put-segments') continue;
      const ids = entry.revisions.filter((r) => r.batch === batch).map((r) => r.segmentId);
      if (ids.length) return [...new Set(ids)];
    }
    const ids: string[] = [];
    for (const doc of this.table.documents) {
      for (const [segmentId, history] of this.shards.loadHistory(this.table.state(doc.id))) if (history.some((r) => r.batch === batch)) ids.push(segmentId);
    }
    return ids;
  }

  /** Journals a change (fsync) and applies it; returns once the change is durable. */
  commit(op: JournalOp): void {
    if (this.closed) throw new TinjauError('conflict', say('project.closed'));
    if (this.readOnly) throw new TinjauError('conflict', say('project.readOnly'));
    if (op.op === 'add-document') {
      this.commitDocument(op);
      return;
    }
    const entry = { ...op, ...(op.op === 'put-segments' ? this.table.progressAfter(op) : {}), seq: this.seq + 1, at: new Date().toISOString() } as JournalEntry;
    this.append(entry);
    this.table.apply(entry);
    this.scheduleCompaction();
  }

  /**
   * An import: the shards and the original file go to blobs first (each fsync'd, with its backup
   * twin), then one short journal line names them. Killed before that line, the import never
   * happened (its blobs are unnamed and collected later); after it, all of it is there.
   */
  private commitDocument(op: Extract<JournalOp, { op: 'add-document' }>): void {
    const { original } = op.document;
    const stored = writeImportBlobs(this.dir, op, this.chunkSegments);
    const ref = stored.shard;
    const entry: JournalEntry = { op: 'add-document', document: stored, seq: this.seq + 1, at: new Date().toISOString() };
    this.append(entry);
    const state = this.table.installStored(stored);
    // What was just written is what memory holds: no need to read it back.
    fillSegments(state, op.segments);
    state.progress = ref.progress;
    state.history = new Map();
    for (const r of op.revisions) indexRevision(state.history, r);
    state.original = original;
    this.scheduleCompaction();
  }

  private append(entry: JournalEntry): void {
    this.journal.append(entry);
    this.seq = entry.seq;
    this.journalTail.push(entry);
  }

  /** Writes what changed now (and a backup, if one is due). */
  async flush(): Promise<void> {
    if (this.closed) return this.compactChain; // close() writes everything; wait for it
    if (this.readOnly) return;
    this.cancelCompactionTimer();
    await this.compact('due');
  }

  /**
   * Lets go of the project. What changed is folded into new shards (with a backup) when that is
   * cheap or the journal has grown; otherwise the journal keeps it, and closing writes nothing.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    // Closed first: a commit arriving during the final compaction is refused, not half-kept.
    this.closed = true;
    this.cancelCompactionTimer();
    try {
      await this.compactChain;
      if (!this.readOnly && (this.seq !== this.lastCompactedSeq || this.lastCompactedSeq > this.backupSeq)) {
        const grown = this.journal.bytes - this.compactedJournalBytes >= this.compactJournalBytes;
        if (grown || segmentsToRewrite(this.table.states.values()) <= (this.options.closeCompactSegments ?? DEFAULT_CLOSE_COMPACT_SEGMENTS)) await this.compact('force');
      }
    } finally {
      // Even if the snapshot could not be written, the journal holds every change: let go.
      this.journal.close();
      this.lock.release();
    }
  }

  private get chunkSegments(): number {
    return Math.max(1, this.options.chunkSegments ?? DEFAULT_CHUNK_SEGMENTS);
  }

  private get compactJournalBytes(): number {
    return this.options.compactJournalBytes ?? DEFAULT_COMPACT_JOURNAL_BYTES;
  }

  /** Applies journal entries newer than the snapshot; counts them and any gap before them. */
  private replay(entries: readonly JournalEntry[], upgrade: Upgrade): { replayed: number; missing: number } {
    let replayed = 0;
    let missing = 0;
    for (const entry of entries) {
      if (entry.seq <= this.seq) continue;
      if (replayed === 0 && entry.seq > this.seq + 1) missing = entry.seq - this.seq - 1;
      this.table.apply(upgrade.upgradeEntry(entry));
      this.seq = entry.seq;
      replayed++;
    }
    return { replayed, missing };
  }

  /** A due compaction once the journal has grown past the limit (debounced, bounded while typing). */
  private scheduleCompaction(): void {
    if (this.readOnly) return;
    if (this.journal.bytes - this.compactedJournalBytes < this.compactJournalBytes) return;
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
    const run = this.compactChain.then(() => this.compactNow(backup)).then(
      () => void (this.compactionFailure = null),
      (err: unknown) => {
        this.compactionFailure = err;
        throw err;
      },
    );
    this.compactChain = run.catch(() => undefined);
    return run;
  }

  /**
   * New blobs for the documents that changed, then project.json naming them, then (at most every
   * `everyMs`, or when forced) a backup of it, and only then trims the journal of the changes that
   * backup holds, and deletes blobs nothing names. What is written is taken from memory in one
   * synchronous step, so it is exactly the state at `upTo`; commits landing while this awaits go
   * to the journal and to `journalTail`, so the trim keeps them.
   */
  private async compactNow(backup: 'due' | 'force'): Promise<void> {
    this.firstUncompactedAt = null;
    if (this.seq !== this.lastCompactedSeq) {
      const upTo = this.seq;
      const meta = this.table.meta;
      const journalBytes = this.journal.bytes;
      const jobs = compactionJobs(this.table, this.shards, (id) => this.segmentsOf(id));
      const stored: StoredDocument[] = [];
      for (const job of jobs) {
        const id = job.doc.id;
        const ref = await writeJob(this.dir, job, this.chunkSegments);
        stored.push({ ...job.doc, shard: ref });
        const { state } = job;
        if (this.table.states.get(id) !== state) continue; // removed meanwhile
        state.ref = ref;
        if (job.original !== undefined) state.originalUnwritten = false;
        // Changes made while this was written stay counted: the next compaction writes them.
        state.segmentsVersion -= job.segmentsVersion;
        state.historyVersion -= job.historyVersion;
        for (const [k, version] of job.changed?.versions ?? []) if (state.chunkVersions.get(k) === version) state.chunkVersions.delete(k);
      }
      await this.options.compactionProbe?.('shard-written');
      this.db.data = { schemaVersion: CURRENT_SCHEMA_VERSION, lastSeq: upTo, project: meta, documents: stored };
      await this.db.write();
      this.lastCompactedSeq = upTo;
      this.compactedJournalBytes = journalBytes;
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
    this.compactedJournalBytes = Math.min(this.compactedJournalBytes, this.journal.bytes);
    await probe?.('journal-trimmed');
    pruneBackups(this.dir, this.policy);
    collectUnnamedBlobs(this.dir, [...this.table.states.values()].map((st) => st.ref), this.db.data.documents, this.journalTail);
  }
}
