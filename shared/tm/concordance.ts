/**
 * Concordance: where the words a reviewer selected occur in a TM unit.
 *
 * The Indonesian side matches across inflection: "langgar" finds "melanggar", "pelanggaran" and
 * "dilanggarnya", because both sides are reduced to their root with the glossary's stemmer. The
 * English side matches the word and its regular endings (-s, -es, -ed, -ing). Every query word
 * must occur on a side for that side to count as a hit.
 */
import { stem } from '../language/id/stemmer';
import { tmTokens } from './tokens';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ConcordanceQuery {
  /** Query words in lower case. */
  readonly words: readonly string[];
  /** Their Indonesian roots. */
  readonly roots: readonly string[];
}

const rootCache = new Map<string, string>();
const ROOT_CACHE_MAX = 200_000;

/** The Indonesian root of a lower-case word, cached (the same words recur in every unit). */
export function rootOf(word: string): string {
  let root = rootCache.get(word);
  if (root === undefined) {
    root = stem(word).root;
    // A bounded cache: a huge TM of odd tokens must not grow it without end.
    if (rootCache.size >= ROOT_CACHE_MAX) rootCache.clear();
    rootCache.set(word, root);
  }
  return root;
}

export function concordanceQuery(query: string): ConcordanceQuery {
  const words = tmTokens(query)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.key === '#' ? t.text : t.key);
  const unique = [...new Set(words)];
  return { words: unique, roots: unique.map(rootOf) };
}

/** True when an Indonesian word (lower case) can stand for query word `i`. */
export function sourceWordMatches(q: ConcordanceQuery, i: number, key: string): boolean {
  const word = q.words[i] as string;
  if (key === word) return true;
  const root = q.roots[i] as string;
  // Cheap test first: an inflected form keeps most of its root (meN- may eat the first letter).
  if (!key.includes(root.length > 3 ? root.slice(1) : root)) return false;
  return rootOf(key) === root;
}

const EN_ENDINGS = ['s', 'es', 'ed', 'd', 'ing', "'s"];

/** True when an English word (lower case) is the query word or a regular inflection of it. */
export function targetWordMatches(q: ConcordanceQuery, i: number, key: string): boolean {
  const word = q.words[i] as string;
  if (key === word) return true;
  if (!key.startsWith(word)) return false;
  return EN_ENDINGS.includes(key.slice(word.length));
}

/** Spans of the query words in `text`, or null when some query word is not there. */
export function concordanceSpans(q: ConcordanceQuery, text: string, side: 'source' | 'target'): Span[] | null {
  if (q.words.length === 0) return null;
  const found = new Array<boolean>(q.words.length).fill(false);
  const spans: Span[] = [];
  const test = side === 'source' ? sourceWordMatches : targetWordMatches;
  for (const tok of tmTokens(text)) {
    if (tok.kind !== 'word' && tok.kind !== 'number') continue;
    const key = tok.kind === 'number' ? tok.text : tok.key;
    for (let i = 0; i < q.words.length; i++) {
      if (test(q, i, key)) {
        found[i] = true;
        spans.push({ start: tok.start, end: tok.end });
        break;
      }
    }
  }
  return found.every(Boolean) ? spans : null;
}
