/**
 * A glossary folder (`Team.tinjau-glossary/`, or `NAME.tinjau/glossary/`) that several apps share.
 *
 * `glossary.json` names it; `records/<writer>.jsonl` hold every revision ever made, one file per
 * writer (see record-files.ts and the design note in shared/glossary/merge.ts). The store folds
 * all records into the current entries, appends the merges the fold creates, and watches the
 * folder (fs.watch where it works, polling where it does not: network drives and synced folders
 * often send no events) so colleagues' changes appear within seconds. No lock files.
 */
import { randomBytes } from 'node:crypto';
import type { FSWatcher } from 'node:fs';
import { existsSync, mkdirSync, readFileSync, watch } from 'node:fs';
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { reason, say, type Said } from '../../../shared/messages/text';
import type { EntryConflict, RevisionRecord } from '../../../shared/glossary/merge';
import { compareRevisions, foldRecords } from '../../../shared/glossary/merge';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import { writeFileAtomic } from '../files';
import { newWriterId, RECORDS_DIR, RecordReader, RecordWriter } from './record-files';

export const GLOSSARY_FILE = 'glossary.json';
export const GLOSSARY_FOLDER_EXT = '.tinjau-glossary';
const FORMAT = 'tinjau-glossary';
const FORMAT_VERSION = 1;
const DEFAULT_POLL_MS = 2000;

interface GlossaryFile {
  readonly format: typeof FORMAT;
  readonly formatVersion: number;
  readonly name: string;
  readonly created: string;
}

export interface GlossaryStoreOptions {
  /** Watch the folder for other writers' records (default true). */
  readonly watch?: boolean;
  readonly pollMs?: number;
  /** Use file-system events besides polling (default true; tests turn them off to try the polling alone). */
  readonly events?: boolean;
  /** This process's writer id; a fresh random one by default. */
  readonly writerId?: string;
  /**
   * Keep appending to the writer's existing file: only for a glossary with one writer at a time
   * (a project's own, guarded by the project lock), so its folder does not fill with files.
   */
  readonly continueFile?: boolean;
}

/** True when `dir` holds a Tinjau glossary. */
export function isGlossaryFolder(dir: string): boolean {
  return existsSync(path.join(dir, GLOSSARY_FILE));
}

export class GlossaryStore {
  private readonly reader: RecordReader;
  private readonly writer: RecordWriter;
  private readonly byId = new Map<string, Map<string, RevisionRecord>>();
  private readonly current = new Map<string, GlossaryEntry>();
  private readonly conflictsById = new Map<string, EntryConflict>();
  private readonly instance = randomBytes(4).toString('hex');
  private generation = 0;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private refreshSoon: NodeJS.Timeout | null = null;
  private closed = false;
  private mergeDepth = 0;
  /** Damaged lines skipped and merges that could not be written, for the log. */
  /** What reading or writing the folder ran into (damaged lines skipped), for the glossary manager. */
  readonly warnings: Said[] = [];

  private constructor(
    readonly dir: string,
    readonly name: string,
    options: GlossaryStoreOptions,
  ) {
    const records = path.join(dir, RECORDS_DIR);
    this.reader = new RecordReader(records);
    this.writer = new RecordWriter(records, options.writerId ?? newWriterId(), options.continueFile === true);
    const first = this.reader.readNew();
    this.warnings.push(...first.warnings);
    this.apply(first.records);
    if (options.watch !== false) this.watch(records, options.pollMs ?? DEFAULT_POLL_MS, options.events !== false);
  }

  /** Creates the folder and its `glossary.json` (an existing glossary is opened as it is). */
  static create(dir: string, name: string, options: GlossaryStoreOptions = {}): GlossaryStore {
    const abs = path.resolve(dir);
    if (!isGlossaryFolder(abs)) {
      try {
        mkdirSync(path.join(abs, RECORDS_DIR), { recursive: true });
        const file: GlossaryFile = { format: FORMAT, formatVersion: FORMAT_VERSION, name, created: new Date().toISOString() };
        writeFileAtomic(path.join(abs, GLOSSARY_FILE), JSON.stringify(file, null, 2) + '\n');
      } catch (err) {
        throw new TinjauError('io', say('glossary.cannotCreate', { path: abs, reason: (err as NodeJS.ErrnoException).code ?? reason(err) }));
      }
    }
    return GlossaryStore.open(abs, options);
  }

  static open(dir: string, options: GlossaryStoreOptions = {}): GlossaryStore {
    const abs = path.resolve(dir);
    let info: Partial<GlossaryFile>;
    try {
      info = JSON.parse(readFileSync(path.join(abs, GLOSSARY_FILE), 'utf8')) as Partial<GlossaryFile>;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new TinjauError('not-found', say('glossary.missing', { path: abs, file: GLOSSARY_FILE }));
      throw new TinjauError('format', say('glossary.fileUnreadable', { file: path.join(abs, GLOSSARY_FILE), reason: code ?? reason(err) }));
    }
    if (info.format !== FORMAT) throw new TinjauError('format', say('glossary.notAGlossary', { path: abs }));
    if ((info.formatVersion ?? 0) > FORMAT_VERSION) {
      throw new TinjauError('conflict', say('glossary.newerVersion', { path: abs }));
    }
    return new GlossaryStore(abs, info.name || path.basename(abs, GLOSSARY_FOLDER_EXT), options);
  }

  /** Changes whenever the entries change (own edits, colleagues' records, merges). */
  get stamp(): string {
    return `${this.instance}.${this.generation}`;
  }

  /** Every entry's current revision, tombstones included. */
  get entries(): IterableIterator<GlossaryEntry> {
    return this.current.values();
  }

  get entryCount(): number {
    return this.current.size;
  }

  get conflicts(): readonly EntryConflict[] {
    return [...this.conflictsById.values()];
  }

  entry(id: string): GlossaryEntry | undefined {
    return this.current.get(id);
  }

  conflict(id: string): EntryConflict | undefined {
    return this.conflictsById.get(id);
  }

  /** One revision of an entry, current or not. */
  revision(id: string, version: string): GlossaryEntry | undefined {
    return this.byId.get(id)?.get(version)?.entry;
  }

  /** Every revision of an entry, oldest first (by edit count, then time). */
  history(id: string): RevisionRecord[] {
    const records = [...(this.byId.get(id)?.values() ?? [])];
    return records.sort(
      (a, b) =>
        compareRevisionNumbers(a.entry.version, b.entry.version) ||
        (a.entry.updatedAt < b.entry.updatedAt ? -1 : a.entry.updatedAt > b.entry.updatedAt ? 1 : 0) ||
        compareRevisions(a.entry.version, b.entry.version),
    );
  }

  /** Writes records to this process's own file (fsync'd) and folds them in. */
  append(records: readonly RevisionRecord[]): void {
    if (this.closed) throw new TinjauError('conflict', say('glossary.closed', { name: this.name }));
    const fresh = records.filter((r) => !this.byId.get(r.entry.id)?.has(r.entry.version));
    if (fresh.length === 0) return;
    try {
      const { file, bytes } = this.writer.append(fresh);
      this.reader.advance(file, bytes);
    } catch (err) {
      throw new TinjauError('io', say('glossary.cannotWrite', { path: this.dir, reason: (err as NodeJS.ErrnoException).code ?? reason(err) }));
    }
    this.apply(fresh);
  }

  /** Reads what other writers appended since the last look; true when anything changed. */
  refresh(): boolean {
    if (this.closed) return false;
    const batch = this.reader.readNew();
    this.warnings.push(...batch.warnings);
    return this.apply(batch.records);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
    if (this.refreshSoon) clearTimeout(this.refreshSoon);
    this.writer.close();
  }

  /** Adds records to the revision trees and re-folds only the entries they touch. */
  private apply(records: readonly RevisionRecord[]): boolean {
    const touched = new Set<string>();
    for (const r of records) {
      let versions = this.byId.get(r.entry.id);
      if (!versions) this.byId.set(r.entry.id, (versions = new Map()));
      if (versions.has(r.entry.version)) continue;
      versions.set(r.entry.version, r);
      touched.add(r.entry.id);
    }
    if (touched.size === 0) return false;
    const branched: RevisionRecord[] = [];
    for (const id of touched) {
      this.conflictsById.delete(id);
      const versions = this.byId.get(id) as Map<string, RevisionRecord>;
      const leaf = onlyLeaf(versions);
      if (leaf) this.current.set(id, leaf);
      else for (const r of versions.values()) branched.push(r);
    }
    if (branched.length === 0) {
      this.generation++;
      return true;
    }
    const folded = foldRecords(branched);
    for (const e of folded.entries) this.current.set(e.id, e);
    for (const c of folded.conflicts) this.conflictsById.set(c.id, c);
    this.generation++;
    if (folded.created.length > 0) this.writeMerges(folded.created);
    return true;
  }

  /** Automatic merges: every copy computes the same ones, so whoever folds first writes them. */
  private writeMerges(created: readonly RevisionRecord[]): void {
    // A merge settles its entry, so folding it in creates nothing more; the guard only keeps a
    // fault in that promise from turning into an endless stream of writes.
    if (this.mergeDepth > 2) return;
    this.mergeDepth++;
    try {
      this.append(created);
    } catch (err) {
      // A read-only folder still shows the merge; a writer with access records it.
      this.warnings.push(say('glossary.mergesNotRecorded', { reason: reason(err) }));
      this.apply(created);
    } finally {
      this.mergeDepth--;
    }
  }

  private watch(records: string, pollMs: number, events: boolean): void {
    if (events) this.watchEvents(records);
    this.timer = setInterval(() => this.refreshQuietly(), pollMs);
    this.timer.unref();
  }

  private watchEvents(records: string): void {
    try {
      this.watcher = watch(records, () => this.scheduleRefresh());
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = null;
      });
      this.watcher.unref();
    } catch {
      // No events on this file system: polling alone keeps the view current.
    }
  }

  /** Events come in bursts (one per append); one read after the burst is enough. */
  private scheduleRefresh(): void {
    if (this.refreshSoon || this.closed) return;
    this.refreshSoon = setTimeout(() => {
      this.refreshSoon = null;
      this.refreshQuietly();
    }, 50);
    this.refreshSoon.unref();
  }

  private refreshQuietly(): void {
    try {
      this.refresh();
    } catch (err) {
      this.warnings.push(say('glossary.readFailed', { path: this.dir, reason: reason(err) }));
    }
  }
}

/**
 * The entry of a revision tree without branches: its one leaf, as `foldRecords` would give it.
 * Nearly every entry is such a chain, and folding 50,000 of them costs ~300 ms; the fold
 * proper is kept for entries that branched (concurrent edits, merges, resolved conflicts).
 */
function onlyLeaf(versions: ReadonlyMap<string, RevisionRecord>): GlossaryEntry | null {
  if (versions.size === 1) {
    const only = versions.values().next().value as RevisionRecord;
    return only.entry.supersededBy === undefined && !('supersededBy' in only.entry) ? only.entry : null;
  }
  const parents = new Set<string>();
  for (const r of versions.values()) if (r.parent !== null) parents.add(r.parent);
  let leaf: RevisionRecord | null = null;
  for (const r of versions.values()) {
    if (parents.has(r.entry.version)) continue;
    if (leaf) return null;
    leaf = r;
  }
  return leaf && !('supersededBy' in leaf.entry) ? leaf.entry : null;
}

function compareRevisionNumbers(a: string, b: string): number {
  return Number.parseInt(a, 10) - Number.parseInt(b, 10);
}
