/**
 * Consistency across segments: one source translated two ways, or one translation used for two
 * different sources. Compared ignoring case, spacing and trailing punctuation.
 *
 * The index is built once per run and updated per confirmed segment, so the incremental check on
 * confirm does not rescan the project.
 */
import type { Segment } from '../model';
import { quote, say, span } from './context';
import type { RawFinding } from './types';

const END_MARKS = new Set([' ', '.', '!', '?', ':', ';', ',', '…', '。']);

export function consistencyKey(text: string): string {
  let key = text.trim().toLowerCase();
  if (/\s\s|[\t\n\r\u00a0]/.test(key)) key = key.replace(/\s+/g, ' ');
  // Trailing punctuation by hand: an end-anchored regex is retried from every position.
  let end = key.length;
  while (end > 0 && END_MARKS.has(key[end - 1] ?? '')) end--;
  return end === key.length ? key : key.slice(0, end);
}

interface Entry {
  readonly source: string;
  readonly target: string;
  readonly targetText: string;
}

export interface ConsistencyIndex {
  readonly entries: Map<string, Entry>;
  /** source key → target key → segment ids */
  readonly bySource: Map<string, Map<string, Set<string>>>;
  /** target key → source key → segment ids */
  readonly byTarget: Map<string, Map<string, Set<string>>>;
}

function add(map: Map<string, Map<string, Set<string>>>, a: string, b: string, id: string): void {
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new Map()));
  let ids = inner.get(b);
  if (!ids) inner.set(b, (ids = new Set()));
  ids.add(id);
}

function remove(map: Map<string, Map<string, Set<string>>>, a: string, b: string, id: string): void {
  const inner = map.get(a);
  const ids = inner?.get(b);
  if (!inner || !ids) return;
  ids.delete(id);
  if (ids.size === 0) inner.delete(b);
  if (inner.size === 0) map.delete(a);
}

export function createConsistencyIndex(): ConsistencyIndex {
  return { entries: new Map(), bySource: new Map(), byTarget: new Map() };
}

/** Adds, replaces or (for empty and excluded targets) removes one segment's pair. */
export function updateConsistencyIndex(index: ConsistencyIndex, segment: Segment): void {
  const old = index.entries.get(segment.id);
  if (old) {
    remove(index.bySource, old.source, old.target, segment.id);
    remove(index.byTarget, old.target, old.source, segment.id);
    index.entries.delete(segment.id);
  }
  if (segment.excluded || segment.target.trim() === '') return;
  const entry = { source: consistencyKey(segment.source), target: consistencyKey(segment.target), targetText: segment.target.trim() };
  if (entry.source === '' || entry.source === entry.target) return;
  index.entries.set(segment.id, entry);
  add(index.bySource, entry.source, entry.target, segment.id);
  add(index.byTarget, entry.target, entry.source, segment.id);
}

export function buildConsistencyIndex(segments: readonly Segment[]): ConsistencyIndex {
  const index = createConsistencyIndex();
  for (const s of segments) updateConsistencyIndex(index, s);
  return index;
}

const MAX_LISTED = 5;

export function checkConsistency(segment: Segment, index: ConsistencyIndex): RawFinding[] {
  const entry = index.entries.get(segment.id);
  if (!entry) return [];
  const out: RawFinding[] = [];
  const variants = index.bySource.get(entry.source);
  if (variants && variants.size > 1) {
    const others: string[] = [];
    const texts: string[] = [];
    for (const [tkey, ids] of variants) {
      if (tkey === entry.target) continue;
      const first = ids.values().next().value;
      if (first !== undefined) texts.push(index.entries.get(first)?.targetText ?? tkey);
      for (const id of ids) {
        if (others.length >= MAX_LISTED) break;
        others.push(id);
      }
      if (texts.length >= MAX_LISTED && others.length >= MAX_LISTED) break;
    }
    out.push({
      checkId: 'consistency.source',
      ...say('sourceInconsistent', { texts: texts.slice(0, 2).map(quote).join(', ') }, `The same source is translated differently elsewhere (${texts.slice(0, 2).map(quote).join(', ')}): use one translation.`),
      targetSpans: [span(0, segment.target.length)],
      details: { otherSegments: others, otherTranslations: texts.slice(0, MAX_LISTED) },
    });
  }
  const sources = index.byTarget.get(entry.target);
  if (sources && sources.size > 1) {
    const others: string[] = [];
    for (const [skey, ids] of sources) {
      if (skey === entry.source) continue;
      for (const id of ids) {
        if (others.length >= MAX_LISTED) break;
        others.push(id);
      }
      if (others.length >= MAX_LISTED) break;
    }
    out.push({
      checkId: 'consistency.target',
      ...say('targetShared', { segment: others[0] ?? '' }, `This translation is also used for a different source (segment ${others[0] ?? ''}): check that both are right.`),
      targetSpans: [span(0, segment.target.length)],
      details: { otherSegments: others },
    });
  }
  return out;
}
