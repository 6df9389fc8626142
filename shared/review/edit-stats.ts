/**
 * Post-editing effort of one segment: how far the reviewer moved the draft.
 *
 * - Post-edit distance (PED): character edit distance / length of the longer text, 0..1.
 * - Word edit rate: token edits (insert, delete, substitute; no shifts) / tokens in the final
 *   text, as HTER counts against the post-edited reference. Punctuation marks count as tokens,
 *   as in TER's tokenised input; whitespace does not.
 * - Class: unchanged (identical), light (PED ≤ 0.3), heavy (above). Up to 0.3 a reviewer fixes
 *   words inside the draft's sentences (a term and a few inflections in a 25-word sentence stay
 *   near 0.1–0.2); beyond that whole clauses were rewritten, which post-editing studies find
 *   costs about as much as translating afresh.
 */
import { levenshtein, tokenLevenshtein } from './levenshtein';
import { tokenizeWords } from './tokenize';

export type EditClass = 'unchanged' | 'light' | 'heavy';

export const LIGHT_EDIT_MAX = 0.3;

export interface EditMeasure {
  readonly charDistance: number;
  readonly postEditDistance: number;
  readonly tokenEdits: number;
  /** Non-space tokens of the final text (the HTER reference length). */
  readonly referenceTokens: number;
  readonly wordEditRate: number;
  readonly editClass: EditClass;
}

export interface EditOptions {
  readonly lightMax?: number;
  readonly locale?: string;
}

const UNCHANGED = (tokens: number): EditMeasure => ({ charDistance: 0, postEditDistance: 0, tokenEdits: 0, referenceTokens: tokens, wordEditRate: 0, editClass: 'unchanged' });

function contentTokens(text: string, locale: string): string[] {
  return tokenizeWords(text, locale).filter((t) => !/^\s+$/.test(t));
}

export function classifyEdit(postEditDistance: number, lightMax = LIGHT_EDIT_MAX): EditClass {
  if (postEditDistance === 0) return 'unchanged';
  return postEditDistance <= lightMax ? 'light' : 'heavy';
}

/** Measures the edit from a draft to the final text. */
export function measureEdit(draft: string, final: string, options: EditOptions = {}): EditMeasure {
  const locale = options.locale ?? 'en';
  if (draft === final) {
    let n = 0;
    for (const t of tokenizeWords(final, locale)) if (!/^\s+$/.test(t)) n++;
    return UNCHANGED(n);
  }
  const charDistance = levenshtein(draft, final);
  const longest = Math.max(draft.length, final.length);
  const postEditDistance = longest === 0 ? 0 : charDistance / longest;
  const a = contentTokens(draft, locale);
  const b = contentTokens(final, locale);
  const tokenEdits = tokenLevenshtein(a, b);
  return {
    charDistance,
    postEditDistance,
    tokenEdits,
    referenceTokens: b.length,
    // An emptied segment has no reference tokens: every draft token was an edit.
    wordEditRate: b.length === 0 ? (a.length === 0 ? 0 : 1) : tokenEdits / b.length,
    editClass: classifyEdit(postEditDistance, options.lightMax),
  };
}
