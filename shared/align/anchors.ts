/**
 * Anchors: tokens that survive translation and pin a draft paragraph to its source.
 *
 * Numbers (Indonesian 1.234,5 = English 1,234.5), dates in either day/month order (13/9/2023 =
 * 9/13/2023), capitalised names folded so cognates meet (Rusia/Russia, Amerika/American,
 * Sekretaris/Secretary), quoted strings, URLs and @handles. Each paragraph becomes a sorted set of
 * interned ids so the aligner can compare thousands of pairs quickly.
 */

export type AnchorLang = 'id' | 'en';

// Weights: an identical URL or date says far more than a shared capitalised word.
const WEIGHT = { url: 3, handle: 3, date: 3, number: 2, quote: 2, name: 1, quoteMark: 0.5 } as const;

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/giu;
const HANDLE_RE = /(?<![\w.])@\w{2,}/gu;
// d/m/y with one separator throughout, or a bare d/m with a slash ("Jumat (15/9)"); 3.5 is a number.
const DATE_RE = /(?<![\d.,/])(\d{1,4})([/.-])(\d{1,2})\2(\d{2,4})(?![\d/])|(?<![\d.,/])(\d{1,2})\/(\d{1,2})(?![\d/.,])/gu;
const NUMBER_RE: Record<AnchorLang, RegExp> = {
  id: /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])|(?<![\d.,])\d+(?:,\d+)?(?![\d])/gu,
  en: /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![\d.,])\d+(?:\.\d+)?(?![\d])/gu,
};
const NUMBER_WORDS: Record<AnchorLang, Readonly<Record<string, string>>> = {
  id: { dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8', sembilan: '9', sepuluh: '10' },
  en: { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' },
};
// Month and weekday names (capitalised in both languages) become the same anchor: Rabu = Wednesday.
// "Minggu" is left out: it also means "week".
const CALENDAR: Record<AnchorLang, Readonly<Record<string, string>>> = {
  id: calendar(
    ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'],
    ['senin', 'selasa', 'rabu', 'kamis', 'jumat'],
    { sabtu: 'wd:6', "jum'at": 'wd:5', agu: 'm:8', agt: 'm:8', okt: 'm:10', des: 'm:12' },
  ),
  en: calendar(
    ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
    { saturday: 'wd:6', aug: 'm:8', oct: 'm:10', dec: 'm:12' },
  ),
};

function calendar(months: readonly string[], weekdays: readonly string[], extra: Record<string, string>): Record<string, string> {
  const map: Record<string, string> = { ...extra };
  months.forEach((name, k) => {
    map[name] = `m:${k + 1}`;
    map[name.slice(0, 3)] ??= `m:${k + 1}`;
  });
  weekdays.forEach((name, k) => {
    map[name] = `wd:${k + 1}`;
  });
  return map;
}

const QUOTE_RE = /["“”]([^"“”]{2,200})["“”]/gu;
const NAME_RE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
// Capitalised function words at the start of sentences carry no pairing information.
const STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'he', 'she', 'we', 'they', 'this', 'that', 'but', 'and', 'for', 'if',
  'di', 'ke', 'dan', 'ia', 'ini', 'itu', 'dia', 'kami', 'kita', 'mereka', 'namun', 'para', 'pada', 'dalam', 'yang',
]);

/** Interns anchor keys to small integers shared by the source and the draft side. */
export class AnchorTable {
  private readonly ids = new Map<string, number>();
  readonly weights: number[] = [];

  id(key: string, weight: number): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.weights.length;
      this.ids.set(key, id);
      this.weights.push(weight);
    }
    return id;
  }
}

export interface AnchorSet {
  /** Sorted, distinct anchor ids. */
  readonly ids: Int32Array;
  /** Sum of the anchors' weights. */
  readonly weight: number;
}

/** Folds a capitalised word so that Indonesian and English spellings of a name meet. */
export function foldName(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/c/g, 'k')
    .replace(/(\p{L})\1+/gu, '$1');
  return w.length > 4 ? w.slice(0, 4) : w;
}

/** Anchor keys of one paragraph with their weights (exported for tests and diagnostics). */
export function anchorKeys(text: string, lang: AnchorLang): Map<string, number> {
  const keys = new Map<string, number>();
  const add = (key: string, weight: number): void => {
    keys.set(key, weight);
  };
  let rest = text;
  // URLs, handles and dates are taken out of the text so their digits do not count again as numbers.
  const take = (re: RegExp, f: (m: RegExpExecArray) => void): void => {
    for (const m of rest.matchAll(re)) f(m);
    rest = rest.replace(re, ' ');
  };
  take(URL_RE, (m) => add(`u:${m[0].toLowerCase().replace(/[.,;:)]+$/u, '')}`, WEIGHT.url));
  take(HANDLE_RE, (m) => add(`h:${m[0].toLowerCase()}`, WEIGHT.handle));
  take(DATE_RE, (m) => {
    const parts = [m[1], m[3], m[4], m[5], m[6]].filter((p): p is string => p !== undefined).map((p) => String(Number(p)));
    // 13/9/2023 and 9/13/2023 are the same day in two conventions; compare the parts as a set.
    add(`d:${parts.sort().join('/')}`, WEIGHT.date);
  });
  for (const m of rest.matchAll(QUOTE_RE)) {
    add('Q', WEIGHT.quoteMark);
    const inner = (m[1] ?? '').trim().toLowerCase();
    if (inner.length >= 3) add(`q:${inner}`, WEIGHT.quote);
  }
  for (const m of rest.matchAll(NUMBER_RE[lang])) {
    const raw = m[0];
    const plain = lang === 'id' ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, '');
    add(`n:${Number(plain)}`, WEIGHT.number);
  }
  const words = NUMBER_WORDS[lang];
  for (const m of rest.toLowerCase().matchAll(/\p{L}+/gu)) {
    const n = words[m[0]];
    if (n) add(`n:${n}`, WEIGHT.number);
  }
  const days = CALENDAR[lang];
  for (const m of rest.matchAll(NAME_RE)) {
    const word = m[0];
    const lower = word.toLowerCase();
    if (word.length < 2 || STOP.has(lower)) continue;
    const day = Object.hasOwn(days, lower) ? days[lower] : undefined;
    add(day ?? `w:${foldName(word)}`, WEIGHT.name);
  }
  return keys;
}

export function anchorSet(text: string, lang: AnchorLang, table: AnchorTable): AnchorSet {
  const keys = anchorKeys(text, lang);
  const ids = new Int32Array(keys.size);
  let k = 0;
  let weight = 0;
  for (const [key, w] of keys) {
    ids[k++] = table.id(key, w);
    weight += w;
  }
  ids.sort();
  return { ids, weight };
}
