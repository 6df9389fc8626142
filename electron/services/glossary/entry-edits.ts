/**
 * What a reviewer's glossary edit appends to a store: revision records built with the engine's
 * revision and merge functions. Edits always name the revision they change. An edit made on a
 * revision that has moved on meanwhile is merged field by field against it when the changes
 * touch different fields, and otherwise stored as a sibling branch that the fold keeps as a
 * conflict: never a silent overwrite.
 */
import { randomBytes } from 'node:crypto';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { RevisionRecord } from '../../../shared/glossary/merge';
import { mergeEdits, resolveConflict } from '../../../shared/glossary/merge';
import type { GlossaryEntry, GlossaryTarget } from '../../../shared/glossary/model';
import type { EntryFields } from '../../../shared/glossary/revision';
import { contentHash, createEntry, deleteEntry, entryIdFor, restoreEntry, updateEntry } from '../../../shared/glossary/revision';
import type { GlossaryStore } from './glossary-store';

/** The fields a reviewer edits (the contract's `entryFieldsSchema`). */
export interface EditableFields {
  readonly sourceTerms: readonly string[];
  readonly targets: readonly GlossaryTarget[];
  readonly pos?: string | undefined;
  readonly note?: string | undefined;
  readonly domain?: string | undefined;
  readonly caseSensitive: boolean;
  readonly morphology?: 'derived' | 'inflected' | 'exact' | undefined;
}

export interface SaveRequest {
  /** Absent for a new entry. */
  readonly id?: string | undefined;
  /** The revision the reviewer edited; absent means "the current one". */
  readonly baseVersion?: string | undefined;
  readonly fields: EditableFields;
}

const OPTIONAL = ['pos', 'note', 'domain', 'morphology'] as const;

/** The edited fields as given: an absent pos, note or domain is cleared (see `withoutOptional`). */
function withFields(fields: EditableFields): Partial<EntryFields> {
  const changes: Record<string, unknown> = {
    sourceTerms: fields.sourceTerms.map((s) => s.trim()),
    targets: fields.targets.map((t) => ({ text: t.text.trim(), status: t.status, ...(t.note ? { note: t.note } : {}) })),
    caseSensitive: fields.caseSensitive,
  };
  for (const k of OPTIONAL) {
    const v = fields[k];
    if (v !== undefined && v !== '') changes[k] = v;
  }
  return changes as Partial<EntryFields>;
}

/**
 * The entry without the optional fields a form clears by leaving them out. Morphology stays:
 * the entry dialog has no control for it, so an edit there must not drop it.
 */
function withoutOptional(entry: GlossaryEntry): GlossaryEntry {
  const { pos: _p, note: _n, domain: _d, ...rest } = entry;
  return rest;
}

/** True when applying `fields` would change nothing a reviewer sees. */
function unchanged(entry: GlossaryEntry, fields: EditableFields): boolean {
  const next = { ...withoutOptional(entry), ...withFields(fields), updatedAt: entry.updatedAt, author: entry.author } as GlossaryEntry;
  return !entry.deleted && contentHash(next) === contentHash(entry);
}

/** Records for a new entry or an edit; `entry` is the revision written (null: nothing changed). */
export function saveRecords(store: GlossaryStore, req: SaveRequest, author: string, now: string): { records: RevisionRecord[]; entry: GlossaryEntry | null } {
  if (req.id === undefined) {
    const base = createEntry({ ...withFields(req.fields), ...(author ? { author } : {}) } as EntryFields, now);
    const existing = store.entry(base.id);
    if (!existing) return { records: [{ entry: base, parent: null }], entry: base };
    if (existing.deleted) return editOf(existing, req.fields, author, now);
    // The same terms as a live entry: a second sense of them, with an id of its own.
    const entry = createEntry({ ...withFields(req.fields), ...(author ? { author } : {}), id: `${base.id}-${randomBytes(3).toString('hex')}` } as EntryFields, now);
    return { records: [{ entry, parent: null }], entry };
  }
  const current = store.entry(req.id);
  if (!current) throw new TinjauError('not-found', say('glossary.noEntry', { id: req.id, glossary: store.name }));
  const baseVersion = req.baseVersion ?? current.version;
  const base = baseVersion === current.version ? current : store.revision(req.id, baseVersion);
  if (!base) throw new TinjauError('not-found', say('glossary.unknownRevision', { version: baseVersion, id: req.id }));
  // Saving a dialog without changes writes nothing, even on a revision that has moved on.
  if (unchanged(base, req.fields)) return { records: [], entry: null };
  if (base !== current && !base.deleted && !current.deleted) {
    // The entry moved on since the reviewer opened it. Changes to other fields than theirs are
    // merged here, against the revision they edited, and saved on top of the current one.
    const mine = editOf(base, req.fields, author, now).entry;
    const merged = mergeEdits(base, current, mine);
    if (merged) {
      const fields: EditableFields = merged;
      return unchanged(current, fields) ? { records: [], entry: null } : editOf(current, fields, author, now);
    }
  }
  // The same field changed both ways (or a delete is involved): a sibling of the newer revision,
  // which the fold keeps as a conflict for a reviewer to settle. Nothing is overwritten.
  return editOf(base, req.fields, author, now);
}

function editOf(base: GlossaryEntry, fields: EditableFields, author: string, now: string): { records: RevisionRecord[]; entry: GlossaryEntry } {
  const changes = withFields(fields);
  const entry = base.deleted ? restoreEntry(withoutOptional(base), changes, now, author) : updateEntry(withoutOptional(base), changes, now, author);
  return { records: [{ entry, parent: base.version }], entry };
}

/**
 * A tombstone on the current revision; nothing when the entry is already deleted. Deleting an
 * entry in conflict deletes every competing revision too (it settles the conflict as deleted),
 * or the next competing edit would simply take its place.
 */
export function deleteRecords(store: GlossaryStore, id: string, author: string, now: string): RevisionRecord[] {
  const current = store.entry(id);
  if (!current) throw new TinjauError('not-found', say('glossary.noEntry', { id, glossary: store.name }));
  const conflict = store.conflict(id);
  if (conflict) return resolveConflict(conflict, { ...current, deleted: true }, now, author);
  if (current.deleted) return [];
  return [{ entry: deleteEntry(current, now, author), parent: current.version }];
}

/** Settles a conflict with one of its revisions (a delete among them settles it as deleted). */
/** Settles a conflict with one of its revisions, or with `fields` edited from it (a merged version). */
export function resolveRecords(store: GlossaryStore, id: string, chosenVersion: string, author: string, now: string, fields?: EditableFields): RevisionRecord[] {
  const conflict = store.conflict(id);
  if (!conflict) throw new TinjauError('not-found', say('glossary.noConflict', { id, glossary: store.name }));
  const chosen = [conflict.winner, ...conflict.others].find((e) => e.version === chosenVersion);
  if (!chosen) throw new TinjauError('not-found', say('glossary.notConflictingRevision', { version: chosenVersion, id }));
  if (!fields) return resolveConflict(conflict, chosen, now, author);
  const { deleted: _deleted, ...live } = withoutOptional(chosen);
  return resolveConflict(conflict, { ...live, ...withFields(fields) } as GlossaryEntry, now, author);
}

/** Merges duplicates into the first entry: every Indonesian form and English term, then tombstones the rest. */
export function mergeDuplicateRecords(store: GlossaryStore, ids: readonly string[], author: string, now: string): { records: RevisionRecord[]; entry: GlossaryEntry } {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new TinjauError('invalid-input', say('glossary.mergeNeedsTwo'));
  const entries = unique.map((id) => {
    const e = store.entry(id);
    if (!e || e.deleted) throw new TinjauError('not-found', say('glossary.noEntry', { id, glossary: store.name }));
    return e;
  });
  const [first, ...rest] = entries as [GlossaryEntry, ...GlossaryEntry[]];
  const sourceTerms = [...first.sourceTerms];
  const targets = [...first.targets];
  const notes = first.note ? [first.note] : [];
  for (const e of rest) {
    for (const s of e.sourceTerms) if (!sourceTerms.some((x) => x.toLowerCase() === s.toLowerCase())) sourceTerms.push(s);
    for (const t of e.targets) if (!targets.some((x) => x.text.toLowerCase() === t.text.toLowerCase() && x.status === t.status)) targets.push(t);
    if (e.note && !notes.includes(e.note)) notes.push(e.note);
  }
  const merged = updateEntry(
    first,
    { sourceTerms, targets, caseSensitive: first.caseSensitive || rest.some((e) => e.caseSensitive), ...(notes.length ? { note: notes.join('\n') } : {}) },
    now,
    author,
  );
  return {
    entry: merged,
    records: [{ entry: merged, parent: first.version }, ...rest.map((e) => ({ entry: deleteEntry(e, now, author), parent: e.version }))],
  };
}

/** Imported entries: new ids are added, known ids get a new revision when their content differs. */
export function importRecords(store: GlossaryStore, imported: readonly GlossaryEntry[], author: string, now: string): { records: RevisionRecord[]; added: number; updated: number } {
  const records: RevisionRecord[] = [];
  let added = 0;
  let updated = 0;
  const seen = new Map<string, GlossaryEntry>();
  for (const e of imported) {
    const id = e.id || entryIdFor(e.sourceTerms, e.domain);
    const current = seen.get(id) ?? store.entry(id);
    if (!current) {
      const entry = { ...e, id };
      records.push({ entry, parent: null });
      seen.set(id, entry);
      added++;
      continue;
    }
    const fields: EditableFields = e;
    if (unchanged(current, fields)) continue;
    const { records: r, entry } = editOf(current, fields, author || e.author || '', now);
    records.push(...r);
    seen.set(id, entry);
    updated++;
  }
  return { records, added, updated };
}
