/**
 * Items a translation must carry over unchanged: URLs, e-mail addresses, @handles, #hashtags and
 * inline codes from bilingual files (count and order).
 */
import { INLINE_CODE_BASE } from '../model';
import { quote, say, span, type SegmentCheck } from './context';
import type { RawFinding } from './types';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/giu;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const HANDLE_RE = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_]{2,}/gu;
const HASHTAG_RE = /(?<![\p{L}\p{N}_&/#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;

interface Item {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function trimUrl(m: RegExpMatchArray): Item {
  // A sentence's full stop or closing bracket is not part of the address.
  const text = m[0].replace(/[.,;:!?)\]}'’]+$/u, '');
  return { text, start: m.index ?? 0, end: (m.index ?? 0) + text.length };
}

// Cheap substring tests first: the address patterns are costly to try at every character.
const mayHaveUrl = (text: string) => text.includes('://') || text.includes('www.');

function urls(text: string): Item[] {
  return mayHaveUrl(text) ? [...text.matchAll(URL_RE)].map(trimUrl) : [];
}

function itemsOutside(text: string, re: RegExp, skip: ReadonlyArray<readonly [number, number]>): Item[] {
  if (!text.includes(re === HASHTAG_RE ? '#' : '@')) return [];
  return [...text.matchAll(re)]
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
    .filter((i) => !skip.some(([s, e]) => i.start < e && i.end > s));
}

/** Ranges of URLs and e-mail addresses, which other checks (spacing, numbers) leave alone. */
export function preservedRanges(text: string): Array<[number, number]> {
  if (!text.includes('@') && !mayHaveUrl(text)) return [];
  const ranges: Array<[number, number]> = urls(text).map((u) => [u.start, u.end]);
  for (const e of itemsOutside(text, EMAIL_RE, ranges)) ranges.push([e.start, e.end]);
  return ranges;
}

function compare(checkId: string, what: string, src: Item[], tgt: Item[], key: (s: string) => string): RawFinding[] {
  const out: RawFinding[] = [];
  const left = [...tgt];
  for (const s of src) {
    const j = left.findIndex((t) => key(t.text) === key(s.text));
    if (j >= 0) left.splice(j, 1);
    else out.push({ checkId, ...say('preservedMissing', { item: quote(s.text) }, `The ${what} ${quote(s.text)} is not in the target: copy it exactly.`), sourceSpans: [span(s.start, s.end)], details: { source: s.text } });
  }
  for (const t of left) {
    out.push({ checkId, ...say('preservedExtra', { item: quote(t.text) }, `The ${what} ${quote(t.text)} is not in the source: check it.`), targetSpans: [span(t.start, t.end)], details: { target: t.text } });
  }
  return out;
}

function codesOf(text: string): Array<{ index: number; at: number }> {
  const out: Array<{ index: number; at: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= INLINE_CODE_BASE && c < INLINE_CODE_BASE + 0x1000) out.push({ index: c - INLINE_CODE_BASE, at: i });
  }
  return out;
}

export const checkPreserved: SegmentCheck = (ctx) => {
  const { source, target, segment } = ctx;
  const out: RawFinding[] = [];
  if (/[/@#]/.test(source) || /[/@#]/.test(target) || mayHaveUrl(source) || mayHaveUrl(target)) {
    const su = urls(source);
    const tu = urls(target);
    out.push(...compare('preserved.url', 'URL', su, tu, (s) => s));
    const sSkip = preservedRanges(source);
    const tSkip = preservedRanges(target);
    const se = itemsOutside(source, EMAIL_RE, su.map((u) => [u.start, u.end]));
    const te = itemsOutside(target, EMAIL_RE, tu.map((u) => [u.start, u.end]));
    out.push(...compare('preserved.email', 'e-mail address', se, te, (s) => s.toLowerCase()));
    out.push(...compare('preserved.handle', 'handle', itemsOutside(source, HANDLE_RE, sSkip), itemsOutside(target, HANDLE_RE, tSkip), (s) => s.toLowerCase()));
    out.push(...compare('preserved.hashtag', 'hashtag', itemsOutside(source, HASHTAG_RE, sSkip), itemsOutside(target, HASHTAG_RE, tSkip), (s) => s));
  }
  const sc = codesOf(source);
  const tc = codesOf(target);
  if (sc.length === 0 && tc.length === 0) return out;
  const label = (i: number) => segment.codes?.[i]?.display ?? `{${i + 1}}`;
  const remaining = [...tc];
  const matched: Array<{ index: number; at: number }> = [];
  for (const s of sc) {
    const j = remaining.findIndex((t) => t.index === s.index);
    const hit = remaining[j];
    if (hit) {
      matched.push(hit);
      remaining.splice(j, 1);
    } else out.push({ checkId: 'preserved.inline-code', ...say('codeMissing', { code: label(s.index) }, `The inline code ${label(s.index)} is missing from the target: insert it.`), sourceSpans: [span(s.at, s.at + 1)], details: { code: label(s.index) } });
  }
  for (const t of remaining) {
    out.push({ checkId: 'preserved.inline-code', ...say('codeExtra', { code: label(t.index) }, `The inline code ${label(t.index)} is not in the source: remove it.`), targetSpans: [span(t.at, t.at + 1)], details: { code: label(t.index) } });
  }
  // Order is judged on the codes both sides share, so one missing code is not also an order problem.
  const srcOrder = sc.map((c) => c.index).filter((i) => matched.some((m) => m.index === i));
  const tgtOrder = matched.sort((a, b) => a.at - b.at).map((m) => m.index);
  if (srcOrder.join(',') !== tgtOrder.join(',')) {
    out.push({
      checkId: 'preserved.inline-code-order',
      ...say('codeOrder', { source: srcOrder.map(label).join(' '), target: tgtOrder.map(label).join(' ') }, `Inline codes are in a different order (${srcOrder.map(label).join(' ')} in the source, ${tgtOrder.map(label).join(' ')} in the target): check that each wraps the right words.`),
      targetSpans: tc.map((c) => span(c.at, c.at + 1)),
    });
  }
  return out;
};
