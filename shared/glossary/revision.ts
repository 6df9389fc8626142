/**
 * Entry revisions "N-hash", as CouchDB writes `_rev`: N counts edits, the hash names the
 * content. Two copies that made the same edit get the same revision, so they agree without
 * a conflict; different edits at the same N are told apart by the hash.
 */
import type { GlossaryEntry } from './model';

/** FNV-1a over UTF-16 code units, 2×32 bits, as 16 hex digits. Pure and fast; not for security. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The entry without its revision, with keys in a fixed order: what the hash covers. */
function canonical(entry: GlossaryEntry): string {
  return JSON.stringify([
    entry.id,
    entry.sourceTerms,
    entry.targets.map((t) => [t.text, t.status, t.note ?? null]),
    entry.pos ?? null,
    entry.note ?? null,
    entry.domain ?? null,
    entry.caseSensitive,
    entry.morphology ?? null,
    entry.author ?? null,
    entry.createdAt,
    entry.updatedAt,
    entry.deleted === true,
    entry.supersededBy ?? null,
  ]);
}

export function contentHash(entry: GlossaryEntry): string {
  return hashText(canonical(entry));
}

/** The edit count N of "N-hash" (0 when malformed). */
export function revisionNumber(version: string): number {
  const n = Number.parseInt(version, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/** Gives `entry` the revision that follows `previous` (or the first one). */
export function stampRevision(entry: GlossaryEntry, previous?: string): GlossaryEntry {
  const n = previous ? revisionNumber(previous) + 1 : 1;
  return { ...entry, version: `${n}-${contentHash(entry)}` };
}

/** A stable id for an entry imported without one: same source terms and domain, same id. */
export function entryIdFor(sourceTerms: readonly string[], domain?: string): string {
  const key = sourceTerms.map((s) => s.trim().toLowerCase()).join('\u0001') + '\u0002' + (domain ?? '');
  return `g-${hashText(key)}`;
}

export type EntryFields = Omit<GlossaryEntry, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'deleted'> & { readonly id?: string };

/** A new entry at revision 1. */
export function createEntry(fields: EntryFields, now: string): GlossaryEntry {
  const id = fields.id ?? entryIdFor(fields.sourceTerms, fields.domain);
  return stampRevision({ ...fields, id, version: '', createdAt: now, updatedAt: now });
}

/** An edit: the next revision, with `updatedAt` and `author` set. */
export function updateEntry(entry: GlossaryEntry, changes: Partial<EntryFields>, now: string, author?: string): GlossaryEntry {
  const next: GlossaryEntry = { ...entry, ...changes, id: entry.id, updatedAt: now, ...(author ? { author } : {}) };
  return stampRevision(next, entry.version);
}

/** A delete: a tombstone revision that replicates like any edit. */
export function deleteEntry(entry: GlossaryEntry, now: string, author?: string): GlossaryEntry {
  return stampRevision({ ...entry, deleted: true, updatedAt: now, ...(author ? { author } : {}) }, entry.version);
}

/** Undoes a delete (or re-adds a deleted id): the next revision on the tombstone's branch. */
export function restoreEntry(entry: GlossaryEntry, changes: Partial<EntryFields>, now: string, author?: string): GlossaryEntry {
  const { deleted: _deleted, supersededBy: _superseded, ...rest } = entry;
  return stampRevision({ ...rest, ...changes, id: entry.id, updatedAt: now, ...(author ? { author } : {}) }, entry.version);
}
