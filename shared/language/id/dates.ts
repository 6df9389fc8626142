/**
 * Dates, day names and times in Indonesian text.
 *
 * Indonesian writes day/month/year (15/9/2023, 15 September 2023, 15 Agt 2023), day names
 * (Jumat, Jum'at) and times with a dot or colon and a zone (pukul 06.19 WIB, 06:19 WITA). The
 * scanner is shared with the English reader (`../en/dates`), which passes its own names and
 * numeric order.
 */

import { matchWordList, wordListRegex, type WordListRegex } from '../word-scan';

export type DateKind = 'date' | 'weekday' | 'time';

/** How a numeric date was written; 'dmy' in English text means it kept the Indonesian order. */
export type NumericOrder = 'dmy' | 'mdy' | 'ymd' | 'ambiguous';

export interface DateMention {
  readonly kind: DateKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly day?: number;
  /** 1..12 */
  readonly month?: number;
  readonly year?: number;
  /** 0 = Sunday .. 6 = Saturday */
  readonly weekday?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly zone?: string;
  readonly numeric?: NumericOrder;
}

export interface DateConventions {
  /** Lower-case month names and abbreviations to month number; abbreviations need a day or year beside them. */
  readonly months: Readonly<Record<string, number>>;
  readonly monthAbbreviations: ReadonlySet<string>;
  /** Month names that are also common words ("May", "March"): counted only beside a number. */
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly weekdays: Readonly<Record<string, number>>;
  /** Reading of an a/b/yyyy date when both a and b could be the month. */
  readonly numericOrder: 'dmy' | 'mdy';
  /** Words that make "06.19" a time ("pukul"); a colon time needs none. */
  readonly timeWords: readonly string[];
  /** English capitalises day names; Indonesian text often writes "hari jumat". */
  readonly capitalisedDayNames: boolean;
  /** Extra test for a day-name match that is also a common word (Indonesian "Minggu" = week). */
  readonly weekdayGuard?: (text: string, start: number, end: number, name: string) => boolean;
}

const ID_MONTHS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  agustus: 8, agt: 8, agu: 8, ags: 8, agst: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12,
};

const ID_FULL_MONTHS = new Set(['januari', 'februari', 'pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'nopember', 'desember']);

const ID_WEEKDAYS: Record<string, number> = {
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, 'jum’at': 5, sabtu: 6,
};

export const INDONESIAN_DATES: DateConventions = {
  months: ID_MONTHS,
  monthAbbreviations: new Set(Object.keys(ID_MONTHS).filter((m) => !ID_FULL_MONTHS.has(m))),
  ambiguousMonths: new Set(),
  weekdays: ID_WEEKDAYS,
  numericOrder: 'dmy',
  capitalisedDayNames: false,
  timeWords: ['pukul', 'pk', 'jam'],
  // "Minggu" is Sunday only as a capitalised day name next to a date or after "hari"/"pada";
  // otherwise it is "week" ("minggu lalu", "Minggu ini").
  weekdayGuard: (text, start, end, name) => {
    if (name.toLowerCase() !== 'minggu') return true;
    if (name[0] !== 'M') return false;
    const before = text.slice(Math.max(0, start - 6), start).toLowerCase();
    const after = text.slice(end, end + 4);
    return /(hari|pada)\s$/.test(before) || /^\s?[(,]?\s?\d/.test(after);
  },
};

const HOUR_ONLY = /(?<![\p{L}\p{N}.:/])(\d{1,2})\s?([apAP])\.?[mM]\.?(?![\p{L}])(?:\s*(WIB|WITA|WIT|GMT|UTC))?/gu;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

function valid(day: number | undefined, month: number | undefined): boolean {
  return (month === undefined || (month >= 1 && month <= 12)) && (day === undefined || (day >= 1 && day <= 31));
}


interface Compiled {
  readonly time: RegExp;
  readonly dmy: RegExp;
  readonly mdy: RegExp;
  readonly my: RegExp;
  readonly names: WordListRegex;
}

const compiled = new WeakMap<DateConventions, Compiled>();

// Built once per language: QA scans every segment, and building these per call dominated the run.
function compile(conv: DateConventions): Compiled {
  const hit = compiled.get(conv);
  if (hit) return hit;
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const byLength = (a: string, b: string) => b.length - a.length;
  const names = [...Object.keys(conv.months), ...Object.keys(conv.weekdays)].sort(byLength).map(escape).join('|');
  // Month alternations (not any word) keep the written-date patterns from trying every word.
  const MONTH_WORD = `(?:${Object.keys(conv.months).sort(byLength).map(escape).join('|')})\\.?`;
  const c: Compiled = {
    time: new RegExp(
      String.raw`(?<![\p{L}\p{N}.:/])(?:((?:${conv.timeWords.join('|')})\.?\s*)(\d{1,2})[.:](\d{2})|(\d{1,2}):(\d{2})|(\d{1,2})[.](\d{2})(?=\s*(?:WIB|WITA|WIT)\b))(?::\d{2})?(?:\s*([ap])\.?m\.?(?![\p{L}]))?(?:(\s*)(WIB|WITA|WIT|GMT|UTC|[A-Z]{2,3}T)\b)?(?![\p{N}])`,
      'giu',
    ),
    dmy: new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY}(?:\s*[-–]\s*${DAY})?\s+(${MONTH_WORD})(?:,?\s+${YEAR})?(?![\p{L}\p{N}])`, 'giu'),
    mdy: new RegExp(String.raw`(?<![\p{L}\p{N}])(${MONTH_WORD})\s+${DAY}(?:\s*[-–]\s*${DAY})?(?:,?\s+${YEAR})?(?![\p{L}\p{N}])`, 'giu'),
    my: new RegExp(String.raw`(?<![\p{L}\p{N}])(${MONTH_WORD})\s+${YEAR}(?![\p{L}\p{N}])`, 'giu'),
    names: wordListRegex(
      new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${names})(?![\p{L}\p{N}])`, 'giu'),
      [...Object.keys(conv.months), ...Object.keys(conv.weekdays)].map((w) => w.split(/['’]/)[0] ?? w),
    ),
  };
  compiled.set(conv, c);
  return c;
}

/** Scans text for dates, day names and times with the given language's names and order. */
// Numeric dates: 15/9/2023, 15/09/23, 15/9, 15-09-2023, 2023-09-15, 2023-09.
const NUMERIC_DATE = /(?<![\p{L}\p{N}/.:-])(?:(\d{4})-(\d{1,2})(?:-(\d{1,2}))?|(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?|(\d{1,2})[-.](\d{1,2})[-.](\d{4}))(?![\p{L}\p{N}]|[/:-]\d)/gu;

// What each pattern cannot match without (cheap tests that skip a full scan of most texts):
// "06.19" / "06:19", "2 p.m.", "15/9" / "2023-09" / "15-09-2023".
const TIME_HINT = /\d[.:]\d\d/;
const HOUR_HINT = /\d\s?[ap]\.?m/i;
const NUMERIC_HINT = /\d[-/.]\d/;

/** One scan's results and the spans already claimed, so a later pattern never re-reads them. */
class DateScan {
  readonly out: DateMention[] = [];
  private readonly taken: Array<[number, number]> = [];

  constructor(private readonly conv: DateConventions) {}

  free(s: number, e: number): boolean {
    for (const [a, b] of this.taken) if (s < b && e > a) return false;
    return true;
  }

  push(m: DateMention): void {
    this.out.push(m);
    this.taken.push([m.start, m.end]);
  }

  monthOf(word: string | undefined, beside: boolean): number | undefined {
    if (!word) return undefined;
    const w = word.endsWith('.') ? word.slice(0, -1) : word;
    const lower = w.toLowerCase();
    const n = this.conv.months[lower];
    if (n === undefined) return undefined;
    // Month names are proper nouns in both languages; lower-case "may"/"march" are verbs.
    if (w[0] !== w[0]?.toUpperCase()) return undefined;
    if (!beside && (this.conv.monthAbbreviations.has(lower) || this.conv.ambiguousMonths.has(lower))) return undefined;
    return n;
  }

  /** A written date; a day range ("15-17 September") gives one mention per day. */
  written(m: RegExpMatchArray, monthWord: string | undefined, days: Array<string | undefined>, yearRaw: string | undefined): void {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const month = this.monthOf(monthWord, true);
    if (month === undefined || !this.free(start, end)) return;
    const year = yearRaw ? Number(yearRaw) : undefined;
    const dayList = days.filter((d): d is string => d !== undefined).map(Number);
    if (!dayList.every((d) => valid(d, month))) return;
    for (const day of dayList.length ? dayList : [undefined]) {
      this.out.push({ kind: 'date', text: m[0], start, end, month, ...(day ? { day } : {}), ...(year ? { year } : {}) });
    }
    this.taken.push([start, end]);
  }
}

export function scanDates(text: string, conv: DateConventions): DateMention[] {
  const re = compile(conv);
  const hasDigit = /\d/.test(text);
  const scan = new DateScan(conv);
  // Month and day names first (claimed last, below): a written date needs a month name among them.
  const names = matchWordList(text, re.names);
  // No digit and no month or day name: nothing below can match.
  if (!hasDigit && names.length === 0) return [];
  const hasMonthWord = hasDigit && names.some((m) => conv.weekdays[m[0].toLowerCase()] === undefined);

  // Times first, so "06.19" is never read as a decimal or a date.
  for (const m of hasDigit && TIME_HINT.test(text) ? text.matchAll(re.time) : []) {
    let hour = Number(m[2] ?? m[4] ?? m[6]);
    const minute = Number(m[3] ?? m[5] ?? m[7]);
    const ampm = m[8]?.toLowerCase();
    if (ampm === 'p' && hour < 12) hour += 12;
    if (ampm === 'a' && hour === 12) hour = 0;
    if (hour > 24 || minute > 59) continue;
    const lead = m[1]?.length ?? 0;
    // The regex is case-insensitive for "Pukul" and "P.M."; a zone must really be in capitals.
    const zone = m[10] && m[10] === m[10].toUpperCase() ? m[10] : undefined;
    const end = m.index + m[0].length - (m[10] && !zone ? m[10].length + (m[9]?.length ?? 0) : 0);
    scan.push({ kind: 'time', text: text.slice(m.index + lead, end), start: m.index + lead, end, hour, minute, ...(zone ? { zone } : {}) });
  }

  // Whole hours on a 12-hour clock ("2 p.m.", "11am"), which English writes without minutes.
  for (const m of hasDigit && HOUR_HINT.test(text) ? text.matchAll(HOUR_ONLY) : []) {
    if (!scan.free(m.index, m.index + m[0].length)) continue;
    const hour = (Number(m[1]) % 12) + ((m[2] ?? '').toLowerCase() === 'p' ? 12 : 0);
    if (Number(m[1]) > 12) continue;
    scan.push({ kind: 'time', text: m[0], start: m.index, end: m.index + m[0].length, hour, minute: 0, ...(m[3] ? { zone: m[3] } : {}) });
  }

  // Numeric dates.
  for (const m of hasDigit && NUMERIC_HINT.test(text) ? text.matchAll(NUMERIC_DATE) : []) {
    if (!scan.free(m.index, m.index + m[0].length)) continue;
    const base = { kind: 'date' as const, text: m[0], start: m.index, end: m.index + m[0].length };
    if (m[1]) {
      const month = Number(m[2]);
      const day = m[3] ? Number(m[3]) : undefined;
      if (!valid(day, month)) continue;
      scan.push({ ...base, year: Number(m[1]), month, ...(day ? { day } : {}), numeric: 'ymd' });
      continue;
    }
    const a = Number(m[4] ?? m[7]);
    const b = Number(m[5] ?? m[8]);
    const yRaw = m[6] ?? m[9];
    const year = yRaw ? (yRaw.length === 2 ? 2000 + Number(yRaw) : Number(yRaw)) : undefined;
    // Without a year, "3/4" is as likely a fraction or score as a date: only day/month-looking pairs count.
    let order: NumericOrder;
    if (a > 12 && b <= 12) order = 'dmy';
    else if (b > 12 && a <= 12) order = 'mdy';
    else if (a <= 12 && b <= 12) order = a === b ? conv.numericOrder : 'ambiguous';
    else continue;
    const asDmy = order === 'dmy' || (order === 'ambiguous' && conv.numericOrder === 'dmy');
    const day = asDmy ? a : b;
    const month = asDmy ? b : a;
    if (!valid(day, month)) continue;
    scan.push({ ...base, day, month, ...(year ? { year } : {}), numeric: order });
  }

  // Written dates: "15 September 2023", "15-17 Agt", "September 15, 2023", "September 15-17", "Sep 2023".
  if (hasMonthWord) {
    for (const m of text.matchAll(re.mdy)) scan.written(m, m[1], [m[2], m[3]], m[4]);
    for (const m of text.matchAll(re.dmy)) scan.written(m, m[3], [m[1], m[2]], m[4]);
    for (const m of text.matchAll(re.my)) scan.written(m, m[1], [], m[2]);
  }

  // Month names alone ("pada Agustus"), then day names.
  for (const m of names) {
    const word = m[0];
    const end = m.index + word.length;
    if (!scan.free(m.index, end)) continue;
    const month = scan.monthOf(word, false);
    if (month !== undefined) {
      scan.push({ kind: 'date', text: word, start: m.index, end, month });
      continue;
    }
    const name = word;
    const weekday = conv.weekdays[word.toLowerCase()];
    if (weekday === undefined) continue;
    if (conv.capitalisedDayNames && name[0] !== name[0]?.toUpperCase()) continue;
    if (conv.weekdayGuard && !conv.weekdayGuard(text, m.index, m.index + name.length, name)) continue;
    scan.push({ kind: 'weekday', text: name, start: m.index, end: m.index + name.length, weekday });
  }
  return scan.out.sort((a, b) => a.start - b.start);
}

/** Dates, day names and times in Indonesian text, in text order. */
export function extractDatesId(text: string): DateMention[] {
  return scanDates(text, INDONESIAN_DATES);
}
