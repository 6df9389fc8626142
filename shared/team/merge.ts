/**
 * Three-way merge of team files, record by record (never line by line): two people's changes to
 * different segments, entries or fields always merge; the same segment's text or status changed
 * on both sides is a conflict, kept with both versions on the segment for a person to resolve.
 * The result does not depend on which side merges (ours and theirs are treated alike), so every
 * member ends with the same bytes.
 */
import type { Revision } from '../model/revision';
import type { ConflictVersion, Segment, SegmentConflict } from '../model/segment';
import { pathKind, readShard, stableFile, stableLine, writeShard } from './layout';

type Json = Record<string, unknown>;

export function mergeTeamFile(path: string, base: string | undefined, ours: string | undefined, theirs: string | undefined): string | undefined {
  if (ours === theirs) return ours;
  if (ours === base) return theirs;
  if (theirs === base) return ours;
  const kind = pathKind(path)?.kind;
  switch (kind) {
    case 'segments':
      return mergeShard<Segment>(base, ours, theirs, mergeSegment);
    case 'revisions':
      return mergeShard<Revision>(base, ours, theirs, (_b, o, t) => (stableLine(o) > stableLine(t) ? o : t));
    case 'records':
      return mergeLines(ours, theirs);
    default: {
      if (ours === undefined || theirs === undefined) return ours ?? theirs; // removed on one side, changed on the other: keep it
      return stableFile(mergeObject(parse(base), JSON.parse(ours) as Json, JSON.parse(theirs) as Json));
    }
  }
}

function parse(content: string | undefined): Json | undefined {
  return content === undefined ? undefined : (JSON.parse(content) as Json);
}

function mergeShard<T extends { id: string }>(base: string | undefined, ours: string | undefined, theirs: string | undefined, onConflict: (b: T | undefined, o: T, t: T) => T): string | undefined {
  const b = readShard<T>(base);
  const o = readShard<T>(ours);
  const t = readShard<T>(theirs);
  const out: T[] = [];
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const merged = mergeValue(b.get(id), o.get(id), t.get(id), onConflict);
    if (merged !== undefined) out.push(merged);
  }
  return writeShard(out);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && stableLine(a) === stableLine(b));
}

function mergeValue<T>(b: T | undefined, o: T | undefined, t: T | undefined, onConflict: (b: T | undefined, o: T, t: T) => T): T | undefined {
  if (same(o, t)) return o;
  if (same(o, b)) return t;
  if (same(t, b)) return o;
  if (o === undefined) return t; // removed on one side, changed on the other: nothing is lost
  if (t === undefined) return o;
  return onConflict(b, o, t);
}

/** Append-only record files (glossary, TM): every line of both sides, ours first. */
function mergeLines(ours: string | undefined, theirs: string | undefined): string | undefined {
  const lines = (ours ?? '').split('\n').filter(Boolean);
  const seen = new Set(lines);
  for (const line of (theirs ?? '').split('\n')) {
    if (!line || seen.has(line)) continue;
    lines.push(line);
    seen.add(line);
  }
  return lines.length ? lines.join('\n') + '\n' : undefined;
}

/** Field by field; arrays of records with ids merge by id; the same field changed twice keeps the greater (stable) value. */
export function mergeObject(base: Json | undefined, ours: Json, theirs: Json): Json {
  const out: Json = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    const value = mergeField(base?.[key], ours[key], theirs[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function mergeField(b: unknown, o: unknown, t: unknown): unknown {
  return mergeValue(b, o, t, (bv, ov, tv) => {
    if (isRecordList(ov) && isRecordList(tv)) return mergeRecordList(isRecordList(bv) ? bv : [], ov, tv);
    if (isPlain(ov) && isPlain(tv)) return mergeObject(isPlain(bv) ? bv : undefined, ov, tv);
    return stableLine(ov) > stableLine(tv) ? ov : tv;
  });
}

function isPlain(v: unknown): v is Json {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function isRecordList(v: unknown): v is Json[] {
  return Array.isArray(v) && v.every((x) => isPlain(x) && typeof x.id === 'string');
}

function mergeRecordList(base: Json[], ours: Json[], theirs: Json[]): Json[] {
  const byId = (list: Json[]) => new Map(list.map((x) => [x.id as string, x]));
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const out: Json[] = [];
  const order = [...ours.map((x) => x.id as string), ...theirs.map((x) => x.id as string).filter((id) => !o.has(id))];
  for (const id of order) {
    const merged = mergeValue(b.get(id), o.get(id), t.get(id), (bv, ov, tv) => mergeObject(bv, ov, tv));
    if (merged !== undefined) out.push(merged);
  }
  return out;
}

function versionOf(s: Segment): ConflictVersion {
  return { text: s.target, status: s.status, author: s.updatedBy ?? '', at: s.updatedAt ?? '' };
}

function newer(a: Segment, b: Segment): boolean {
  const ka = `${a.updatedAt ?? ''}\u0000${a.updatedBy ?? ''}\u0000${stableLine(a)}`;
  const kb = `${b.updatedAt ?? ''}\u0000${b.updatedBy ?? ''}\u0000${stableLine(b)}`;
  return ka > kb;
}

/**
 * One segment changed by two people. Comments, annotations and other fields merge; when both
 * changed the text or the status differently, the newer version stays the segment's text and
 * both are kept in `conflict` (their revisions, with author and time, are in the history).
 */
export function mergeSegment(base: Segment | undefined, ours: Segment, theirs: Segment): Segment {
  const [later, earlier] = newer(ours, theirs) ? [ours, theirs] : [theirs, ours];
  const merged = mergeObject(base as unknown as Json | undefined, ours as unknown as Json, theirs as unknown as Json) as unknown as Segment & Json;
  const textClash = !same(ours.target, theirs.target) && !same(ours.target, base?.target) && !same(theirs.target, base?.target);
  const statusClash = !same(ours.status, theirs.status) && !same(ours.status, base?.status) && !same(theirs.status, base?.status);
  const result: Json = { ...merged, updatedAt: later.updatedAt, updatedBy: later.updatedBy, activeMs: Math.max(ours.activeMs ?? 0, theirs.activeMs ?? 0) || undefined };
  if (textClash || statusClash) {
    result.target = later.target;
    result.status = later.status;
    result.conflict = conflictOf(base, earlier, later);
  } else {
    const conflicts = [ours.conflict, theirs.conflict].filter((c): c is SegmentConflict => !!c && !same(c, base?.conflict));
    // One side resolved the conflict while the other changed something else: the resolution stands.
    if (base?.conflict && (!ours.conflict || !theirs.conflict)) delete result.conflict;
    else if (conflicts.length === 2) result.conflict = joinConflicts(conflicts[0] as SegmentConflict, conflicts[1] as SegmentConflict);
  }
  if (result.activeMs === undefined) delete result.activeMs;
  return result as unknown as Segment;
}

function conflictOf(base: Segment | undefined, earlier: Segment, later: Segment): SegmentConflict {
  const versions = [...(earlier.conflict?.versions ?? []), versionOf(earlier), ...(later.conflict?.versions ?? []), versionOf(later)];
  const unique = new Map<string, ConflictVersion>();
  for (const v of versions) unique.set(stableLine(v), v);
  const sorted = [...unique.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const baseText = earlier.conflict?.base ?? later.conflict?.base ?? base?.target;
  return { versions: sorted, ...(baseText !== undefined ? { base: baseText } : {}) };
}

function joinConflicts(a: SegmentConflict, b: SegmentConflict): SegmentConflict {
  const unique = new Map<string, ConflictVersion>();
  for (const v of [...a.versions, ...b.versions]) unique.set(stableLine(v), v);
  const versions = [...unique.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  const baseText = a.base ?? b.base;
  return { versions, ...(baseText !== undefined ? { base: baseText } : {}) };
}
