/**
 * How long importing a large XLIFF 1.2 takes: 20,000 trans-units built in memory (groups,
 * seg-source-free units with g/x codes, targets with states, notes), parsed to an
 * ImportedDocument, then written back unchanged. Prints figures; targets are ≤ 3 s and ≤ 500 MB.
 *
 * Run: npx tsx bench/import-xliff.bench.ts [units]
 */
import { readXliff12, writeXliff12 } from '../shared/formats/xliff12';
import type { Segment, SegmentStatus } from '../shared/model/segment';

const UNITS = Number(process.argv[2] ?? 20_000);
const SENTENCES = [
  'Pemerintah desa membangun <g id="1" ctype="bold">jembatan baru</g> di atas sungai.',
  'Warga diminta <x id="2"/>membawa kartu identitas saat pemungutan suara.',
  'Harga beras naik &amp; pasokan dari petani berkurang selama musim kemarau.',
  'Sekolah dasar itu menerima bantuan buku dari perpustakaan daerah.',
];

function buildXliff(units: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n',
    '<file original="besar.docx" source-language="id-ID" target-language="en-US" datatype="plaintext"><body>\n',
  ];
  for (let i = 0; i < units; i++) {
    if (i % 50 === 0) parts.push(`${i > 0 ? '</group>\n' : ''}<group id="g${i / 50}">\n`);
    const source = SENTENCES[i % SENTENCES.length] ?? '';
    const target = i % 3 === 0 ? '' : `<target state="translated">Translation ${i} of <g id="1" ctype="bold">the unit</g>.</target>`;
    const note = i % 10 === 0 ? `<note>Catatan ${i}</note>` : '';
    parts.push(`  <trans-unit id="u${i}" xml:space="preserve">\n    <source>${source} (${i})</source>\n    ${target}${note}\n  </trans-unit>\n`);
  }
  parts.push('</group>\n</body></file>\n</xliff>\n');
  return parts.join('');
}

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
