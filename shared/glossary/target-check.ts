/**
 * Checks the English target against the glossary hits found in the Indonesian source.
 *
 * For each hit: an approved English term must appear (matched on Porter stems, so
 * "sanctioned" satisfies "sanctions"); a forbidden term is an error; the Indonesian term
 * left as is ("Korut", case-sensitive "AS") is an error. Hits of one entry share the target's
 * occurrences in order, so two "kerja sama" in the source need two "cooperation"s.
 */
import { contentTokens } from '../language/id/tokenizer';
import type { GlossaryEntry, TargetSpan, TermCheck, TermHit } from './model';
import { approvedTargets } from './model';
import { type Occurrence, occurrences, prepareTarget, type TargetText } from './target-find';
import { besideNeighbour, guessRendering } from './target-guess';
import type { GlossaryIndex } from './term-index';

const overlaps = (a: TargetSpan, b: TargetSpan) => a.start < b.end && b.start < a.end;

interface Pools {
  approved: Occurrence[];
  forbidden: Occurrence[];
  untranslated: Occurrence[];
}

/** What the checks read of an entry, worked out once per entry rather than once per hit. */
interface EntryTargets {
  /** Approved (preferred, then admitted) English terms. */
  readonly approved: readonly string[];
  readonly forbidden: readonly string[];
  /** The entry's Indonesian forms, apart from those spelled like an approved term. */
  readonly forms: readonly string[];
  /** The approved terms, lower-cased. */
  readonly same: ReadonlySet<string>;
}

const targetsOfEntry = new WeakMap<GlossaryEntry, EntryTargets>();

function targetsOf(entry: GlossaryEntry): EntryTargets {
  let info = targetsOfEntry.get(entry);
  if (!info) {
    const approved = approvedTargets(entry);
    const same = new Set(approved.map((a) => a.toLowerCase()));
    info = {
      approved,
      forbidden: entry.targets.filter((x) => x.status === 'forbidden').map((x) => x.text),
      forms: [...new Set(entry.sourceTerms)].filter((f) => !same.has(f.toLowerCase())),
      same,
    };
    targetsOfEntry.set(entry, info);
  }
  return info;
}

const byStart = (a: Occurrence, b: Occurrence) => a.start - b.start;

function poolsFor(entry: GlossaryEntry, info: EntryTargets, hit: TermHit, t: TargetText): Pools {
  const forbidden: Occurrence[] = [];
  for (const x of info.forbidden) for (const o of occurrences(t, x, 'stem')) forbidden.push(o);
  const approved: Occurrence[] = [];
  for (const x of info.approved) {
    for (const o of occurrences(t, x, 'stem')) if (!forbidden.some((f) => overlaps(f, o))) approved.push(o);
  }
  // The Indonesian forms: the entry's own and the one written in this source.
  const untranslated: Occurrence[] = [];
  const literal = entry.caseSensitive ? 'exact' : 'spelling';
  const written = hit.text.slice(hit.text.length - hit.matchedForm.length);
  const lookFor = (f: string) => {
    for (const o of occurrences(t, f, literal)) if (!approved.some((a) => overlaps(a, o))) untranslated.push(o);
  };
  for (const f of info.forms) lookFor(f);
  if (!entry.sourceTerms.includes(written) && !info.same.has(written.toLowerCase())) lookFor(written);
  if (approved.length > 1) approved.sort(byStart);
  return {
    approved,
    forbidden: forbidden.length > 1 ? dedupe(forbidden.sort(byStart)) : forbidden,
    untranslated: untranslated.length > 1 ? dedupe(untranslated.sort(byStart)) : untranslated,
  };
}

function dedupe(list: Occurrence[]): Occurrence[] {
  return list.filter((o, i) => i === 0 || !overlaps(list[i - 1] as Occurrence, o));
}

const span = (o: Occurrence): TargetSpan => ({ start: o.start, end: o.end, text: o.text });

/** The joins between a term's words: a space, a hyphen (any dash of the hyphen family) or nothing. */
const joins = (text: string) => (text.match(/[\s\-\u2010\u2011]+/gu) ?? []).map((j) => (/\s/u.test(j) ? ' ' : '-')).join('');

/** isJoinVariant's answers per entry's approved terms: the same few spellings come back in every segment. */
const joinVariants = new WeakMap<readonly string[], Map<string, boolean>>();

/** True when `found` is an approved term written with other joins (hyphen for space or back). */
function isJoinVariant(found: string, approved: readonly string[]): boolean {
  // An approved term as written has its own joins.
  if (approved.includes(found)) return false;
  let known = joinVariants.get(approved);
  if (!known) joinVariants.set(approved, (known = new Map()));
  let answer = known.get(found);
  if (answer === undefined) {
    answer = joinVariantOf(found, approved);
    if (known.size < 64) known.set(found, answer);
  }
  return answer;
}

function joinVariantOf(found: string, approved: readonly string[]): boolean {
  // "Kim Jong-un’s visit": the possessive is not part of the term.
  const plain = (s: string) => s.replace(/['’]s$/u, '').replace(/[\s\-\u2010\u2011]+/gu, '').toLowerCase();
  const same = approved.filter((a) => plain(a) === plain(found));
  return same.length > 0 && !same.some((a) => joins(a) === joins(found.replace(/['’]s$/u, '')));
}

/** Each hit with the English to use, for a segment with no English yet (nothing to check). */
export function pendingChecks(index: GlossaryIndex, sourceHits: readonly TermHit[]): TermCheck[] {
  return sourceHits.flatMap((hit) => {
    const entry = index.byId.get(hit.entryId);
    return entry ? [{ kind: 'pending' as const, entryId: entry.id, hit, expected: targetsOf(entry).approved }] : [];
  });
}

/** Checks every source hit against the English target; results follow the hits' order. */
export function checkTarget(index: GlossaryIndex, sourceHits: readonly TermHit[], targetText: string, sourceText?: string): TermCheck[] {
  const t = prepareTarget(targetText);
  const pools = new Map<string, Pools>();
  const counts = new Map<string, number>();
  for (const h of sourceHits) counts.set(h.entryId, (counts.get(h.entryId) ?? 0) + 1);
  const out: TermCheck[] = [];
  for (const hit of sourceHits) {
    const entry = index.byId.get(hit.entryId);
    if (!entry) continue;
    const info = targetsOf(entry);
    let pool = pools.get(entry.id);
    if (!pool) {
      pool = poolsFor(entry, info, hit, t);
      pools.set(entry.id, pool);
    }
    const expected = info.approved;
    const entryId = entry.id;
    const errors: TermCheck[] = [];
    // The last hit of an entry takes every remaining error, so none goes unreported.
    const left = (counts.get(entryId) ?? 1) - 1;
    counts.set(entryId, left);
    const takeErrors = (list: Occurrence[]) => (list.length === 0 ? list : left === 0 ? list.splice(0) : list.splice(0, 1));
    for (const o of takeErrors(pool.forbidden)) errors.push({ entryId, hit, expected, kind: 'forbidden', span: span(o) });
    for (const o of takeErrors(pool.untranslated)) errors.push({ entryId, hit, expected, kind: 'untranslated', span: span(o) });
    const found = pool.approved.shift();
    if (found) {
      if (errors.length === 0) {
        out.push(isJoinVariant(found.text, expected) ? { entryId, hit, expected, kind: 'ok', span: span(found), variant: true } : { entryId, hit, expected, kind: 'ok', span: span(found) });
      }
    } else if (expected.length > 0 && errors.length === 0) {
      // With an error reported, "missing" would only repeat it; `expected` still says what to use.
      out.push({ entryId, hit, expected, kind: 'missing' });
    }
    for (const e of errors) out.push(e);
  }
  if (sourceText === undefined) return out;
  // The source's words, cut once per segment (not once per missing term) and only when needed.
  const words = () => contentTokens(sourceText);
  return out.map((c) => {
    if (c.kind !== 'missing') return c;
    const suspect = besideNeighbour(c.hit, out, t, sourceText) ?? guessRendering(words(), c.hit, t);
    return suspect ? { entryId: c.entryId, hit: c.hit, expected: c.expected, kind: c.kind, span: suspect, suspect: true } : c;
  });
}
