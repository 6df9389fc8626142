/**
 * Numbers in Indonesian text, read by value.
 *
 * Indonesian writes a thousands dot and a decimal comma (1.234,5), scale words and their press
 * abbreviations (1,5 juta / 1,5 jt, Rp 1,2 M), "persen", ordinals "ke-2" and spelled-out small
 * numbers. QA compares numbers across languages by value, so every reader returns the same
 * `NumberMention` shape.
 */

import { matchWordList, wordListRegex } from '../word-scan';

export type NumberKind = 'plain' | 'percent' | 'currency' | 'ordinal';

export interface NumberMention {
  /** The value the text means, scale word applied: "1,5 juta" is 1500000. */
  readonly value: number;
  /**
   * How far a matching value may be: half a unit of the last written digit times the scale
   * ("1.23 million" stands for anything from 1225000 to 1235000), 0 for exact figures.
   */
  readonly tolerance: number;
  /** Other readings when the separator is ambiguous ("1.234" in English text may be 1234). */
  readonly alternatives?: readonly number[];
  readonly kind: NumberKind;
  readonly currency?: 'IDR' | 'USD';
  /** Spelled-out words ("dua", "two") are soft: they match figures but go unreported alone. */
  readonly spelled: boolean;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Half a unit of the last written digit of a figure, times its scale. */
export function toleranceOf(figure: string, decimalSeparator: '.' | ',', scale: number): number {
  if (scale === 1) return 0;
  const at = figure.lastIndexOf(decimalSeparator);
  const decimals = at < 0 ? 0 : figure.length - at - 1;
  return 0.5 * 10 ** -decimals * scale;
}

const ID_SCALES: Readonly<Record<string, number>> = {
  ribu: 1e3,
  rb: 1e3,
  juta: 1e6,
  jt: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  m: 1e9,
  triliun: 1e12,
  t: 1e12,
};

const ID_UNITS: Readonly<Record<string, number>> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

// "Kedua" means "both" as often as "second", and "pertama" is as often "first-ever" as an ordinal:
// spelled ordinals stay soft so they only ever confirm or pair with a figure.
const ID_ORDINAL_WORDS: Readonly<Record<string, number>> = {
  pertama: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  kelima: 5,
  keenam: 6,
  ketujuh: 7,
  kedelapan: 8,
  kesembilan: 9,
  kesepuluh: 10,
};

/** Parses an Indonesian figure (1.234.567 / 1.234,5 / 1,5 / 12); separators the way Indonesian writes them. */
export function parseIdFigure(figure: string): { value: number; alternatives?: number[] } {
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(figure)) {
    return { value: Number(figure.replace(/\./g, '').replace(',', '.')) };
  }
  if (/^\d+,\d+$/.test(figure)) return { value: Number(figure.replace(',', '.')) };
  // An English-style decimal point in Indonesian text (copied figures): read it as written.
  if (/^\d+\.\d+$/.test(figure)) return { value: Number(figure) };
  // English thousands commas left in Indonesian text ("1,234,567").
  if (/^\d{1,3}(,\d{3}){2,}$/.test(figure)) return { value: Number(figure.replace(/,/g, '')) };
  return { value: Number(figure) };
}

// Figure, optionally preceded by a currency and followed by a scale word or percent. Digits glued to
// letters ("Su-35", "A320", "@vicktop55") are identifiers, not quantities: the lookbehind skips them.
const ID_NUMBER =
  /(?<![\p{L}\p{N}_@#/.,])(?<!\p{L}-)(?:(Rp\.?|US\$|\$)\s?)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?)(?![.,]\d)(?:\s?(ribu|rb\.?|juta|jt\.?|miliar|milyar|triliun|M|T)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])(?:\s?(%|persen(?![\p{L}])))?/gu;

const ID_ORDINAL = /(?<![\p{L}\p{N}])ke-?\s?(\d+)(?![\p{L}\p{N}])/giu;

const ID_SPELLED =
  /(?<![\p{L}\p{N}])(?:(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+(puluh|belas|ratus)(?:\s+(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?|(sepuluh|sebelas|seratus|seribu|setengah|separuh|selusin|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)|(pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh))(?:\s+(ribu|juta|miliar|milyar|triliun)\b)?(?:\s+(persen)\b)?(?![\p{L}\p{N}])/giu;

// Every word a spelled number can start with, for the word-list scan.
const ID_SPELLED_WORDS = wordListRegex(ID_SPELLED, [
  ...Object.keys(ID_UNITS),
  ...'sepuluh sebelas seratus seribu setengah separuh selusin'.split(' '),
  ...Object.keys(ID_ORDINAL_WORDS),
]);
// "ke-2", "ke 3", "ke2": the ordinal pattern cannot match without it.
const ID_ORDINAL_HINT = /[k\u212a]e-?\s?\d/i;

function spelledValue(m: RegExpMatchArray): number | null {
  const [, head, joiner, tail, single, ordinal] = m;
  if (ordinal) return ID_ORDINAL_WORDS[ordinal.toLowerCase()] ?? null;
  if (single) {
    const s = single.toLowerCase();
    const fixed: Record<string, number> = { sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000, setengah: 0.5, separuh: 0.5, selusin: 12 };
    return fixed[s] ?? ID_UNITS[s] ?? null;
  }
  const h = ID_UNITS[(head ?? '').toLowerCase()] ?? 0;
  const t = tail ? (ID_UNITS[tail.toLowerCase()] ?? 0) : 0;
  const j = (joiner ?? '').toLowerCase();
  if (j === 'belas') return 10 + h;
  if (j === 'puluh') return h * 10 + t;
  return h * 100 + t;
}

/**
 * "1950–53": the short end of a year range also reads as the full year (1953), so it matches a
 * range written out in full on the other side.
 */
export function expandYearRanges(text: string, mentions: NumberMention[]): NumberMention[] {
  return mentions.map((m, i) => {
    const prev = mentions[i - 1];
    if (!prev || m.spelled || !/^\d{2}$/.test(m.text) || !/^\d{4}$/.test(prev.text)) return m;
    if (!/^\s?[-–]\s?$/.test(text.slice(prev.end, m.start))) return m;
    const century = Math.floor(prev.value / 100) * 100;
    const full = century + m.value < prev.value ? century + 100 + m.value : century + m.value;
    return { ...m, alternatives: [...(m.alternatives ?? []), full] };
  });
}

/** Reads every number in Indonesian text by value, in text order. */
export function extractNumbersId(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const taken: Array<[number, number]> = [];
  const hasDigit = /\d/.test(text);
  for (const m of hasDigit && ID_ORDINAL_HINT.test(text) ? text.matchAll(ID_ORDINAL) : []) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ value: Number(m[1]), tolerance: 0, kind: 'ordinal', spelled: false, text: m[0], start, end });
    taken.push([start, end]);
  }
  for (const m of hasDigit ? text.matchAll(ID_NUMBER) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const [, cur, figure = '', scaleRaw, pct] = m;
    const scaleWord = scaleRaw?.replace(/\.$/, '');
    const parsed = parseIdFigure(figure);
    const scale = scaleWord ? (ID_SCALES[scaleWord.toLowerCase()] ?? 1) : 1;
    // "M"/"T" are scale abbreviations only in money ("Rp 1,2 M"); elsewhere they are units or names.
    const scaleApplies = scaleWord === undefined || !/^[MT]$/.test(scaleWord) || cur !== undefined;
    const factor = scaleApplies ? scale : 1;
    const percent = pct !== undefined;
    const currency = cur ? (cur.startsWith('Rp') ? 'IDR' : 'USD') : undefined;
    const mention: NumberMention = {
      value: parsed.value * factor,
      tolerance: toleranceOf(figure, ',', factor),
      kind: currency ? 'currency' : percent ? 'percent' : 'plain',
      spelled: false,
      text: scaleApplies ? m[0] : text.slice(start, m.index + m[0].indexOf(figure) + figure.length),
      start,
      end: scaleApplies ? end : m.index + m[0].indexOf(figure) + figure.length,
      ...(currency ? { currency } : {}),
      ...(parsed.alternatives ? { alternatives: parsed.alternatives.map((a) => a * factor) } : {}),
    };
    out.push(mention);
    taken.push([start, end]);
  }
  const spelled = matchWordList(text, ID_SPELLED_WORDS);
  // No figure and no number word: nothing to read.
  if (out.length === 0 && spelled.length === 0) return out;
  for (const m of spelled) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    const base = spelledValue(m);
    if (base === null) continue;
    const scale = m[6] ? (ID_SCALES[m[6].toLowerCase()] ?? 1) : 1;
    out.push({
      value: base * scale,
      tolerance: 0,
      kind: m[5] ? 'ordinal' : m[7] ? 'percent' : 'plain',
      spelled: true,
      text: m[0],
      start,
      end,
    });
  }
  return expandYearRanges(text, out.sort((a, b) => a.start - b.start));
}
