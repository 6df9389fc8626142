/**
 * Review benchmark: document-wide track-changes diff and edit statistics over 20,000 segments
 * (target ≤ 1 s).
 *
 * Run: npx tsx bench/review.bench.ts [segments]. Prints figures only; nothing is asserted.
 * Drafts are the corpus English drafts (000 MT, 004 human); targets are deterministic post-edits
 * of them: a third unchanged, a third lightly fixed (terms, a doubled word), a third rewritten.
 */
import { readFileSync } from 'node:fs';
import type { Segment } from '../shared/model';
import { diffWordsSegmented, documentStats, reviewInputFromSegment } from '../shared/review';
import { corpusFile } from '../test/support/paths';
import { timeRuns } from './support/timing';

const paragraphs = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const total = Number(process.argv[2] ?? 20_000);
const sources = [...paragraphs(corpusFile('id', '000')), ...paragraphs(corpusFile('id', '004'))];
const drafts = [...paragraphs(corpusFile('en-drafts', '000', '.mt.en.txt')), ...paragraphs(corpusFile('en-drafts', '004', '.human.en.txt'))];
const vocabulary = [...new Set(drafts.join(' ').split(/\s+/))];

/** Deterministic PRNG (mulberry32) so every run measures the same document. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(42);

const LIGHT_FIXES: Array<[RegExp, string]> = [
  [/\bwork together\b/g, 'cooperation'],
  [/\bthe the\b/g, 'the'],
  [/\bKorut\b/g, 'North Korea'],
  [/\bFactory\b/g, 'Plant'],
  [/\bAS\b/g, 'US'],
];

function postEdit(draft: string, kind: number): string {
  if (kind === 0) return draft;
  if (kind === 1) {
    let out = draft;
    for (const [re, to] of LIGHT_FIXES) out = out.replace(re, to);
    // Drafts without a known error still get one word changed, as a reviewer's touch.
    return out !== draft ? out : draft.replace(/\b(the|a|an)\b/, 'this');
  }
  return draft
    .split(' ')
    .map((w) => (rnd() < 0.4 ? (vocabulary[Math.floor(rnd() * vocabulary.length)] ?? w) : w))
    .join(' ');
}

const segments: Segment[] = [];
for (let i = 0; i < total; i++) {
  const k = i % drafts.length;
  const draft = drafts[k] ?? '';
  segments.push({
    id: `seg-${i}`,
    documentId: 'bench',
    index: i,
    kind: 'paragraph',
    source: sources[k % sources.length] ?? '',
    draft: { text: draft, origin: k < 22 ? 'mt' : 'human' },
    target: postEdit(draft, i % 3),
    status: i % 4 === 0 ? 'reviewed' : 'edited',
  });
}
const chars = segments.reduce((n, s) => n + (s.draft?.text.length ?? 0) + s.target.length, 0);


console.log(`Review bench: ${segments.length} segments, ${(chars / 1e6).toFixed(2)} M characters (draft + target), Node ${process.version}`);
const inputs = segments.map((s, i) => reviewInputFromSegment(s, 20_000 + (i % 7) * 5_000));
const diffs = timeRuns('diffWordsSegmented, every segment', () => segments.map((s) => diffWordsSegmented(s.draft?.text ?? '', s.target)));
const stats = timeRuns('documentStats (PED, word edit rate, aggregates)', () => documentStats(inputs));
timeRuns('diff + statistics together', () => {
  segments.forEach((s) => diffWordsSegmented(s.draft?.text ?? '', s.target));
  return documentStats(inputs);
});
console.log(`diff parts: ${diffs.reduce((n, d) => n + d.length, 0)}`);
console.log(`classes: ${JSON.stringify(stats.classes)}; mean PED ${stats.meanPostEditDistance.toFixed(3)}, pooled word edit rate ${stats.pooledWordEditRate.toFixed(3)}`);
console.log(`histogram: ${stats.histogram.map((b) => b.count).join(' ')}`);
console.log(`source words ${stats.sourceWords}, reviewed ${stats.wordsReviewed}, ${stats.time.wordsPerHour.toFixed(0)} words/hour`);
