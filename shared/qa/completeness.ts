/**
 * Completeness: empty targets, targets copied from the source, Indonesian left in the English.
 */
import type { CheckContext, SegmentCheck } from './context';
import { quote, say, span } from './context';
import type { RawFinding } from './types';
import { matchWordList, wordListRegex } from '../language/word-scan';

// The brief's core list; together they rarely occur in English, so two close together mean a
// clause was left untranslated.
const INDONESIAN_FUNCTION_WORDS = new Set([
  'yang', 'dan', 'di', 'dengan', 'untuk', 'pada', 'dari', 'ini', 'itu', 'tidak', 'akan',
  'dalam', 'juga', 'telah', 'sudah', 'bahwa', 'oleh', 'karena', 'atau', 'ke', 'tersebut', 'adalah', 'sebagai', 'kepada',
]);

const FUNCTION_WORD_RE = wordListRegex(
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...INDONESIAN_FUNCTION_WORDS].join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu'),
  INDONESIAN_FUNCTION_WORDS,
);

/** Cheap first pass: most English targets have fewer Indonesian function words than a finding needs. */
function functionWordCount(text: string, atLeast: number): boolean {
  return matchWordList(text, FUNCTION_WORD_RE, atLeast).length >= atLeast;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Prose with at least two ordinary lower-case words; names, codes and datelines may stay identical. */
function isProse(text: string): boolean {
  let n = 0;
  for (const m of text.matchAll(/(?<![\p{L}])\p{Ll}{3,}(?![\p{L}])/gu)) if (m[0] && ++n >= 2) return true;
  return false;
}

export const checkCompleteness: SegmentCheck = (ctx: CheckContext) => {
  const out: RawFinding[] = [];
  const { source, target } = ctx;
  if (target.trim() === '') {
    if (source.trim() !== '') {
      out.push({ checkId: 'completeness.empty-target', ...say('emptyTarget', {}, 'The target is empty: translate the segment or mark it excluded.'), sourceSpans: [span(0, source.length)] });
    }
    return out;
  }
  if (target.trim() === source.trim() && isProse(source)) {
    out.push({
      checkId: 'completeness.identical',
      ...say('identical', {}, 'The target is a copy of the source: translate it.'),
      sourceSpans: [span(0, source.length)],
      targetSpans: [span(0, target.length)],
    });
    return out;
  }
  const { indonesianMinWords: minWords, indonesianWindow: window } = ctx.profile.thresholds;
  if (!functionWordCount(target, minWords)) return out;
  const words = [...target.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  // "Dan" capitalised is usually a name; the lower-case function words are what slips through MT.
  const hits = words.map((w) => INDONESIAN_FUNCTION_WORDS.has(w.text) || (w.text !== 'Dan' && INDONESIAN_FUNCTION_WORDS.has(w.text.toLowerCase())));
  let i = 0;
  while (i < words.length) {
    if (!hits[i]) {
      i++;
      continue;
    }
    // Grow a run while another function word follows within the window.
    let last = i;
    let count = 1;
    for (let j = i + 1; j < words.length && j - last <= window - 1; j++) {
      if (hits[j]) {
        last = j;
        count++;
      }
    }
    if (count >= minWords) {
      const first = words[i];
      const end = words[last];
      if (first && end) {
        const text = target.slice(first.start, end.end);
        out.push({
          checkId: 'completeness.indonesian-left',
          ...say('indonesianLeft', { text: quote(text) }, `Indonesian words left in the target: ${quote(text)}. Translate this part.`),
          targetSpans: [span(first.start, end.end)],
          details: { text },
        });
      }
      i = last + 1;
    } else i++;
  }
  return out;
};
