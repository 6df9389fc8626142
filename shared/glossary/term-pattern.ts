/**
 * Compiles glossary source terms into word patterns and decides, word by word, whether a
 * word in the text is a form of the word in the entry, and of which kind.
 *
 * The automaton matches on roots only; this module classifies each root match (see
 * TermMatchKind in model.ts): the same form is `exact`; verbal and inflectional affixes
 * (meN-, di-, ber-, ter-, memper-, -kan, -i, -nya, -lah ..., reduplication) keep a word's
 * meaning, so "melanggar" is an `inflected` hit for "langgar" and "dikenai" for "kena";
 * nominalising affixes (pe(N)-, per-, ke-, se-, -an, infixes, loan suffixes) make a new word
 * ("pekerja" worker, "keamanan" security), so a form whose nominal affixes differ from the
 * entry's is `derived`. An entry accepts exact and inflected hits unless it asks for derived
 * ones too (or for exact only).
 */
import type { IdPrefix, StemResult, Stemmer } from '../language/id/stemmer';
import { tokenize } from '../language/id/tokenizer';
import type { GlossaryEntry, MorphologyMode, TermMatchKind } from './model';

export interface WordGuard {
  readonly mode: MorphologyMode;
  readonly caseSensitive: boolean;
  /** The word as written in the entry. */
  readonly surface: string;
  readonly fold: string;
  readonly derivation: string;
  readonly nominal: string;
  readonly reduplicated: boolean;
}

export interface TermPattern {
  readonly entryIndex: number;
  /** The source term as written in the entry. */
  readonly form: string;
  readonly roots: readonly string[];
  readonly guards: readonly WordGuard[];
}

/** The word and number tokens of a term; `memo` saves re-tokenising while building an index. */
export function termWords(term: string, memo?: Map<string, string[]>): string[] {
  let ws = memo?.get(term);
  if (!ws) {
    ws = tokenize(term)
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.text);
    memo?.set(term, ws);
  }
  return ws;
}

/** The widest kind of hit an entry accepts; exact and inflected unless it chooses. */
export function defaultMode(entry: GlossaryEntry): MorphologyMode {
  return entry.morphology ?? 'inflected';
}

function canonicalPrefix(p: IdPrefix): string {
  return p === 'peN' ? 'pe' : p;
}

/** Derivational affixes as one string, e.g. "meN+|kan". */
export function derivationOf(r: StemResult): string {
  return `${r.prefixes.map(canonicalPrefix).join('+')}|${r.suffix ?? ''}`;
}

/** The nominalising part of a word's affixes ("" for bare and verbal forms). */
export function nominalOf(r: StemResult): string {
  const nominal = r.prefixes.filter((p) => p === 'peN' || p === 'pe' || p === 'per' || p === 'ke' || p === 'se');
  if (nominal.length > 0) return nominal.map(canonicalPrefix).join('+') + (r.suffix === 'an' ? '-an' : '');
  if (r.suffix === 'an' && !r.prefixes.includes('ber')) return '-an';
  if (r.suffix && r.suffix !== 'kan' && r.suffix !== 'i') return '-' + r.suffix; // loan suffixes: -isasi, -wan ...
  if (r.infix) return `-${r.infix}-`;
  return '';
}

function makeGuard(word: string, r: StemResult, mode: MorphologyMode, caseSensitive: boolean): WordGuard {
  return {
    mode,
    caseSensitive,
    surface: word,
    fold: word.toLowerCase(),
    derivation: derivationOf(r),
    nominal: nominalOf(r),
    reduplicated: r.reduplicated,
  };
}

/** A word of the text with what the guard needs, computed once per distinct spelling. */
export interface WordForm {
  readonly written: string;
  readonly analysis: StemResult;
  readonly derivation: string;
  readonly nominal: string;
  /** `written` lower-cased, when worked out ahead (a word checked against many entries). */
  readonly fold?: string;
}

export function describeForm(written: string, analysis: StemResult): WordForm {
  return { written, analysis, derivation: derivationOf(analysis), nominal: nominalOf(analysis), fold: written.toLowerCase() };
}

const KIND_RANK: Readonly<Record<TermMatchKind, number>> = { exact: 0, inflected: 1, derived: 2 };

/** The wider of two kinds (a hit is as far from the entry as its farthest word). */
export function widerKind(a: TermMatchKind, b: TermMatchKind): TermMatchKind {
  return KIND_RANK[a] >= KIND_RANK[b] ? a : b;
}

/** How a word of the text relates to the entry word, or null when it is not a form of it. */
export function wordKind(g: WordGuard, w: WordForm): TermMatchKind | null {
  const written = w.written;
  if (g.caseSensitive && !written.startsWith(g.surface)) return null;
  if (g.caseSensitive ? written === g.surface : (w.fold ?? written.toLowerCase()) === g.fold) return 'exact';
  // A lexical reduplication (mata-mata "spy") is a different word from its base (mata "eye").
  if (g.reduplicated && !w.analysis.reduplicated) return null;
  return w.nominal === g.nominal ? 'inflected' : 'derived';
}

/** The word's kind when the entry accepts it, else null. */
export function guardKind(g: WordGuard, w: WordForm): TermMatchKind | null {
  const kind = wordKind(g, w);
  return kind !== null && KIND_RANK[kind] <= KIND_RANK[g.mode] ? kind : null;
}

/** Whether a word of the text is a form of the entry word that the entry accepts. */
export function guardAccepts(g: WordGuard, w: WordForm): boolean {
  return guardKind(g, w) !== null;
}

/** Words of entries the dictionary does not know ("korut", "pbb") and closed compounds. */
export function extraRootsFor(entries: readonly GlossaryEntry[], base: Stemmer, memo?: Map<string, string[]>): Set<string> {
  const extra = new Set<string>();
  for (const e of entries) {
    for (const form of e.sourceTerms) {
      const ws = termWords(form, memo);
      for (const w of ws) if (!base.stem(w).known) extra.add(w.toLowerCase());
      for (const { closed } of closedCompounds(ws)) extra.add(closed);
    }
  }
  return extra;
}

/**
 * Closed spellings of a multiword term: "kerja sama" is also written "kerjasama".
 * Only adjacent lower-case word pairs close up in Indonesian spelling; names do not.
 */
export function closedCompounds(ws: readonly string[]): Array<{ at: number; closed: string }> {
  const out: Array<{ at: number; closed: string }> = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const a = ws[i] as string;
    const b = ws[i + 1] as string;
    if (/^[\p{Ll}]+$/u.test(a) && /^[\p{Ll}]+$/u.test(b)) out.push({ at: i, closed: a + b });
  }
  return out;
}

/** All patterns for one entry: each source term, plus its closed-compound spellings. */
export function compileEntry(entry: GlossaryEntry, entryIndex: number, stemmer: Stemmer, memo?: Map<string, string[]>): TermPattern[] {
  const out: TermPattern[] = [];
  for (const form of entry.sourceTerms) {
    const ws = termWords(form, memo);
    if (ws.length === 0) continue;
    const mode = defaultMode(entry);
    const analyses = ws.map((w) => stemmer.stem(w));
    const guards = ws.map((w, i) => makeGuard(w, analyses[i] as StemResult, mode, entry.caseSensitive));
    out.push({ entryIndex, form, roots: analyses.map((r) => r.root), guards });
    for (const { at, closed } of closedCompounds(ws)) {
      const r = stemmer.stem(closed);
      const roots = [...analyses.slice(0, at).map((a) => a.root), r.root, ...analyses.slice(at + 2).map((a) => a.root)];
      const g = makeGuard(closed, r, mode, entry.caseSensitive);
      out.push({ entryIndex, form, roots, guards: [...guards.slice(0, at), g, ...guards.slice(at + 2)] });
    }
  }
  return out;
}
