/**
 * Paragraph-alignment benchmark: 2,000 × 2,000 synthetic paragraphs built from the corpus pairs.
 *
 * Run: npx tsx bench/align.bench.ts [sourceParagraphs]. Prints figures only; nothing is asserted.
 * The document mixes the 000 (machine) and 004 (human) pairs in random order, then drops, merges
 * and splits drafts and inserts boilerplate, so the true beads are known and quality measurable.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { alignParagraphs } from '../shared/align';
import type { AlignmentResult } from '../shared/align';
import { DEFAULT_BOILERPLATE_RULES, detectBoilerplate } from '../shared/boilerplate';
import { splitParagraphs, splitSentences } from '../shared/segment';
import { corpusFile } from '../test/support/paths';

const read = (file: string): string[] => [...splitParagraphs(readFileSync(file, 'utf8')).paragraphs];

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

// Parallel units [source, draft] from the corpus: 000 paragraph for paragraph, 004 by its known beads.
const src000 = read(corpusFile('id', '000'));
const dr000 = read(corpusFile('en-drafts', '000', '.mt.en.txt'));
const src004 = read(corpusFile('id', '004'));
const dr004 = read(corpusFile('en-drafts', '004', '.human.en.txt'));
const units: Array<[string, string]> = src000.slice(0, 21).map((s, i) => [s, dr000[i] ?? '']);
const pairs004: Array<[number, number]> = [[2, 1], [8, 3], [10, 4], [11, 5], [12, 6], [13, 7], [14, 8], [15, 9], [16, 10], [18, 11], [19, 12], [20, 13], [22, 16], [24, 17]];
for (const [s, d] of pairs004) units.push([src004[s - 1] ?? '', dr004[d - 1] ?? '']);
const boilerplate = [src004[8], src004[16], src004[22], src004[24], 'Advertisement', 'Bagikan'].filter((x): x is string => !!x);

interface Doc {
  readonly source: string[];
  readonly draft: string[];
  readonly beads: Set<string>;
}

function buildDocument(size: number, seed: number): Doc {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const source: string[] = [];
  const draft: string[] = [];
  const beads = new Set<string>();
  const bead = (s: number[], d: number[]) => beads.add(JSON.stringify([s, d]));
  while (source.length < size) {
    const r = rnd();
    const s = source.length;
    // Some paragraphs carry a number, as real articles do; many carry none.
    const tag = rnd() < 0.4 ? [` (${s})`, ` (${s})`] : ['', ''];
    const [u, v] = pick(units);
    if (r < 0.03) {
      source.push(pick(boilerplate));
      bead([s], []);
    } else if (r < 0.06) {
      source.push(u + tag[0]);
      bead([s], []);
    } else if (r < 0.09) {
      const [u2, v2] = pick(units);
      source.push(u + tag[0], u2);
      draft.push(`${v}${tag[1]} ${v2}`);
      bead([s, s + 1], [draft.length - 1]);
    } else if (r < 0.12 && splitSentences(v, 'en').length > 1) {
      const [first, ...rest] = splitSentences(v + tag[1], 'en');
      source.push(u + tag[0]);
      draft.push(first ?? '', rest.join(' '));
      bead([s], [draft.length - 2, draft.length - 1]);
    } else if (r < 0.125) {
      draft.push(`Translator's note: the agency's own spelling is kept here, see https://example.org/style.`);
      bead([], [draft.length - 1]);
      source.push(u + tag[0]);
      draft.push(v + tag[1]);
      bead([s], [draft.length - 1]);
    } else {
      source.push(u + tag[0]);
      draft.push(v + tag[1]);
      bead([s], [draft.length - 1]);
    }
  }
  return { source, draft, beads };
}

function quality(doc: Doc, result: AlignmentResult): { beads: number; sources: number; flaggedWrong: number; flaggedRight: number } {
  const found = result.beads.map((b) => JSON.stringify([b.source, b.draft]));
  const correct = found.filter((f) => doc.beads.has(f)).length;
  const truth = new Map<number, string>();
  for (const key of doc.beads) {
    const [s, d] = JSON.parse(key) as [number[], number[]];
    for (const x of s) truth.set(x, JSON.stringify(d));
  }
  const right = result.sources.filter((s, i) => truth.get(i) === JSON.stringify(s.draft)).length;
  const wrongBeads = result.beads.filter((_, k) => !doc.beads.has(found[k]!));
  const rightBeads = result.beads.filter((_, k) => doc.beads.has(found[k]!));
  return {
    beads: correct / doc.beads.size,
    sources: right / doc.source.length,
    flaggedWrong: wrongBeads.filter((b) => b.lowConfidence).length / Math.max(1, wrongBeads.length),
    flaggedRight: rightBeads.filter((b) => b.lowConfidence).length / Math.max(1, rightBeads.length),
  };
}

/** Median wall-clock and CPU milliseconds of 5 runs after a warm-up; CPU time is steadier on a busy machine. */
function time(f: () => AlignmentResult): { ms: number; cpuMs: number; result: AlignmentResult } {
  let result = f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    const c = process.cpuUsage();
    result = f();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
  return { ms: median(wall), cpuMs: median(cpu), result };
}

const size = Number(process.argv[2] ?? 2000);
const doc = buildDocument(size, 20230915);
const prior = detectBoilerplate(doc.source, DEFAULT_BOILERPLATE_RULES).map((m) => (m ? 0.9 : 0));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`align.bench: ${doc.source.length} source × ${doc.draft.length} draft paragraphs, ${doc.beads.size} true beads`);
for (const [label, options] of [
  ['without prior', {}],
  ['with boilerplate prior', { untranslatedPrior: prior }],
] as const) {
  const { ms, cpuMs, result } = time(() => alignParagraphs(doc.source, doc.draft, options));
  const q = quality(doc, result);
  console.log(
    `  ${label.padEnd(24)} ${ms.toFixed(0).padStart(5)} ms wall, ${cpuMs.toFixed(0)} ms CPU (medians of 5)  band ±${result.stats.band}, ${result.stats.cells} cells, ratio ${result.stats.ratio}, variance ${result.stats.variance}`,
  );
  console.log(
    `  ${''.padEnd(24)} beads recovered ${pct(q.beads)}, source paragraphs paired right ${pct(q.sources)}, wrong beads flagged low-confidence ${pct(q.flaggedWrong)}, right beads flagged ${pct(q.flaggedRight)}`,
  );
}
