/**
 * Indonesian words left mid-sentence in the English ("…said Andrei Lankov, seorang ahli North
 * Korea di Kookmin University"), found by dictionary: a run of two or more lower-case words that
 * the Indonesian root list and stemmer explain, at least one of them unmistakably Indonesian
 * (an affixed form such as "seorang" or "mengatakan", or a function word such as "di", "yang").
 * Capitalised words (names) and words English shares with Indonesian ("data", "program") alone
 * never make a run.
 */
import { sharedStemmer } from '../language/id/stemmer';
import { quote, say, span, type SegmentCheck } from './context';
import type { RawFinding } from './types';

const FUNCTION_WORDS = new Set([
  'yang', 'dan', 'di', 'dengan', 'untuk', 'pada', 'dari', 'ini', 'itu', 'tidak', 'akan', 'dalam', 'juga', 'telah', 'sudah',
  'bahwa', 'oleh', 'karena', 'atau', 'ke', 'tersebut', 'adalah', 'sebagai', 'kepada', 'seorang', 'para', 'bagi', 'serta', 'namun',
]);
// English words the Indonesian dictionary also explains, or that stem like Indonesian forms.
const ENGLISH = new Set([
  'a', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we',
  'and', 'are', 'but', 'can', 'did', 'for', 'had', 'has', 'her', 'him', 'his', 'its', 'may', 'not', 'our', 'she', 'the', 'was', 'who', 'you',
  'also', 'been', 'from', 'have', 'into', 'more', 'said', 'such', 'than', 'that', 'them', 'then', 'they', 'this', 'were', 'what', 'when', 'will', 'with',
  'data', 'program', 'media', 'area', 'status', 'sensor', 'final', 'total', 'ideal', 'normal', 'global', 'formal', 'modern', 'radio', 'film',
  'hotel', 'bus', 'taxi', 'panel', 'tank', 'test', 'plan', 'pilot', 'radar', 'drone', 'rocket', 'model', 'design', 'video', 'system', 'minister',
  'man', 'men', 'pan', 'ban', 'bank', 'bar', 'bom', 'can', 'dam', 'den', 'kit', 'lift', 'list', 'mass', 'menu', 'pen', 'per', 'pers', 'pin', 'pot',
  'ran', 'sale', 'set', 'sip', 'star', 'stop', 'tip', 'top', 'toy', 'van', 'visa', 'vital', 'zone', 'table', 'label', 'sinus', 'saga', 'lava', 'mode',
]);

// Lower-case ASCII words (hyphenated reduplications kept whole): only those can be flagged, and
// a plain ASCII pattern keeps this check cheap over a 20,000-segment project.
const WORD = /[a-z]+(?:-[a-z]+)*/g;
const SPACES = /\s*/y;
const isWordChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c > 0x7f;

type Kind = 0 | 1 | 2; // 0 not Indonesian, 1 also-English-looking root, 2 unmistakably Indonesian

function kindOf(word: string, cache: Map<string, Kind>): Kind {
  let k = cache.get(word);
  if (k !== undefined) return k;
  if (!/^\p{Ll}/u.test(word) || ENGLISH.has(word) || word.length < 2) k = 0;
  else if (FUNCTION_WORDS.has(word)) k = 2;
  else {
    const r = sharedStemmer().stem(word);
    if (!r.known || ENGLISH.has(r.root)) k = 0;
    else if (r.prefixes.length > 0 || r.suffix === 'kan' || r.clitics.includes('nya') || r.reduplicated) k = 2;
    else k = word.length >= 3 ? 1 : 0;
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(word, k);
  return k;
}

const cache = new Map<string, Kind>();
const glossaryCache = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

function glossaryWords(tokenMap: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let set = glossaryCache.get(tokenMap);
  if (!set) {
    set = new Set([...tokenMap.keys()].map((k) => k.toLowerCase()));
    glossaryCache.set(tokenMap, set);
  }
  return set;
}

export const checkIndonesianWords: SegmentCheck = (ctx) => {
  const { target } = ctx;
  // A target copied whole from the source is completeness.identical's finding.
  if (target.trim() === '' || target.trim() === ctx.source.trim()) return [];
  const out: RawFinding[] = [];
  const words: RegExpMatchArray[] = [];
  for (const m of target.matchAll(WORD)) {
    const end = m.index + m[0].length;
    if (!isWordChar(target.charCodeAt(m.index - 1)) && !isWordChar(target.charCodeAt(end))) words.push(m);
  }
  if (words.length < 2) return [];
  const glossary = glossaryWords(ctx.tokenMap);
  let i = 0;
  while (i < words.length) {
    let j = i;
    let strong = 0;
    while (j < words.length) {
      const w = words[j] as RegExpMatchArray;
      const prev = words[j - 1];
      // A run is words in a row: only spaces between them.
      if (j > i && prev) {
        SPACES.lastIndex = (prev.index ?? 0) + prev[0].length;
        SPACES.test(target);
        if (SPACES.lastIndex !== w.index) break;
      }
      // The words are lower-case ASCII already.
      const k = glossary.has(w[0]) ? 0 : kindOf(w[0], cache);
      if (k === 0) break;
      if (k === 2) strong++;
      j++;
    }
    if (j - i >= 2 && strong >= 1) {
      const first = words[i] as RegExpMatchArray;
      const last = words[j - 1] as RegExpMatchArray;
      const start = first.index ?? 0;
      const end = (last.index ?? 0) + last[0].length;
      const text = target.slice(start, end);
      out.push({
        checkId: 'completeness.indonesian-words',
        ...say('indonesianWords', { text: quote(text) }, `${quote(text)} is Indonesian: translate it.`),
        targetSpans: [span(start, end)],
        details: { text },
      });
    }
    i = Math.max(j, i + 1);
  }
  return out;
};
