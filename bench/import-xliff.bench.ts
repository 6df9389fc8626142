/**
 * How long importing a large XLIFF 1.2 takes: 20,000 trans-units built in memory (groups,
 * seg-source-free units with g/x codes, targets with states, notes), parsed to an
 * ImportedDocument, then written back unchanged. Prints figures; targets are ≤ 3 s and ≤ 500 MB.
 *
 * Run: npx tsx bench/import-xliff.bench.ts [units]
 */
import { readXliff12, writeXliff12 } from '../shared/formats/xliff12';
import type { Segment, SegmentStatus } from '../shared/model/segment';
import { buildXliff } from './support/xliff';

const UNITS = Number(process.argv[2] ?? 20_000);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const text = buildXliff(UNITS);
const t0 = performance.now();
const doc = readXliff12(text);
const parseMs = performance.now() - t0;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const segments: Segment[] = doc.blocks.map((block, index) => ({
  id: `s${index}`,
  documentId: 'bench',
  index,
  kind: block.kind,
  source: block.source,
  draft: block.draft !== undefined ? { text: block.draft, origin: 'import' } : null,
  target: index % 7 === 0 ? `Reviewed ${index}` : (block.draft ?? ''),
  status: (index % 7 === 0 ? 'reviewed' : (block.status ?? 'new')) as SegmentStatus,
  ...(block.codes ? { codes: block.codes } : {}),
  ...(block.origin ? { origin: block.origin } : {}),
}));
const t1 = performance.now();
const written = writeXliff12(text, segments);
const writeMs = performance.now() - t1;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
clearInterval(sampler);

console.log(`XLIFF 1.2 import: ${UNITS} units, ${(text.length / 1024 / 1024).toFixed(1)} MB of text`);
console.log(`  parse to ImportedDocument: ${parseMs.toFixed(0)} ms (${doc.blocks.length} blocks; target ≤ 3000 ms)`);
console.log(`  write back (1 in 7 changed): ${writeMs.toFixed(0)} ms (${(written.length / 1024 / 1024).toFixed(1)} MB)`);
console.log(`  peak RSS: ${mb(peakRss)} (target ≤ 500 MB)`);
