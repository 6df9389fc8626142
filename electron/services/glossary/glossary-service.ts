/**
 * The glossary of one project: its own glossary (`NAME.tinjau/glossary/`) plus every shared
 * glossary attached to it, one term index over all of them, and the edits the API offers.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ChannelArgs } from '../../../shared/api/contract';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { EntryHistoryItem, GlossaryImportResult, GlossarySource, GlossaryView, SegmentTerms } from '../../../shared/api/glossary-types';
import type { ExportedFile } from '../../../shared/api/types';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import { hasTermProblem, isLive } from '../../../shared/glossary/model';
import { hashText } from '../../../shared/glossary/revision';
import { checkTarget, pendingChecks } from '../../../shared/glossary/target-check';
import type { GlossaryIndex } from '../../../shared/glossary/term-index';
import { findTermHits, updateGlossaryIndex } from '../../../shared/glossary/term-index';
import { glossaryDigest, loadGlossaryIndex } from '../../../shared/glossary/compiled-index';
import type { Segment } from '../../../shared/model/segment';
import { nextTurn } from '../jobs';
import type { ProjectStore } from '../project-store';
import type { Workspace } from '../workspace';
import { deleteRecords, importRecords, mergeDuplicateRecords, resolveRecords, saveRecords } from './entry-edits';
import { readGlossaryFile, writeGlossaryFile } from './glossary-files';
import type { GlossaryStore } from './glossary-store';
import { isGlossaryFolder } from './glossary-store';
import type { GlossaryStores } from './glossary-stores';
import type { IndexCache } from './index-cache';

/** The folder of a project's own glossary. */
export const OWN_GLOSSARY_DIR = 'glossary';

interface Source {
  readonly path: string;
  readonly own: boolean;
  /** Null while the folder cannot be read (a network drive that is offline). */
  readonly store: GlossaryStore | null;
}

export class GlossaryService {
  private cachedIndex: { key: string; index: GlossaryIndex } | null = null;

  constructor(
    private readonly workspace: Workspace,
    readonly projectDir: string,
    private readonly stores: GlossaryStores,
    private readonly indexCache?: IndexCache,
  ) {}

  get ownPath(): string {
    return path.join(this.projectDir, OWN_GLOSSARY_DIR);
  }

  private get author(): string {
    return this.workspace.settings.settings.reviewer.name;
  }

  private project(): Promise<ProjectStore> {
    return this.workspace.projectStore(this.projectDir);
  }

  /** The own glossary first, then the attached ones in the order attached. */
  private async sources(): Promise<Source[]> {
    const meta = (await this.project()).projectMeta;
    const own: Source = { path: this.ownPath, own: true, store: this.stores.own(this.ownPath, meta.name) };
    return [own, ...(meta.glossaries ?? []).map((p) => ({ path: p, own: false, store: this.stores.shared(p) }))];
  }

  /** The store a call names (the own glossary when none is named). */
  private async target(glossary: string | undefined): Promise<GlossaryStore> {
    const sources = await this.sources();
    if (!glossary) return sources[0]?.store as GlossaryStore;
    const wanted = path.resolve(glossary);
    const source = sources.find((s) => s.path === wanted);
    if (!source) throw new TinjauError('not-found', say('glossary.notAttached', { path: wanted }));
    if (!source.store) throw new TinjauError('io', say('glossary.unreachable', { path: wanted }));
    return source.store;
  }

  async view(glossary?: string): Promise<GlossaryView> {
    const sources = await this.sources();
    for (const s of sources) s.store?.refresh();
    const wanted = glossary ? path.resolve(glossary) : undefined;
    const entries: (GlossaryEntry & { glossary: string })[] = [];
    const conflicts: GlossaryView['conflicts'][number][] = [];
    const list: GlossarySource[] = [];
    for (const s of sources) {
      const live = s.store ? [...s.store.entries].filter(isLive) : [];
      const found = s.store?.conflicts ?? [];
      list.push({
        path: s.path,
        name: s.store?.name ?? path.basename(s.path),
        own: s.own,
        reachable: s.store !== null,
        entries: live.length,
        conflicts: found.length,
        notices: s.store ? s.store.warnings.slice(-MAX_NOTICES) : [],
      });
      if (wanted !== undefined && s.path !== wanted) continue;
      for (const e of live) entries.push({ ...e, glossary: s.path });
      for (const c of found) conflicts.push({ ...c, glossary: s.path });
    }
    return { sources: list, entries: sortByTerm(entries), conflicts, stamp: stampOf(sources) };
  }

  /** Changes whenever any attached glossary changes; reads colleagues' new records first. */
  async stamp(): Promise<string> {
    const sources = await this.sources();
    for (const s of sources) s.store?.refresh();
    return stampOf(sources);
  }

  /** Saves a new entry or an edit; returns the entry as it now stands (merged, or the winner of a conflict). */
  async save(args: ChannelArgs<'glossary:save'>): Promise<GlossaryEntry> {
    const store = await this.target(args.glossary);
    store.refresh();
    const { records, entry } = saveRecords(store, { id: args.id, baseVersion: args.baseVersion, fields: args.fields }, this.author, now());
    store.append(records);
    const id = entry?.id ?? (args.id as string);
    return store.entry(id) as GlossaryEntry;
  }

  async delete(glossary: string, id: string): Promise<GlossaryView> {
    const store = await this.target(glossary);
    store.refresh();
    store.append(deleteRecords(store, id, this.author, now()));
    return this.view();
  }

  /** Every revision of an entry, oldest first; the bookkeeping tombstones that close a merged or resolved branch are left out. */
  async history(glossary: string, id: string): Promise<readonly EntryHistoryItem[]> {
    const store = await this.target(glossary);
    const records = store.history(id);
    if (records.length === 0) throw new TinjauError('not-found', say('glossary.noEntry', { id, glossary: store.name }));
    return records.filter((r) => !r.entry.supersededBy).map((r) => ({ entry: r.entry, parent: r.parent }));
  }

  /** Keeps one version of a conflicting entry, or a merged version edited from it (`fields`). */
  async resolveConflict(glossary: string, id: string, chosenVersion: string, fields?: ChannelArgs<'glossary:save'>['fields']): Promise<GlossaryEntry> {
    const store = await this.target(glossary);
    store.refresh();
    store.append(resolveRecords(store, id, chosenVersion, this.author, now(), fields));
    return store.entry(id) as GlossaryEntry;
  }

  async mergeEntries(glossary: string, ids: readonly string[]): Promise<GlossaryEntry> {
    const store = await this.target(glossary);
    store.refresh();
    const { records, entry } = mergeDuplicateRecords(store, ids, this.author, now());
    store.append(records);
    return store.entry(entry.id) as GlossaryEntry;
  }

  async import(args: ChannelArgs<'glossary:import'>): Promise<GlossaryImportResult> {
    const store = await this.target(args.glossary);
    const parsed = await readGlossaryFile(args.file.name, Buffer.from(args.file.base64, 'base64'), {
      now: now(),
      author: this.author,
      splitAlternatives: args.splitAlternatives,
      columns: args.columns,
    });
    store.refresh();
    const { records, added, updated } = importRecords(store, parsed.entries, this.author, now());
    store.append(records);
    return { added, updated, warnings: parsed.warnings, ...(parsed.details?.length ? { details: parsed.details } : {}) };
  }

  async export(args: ChannelArgs<'glossary:export'>): Promise<ExportedFile> {
    const store = await this.target(args.glossary);
    store.refresh();
    return writeGlossaryFile([...store.entries], args.format, store.name);
  }

  /** Attaches a shared glossary folder (creating it with `create`); the project remembers it. */
  async attach(args: ChannelArgs<'glossary:attach'>): Promise<GlossaryView> {
    const dir = path.resolve(args.path);
    if (dir === this.ownPath) throw new TinjauError('invalid-input', say('glossary.ownAlwaysAttached'));
    if (args.create && !isGlossaryFolder(dir) && existsSync(dir) && readdirSync(dir).length > 0) {
      // A glossary gets a folder of its own; it never moves into a folder that holds other files.
      throw new TinjauError('invalid-input', say('glossary.folderNotEmpty', { path: dir }));
    }
    if (args.create) this.stores.create(dir, args.name?.trim() || path.basename(dir).replace(/\.tinjau-glossary$/, ''));
    else this.stores.openOrThrow(dir);
    const project = await this.project();
    const meta = project.projectMeta;
    const attached = meta.glossaries ?? [];
    if (!attached.includes(dir)) project.commit({ op: 'put-meta', meta: { ...meta, glossaries: [...attached, dir] } });
    return this.view();
  }

  async detach(glossaryPath: string): Promise<GlossaryView> {
    const dir = path.resolve(glossaryPath);
    const project = await this.project();
    const meta = project.projectMeta;
    const attached = meta.glossaries ?? [];
    if (!attached.includes(dir)) throw new TinjauError('not-found', say('glossary.notAttached', { path: dir }));
    project.commit({ op: 'put-meta', meta: { ...meta, glossaries: attached.filter((p) => p !== dir) } });
    return this.view();
  }

  /** Hits in a segment's source, checked against `target` (the editor's live text) or its saved target or draft. */
  async segmentTerms(segmentId: string, target?: string): Promise<SegmentTerms> {
    const segment = (await this.project()).segment(segmentId);
    return termsOf(await this.index(), segment, target);
  }

  /** Hits and checks for every segment of a document; excluded segments get hits but no checks. */
  async documentTerms(documentId: string): Promise<readonly SegmentTerms[]> {
    return [...(await this.eachDocumentTerms(documentId))];
  }

  /** Hits and checks for the segments the workbench shows; an id no document holds any more is left out. */
  async segmentsTerms(segmentIds: readonly string[]): Promise<readonly SegmentTerms[]> {
    const store = await this.project();
    const index = await this.index();
    const out: SegmentTerms[] = [];
    for (const id of segmentIds) {
      const segment = store.segmentIfAny(id);
      if (segment) out.push(termsOf(index, segment));
    }
    return out;
  }

  /**
   * The segments of a document with a term problem the reviewer sees, in document order. Checks
   * every segment (some seconds at 100,000), so it lets other calls in between chunks: a save
   * made meanwhile does not wait for it.
   */
  async termProblems(documentId: string): Promise<readonly string[]> {
    const segments = (await this.project()).segmentsOf(documentId);
    const index = await this.index();
    const out: string[] = [];
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i] as Segment;
      if (hasTermProblem(termsOf(index, s).checks)) out.push(s.id);
      if (i % PROBLEMS_CHUNK === PROBLEMS_CHUNK - 1) await nextTurn();
    }
    return out;
  }

  /**
   * The same, one segment at a time: a caller that writes each out as it comes (the `terms`
   * command) lets it go at once instead of holding every hit and check of the document.
   */
  async eachDocumentTerms(documentId: string): Promise<Iterable<SegmentTerms>> {
    const segments = (await this.project()).segmentsOf(documentId);
    const index = await this.index();
    return (function* () {
      for (const s of segments) yield termsOf(index, s);
    })();
  }

  /** One index over the live entries of every glossary, rebuilt when any of them changes. */
  async index(): Promise<GlossaryIndex> {
    const sources = await this.sources();
    const key = stampOf(sources);
    if (this.cachedIndex?.key === key) return this.cachedIndex.index;
    // An id in two glossaries (the same CSV imported into both): the project's own entry wins.
    const byId = new Map<string, GlossaryEntry>();
    for (const s of sources) for (const e of s.store?.entries ?? []) if (isLive(e) && !byId.has(e.id)) byId.set(e.id, e);
    const live = [...byId.values()];
    const previous = this.cachedIndex?.index;
    let index: GlossaryIndex;
    if (previous) {
      // Most edits change English terms or notes, not what matches: the engine keeps the
      // automaton then, since rebuilding it for a large glossary takes the better part of a second.
      index = updateGlossaryIndex(previous, live);
      // A saved index names the revisions it covers, so any change makes it stale.
      this.indexCache?.saveSoon(this.projectDir, index);
    } else {
      const saved = this.indexCache?.read(this.projectDir);
      const digest = glossaryDigest(live);
      index = loadGlossaryIndex(live, saved, digest);
      if (saved?.digest !== digest) this.indexCache?.saveSoon(this.projectDir, index);
    }
    this.cachedIndex = { key, index };
    return index;
  }
}

function termsOf(index: GlossaryIndex, segment: Segment, liveTarget?: string): SegmentTerms {
  const hits = findTermHits(index, segment.source);
  const target = liveTarget ?? (segment.target || segment.draft?.text || '');
  if (segment.excluded || hits.length === 0) return { segmentId: segment.id, hits, checks: [] };
  // Nothing to check yet (every term would only be reported missing): the terms to use, to insert.
  const checks = target.trim() === '' ? pendingChecks(index, hits) : checkTarget(index, hits, target, segment.source);
  return { segmentId: segment.id, hits, checks };
}

function stampOf(sources: readonly Source[]): string {
  return hashText(sources.map((s) => `${s.path}\u0000${s.store?.stamp ?? '-'}`).join('\u0001'));
}

/** Segments checked between turns while `termProblems` runs. */
const PROBLEMS_CHUNK = 500;

/** The latest problems a glossary folder ran into, shown beside it (older ones are in the past). */
const MAX_NOTICES = 10;

/** By first Indonesian form, case folded, then id; keys computed once (50,000 entries sort in tens of ms). */
function sortByTerm<T extends GlossaryEntry>(entries: readonly T[]): T[] {
  const keyed = entries.map((e) => ({ e, key: `${(e.sourceTerms[0] ?? '').toLowerCase()}\u0000${e.id}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.e);
}

function now(): string {
  return new Date().toISOString();
}
