/**
 * Dates, day names and times in English text.
 *
 * English reads a/b/yyyy as month/day (9/15/2023) and writes "September 15, 2023" or
 * "15 September 2023"; a numeric date whose first figure cannot be a month (15/9/2023) kept the
 * Indonesian order and is marked `numeric: 'dmy'` so QA can ask for it to be rewritten.
 */
import { scanDates, type DateConventions, type DateMention } from '../id/dates';

export type { DateMention } from '../id/dates';

const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const EN_FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export const ENGLISH_DATES: DateConventions = {
  months: EN_MONTHS,
  monthAbbreviations: new Set(Object.keys(EN_MONTHS).filter((m) => !EN_FULL_MONTHS.has(m))),
  // "May" and "March" open sentences as a verb; they count as months only beside a day or year.
  ambiguousMonths: new Set(['may', 'march']),
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  numericOrder: 'mdy',
  capitalisedDayNames: true,
  timeWords: ['at'],
};

/** Dates, day names and times in English text, in text order. */
export function extractDatesEn(text: string): DateMention[] {
  return scanDates(text, ENGLISH_DATES);
}
