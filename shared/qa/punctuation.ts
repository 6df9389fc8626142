/**
 * Punctuation and spacing in the target, judged against the source where the source sets the
 * convention (a source that itself writes "TAG :" or leaves a quote open is not the target's fault).
 */
import { quote, say, span, type SegmentCheck } from './context';
import { preservedRanges } from './preserved';
import type { RawFinding } from './types';

function endMark(text: string): string {
  const t = text.trimEnd().replace(/["'”’»)\]]+$/u, '').trimEnd();
  if (/(\.\.\.|…)$/.test(t)) return '…';
  const last = t.at(-1) ?? '';
  return '.?!:;'.includes(last) ? last : '';
}

const describe = (mark: string) => (mark === '' ? 'no end punctuation' : quote(mark));

interface PairSpec {
  /** Characters whose absence means the pair cannot be unbalanced (skips the regexes). */
  readonly chars: string;
  readonly open: RegExp;
  readonly close: RegExp;
  readonly label: string;
  /** Single quotes double as apostrophes: "countries' leaders" closes nothing. */
  readonly possessive?: boolean;
}

// Straight quotes open after a space or bracket and close before one; an apostrophe between letters
// ("Putin's", "Jum'at") is neither.
const PAIRS: readonly PairSpec[] = [
  { chars: '()', open: /\(/g, close: /\)/g, label: '( )' },
  { chars: '[]', open: /\[/g, close: /\]/g, label: '[ ]' },
  { chars: '{}', open: /\{/g, close: /\}/g, label: '{ }' },
  { chars: '“”', open: /“/g, close: /”/g, label: '“ ”' },
  { chars: '‘’', open: /‘/g, close: /(?<!\p{L})’|’(?!\p{L})/gu, label: '‘ ’', possessive: true },
  { chars: '"', open: /(?<=^|[\s([{])"(?=\S)/g, close: /(?<=\S)"(?=$|[\s)\]},.;:!?])/g, label: '" "' },
  { chars: "'", open: /(?<=^|[\s([{])'(?=\p{L})/gu, close: /(?<=[\p{L}.,!?])'(?=$|[\s)\]},.;:!?])/gu, label: "' '", possessive: true },
];

const SPACE_HINT = / [,.;:!?]/;

function balance(text: string, p: PairSpec): { open: number; close: number; first: number } {
  const opens = [...text.matchAll(p.open)].map((m) => m.index);
  // With no quote open, "s'" / "s’" is a plural possessive, not a closing quote.
  const closes = [...text.matchAll(p.close)]
    .map((m) => m.index)
    .filter((at) => !p.possessive || !/s/i.test(text[at - 1] ?? '') || opens.some((o) => o < at));
  const first = Math.min(opens[0] ?? Infinity, closes[0] ?? Infinity);
  return { open: opens.length, close: closes.length, first: Number.isFinite(first) ? first : 0 };
}

export const checkPunctuation: SegmentCheck = (ctx) => {
  const { source, target } = ctx;
  const out: RawFinding[] = [];
  if (target.trim() === '') return out;

  const se = endMark(source);
  const te = endMark(target);
  if (se !== te && !(se === '.' && te === '…') && !(se === '…' && te === '.')) {
    const t = target.trimEnd();
    out.push({
      checkId: 'punctuation.end',
      ...say('endPunctuation', { source: se ? quote(se) : '—', target: te ? quote(te) : '—' }, `The source ends with ${describe(se)}, the target with ${describe(te)}: match the source unless English needs otherwise.`),
      sourceSpans: [span(Math.max(0, source.trimEnd().length - 1), source.trimEnd().length)],
      targetSpans: [span(Math.max(0, t.length - 1), t.length)],
      details: { source: se, target: te },
    });
  }

  for (const p of PAIRS) {
    if (![...p.chars].some((c) => target.includes(c))) continue;
    const tb = balance(target, p);
    if (tb.open === tb.close) continue;
    const sb = balance(source, p);
    if (sb.open !== sb.close) continue;
    out.push({
      checkId: 'punctuation.unpaired',
      ...say('unpaired', { open: tb.open, close: tb.close }, `Unpaired ${p.label} in the target (${tb.open} opening, ${tb.close} closing): close or remove it.`),
      targetSpans: [span(tb.first, tb.first + 1)],
      details: { pair: p.label },
    });
  }

  // Each pattern below needs a space before a mark, two spaces, a mark before a capital: tested first.
  for (const m of SPACE_HINT.test(target) ? target.matchAll(/(?<=\S)( +)([,.;:!?])(?![.\d])/g) : []) {
    const mark = m[2] ?? '';
    if (source.includes(` ${mark}`)) continue;
    out.push({
      checkId: 'punctuation.space-before',
      ...say('spaceBefore', { mark: quote(mark) }, `Space before ${quote(mark)}: remove it.`),
      targetSpans: [span(m.index, m.index + m[0].length)],
    });
  }

  for (const m of target.includes('  ') ? target.matchAll(/(?<=\S) {2,}(?=\S)/g) : []) {
    out.push({ checkId: 'punctuation.double-space', ...say('doubleSpace', {}, 'Double space: use one.'), targetSpans: [span(m.index, m.index + m[0].length)] });
  }

  const lead = /^\s+/.exec(target)?.[0].length ?? 0;
  const trail = /\s+$/.exec(target)?.[0].length ?? 0;
  if ((lead > 0 && !/^\s/.test(source)) || (trail > 0 && !/\s$/.test(source))) {
    const spans = [...(lead > 0 ? [span(0, lead)] : []), ...(trail > 0 ? [span(target.length - trail, target.length)] : [])];
    out.push({ checkId: 'punctuation.edge-whitespace', ...say('edgeWhitespace', {}, 'The target starts or ends with whitespace the source does not have: trim it.'), targetSpans: spans });
  }

  // "Ukraina.Presiden": a sentence glued to the next. Abbreviations ("U.S."), decimals and URLs do not match.
  // The regex starts at the mark, not at every letter; the lookbehind checks the word before it.
  const glued = /[.!?](?=\p{Lu})(?<=\p{Ll}\p{Ll}[.!?])/u.test(target);
  const skip = glued ? preservedRanges(target) : [];
  for (const m of glued ? target.matchAll(/([.!?])(?=\p{Lu})(?<=\p{Ll}\p{Ll}[.!?])/gu) : []) {
    const at = m.index;
    const word = /\p{L}+$/u.exec(target.slice(Math.max(0, at - 30), at))?.[0] ?? '';
    const next = /^\p{L}+/u.exec(target.slice(at + 1, at + 31))?.[0] ?? '';
    if (skip.some(([s, e]) => at >= s && at < e)) continue;
    out.push({
      checkId: 'punctuation.missing-space',
      ...say('missingSpace', { mark: quote(m[1] ?? '.'), text: quote(`${word}${m[1] ?? '.'}${next}`) }, `No space after ${quote(m[1] ?? '.')} in ${quote(`${word}${m[1] ?? '.'}${next}`)}: add one between the sentences.`),
      targetSpans: [span(at, at + 2)],
    });
  }
  return out;
};
