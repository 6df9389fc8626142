/**
 * Length: a target much shorter or longer than the source often hides an omission or an addition.
 */
import { say, span, type SegmentCheck } from './context';

export const checkLength: SegmentCheck = (ctx) => {
  const { source, target } = ctx;
  const { lengthRatioMin: min, lengthRatioMax: max, lengthMinSourceChars } = ctx.profile.thresholds;
  const s = source.trim().length;
  const t = target.trim().length;
  if (s < lengthMinSourceChars || t === 0) return [];
  const ratio = t / s;
  if (ratio >= min && ratio <= max) return [];
  const pct = Math.round(ratio * 100);
  return [
    {
      checkId: 'length.ratio',
      ...say(
        ratio < min ? 'lengthShort' : 'lengthLong',
        { pct, min: Math.round(min * 100), max: Math.round(max * 100) },
        ratio < min
          ? `The target is ${pct}% of the source's length (expected ${Math.round(min * 100)}–${Math.round(max * 100)}%): check for an omission.`
          : `The target is ${pct}% of the source's length (expected ${Math.round(min * 100)}–${Math.round(max * 100)}%): check for an addition.`,
      ),
      targetSpans: [span(0, target.length)],
      details: { ratio: Math.round(ratio * 1000) / 1000 },
    },
  ];
};
