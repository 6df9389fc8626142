/**
 * Numbers in English text, read by value.
 *
 * The English side of the QA number check: thousands comma and decimal point (1,234.5), scale
 * words (1.5 million, 2bn), percent, IDR/Rp and dollars, ordinals (2nd, second) and spelled-out
 * small numbers. Figures left in Indonesian style ("1.234,5") are still read, so a target that
 * kept the source's convention is compared by value, not reported as a different number.
 */
import { matchWordList, wordListRegex } from '../word-scan';
import { expandYearRanges, toleranceOf, type NumberMention } from '../id/numbers';

export type { NumberMention } from '../id/numbers';

const EN_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

const EN_UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  // Counts and fractions a translator writes for "2 kali", "setengah", "selusin".
  once: 1,
  twice: 2,
  thrice: 3,
  dozen: 12,
  half: 0.5,
};

const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/**
 * Parses a figure written in English text. Indonesian-style figures left in the target are read
 * the Indonesian way; "1.234" is ambiguous and carries both readings.
 */
export function parseEnFigure(figure: string): { value: number; alternatives?: number[] } {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(figure)) return { value: Number(figure.replace(/,/g, '')) };
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(figure) || /^\d{1,3}\.\d{3},\d+$/.test(figure)) {
    return { value: Number(figure.replace(/\./g, '').replace(',', '.')) };
  }
  if (/^\d{1,3}\.\d{3}$/.test(figure)) {
    return { value: Number(figure), alternatives: [Number(figure.replace('.', ''))] };
  }
  if (/^\d+,\d+$/.test(figure)) return { value: Number(figure.replace(',', '.')) };
  return { value: Number(figure) };
}

const EN_NUMBER =
  /(?<![\p{L}\p{N}_@#/.,])(?<!\p{L}-)(?:(Rp\.?|IDR|USD|US\$|\$)\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?:(st|nd|rd|th|(?<=\d{4})'?s)(?![\p{L}\p{N}])|(?![.,]\d)(?:\s?(thousand|million|billion|trillion|mn|bn|tn|[kmbMB])(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])(?:\s?(%|per\s?cent(?![\p{L}])|percent(?![\p{L}])))?)/gu;

const EN_SPELLED =
  /(?<![\p{L}\p{N}])(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](one|two|three|four|five|six|seven|eight|nine)|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|once|twice|thrice|dozen|half)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?:\s+(hundred|thousand|million|billion|trillion)\b)?(?:\s+(percent|per cent)\b)?(?![\p{L}\p{N}])/giu;

// Every word a spelled number can start with, for the word-list scan.
const EN_SPELLED_WORDS = wordListRegex(EN_SPELLED, [
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' '),
  ...'twenty thirty forty fifty sixty seventy eighty ninety hundred once twice thrice dozen half'.split(' '),
  ...'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '),
]);

/** Reads every number in English text by value, in text order. */
export function extractNumbersEn(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of /\d/.test(text) ? text.matchAll(EN_NUMBER) : []) {
    const start = m.index;
    const end = start + m[0].length;
    const [, cur, figure = '', ordinal, scaleWord, pct] = m;
    const parsed = parseEnFigure(figure);
    const currency = cur ? (cur.startsWith('Rp') || cur === 'IDR' ? 'IDR' : 'USD') : undefined;
    // Single-letter scales ("2m", "5bn" aside) read as money only: "100 m" is a distance.
    const single = scaleWord !== undefined && scaleWord.length === 1;
    const factor = scaleWord && (!single || currency) ? (EN_SCALES[scaleWord.toLowerCase()] ?? 1) : 1;
    const figureEnd = start + m[0].indexOf(figure) + figure.length;
    const keepScale = factor !== 1 || !scaleWord;
    out.push({
      value: parsed.value * factor,
      tolerance: toleranceOf(figure, /^\d{1,3}(\.\d{3})+,\d+$|^\d+,\d+$/.test(figure) ? ',' : '.', factor),
      // "1950s" is the decade Indonesian writes "1950-an": the figure, not an ordinal.
      kind: ordinal && !ordinal.endsWith('s') ? 'ordinal' : currency ? 'currency' : pct ? 'percent' : 'plain',
      spelled: false,
      text: keepScale ? m[0] : text.slice(start, figureEnd),
      start,
      end: keepScale ? end : figureEnd,
      ...(currency ? { currency } : {}),
      ...(parsed.alternatives ? { alternatives: parsed.alternatives.map((a) => a * factor) } : {}),
    });
    taken.push([start, end]);
  }
  const spelled = matchWordList(text, EN_SPELLED_WORDS);
  // No figure and no number word: nothing to read.
  if (out.length === 0 && spelled.length === 0) return out;
  for (const m of spelled) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const [, tens, unit, single, ordinal, scaleWord, pct] = m;
    let value: number;
    if (ordinal) value = EN_ORDINALS[ordinal.toLowerCase()] ?? 0;
    else if (single) value = EN_UNITS[single.toLowerCase()] ?? 0;
    else value = (EN_UNITS[(tens ?? '').toLowerCase()] ?? 0) + (EN_UNITS[(unit ?? '').toLowerCase()] ?? 0);
    if (scaleWord) value *= scaleWord.toLowerCase() === 'hundred' ? 100 : (EN_SCALES[scaleWord.toLowerCase()] ?? 1);
    out.push({
      value,
      tolerance: 0,
      kind: ordinal ? 'ordinal' : pct ? 'percent' : 'plain',
      spelled: true,
      text: m[0],
      start,
      end,
    });
  }
  return expandYearRanges(text, out.sort((a, b) => a.start - b.start));
}
