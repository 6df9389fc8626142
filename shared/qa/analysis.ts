/**
 * Language readings of a segment shared by the number and date checks.
 */
import { extractDatesEn } from '../language/en/dates';
import { extractNumbersEn } from '../language/en/numbers';
import { extractDatesId, type DateMention } from '../language/id/dates';
import { extractNumbersId, type NumberMention } from '../language/id/numbers';
import { memo, type CheckContext } from './context';

export function sourceDates(ctx: CheckContext): DateMention[] {
  return memo(ctx, 'sourceDates', () => extractDatesId(ctx.source));
}

export function targetDates(ctx: CheckContext): DateMention[] {
  return memo(ctx, 'targetDates', () => extractDatesEn(ctx.target));
}

function outside(numbers: NumberMention[], dates: DateMention[]): NumberMention[] {
  if (dates.length === 0) return numbers;
  return numbers.filter((n) => !dates.some((d) => d.kind !== 'weekday' && n.start < d.end && n.end > d.start));
}

/** Source numbers, leaving out figures that belong to dates and times (the date check owns them). */
export function sourceNumbers(ctx: CheckContext): NumberMention[] {
  return memo(ctx, 'sourceNumbers', () => outside(extractNumbersId(ctx.source), sourceDates(ctx)));
}

export function targetNumbers(ctx: CheckContext): NumberMention[] {
  return memo(ctx, 'targetNumbers', () => outside(extractNumbersEn(ctx.target), targetDates(ctx)));
}
