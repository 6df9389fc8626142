/**
 * Glossary entries: one concept, its Indonesian forms and its English terms.
 *
 * Entries are documents with a stable id and a per-entry revision (`version`, "N-hash" like
 * CouchDB's `_rev`), so a shared-folder store or a replicator can merge them entry by entry.
 * A delete is a tombstone (`deleted: true`), never a missing row, so it replicates too.
 */

export type TermStatus = 'preferred' | 'admitted' | 'forbidden';

export const TERM_STATUSES: readonly TermStatus[] = ['preferred', 'admitted', 'forbidden'];

export interface GlossaryTarget {
  readonly text: string;
  readonly status: TermStatus;
  /** Why this rendering has its status ("Literal rendering; use cooperation"). */
  readonly note?: string;
}

/**
 * How a word of the text relates to the entry's word (same root in every case):
 * - `exact`: the form as written (case folded unless the entry is case-sensitive; a closed
 *   spelling of a multiword term, "kerjasama" for "kerja sama", counts as written);
 * - `inflected`: affixes that keep the lexeme: verbal meN-/di-/ber-/ter-/memper-/ku-/kau-
 *   and -kan/-i, the clitics -nya/-lah/-kah/-tah/-pun/-ku/-mu, reduplication
 *   (melanggar, dilanggar, pelanggarannya for "pelanggaran"; negara-negara);
 * - `derived`: a different word formed on the root: ke-…-an, pe(N)-(…-an), per-…-an, se-,
 *   -an nouns, infixes, loan suffixes (pelanggaran for "langgar", kebijakan for "bijak").
 */
export type TermMatchKind = 'exact' | 'inflected' | 'derived';

export const TERM_MATCH_KINDS: readonly TermMatchKind[] = ['exact', 'inflected', 'derived'];

/**
 * Which kinds of hit an entry accepts, as the widest kind: `exact` accepts exact hits only,
 * `inflected` (the default) exact and inflected ones, `derived` all three.
 */
export type MorphologyMode = 'derived' | 'inflected' | 'exact';

export interface GlossaryEntry {
  /** Stable across edits, imports and replication. */
  readonly id: string;
  /** Revision id "N-hash": N counts edits, hash identifies the content (see merge.ts). */
  readonly version: string;
  /** Indonesian forms, e.g. ["kerja sama", "kerjasama"]. */
  readonly sourceTerms: readonly string[];
  readonly targets: readonly GlossaryTarget[];
  readonly pos?: string;
  readonly note?: string;
  readonly domain?: string;
  /** "AS" (United States) matches only "AS", never the word "as". */
  readonly caseSensitive: boolean;
  /** The kinds of hit the entry accepts (see MorphologyMode); absent = exact and inflected. */
  readonly morphology?: MorphologyMode;
  readonly author?: string;
  /** ISO 8601. */
  readonly createdAt: string;
  /** ISO 8601. */
  readonly updatedAt: string;
  /** Tombstone: the entry was deleted; kept so the delete reaches other copies. */
  readonly deleted?: boolean;
  /**
   * Set on a tombstone that closes a losing branch once a conflict is resolved (the revision
   * that replaced it); such a tombstone is bookkeeping, not a user's delete.
   */
  readonly supersededBy?: string;
}

/** A source term found in Indonesian text. */
export interface TermHit {
  readonly entryId: string;
  /** Offsets into the searched text (UTF-16), end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The text covered, as written, e.g. "dikenai sanksi" or "Kerja sama". */
  readonly text: string;
  /** The entry's source term that matched, e.g. "sanksi". */
  readonly matchedForm: string;
  /** How each word was reduced, for the panel: ["melanggar → langgar"]. */
  readonly stems: readonly string[];
  /** Inside a longer hit ("PBB" within "Dewan Keamanan PBB"); shown in the panel, not highlighted. */
  readonly nested: boolean;
  /** How far the text's form is from the entry's: the widest kind among its words. */
  readonly kind: TermMatchKind;
}

/** `pending`: the segment has no English yet; the term is shown to use, not reported missing. */
export type TermCheckKind = 'ok' | 'missing' | 'forbidden' | 'untranslated' | 'pending';

/** True for an outcome the reviewer must act on (not found-as-approved, not yet to translate). */
export function isTermProblem(kind: TermCheckKind): boolean {
  return kind !== 'ok' && kind !== 'pending';
}

/** True when a segment's checks hold a problem on a term the reviewer sees (not one nested in a longer hit). */
export function hasTermProblem(checks: readonly { readonly kind: TermCheckKind; readonly hit: { readonly nested: boolean } }[]): boolean {
  return checks.some((c) => isTermProblem(c.kind) && !c.hit.nested);
}

export interface TargetSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The outcome of checking one source hit against the English target. */
export interface TermCheck {
  readonly kind: TermCheckKind;
  readonly entryId: string;
  readonly hit: TermHit;
  /** Approved (preferred, then admitted) English terms for the hit. */
  readonly expected: readonly string[];
  /**
   * Where in the target: the approved term found (ok), the forbidden term, the Indonesian
   * left in, or, for `missing`, the word that most likely stands in for the term, if any.
   */
  readonly span?: TargetSpan;
  /** For `missing`: true when `span` is a guess from the words around the hit. */
  readonly suspect?: boolean;
  /**
   * For `ok`: the approved term is written with other joins between its words ("Kim Jong-un"
   * for "Kim Jong Un"): admitted, but worth a note.
   */
  readonly variant?: boolean;
}

/** The kinds an entry accepts: the default is exact and inflected; derived on request. */
export function acceptedKinds(entry: Pick<GlossaryEntry, 'morphology'>): readonly TermMatchKind[] {
  const widest = entry.morphology ?? 'inflected';
  return TERM_MATCH_KINDS.slice(0, TERM_MATCH_KINDS.indexOf(widest) + 1);
}

/** True for a live entry (not a tombstone). */
export function isLive(entry: GlossaryEntry): boolean {
  return entry.deleted !== true;
}

/** Approved English terms, preferred first. */
export function approvedTargets(entry: GlossaryEntry): string[] {
  return [
    ...entry.targets.filter((t) => t.status === 'preferred'),
    ...entry.targets.filter((t) => t.status === 'admitted'),
  ].map((t) => t.text);
}
