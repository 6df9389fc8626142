/**
 * The translation memory of one project: its own TM (`NAME.tinjau/tm/`) plus every shared TM
 * folder attached to it; lookups, concordance, TMX import and feeding confirmed segments.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ChannelArgs } from '../../../shared/api/contract';
import { TinjauError } from '../../../shared/api/errors';
import type { TmConcordanceHit, TmMatch, TmSource } from '../../../shared/api/tm-types';
import { decodeText } from '../../../shared/formats/encoding';
import { readTmx } from '../../../shared/formats/tmx';
import type { Said } from '../../../shared/messages/text';
import { reason, say } from '../../../shared/messages/text';
import { FormatError } from '../../../shared/model/imported';
import type { Segment } from '../../../shared/model/segment';
import { isConfirmed } from '../../../shared/model/segment';
import { diffWordsSegmented } from '../../../shared/review/diff';
import { concordanceQuery, concordanceSpans, sourceWordMatches, targetWordMatches } from '../../../shared/tm/concordance';
import type { ProjectStore } from '../project-store';
import type { Workspace } from '../workspace';
import type { TmRecord } from './tm-records';
import type { TmStore } from './tm-store';
import { createTmFolder, isTmFolder } from './tm-store';

/** The folder of a project's own TM. */
export const OWN_TM_DIR = 'tm';
/** The lowest match the match panel shows. */
export const PANEL_MIN_SCORE = 50;

/** Opens TM folders once per process, whichever project asks. */
export interface TmStoreRegistry {
  own(dir: string, name: string): TmStore;
  /** Null while the folder cannot be read. */
  shared(dir: string): TmStore | null;
}

interface Source {
  readonly path: string;
  readonly own: boolean;
  readonly store: TmStore | null;
}

export class TmService {
  constructor(
    private readonly workspace: Workspace,
    readonly projectDir: string,
    private readonly stores: TmStoreRegistry,
  ) {}

  get ownPath(): string {
    return path.join(this.projectDir, OWN_TM_DIR);
  }

  project(): Promise<ProjectStore> {
    return this.workspace.projectStore(this.projectDir);
  }

  /** The own TM first, then the attached ones in the order attached. */
  async sources(): Promise<Source[]> {
    const meta = (await this.project()).projectMeta;
    const own: Source = { path: this.ownPath, own: true, store: this.stores.own(this.ownPath, meta.name) };
    const all = [own, ...(meta.tms ?? []).map((p) => ({ path: p, own: false, store: this.stores.shared(p) }))];
    await Promise.all(all.map((s) => s.store?.ready()));
    return all;
  }

  async list(): Promise<readonly TmSource[]> {
    return (await this.sources()).map((s) => ({
      path: s.path,
      name: s.store ? s.store.name : path.basename(s.path),
      own: s.own,
      reachable: s.store !== null,
      units: s.store ? s.store.size : 0,
      // The latest problems reading the folder ran into (damaged lines skipped).
      notices: s.store ? s.store.warnings.slice(-10) : [],
    }));
  }

  async attach(args: { path: string; create?: boolean | undefined; name?: string | undefined }): Promise<readonly TmSource[]> {
    const dir = path.resolve(args.path);
    if (dir === this.ownPath) return this.list();
    if (!isTmFolder(dir)) {
      if (!args.create) throw new TinjauError('not-found', say('tm.noTmInFolder', { path: dir }));
      createTmFolder(dir, args.name?.trim() || path.basename(dir).replace(/\.tinjau-tm$/, ''));
    }
    const store = await this.project();
    const tms = store.projectMeta.tms ?? [];
    if (!tms.includes(dir)) store.commit({ op: 'put-meta', meta: { ...store.projectMeta, tms: [...tms, dir] } });
    return this.list();
  }

  async detach(tmPath: string): Promise<readonly TmSource[]> {
    const dir = path.resolve(tmPath);
    if (dir === this.ownPath) throw new TinjauError('invalid-input', say('tm.ownNotDetachable'));
    const store = await this.project();
    const tms = store.projectMeta.tms ?? [];
    if (!tms.includes(dir)) throw new TinjauError('not-found', say('tm.notAttached', { path: dir }));
    store.commit({ op: 'put-meta', meta: { ...store.projectMeta, tms: tms.filter((t) => t !== dir) } });
    return this.list();
  }

  /** The TM a call names (the own one when none is named). */
  async target(tm: string | undefined): Promise<TmStore> {
    const sources = await this.sources();
    const wanted = tm ? path.resolve(tm) : this.ownPath;
    const source = sources.find((s) => s.path === wanted);
    if (!source) throw new TinjauError('not-found', say('tm.notAttached', { path: wanted }));
    if (!source.store) throw new TinjauError('io', say('tm.unreachable', { path: wanted }));
    return source.store;
  }

  /** Adds the units of a TMX file; units already in the TM with the same texts are not added twice. */
  async import(args: ChannelArgs<'tm:import'>): Promise<{ added: number; warnings: readonly Said[] }> {
    const store = await this.target(args.tm);
    let doc;
    try {
      // The same decoding as document import: BOM, UTF-16, the declared encoding.
      doc = readTmx(decodeText(Buffer.from(args.file.base64, 'base64')).text);
    } catch (err) {
      if (err instanceof FormatError) throw new TinjauError('format', say('tm.notTmx', { file: args.file.name, reason: reason(err) }));
      throw err;
    }
    const known = new Set(store.all().map((r) => r.key));
    const date = new Date().toISOString();
    const records: TmRecord[] = [];
    for (const block of doc.blocks) {
      if (!block.draft?.trim()) continue;
      const key = `tmx:${createHash('sha256').update(block.source).update('\u0000').update(block.draft).digest('hex').slice(0, 24)}`;
      if (known.has(key)) continue;
      known.add(key);
      records.push({ key, source: block.source, target: block.draft, date, document: args.file.name, origin: 'tmx' });
    }
    store.append(records);
    const skipped = doc.blocks.length - records.length;
    return { added: records.length, warnings: [...doc.warnings, ...(skipped > 0 ? [say('tm.importSkipped', { count: skipped })] : [])] };
  }

  /** The best matches for a text across every attached TM, with what differs from the current source. */
  async search(text: string, limit = 5, minScore = PANEL_MIN_SCORE): Promise<TmMatch[]> {
    const matches: TmMatch[] = [];
    for (const s of await this.sources()) {
      if (!s.store) continue;
      for (const { record, hit } of s.store.search(text, { limit, minScore })) {
        matches.push({
          unitId: record.key,
          source: record.source,
          target: record.target,
          score: hit.score,
          diff: diffWordsSegmented(record.source, text),
          tm: s.store.name,
          ...(record.author ? { author: record.author } : {}),
          date: record.date,
          ...(record.document ? { document: record.document } : {}),
        });
      }
    }
    // Best first; among equals the newest, since a later confirmation is the team's current choice.
    return matches.sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '')).slice(0, limit);
  }

  async concordance(query: string, limit = 100): Promise<TmConcordanceHit[]> {
    const q = concordanceQuery(query);
    if (q.words.length === 0) return [];
    const hits: TmConcordanceHit[] = [];
    for (const s of await this.sources()) {
      if (!s.store) continue;
      // Candidates from the word indexes: units with the query's first word (by root on the
      // Indonesian side, with its endings on the English side); spans then check every word.
      // Numbers are one key (#) in the indexes, so a query of numbers only reads every unit.
      const w = q.words.findIndex((x) => !/^\p{N}/u.test(x));
      const seen = new Set<string>();
      const records = w < 0 ? s.store.all() : [...s.store.candidates((key) => sourceWordMatches(q, w, key)), ...s.store.candidates((key) => targetWordMatches(q, w, key), 'target')];
      for (const r of records) {
        if (hits.length >= limit) return hits;
        if (seen.has(r.key)) continue;
        seen.add(r.key);
        const sourceSpans = concordanceSpans(q, r.source, 'source');
        const targetSpans = concordanceSpans(q, r.target, 'target');
        if (!sourceSpans && !targetSpans) continue;
        hits.push({ unitId: r.key, source: r.source, target: r.target, sourceSpans: sourceSpans ?? [], targetSpans: targetSpans ?? [], tm: s.store.name });
      }
    }
    return hits;
  }

  /**
   * A confirmed segment goes into the project's TM and every reachable shared TM attached, so
   * reviewed work helps the next project. A later correction of the same segment replaces it.
   */
  async addConfirmed(segments: readonly Segment[]): Promise<void> {
    const worth = segments.filter((s) => isConfirmed(s.status) && !s.excluded && s.target.trim() && s.source.trim());
    if (worth.length === 0) return;
    const project = await this.project();
    const names = new Map(project.listDocuments().map((d) => [d.id, d.name]));
    const records: TmRecord[] = worth.map((segment) => {
      const document = names.get(segment.documentId);
      return {
        key: `seg:${project.projectMeta.id}/${segment.id}`,
        source: segment.source,
        target: segment.target,
        ...(segment.updatedBy ? { author: segment.updatedBy } : {}),
        date: segment.updatedAt ?? new Date().toISOString(),
        ...(document ? { document } : {}),
        origin: 'confirmed',
      };
    });
    const failed: Said[] = [];
    for (const s of await this.sources()) {
      try {
        s.store?.append(records);
      } catch (err) {
        // One offline shared folder must not keep the unit from the other TMs.
        failed.push(err instanceof TinjauError && err.text ? { message: err.message, text: err.text } : say('tm.notWritable', { path: s.path, reason: reason(err) }));
      }
    }
    const [first, ...more] = failed;
    if (first) throw new TinjauError('io', more.reduce((said, next) => say('tm.failures', { first: said, next }), first));
  }
}

