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
import { JOURNAL_FILE, LOCK_FILE, SNAPSHOT_FILE } from './store-layout';
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
import { collectBlobs, writeBlobChunks, writeBlobSync, writeBlobsSync } from './blobs';
import { serializeInChunks } from './backups';
import type { LegacyDocument, ProjectSnapshot, ShardRef, StoredDocument, StoredOp } from './journal';
import { readFileSync } from 'node:fs';
import type { DocState } from './document-state';
import { UNKNOWN, addProgress, applySegments, fillSegments, flatten, indexRevision, loadedSegment, noChunks, putInChunk } from './document-state';
import { ShardReader, chunksOf, idsBlobText, shardChunks } from './shards';

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
  private readonly states = new Map<string, DocState>();
  private documents: TinjauDocument[] = [];
  private meta: ProjectMeta;
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
    this.meta = data.project;
    this.seq = data.lastSeq;
    this.lastCompactedSeq = data.lastSeq;
    this.journalTail = [...journalEntries];
    this.policy = { ...DEFAULT_BACKUP_POLICY, ...options.backups };
    const newest = listBackups(dir).find((b) => !b.preMigration);
    this.backupSeq = newest?.seq ?? -1;
    this.lastBackupAt = newest?.at.getTime() ?? 0;
    for (const doc of data.documents) {
      if ('legacy' in doc) this.installLegacy(doc, doc.legacy.segments, doc.legacy.revisions);
      else this.installStored(doc);
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
    return this.meta;
  }

  /** Sequence number of the last acknowledged change (0 for a new project). */
  get lastSeq(): number {
    return this.seq;
  }

  /** The documents (without their original files: see `originalOf`). */
  listDocuments(): readonly TinjauDocument[] {
    return this.documents;
  }

  document(id: string): TinjauDocument {
    return this.state(id).doc;
  }

  /** The document's segments in order; the first call reads its shard. */
  segmentsOf(documentId: string): Segment[] {
    const state = this.state(documentId);
    const byId = this.shards.loadSegments(state);
    return state.order.map((id) => byId.get(id) as Segment);
  }

  /**
   * A window of the document's segments in order, with its total: only the chunks covering it
   * are read (with the journal's changes to them) while the document can be read by chunk;
   * otherwise all its segments are read once and the window cut from them.
   */
  pageOf(documentId: string, offset: number, limit: number): { segments: Segment[]; total: number } {
    const state = this.state(documentId);
    const page = this.shards.pageByChunk(state, offset, limit);
    if (page) return page;
    const byId = this.shards.loadSegments(state);
    return { segments: state.order.slice(offset, offset + limit).map((id) => byId.get(id) as Segment), total: state.order.length };
  }

  /** Progress figures for the document list, without reading the segments when the snapshot has them. */
  progressOf(documentId: string): DocumentProgress {
    const state = this.state(documentId);
    if (state.progress) return state.progress;
    state.progress = documentProgress(this.segmentsOf(documentId));
    return state.progress;
  }

  /** The original file a bilingual document was imported from (for export in its own flavour). */
  originalOf(documentId: string): string | undefined {
    const state = this.state(documentId);
    if (state.original === null) {
      const name = state.ref?.original;
      state.original = name ? this.shards.readBlob(name).toString('utf8') : undefined;
    }
    return state.original;
  }

  segment(id: string): Segment {
    const found = this.findSegment(id);
    if (!found) throw new TinjauError('not-found', say('project.noSegment', { id }));
    return found.segment;
  }

  /** The segment with this id, or undefined when no document holds it. */
  segmentIfAny(id: string): Segment | undefined {
    return this.findSegment(id)?.segment;
  }

  revisionsOf(segmentId: string): readonly Revision[] {
    const state = this.findSegment(segmentId)?.state ?? this.documentNaming(segmentId);
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
    for (const doc of this.documents) {
      for (const [segmentId, history] of this.shards.loadHistory(this.state(doc.id))) if (history.some((r) => r.batch === batch)) ids.push(segmentId);
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
    const entry = { ...op, ...(op.op === 'put-segments' ? this.progressAfter(op) : {}), seq: this.seq + 1, at: new Date().toISOString() } as JournalEntry;
    this.append(entry);
    this.apply(entry);
    this.scheduleCompaction();
  }

  /**
   * An import: the shards and the original file go to blobs first (each fsync'd, with its backup
   * twin), then one short journal line names them. Killed before that line, the import never
   * happened (its blobs are unnamed and collected later); after it, all of it is there.
   */
  private commitDocument(op: Extract<JournalOp, { op: 'add-document' }>): void {
    const { original, ...doc } = op.document;
    const parts = chunksOf(op.segments, this.chunkSegments);
    const names = writeBlobsSync(this.dir, [
      // Written as it is serialized: the shard's text (hundreds of MB at 100k segments) is never whole in memory.
      ...parts.map((part) => ({ chunks: () => shardChunks({ documentId: doc.id }, 'segments', part) })),
      () => idsBlobText(doc.id, parts),
      () => JSON.stringify({ documentId: doc.id, revisions: op.revisions }),
      ...(original !== undefined ? [original] : []),
    ]);
    const [ids, history, originalBlob] = names.slice(parts.length);
    const ref: ShardRef = {
      chunks: names.slice(0, parts.length),
      ids: ids as string,
      history: history as string,
      ...(originalBlob !== undefined ? { original: originalBlob } : {}),
      progress: documentProgress(op.segments),
    };
    const stored: StoredDocument = { ...doc, shard: ref };
    const entry: JournalEntry = { op: 'add-document', document: stored, seq: this.seq + 1, at: new Date().toISOString() };
    this.append(entry);
    const state = this.installStored(stored);
    // What was just written is what memory holds: no need to read it back.
    fillSegments(state, op.segments);
    state.progress = ref.progress;
    state.history = new Map();
    for (const r of op.revisions) indexRevision(state.history, r);
    state.original = original;
    this.scheduleCompaction();
  }

  /** What each changed (loaded) document's progress will be after `op`, for its journal line. */
  private progressAfter(op: Extract<JournalOp, { op: 'put-segments' }>): { progress?: Record<string, DocumentProgress> } {
    const out: Record<string, DocumentProgress> = {};
    const touched = new Set(op.segments.map((s) => s.documentId));
    for (const id of op.removed ?? []) {
      const state = [...this.states.values()].find((st) => st.byId?.has(id) || st.chunkOf?.has(id));
      if (state) touched.add(state.doc.id);
    }
    for (const docId of touched) {
      const state = this.states.get(docId);
      if (!state?.progress) return {}; // not all known: replay reads the segments
      let progress = state.progress;
      const seen = new Set<string>();
      for (const id of op.removed ?? []) {
        const old = loadedSegment(state, id);
        if (old === UNKNOWN) return {};
        if (old) progress = addProgress(progress, old, -1);
        seen.add(id);
      }
      for (const s of op.segments) {
        if (s.documentId !== docId) continue;
        const old = seen.has(s.id) ? undefined : loadedSegment(state, s.id);
        if (old === UNKNOWN) return {};
        if (old) progress = addProgress(progress, old, -1);
        progress = addProgress(progress, s, 1);
        seen.add(s.id);
      }
      out[docId] = progress;
    }
    return { progress: out };
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
        if (grown || this.segmentsToRewrite() <= (this.options.closeCompactSegments ?? DEFAULT_CLOSE_COMPACT_SEGMENTS)) await this.compact('force');
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

  /** How many segments a compaction now would write (reading a shard costs about as much as writing it). */
  private segmentsToRewrite(): number {
    let n = 0;
    for (const state of this.states.values()) {
      const all = state.byId ? state.byId.size : (state.ref?.progress.segments ?? 0);
      if (state.segmentsVersion > 0 || (state.ref && !state.ref.chunks)) {
        // Chunks changed by one-segment edits cost their own size; anything else the whole document.
        const partial = !state.byId && state.ids && state.pending.length === 0 && !state.reorder;
        n += partial ? [...state.chunkVersions.keys()].reduce((sum, k) => sum + (state.ids?.[k]?.length ?? 0), 0) : all;
      }
      if (state.historyVersion > 0) n += state.history ? state.history.size : all;
    }
    return n;
  }

  private state(id: string): DocState {
    const state = this.states.get(id);
    if (!state) throw new TinjauError('not-found', say('project.noDocument', { id }));
    return state;
  }

  private installStored(stored: StoredDocument): DocState {
    const { shard, ...doc } = stored;
    return this.install({ doc, ref: shard, byId: null, order: [], ...noChunks(), history: null, original: null, originalUnwritten: false, pending: [], pendingHistory: [], segmentsVersion: 0, historyVersion: 0, progress: shard.progress });
  }

  /** A document whose records are in memory only (migrated, or imported by an older journal line). */
  private installLegacy(record: TinjauDocument | LegacyDocument, segments: readonly Segment[], revisions: readonly Revision[]): DocState {
    const { original, ...rest } = record;
    const { legacy: _legacy, ...doc } = rest as typeof rest & { legacy?: unknown };
    const state = this.install({ doc, ref: null, byId: null, order: [], ...noChunks(), history: new Map(), original, originalUnwritten: original !== undefined, pending: [], pendingHistory: [], segmentsVersion: 1, historyVersion: 1, progress: null });
    fillSegments(state, segments);
    state.progress = documentProgress(segments);
    for (const r of revisions) indexRevision(state.history as Map<string, Revision[]>, r);
    return state;
  }

  private install(state: DocState): DocState {
    this.states.set(state.doc.id, state);
    this.documents = [...this.documents.filter((d) => d.id !== state.doc.id), state.doc];
    return state;
  }

  /** The loaded document holding a segment, else the one its id names, else any (read in turn). */
  private findSegment(id: string): { state: DocState; segment: Segment } | null {
    for (const state of this.states.values()) {
      const segment = state.byId?.get(id) ?? (state.chunkOf?.has(id) ? this.shards.lookup(state, id) : undefined);
      if (segment) return { state, segment };
    }
    const named = this.documentNaming(id);
    const rest = [...this.states.values()].filter((s) => !s.byId && s !== named);
    for (const state of named && !named.byId ? [named, ...rest] : rest) {
      const segment = this.shards.lookup(state, id);
      if (segment) return { state, segment };
    }
    return null;
  }

  /** The document whose id a segment id starts with (`<document>-0001`), longest first. */
  private documentNaming(segmentId: string): DocState | undefined {
    let best: DocState | undefined;
    for (const state of this.states.values()) {
      if (segmentId.startsWith(`${state.doc.id}-`) && (!best || state.doc.id.length > best.doc.id.length)) best = state;
    }
    return best;
  }

  private apply(entry: JournalEntry): void {
    switch (entry.op) {
      case 'put-meta':
        this.meta = entry.meta;
        break;
      case 'add-document':
        if ('shard' in entry.document) this.installStored(entry.document);
        else if ('segments' in entry) this.installLegacy(entry.document, entry.segments, entry.revisions);
        break;
      case 'put-segments':
        this.applyPut(entry);
        break;
      case 'remove-document':
        this.states.delete(entry.documentId);
        this.documents = this.documents.filter((d) => d.id !== entry.documentId);
        break;
    }
  }

  /** Sends each part of a change to its document: applied if loaded, kept for when it is read otherwise. */
  private applyPut(entry: Extract<StoredOp, { op: 'put-segments' }>): void {
    if (entry.document) {
      const { original: _original, ...doc } = entry.document;
      const state = this.states.get(doc.id);
      if (state) {
        state.doc = doc;
        this.documents = this.documents.map((d) => (d.id === doc.id ? doc : d));
      }
    }
    const segmentsByDoc = new Map<DocState, Segment[]>();
    const docOfSegment = new Map<string, DocState>();
    for (const s of entry.segments) {
      const state = this.states.get(s.documentId);
      if (!state) continue; // its document was removed: nothing shows it
      const list = segmentsByDoc.get(state) ?? [];
      list.push(s);
      segmentsByDoc.set(state, list);
      docOfSegment.set(s.id, state);
    }
    const removedByDoc = new Map<DocState, string[]>();
    for (const id of entry.removed ?? []) {
      const state = [...this.states.values()].find((s) => s.byId?.has(id) || s.chunkOf?.has(id)) ?? this.documentNaming(id) ?? (segmentsByDoc.size === 1 ? [...segmentsByDoc.keys()][0] : this.findSegment(id)?.state);
      if (!state) continue;
      removedByDoc.set(state, [...(removedByDoc.get(state) ?? []), id]);
    }
    for (const state of new Set([...segmentsByDoc.keys(), ...removedByDoc.keys()])) {
      const segments = segmentsByDoc.get(state) ?? [];
      const removed = removedByDoc.get(state) ?? [];
      const recorded = entry.progress?.[state.doc.id];
      const chunkOf = state.chunkOf;
      if (state.byId) applySegments(state, segments, removed);
      else if (chunkOf && state.pending.length === 0 && !state.reorder && removed.length === 0 && segments.every((s) => chunkOf.has(s.id))) {
        // Existing segments changed: each goes to its chunk, read or not.
        let progress = state.progress;
        for (const s of segments) {
          const known = state.chunks.has(chunkOf.get(s.id) as number);
          const old = putInChunk(state, s);
          progress = progress && known && old ? addProgress(addProgress(progress, old, -1), s, 1) : null;
        }
        state.progress = recorded ?? progress;
        if (state.reorder && !recorded) state.progress = null;
      } else {
        state.pending.push({ segments, removed });
        // The progress the line recorded, when it did; else reading the segments tells it.
        state.progress = recorded ?? null;
      }
      state.segmentsVersion++;
    }
    for (const r of entry.revisions) {
      const state = docOfSegment.get(r.segmentId) ?? [...this.states.values()].find((s) => s.byId?.has(r.segmentId)) ?? this.documentNaming(r.segmentId) ?? this.findSegment(r.segmentId)?.state;
      if (!state) continue;
      if (state.history) indexRevision(state.history, r);
      else state.pendingHistory.push(r);
      state.historyVersion++;
    }
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

  /**
   * The chunks one-segment edits changed, read and copied now (with their change counters), or
   * null when the whole document must be written: not read by chunk, or its progress unknown.
   */
  private changedChunks(state: DocState): { parts: [number, Segment[]][]; versions: Map<number, number> } | null {
    if (!state.ref?.chunks || !this.shards.byChunk(state)) return null;
    for (const k of state.chunkVersions.keys()) this.shards.loadChunk(state, k);
    if (state.reorder || !state.progress) return null;
    const parts: [number, Segment[]][] = [...state.chunkVersions.keys()].map((k) => [k, [...(state.chunks.get(k) as Map<string, Segment>).values()]]);
    return { parts, versions: new Map(state.chunkVersions) };
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
      const meta = this.meta;
      const journalBytes = this.journal.bytes;
      const jobs = this.documents.map((d) => this.states.get(d.id) as DocState).map((state) => {
        const segmentsVersion = state.segmentsVersion;
        const historyVersion = state.historyVersion;
        // A format-2 blob is rewritten as chunks even unchanged (the upgrade); one-segment edits
        // rewrite only their chunks.
        const rewrite = segmentsVersion > 0 || (state.ref !== null && !state.ref.chunks);
        const changed = rewrite ? this.changedChunks(state) : null;
        const segments = rewrite && !changed ? this.segmentsOf(state.doc.id) : null;
        const revisions = historyVersion ? flatten(this.shards.loadHistory(state)) : null;
        const original = state.originalUnwritten && typeof state.original === 'string' ? state.original : undefined;
        return { state, doc: state.doc, ref: state.ref, segmentsVersion, historyVersion, segments, changed, progress: state.progress, revisions, original };
      });
      const stored: StoredDocument[] = [];
      for (const job of jobs) {
        const id = job.doc.id;
        const old = job.ref as ShardRef;
        let segmentRef: Pick<ShardRef, 'chunks' | 'ids' | 'progress'> = { chunks: old?.chunks, ids: old?.ids, progress: old?.progress };
        if (job.segments) {
          const parts = chunksOf(job.segments, this.chunkSegments);
          const chunks: string[] = [];
          for (const part of parts) chunks.push(await writeBlobChunks(this.dir, serializeInChunks({ documentId: id }, 'segments', part)));
          segmentRef = { chunks, ids: writeBlobSync(this.dir, idsBlobText(id, parts)), progress: documentProgress(job.segments) };
        } else if (job.changed) {
          const chunks = [...(old.chunks as string[])];
          for (const [k, part] of job.changed.parts) chunks[k] = await writeBlobChunks(this.dir, serializeInChunks({ documentId: id }, 'segments', part));
          segmentRef = { chunks, ids: old.ids, progress: job.progress as DocumentProgress };
        }
        const ref: ShardRef = {
          chunks: segmentRef.chunks as string[],
          ids: segmentRef.ids as string,
          history: job.revisions ? await writeBlobChunks(this.dir, serializeInChunks({ documentId: id }, 'revisions', job.revisions)) : old.history,
          ...(job.original !== undefined ? { original: writeBlobSync(this.dir, job.original) } : job.ref?.original ? { original: job.ref.original } : {}),
          progress: segmentRef.progress,
        };
        stored.push({ ...job.doc, shard: ref });
        const { state } = job;
        if (this.states.get(id) !== state) continue; // removed meanwhile
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
    this.collectBlobs();
  }

  /** Deletes blobs named by nothing: not memory, project.json, the journal or a kept backup. */
  private collectBlobs(): void {
    const live = new Set<string>();
    const addRef = (ref: ShardRef | null | undefined, to: Set<string>) => {
      if (!ref) return;
      if (ref.segments) to.add(ref.segments);
      for (const name of ref.chunks ?? []) to.add(name);
      if (ref.ids) to.add(ref.ids);
      to.add(ref.history);
      if (ref.original) to.add(ref.original);
    };
    for (const state of this.states.values()) addRef(state.ref, live);
    for (const doc of this.db.data.documents) if ('shard' in doc) addRef(doc.shard, live);
    for (const entry of this.journalTail) if (entry.op === 'add-document' && 'shard' in entry.document) addRef(entry.document.shard, live);
    const backedUp = new Set<string>();
    for (const b of listBackups(this.dir)) {
      try {
        const data = JSON.parse(readFileSync(b.file, 'utf8')) as { documents?: { shard?: ShardRef }[] };
        for (const doc of data.documents ?? []) addRef(doc.shard, backedUp);
      } catch {
        // An unreadable backup names nothing we can tell; keep every backup blob rather than guess.
        return;
      }
    }
    collectBlobs(this.dir, live, backedUp);
  }
}

/** Creating the lock was refused because nobody may write the folder (not a full disk, not a holder). */
function isReadOnlyFolder(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EROFS' || code === 'EACCES' || code === 'EPERM';
}

function emptyProject(meta: ProjectMeta): ProjectSnapshot {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, lastSeq: 0, project: meta, documents: [] };
}
