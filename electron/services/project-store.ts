import { existsSync, mkdirSync, openSync, fsyncSync, closeSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { TinjauError } from '../../shared/api/errors';
import type { ProjectData, ProjectMeta, TinjauDocument } from '../../shared/model/project';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/project';
import type { Revision } from '../../shared/model/revision';
import type { Segment } from '../../shared/model/segment';
import type { JournalEntry, JournalOp } from './journal';
import { Journal } from './journal';
import type { ProjectLock } from './lock';
import { acquireLock } from './lock';

export const SNAPSHOT_FILE = 'project.json';
export const JOURNAL_FILE = 'journal.jsonl';
export const LOCK_FILE = 'lock';

export interface StoreOptions {
  /** Who holds the project: shown to a second opener. */
  readonly owner: string;
  /** How long after the last edit the snapshot is rewritten. */
  readonly compactAfterMs?: number;
}

/**
 * A project on disk (`NAME.tinjau/`) and the only writer to it.
 *
 * Edits go to the journal first (fsync'd, then acknowledged) and to memory; the lowdb snapshot
 * is rewritten later, off the typing path. Opening replays the journal over the snapshot.
 */
export class ProjectStore {
  private readonly segments = new Map<string, Segment>();
  private readonly documentSegments = new Map<string, string[]>();
  private readonly revisions = new Map<string, Revision[]>();
  private documents: TinjauDocument[] = [];
  private meta: ProjectMeta;
  private seq: number;
  private lastCompactedSeq: number;
  private pending: JournalEntry[] = [];
  private compactTimer: NodeJS.Timeout | null = null;
  private compacting: Promise<void> | null = null;
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly db: Low<ProjectData>,
    private readonly journal: Journal,
    private readonly lock: ProjectLock,
    private readonly options: StoreOptions,
    readonly warnings: readonly string[],
  ) {
    const data = db.data;
    this.meta = data.project;
    this.seq = data.lastSeq;
    this.lastCompactedSeq = data.lastSeq;
    for (const doc of data.documents) this.documents.push(doc);
    for (const segment of data.segments) this.indexSegment(segment);
    for (const revision of data.revisions) this.indexRevision(revision);
  }

  static async create(dir: string, meta: ProjectMeta, options: StoreOptions): Promise<ProjectStore> {
    if (existsSync(path.join(dir, SNAPSHOT_FILE))) {
      throw new TinjauError('conflict', `${dir} already holds a Tinjau project`);
    }
    mkdirSync(dir, { recursive: true });
    const db = new Low<ProjectData>(new JSONFile(path.join(dir, SNAPSHOT_FILE)), emptyProject(meta));
    await db.write();
    syncFile(path.join(dir, SNAPSHOT_FILE));
    return ProjectStore.open(dir, options);
  }

  static async open(dir: string, options: StoreOptions): Promise<ProjectStore> {
    const snapshot = path.join(dir, SNAPSHOT_FILE);
    if (!existsSync(snapshot)) throw new TinjauError('not-found', `No Tinjau project in ${dir}`);
    const lock = acquireLock(path.join(dir, LOCK_FILE), options.owner);
    try {
      const db = new Low<ProjectData>(new JSONFile(snapshot), null as unknown as ProjectData);
      try {
        await db.read();
      } catch (err) {
        throw new TinjauError('io', `The project file ${snapshot} is damaged: ${(err as Error).message}`);
      }
      if (!db.data || typeof db.data !== 'object' || !db.data.project) {
        throw new TinjauError('io', `The project file ${snapshot} is not a Tinjau project`);
      }
      if (db.data.schemaVersion > CURRENT_SCHEMA_VERSION) {
        throw new TinjauError('conflict', 'This project was saved by a newer Tinjau; update Tinjau to open it');
      }
      const replay = Journal.read(path.join(dir, JOURNAL_FILE));
      const store = new ProjectStore(dir, db, new Journal(path.join(dir, JOURNAL_FILE)), lock, options, replay.warnings);
      for (const entry of replay.entries) {
        if (entry.seq > store.seq) {
          store.apply(entry);
          store.seq = entry.seq;
          store.pending.push(entry);
        }
      }
      if (store.pending.length > 0) await store.compact();
      return store;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  get projectMeta(): ProjectMeta {
    return this.meta;
  }

  listDocuments(): readonly TinjauDocument[] {
    return this.documents;
  }

  document(id: string): TinjauDocument {
    const doc = this.documents.find((d) => d.id === id);
    if (!doc) throw new TinjauError('not-found', `No document ${id} in this project`);
    return doc;
  }

  segmentsOf(documentId: string): Segment[] {
    this.document(documentId);
    return (this.documentSegments.get(documentId) ?? []).map((id) => this.segments.get(id) as Segment);
  }

  segment(id: string): Segment {
    const segment = this.segments.get(id);
    if (!segment) throw new TinjauError('not-found', `No segment ${id} in this project`);
    return segment;
  }

  revisionsOf(segmentId: string): readonly Revision[] {
    return this.revisions.get(segmentId) ?? [];
  }

  /** Journals a change (fsync) and applies it; returns once the change is durable. */
  commit(op: JournalOp): void {
    if (this.closed) throw new TinjauError('conflict', 'The project is closed');
    const entry = { ...op, seq: this.seq + 1, at: new Date().toISOString() } as JournalEntry;
    this.journal.append(entry);
    this.seq = entry.seq;
    this.pending.push(entry);
    this.apply(entry);
    this.scheduleCompaction();
  }

  /** Writes the snapshot now and trims the journal. */
  async flush(): Promise<void> {
    if (this.compactTimer) clearTimeout(this.compactTimer);
    this.compactTimer = null;
    await this.compact();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    this.journal.close();
    this.lock.release();
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

  private scheduleCompaction(): void {
    if (this.compactTimer) clearTimeout(this.compactTimer);
    this.compactTimer = setTimeout(() => {
      this.compactTimer = null;
      void this.compact().catch(() => {
        /* the journal still holds every change; the next compaction retries */
      });
    }, this.options.compactAfterMs ?? 1500);
    this.compactTimer.unref();
  }

  private async compact(): Promise<void> {
    if (this.compacting) await this.compacting;
    if (this.seq === this.lastCompactedSeq) return;
    const upTo = this.seq;
    this.compacting = (async () => {
      this.db.data = this.snapshot(upTo);
      await this.db.write();
      syncFile(path.join(this.dir, SNAPSHOT_FILE));
      this.journal.rewriteAfter(upTo, this.pending);
      this.pending = this.pending.filter((e) => e.seq > upTo);
      this.lastCompactedSeq = upTo;
    })();
    try {
      await this.compacting;
    } finally {
      this.compacting = null;
    }
  }

  private snapshot(lastSeq: number): ProjectData {
    const segments: Segment[] = [];
    for (const doc of this.documents) segments.push(...this.segmentsOf(doc.id));
    const revisions: Revision[] = [];
    for (const list of this.revisions.values()) revisions.push(...list);
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

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
