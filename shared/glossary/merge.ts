/**
 * Merging copies of a shared glossary, entry by entry, without lock files.
 *
 * Design. Every entry is a document: a stable `id` and a revision `version` = "N-hash" (like
 * CouchDB's `_rev`). Each edit appends a `RevisionRecord` (the full entry at that revision plus
 * its parent revision); deletes append tombstones (`deleted: true`). A store keeps records in
 * append-only files, one per writer (so two apps never write the same file), and every copy
 * folds the union of all records with `foldRecords`. Per entry the records form a revision
 * tree; its leaves decide the state:
 *   - one leaf: no conflict (edits to different entries never interact);
 *   - several leaves: the deterministic winner (highest N, then highest hash; a live leaf
 *     beats a user's delete) is shown, the others are kept in `conflicts` for the user;
 *   - two live leaves whose changes touch different fields merge on their own (three-way,
 *     against their common ancestor) into a new revision, written by whoever folds first.
 *     Every copy computes the same merged revision, so writing it twice is harmless.
 * Resolving a conflict adds the chosen revision on the winner's branch and a closing
 * tombstone (`supersededBy`) on each other branch: CouchDB's own recipe, so a PouchDB/CouchDB
 * replicator can carry these records unchanged (`_id` = id, `_rev` = version, `_deleted` =
 * deleted, `_revisions` from the parent chain) when a team outgrows a shared folder.
 */
import type { GlossaryEntry } from './model';
import { revisionNumber, stampRevision } from './revision';

export interface RevisionRecord {
  readonly entry: GlossaryEntry;
  /** The revision this one edits; null for a new entry. */
  readonly parent: string | null;
}

export interface EntryConflict {
  readonly id: string;
  /** The revision shown meanwhile. */
  readonly winner: GlossaryEntry;
  /** The competing revisions (edits or deletes) made on other copies. */
  readonly others: readonly GlossaryEntry[];
  /** The revision the two edits started from, when known: what tells a field changed on one side from one changed on both. */
  readonly base?: GlossaryEntry;
}

export interface FoldedGlossary {
  /** Every entry's current revision, tombstones included (filter with `isLive`). */
  readonly entries: readonly GlossaryEntry[];
  readonly conflicts: readonly EntryConflict[];
  /** Revisions created by automatic merges; append them to the store. */
  readonly created: readonly RevisionRecord[];
}

/** Higher N wins, then the higher hash: the same answer on every copy. */
export function compareRevisions(a: string, b: string): number {
  const d = revisionNumber(a) - revisionNumber(b);
  if (d !== 0) return d;
  return a < b ? -1 : a > b ? 1 : 0;
}

const MERGED_FIELDS = ['sourceTerms', 'targets', 'pos', 'note', 'domain', 'caseSensitive', 'morphology'] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Three-way merge of two edits; null when both changed the same field differently. */
export function mergeEdits(base: GlossaryEntry, ours: GlossaryEntry, theirs: GlossaryEntry): GlossaryEntry | null {
  const merged: Record<string, unknown> = { ...ours };
  for (const f of MERGED_FIELDS) {
    const o = ours[f];
    const t = theirs[f];
    if (same(o, t)) continue;
    if (same(o, base[f])) merged[f] = t;
    else if (!same(t, base[f])) return null;
  }
  const later = ours.updatedAt >= theirs.updatedAt ? ours : theirs;
  merged.updatedAt = later.updatedAt;
  merged.author = later.author;
  return merged as unknown as GlossaryEntry;
}

function ancestors(version: string, byVersion: ReadonlyMap<string, RevisionRecord>): string[] {
  const out: string[] = [];
  let v: string | null = version;
  const seen = new Set<string>();
  while (v && !seen.has(v)) {
    seen.add(v);
    out.push(v);
    v = byVersion.get(v)?.parent ?? null;
  }
  return out;
}

function foldEntry(records: RevisionRecord[]): { winner: GlossaryEntry; others: GlossaryEntry[]; created: RevisionRecord[]; base?: GlossaryEntry } {
  const byVersion = new Map(records.map((r) => [r.entry.version, r]));
  const parents = new Set(records.map((r) => r.parent).filter((p): p is string => p !== null));
  const leaves = [...byVersion.values()].filter((r) => !parents.has(r.entry.version)).map((r) => r.entry);
  const open = leaves.filter((e) => !e.supersededBy);
  const byRank = (a: GlossaryEntry, b: GlossaryEntry) =>
    Number(a.deleted === true) - Number(b.deleted === true) || compareRevisions(b.version, a.version);
  const ranked = (open.length > 0 ? open : leaves).sort(byRank);
  const winner = ranked[0] as GlossaryEntry;
  // Two copies deleting the same entry agree; only an edit against anything else is a conflict.
  const others = open.length > 0 && !winner.deleted ? ranked.slice(1) : [];
  if (others.length === 1 && !winner.deleted && !others[0]?.deleted) {
    const loser = others[0] as GlossaryEntry;
    const common = ancestors(loser.version, byVersion);
    const baseVersion = ancestors(winner.version, byVersion).find((v) => common.includes(v));
    const base = baseVersion ? byVersion.get(baseVersion)?.entry : undefined;
    const merged = base ? mergeEdits(base, winner, loser) : null;
    if (merged) {
      const next = stampRevision({ ...merged, supersededBy: undefined }, winner.version);
      const close = stampRevision({ ...loser, deleted: true, supersededBy: next.version }, loser.version);
      return {
        winner: next,
        others: [],
        created: [
          { entry: next, parent: winner.version },
          { entry: close, parent: loser.version },
        ],
      };
    }
    if (base) return { winner, others, created: [], base };
  }
  return { winner, others, created: [] };
}

/** Folds all records (from every writer, in any order, duplicates allowed) into one glossary. */
export function foldRecords(records: Iterable<RevisionRecord>): FoldedGlossary {
  const byId = new Map<string, Map<string, RevisionRecord>>();
  for (const r of records) {
    let m = byId.get(r.entry.id);
    if (!m) byId.set(r.entry.id, (m = new Map()));
    m.set(r.entry.version, r);
  }
  const entries: GlossaryEntry[] = [];
  const conflicts: EntryConflict[] = [];
  const created: RevisionRecord[] = [];
  for (const [id, m] of [...byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const folded = foldEntry([...m.values()]);
    entries.push(clean(folded.winner));
    created.push(...folded.created);
    if (folded.others.length > 0) {
      conflicts.push({ id, winner: clean(folded.winner), others: folded.others.map(clean), ...(folded.base ? { base: clean(folded.base) } : {}) });
    }
  }
  return { entries, conflicts, created };
}

function clean(e: GlossaryEntry): GlossaryEntry {
  if (e.supersededBy === undefined && 'supersededBy' in e) {
    const { supersededBy: _drop, ...rest } = e;
    return rest;
  }
  return e;
}

/**
 * Records that settle a conflict with `chosen` (one of the revisions, or an edit of them):
 * the choice goes on the winner's branch, the other branches are closed.
 */
export function resolveConflict(conflict: EntryConflict, chosen: GlossaryEntry, now: string, author?: string): RevisionRecord[] {
  const content: GlossaryEntry = { ...chosen, id: conflict.id, updatedAt: now, ...(author ? { author } : {}) };
  const next = stampRevision(content, conflict.winner.version);
  return [
    { entry: next, parent: conflict.winner.version },
    ...conflict.others.map((o) => ({
      entry: stampRevision({ ...o, deleted: true, supersededBy: next.version }, o.version),
      parent: o.version,
    })),
  ];
}

export interface SnapshotMerge {
  readonly entries: readonly GlossaryEntry[];
  readonly conflicts: readonly EntryConflict[];
}

/**
 * Three-way merge of two glossary snapshots, for stores that keep whole files rather than
 * records: entries changed on one side are taken, identical changes agree, and entries
 * changed differently on both sides merge field by field or become conflicts.
 */
export function mergeGlossaries(
  base: readonly GlossaryEntry[] | undefined,
  ours: readonly GlossaryEntry[],
  theirs: readonly GlossaryEntry[],
): SnapshotMerge {
  const records: RevisionRecord[] = [];
  const baseById = new Map((base ?? []).map((e) => [e.id, e]));
  for (const e of baseById.values()) records.push({ entry: e, parent: null });
  for (const side of [ours, theirs]) {
    for (const e of side) {
      const b = baseById.get(e.id);
      records.push({ entry: e, parent: b && b.version !== e.version ? b.version : null });
    }
  }
  // An entry both sides created independently has no common parent: a conflict if they differ.
  const folded = foldRecords(records);
  return { entries: folded.entries, conflicts: folded.conflicts };
}
