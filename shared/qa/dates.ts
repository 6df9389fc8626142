/**
 * Dates, day names and times: each one in the source must be in the target, in English order.
 */
import type { DateMention } from '../language/id/dates';
import { sourceDates, targetDates } from './analysis';
import { quote, say, span, type SegmentCheck } from './context';
import type { RawFinding } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The date as an English reader expects it: "September 15, 2023". */
export function englishDate(d: DateMention): string {
  const month = d.month ? MONTHS[d.month - 1] : undefined;
  if (!month) return d.text;
  if (d.day && d.year) return `${month} ${d.day}, ${d.year}`;
  if (d.day) return `${month} ${d.day}`;
  return d.year ? `${month} ${d.year}` : month;
}

function covers(src: DateMention, tgt: DateMention): boolean {
  return (
    (src.day === undefined || src.day === tgt.day) &&
    (src.month === undefined || src.month === tgt.month) &&
    (src.year === undefined || src.year === tgt.year)
  );
}

/** A numeric date copied from the source ("5/9/2023") means what the source means, in the source's order. */
function asWritten(tgt: DateMention, sourceTexts: ReadonlySet<string>): DateMention {
  if (tgt.numeric === 'ambiguous' && sourceTexts.has(tgt.text) && tgt.day !== undefined && tgt.month !== undefined) {
    return { ...tgt, day: tgt.month, month: tgt.day, numeric: 'dmy' };
  }
  return tgt;
}

function sameTime(a: DateMention, b: DateMention): boolean {
  if (a.minute !== b.minute || a.hour === undefined || b.hour === undefined) return false;
  // "18.19 WIB" may be written "6:19" with "p.m." dropped; the hour still reads right in context.
  return a.hour === b.hour || Math.abs(a.hour - b.hour) === 12;
}

export const checkDates: SegmentCheck = (ctx) => {
  const src = sourceDates(ctx);
  const tgtRaw = targetDates(ctx);
  if (src.length === 0 && tgtRaw.length === 0) return [];
  const sourceTexts = new Set(src.filter((d) => d.numeric).map((d) => d.text));
  const tgt = tgtRaw.map((d) => asWritten(d, sourceTexts));
  const out: RawFinding[] = [];
  for (const t of tgt) {
    if (t.kind === 'date' && t.numeric === 'dmy') {
      const hint = englishDate(t);
      out.push({
        checkId: 'dates.source-order',
        ...say('dateOrder', { date: quote(t.text), hint: quote(hint) }, `${quote(t.text)} keeps the Indonesian day/month order, which English readers take as month/day: write ${quote(hint)}.`),
        targetSpans: [span(t.start, t.end)],
        details: { target: t.text, suggestion: hint },
      });
    }
  }
  const used = tgt.map(() => false);
  for (const s of src) {
    const j = tgt.findIndex((t, k) => {
      if (used[k] || t.kind !== s.kind) return false;
      if (s.kind === 'weekday') return t.weekday === s.weekday;
      if (s.kind === 'time') return sameTime(s, t);
      return covers(s, t);
    });
    if (j >= 0) {
      used[j] = true;
      continue;
    }
    if (s.kind === 'weekday') {
      const day = DAYS[s.weekday ?? 0] ?? '';
      out.push({
        checkId: 'dates.weekday',
        ...say('weekday', { text: quote(s.text), day: quote(day) }, `The day ${quote(s.text)} (${day}) is not in the target: add ${quote(day)}.`),
        sourceSpans: [span(s.start, s.end)],
        details: { source: s.text, expected: day },
      });
    } else if (s.kind === 'time') {
      const hhmm = `${String(s.hour).padStart(2, '0')}:${String(s.minute).padStart(2, '0')}${s.zone ? ` ${s.zone}` : ''}`;
      out.push({
        checkId: 'dates.time',
        ...say('time', { text: quote(s.text), time: quote(hhmm) }, `The time ${quote(s.text)} is not in the target: write ${quote(hhmm)}.`),
        sourceSpans: [span(s.start, s.end)],
        details: { source: s.text, expected: hhmm },
      });
    } else {
      const expected = englishDate(s);
      out.push({
        checkId: 'dates.missing',
        ...say('date', { text: quote(s.text), expected: quote(expected) }, `The date ${quote(s.text)} (${expected}) is missing or different in the target: write ${quote(expected)}.`),
        sourceSpans: [span(s.start, s.end)],
        details: { source: s.text, expected },
      });
    }
  }
  return out;
};
