import type { DocumentProgress } from '../api/types';
import type { Segment } from '../model/segment';
import { isConfirmed } from '../model/segment';
import { countWords } from './words';

// Segments are immutable records: a word count computed once holds until the segment is replaced.
const wordsOf = new WeakMap<Segment, number>();

function wordCount(s: Segment): number {
  let n = wordsOf.get(s);
  if (n === undefined) {
    n = countWords(s.source);
    wordsOf.set(s, n);
  }
  return n;
}

/**
 * Counts the words of segments ahead of time (each window of a document as it arrives), so the
 * progress of a whole book-length document, once it is in, is a sum and not a count of every word.
 */
export function primeWordCounts(segments: readonly Segment[]): void {
  for (const s of segments) wordCount(s);
}

export function documentProgress(segments: readonly Segment[]): DocumentProgress {
  let excluded = 0;
  let confirmed = 0;
  let edited = 0;
  let sourceWords = 0;
  let confirmedWords = 0;
  let lastActivity = '';
  for (const s of segments) {
    if (s.updatedAt && s.updatedAt > lastActivity) lastActivity = s.updatedAt;
    if (s.excluded) {
      excluded++;
      continue;
    }
    const words = wordCount(s);
    sourceWords += words;
    if (isConfirmed(s.status)) {
      confirmed++;
      confirmedWords += words;
    }
    if (s.draft ? s.target !== s.draft.text : s.target !== '') edited++;
  }
  return { segments: segments.length, excluded, confirmed, edited, sourceWords, confirmedWords, ...(lastActivity ? { lastActivity } : {}) };
}
