/**
 * One translation memory folder, loaded and indexed in memory.
 *
 * ```
 * Team.tinjau-tm/               (or NAME.tinjau/tm/ for a project's own TM)
 *   tm.json                     {"format": "tinjau-tm", "formatVersion": 1, "name", "created"}
 *   records/<writer>.jsonl      one TmRecord per line
 * ```
 * Records are read on first use and again (only what was added) before every lookup, so units a
 * colleague's app appended to a shared folder show up without a restart.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { reason, say, type Said } from '../../../shared/messages/text';
import type { FuzzyHit, FuzzySearchOptions } from '../../../shared/tm/fuzzy-index';
import { FuzzyIndex } from '../../../shared/tm/fuzzy-index';
import { writeFileAtomic } from '../files';
import { nextTurn } from '../jobs';
import type { TmRecord } from './tm-records';
import { TM_RECORDS_DIR, TmRecordReader, TmRecordWriter } from './tm-records';

export const TM_FILE = 'tm.json';
export const TM_FOLDER_EXT = '.tinjau-tm';
/** Records indexed between two turns of the event loop while a TM loads. */
const LOAD_CHUNK = 5_000;

interface TmHeader {
  readonly format: 'tinjau-tm';
  readonly formatVersion: 1;
  readonly name: string;
  readonly created: string;
}

export function isTmFolder(dir: string): boolean {
  return existsSync(path.join(dir, TM_FILE));
}

/** Makes a TM folder; refuses a folder that already holds other files. */
export function createTmFolder(dir: string, name: string): void {
  if (isTmFolder(dir)) return;
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new TinjauError('invalid-input', say('tm.folderNotEmpty', { path: dir }));
  }
  mkdirSync(dir, { recursive: true });
  const header: TmHeader = { format: 'tinjau-tm', formatVersion: 1, name, created: new Date().toISOString() };
  writeFileAtomic(path.join(dir, TM_FILE), JSON.stringify(header, null, 2) + '\n');
}

export function readTmName(dir: string): string {
  try {
    const header = JSON.parse(readFileSync(path.join(dir, TM_FILE), 'utf8')) as Partial<TmHeader>;
    if (typeof header.name === 'string' && header.name.trim()) return header.name;
  } catch {
    // A damaged header still leaves the records usable; the folder name stands in.
  }
  return path.basename(dir).replace(/\.tinjau-tm$/, '');
}

export class TmStore {
  private readonly reader: TmRecordReader;
  private readonly writer: TmRecordWriter;
  private readonly records: TmRecord[] = [];
  /** Doc number of the live record for each key. */
  private readonly byKey = new Map<string, number>();
  /** Docs replaced by a later record with another source; left in the index and skipped. */
  private readonly dead = new Set<number>();
  private readonly index: FuzzyIndex;
  private targets: FuzzyIndex | null = null;
  private loaded = false;
  private loading: Promise<void> | null = null;
  /** What reading the folder ran into (damaged lines skipped), for the TM list. */
  readonly warnings: Said[] = [];

  constructor(
    readonly dir: string,
    readonly name: string,
    writerId: string,
    /** A project's own TM: its folder is made on the first write, so reading leaves no trace. */
    private readonly own = false,
  ) {
    this.reader = new TmRecordReader(path.join(dir, TM_RECORDS_DIR));
    this.writer = new TmRecordWriter(path.join(dir, TM_RECORDS_DIR), writerId);
    this.index = new FuzzyIndex((doc) => (this.records[doc] as TmRecord).source);
  }

  /** Live units. */
  get size(): number {
    this.refresh();
    return this.byKey.size;
  }

  /**
   * Loads and indexes the folder in chunks, yielding between them: a shared TM of a million units
   * takes seconds to index, and the main process must keep answering meanwhile.
   */
  ready(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    this.loading ??= (async () => {
      const batch = this.reader.readNew();
      this.warnings.push(...batch.warnings);
      for (let i = 0; i < batch.records.length; i += LOAD_CHUNK) {
        for (let k = i; k < Math.min(i + LOAD_CHUNK, batch.records.length); k++) this.apply(batch.records[k] as TmRecord);
        await nextTurn();
      }
      this.loaded = true;
    })();
    return this.loading;
  }

  /** Reads what was appended since the last read (everything, the first time). */
  refresh(): void {
    // While the first load runs in chunks, it owns the reader.
    if (this.loading && !this.loaded) return;
    const batch = this.reader.readNew();
    this.warnings.push(...batch.warnings);
    for (const r of batch.records) this.apply(r);
    this.loaded = true;
  }

  /** Appends records to this process's file and applies them. */
  append(records: readonly TmRecord[]): void {
    if (!this.loaded) this.refresh();
    if (records.length === 0) return;
    // Writing would recreate the folder of a share that is offline (or was moved): refuse instead.
    if (this.own) createTmFolder(this.dir, this.name);
    else if (!isTmFolder(this.dir)) throw new TinjauError('io', say('tm.unreachable', { path: this.dir }));
    try {
      const bytes = this.writer.append(records);
      this.reader.advance(this.writer.fileName, bytes);
    } catch (err) {
      throw new TinjauError('io', say('tm.notWritable', { path: this.dir, reason: reason(err) }));
    }
    for (const r of records) this.apply(r);
  }

  search(text: string, options: FuzzySearchOptions): { record: TmRecord; hit: FuzzyHit }[] {
    this.refresh();
    const limit = options.limit ?? 5;
    // Replaced units stay in the index; ask for a few more so they do not crowd out live ones.
    const hits = this.index.search(text, { ...options, limit: limit + Math.min(this.dead.size, 50) });
    return hits
      .filter((h) => !this.dead.has(h.doc))
      .slice(0, limit)
      .map((hit) => ({ record: this.records[hit.doc] as TmRecord, hit }));
  }

  /**
   * Live records with a word for which `matches(key)` holds, in the source or (with `side`
   * 'target') the English: the concordance's candidates. The English word index is built on the
   * first concordance, since fuzzy lookups never need it.
   */
  candidates(matches: (key: string) => boolean, side: 'source' | 'target' = 'source'): TmRecord[] {
    this.refresh();
    const index = side === 'source' ? this.index : this.targetIndex();
    return [...index.docsWithKey(matches)]
      .sort((a, b) => a - b)
      .filter((d) => !this.dead.has(d))
      .map((d) => this.records[d] as TmRecord);
  }

  /** Every live record, oldest first. */
  all(): TmRecord[] {
    this.refresh();
    return [...this.byKey.values()].sort((a, b) => a - b).map((d) => this.records[d] as TmRecord);
  }

  private targetIndex(): FuzzyIndex {
    if (!this.targets) {
      const targets = new FuzzyIndex((doc) => (this.records[doc] as TmRecord).target);
      for (const r of this.records) targets.add(r.target);
      this.targets = targets;
    }
    return this.targets;
  }

  close(): void {
    this.writer.close();
  }

  private apply(r: TmRecord): void {
    const known = this.byKey.get(r.key);
    if (known !== undefined) {
      const old = this.records[known] as TmRecord;
      // Records from several writers arrive in file order, not time order: the newer one wins.
      if (old.date > r.date) return;
      if (old.source === r.source) {
        this.records[known] = r;
        // The English word index holds the old target's words: rebuild it when next asked.
        if (old.target !== r.target) this.targets = null;
        return;
      }
      this.dead.add(known);
    }
    this.records.push(r);
    this.byKey.set(r.key, this.index.add(r.source));
    this.targets?.add(r.target);
  }
}
