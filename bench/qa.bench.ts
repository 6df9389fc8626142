/**
 * QA benchmark: full QA of a 20,000-segment project built from the corpus (target ≤ 2 s).
 *
 * Run: npx tsx bench/qa.bench.ts [segments]. Prints figures only; nothing is asserted.
 * Segments cycle the real corpus pairs (000 with its MT draft, 004 with its human draft), with a
 * copy number in a third of them so consistency sees both repeats and variants.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Segment } from '../shared/model';
import { readGlossaryCsv } from '../shared/glossary/glossary-csv';
import { checkTarget } from '../shared/glossary/target-check';
import { buildGlossaryIndex, findTermHits } from '../shared/glossary/term-index';
import { buildConsistencyIndex, runQa, runQaForSegment } from '../shared/qa';
import { CORPUS_DIR, corpusFile } from '../test/support/paths';
import { timeRuns } from './support/timing';

const paragraphs = (file: string) =>
  readFileSync(file, 'utf8')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const total = Number(process.argv[2] ?? 20_000);
const src000 = paragraphs(corpusFile('id', '000'));
const mt000 = paragraphs(corpusFile('en-drafts', '000', '.mt.en.txt'));
const src004 = paragraphs(corpusFile('id', '004'));
const hu004 = paragraphs(corpusFile('en-drafts', '004', '.human.en.txt'));
// 004's human draft pairs back to its source by these known paragraph pairs (1-based), see the corpus README.
const beads004: Array<[number, number]> = [[2, 1], [8, 3], [10, 4], [11, 5], [12, 6], [13, 7], [14, 8], [15, 9], [16, 10], [18, 11], [19, 12], [20, 13], [22, 16], [24, 17]];
const pairs: Array<[string, string]> = [
  ...src000.map((s, i): [string, string] => [s, mt000[i] ?? '']),
  ...beads004.map(([s, d]): [string, string] => [src004[s - 1] ?? '', hu004[d - 1] ?? '']),
];

const segments: Segment[] = [];
for (let i = 0; i < total; i++) {
  const [source, target] = pairs[i % pairs.length] ?? ['', ''];
  const copy = i % 3 === 0 ? ` (${Math.floor(i / pairs.length)})` : '';
  segments.push({ id: `seg-${i}`, documentId: `doc-${Math.floor(i / 500)}`, index: i, kind: 'paragraph', source: source + copy, draft: { text: target, origin: 'mt' }, target: target + copy, status: 'draft' });
}
const chars = segments.reduce((n, s) => n + s.source.length + s.target.length, 0);

// The glossary engine on the corpus glossary, as the service wires it: QA with terminology.
const glossary = buildGlossaryIndex(
  readGlossaryCsv(readFileSync(path.join(CORPUS_DIR, 'glossary.id-en.csv'), 'utf8'), { now: '2026-01-01T00:00:00.000Z', author: 'bench' }).entries,
);
const termChecks = (s: Segment) => checkTarget(glossary, findTermHits(glossary, s.source), s.target, s.source);


console.log(`QA bench: ${segments.length} segments, ${(chars / 1e6).toFixed(2)} M characters, Node ${process.version}`);
const findings = timeRuns('runQa (all checks, no ports)', () => runQa(segments));
const withTerms = timeRuns('runQa + glossary engine (terminology)', () => runQa(segments, { termChecks }));
const index = buildConsistencyIndex(segments);
const one = segments[123];
if (one) {
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) runQaForSegment(one, { index });
  console.log(`${'runQaForSegment (on confirm), mean'.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(3)} ms`);
}
const byCheck = new Map<string, number>();
for (const f of withTerms) byCheck.set(f.checkId, (byCheck.get(f.checkId) ?? 0) + 1);
console.log(`findings: ${findings.length} without terminology, ${withTerms.length} with`);
for (const [id, n] of [...byCheck].sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(32)} ${n}`);
