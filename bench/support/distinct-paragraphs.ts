/**
 * Benchmark text made of distinct paragraphs: corpus sentences (../shared/corpus, or
 * TINJAU_CORPUS) paired in shifting combinations, with the numbers, names and places varied per
 * paragraph, so no two paragraphs are equal and caches keyed by text don't flatter the figures.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR as DEFAULT_CORPUS } from '../../test/support/paths';

export const CORPUS_DIR = process.env.TINJAU_CORPUS ?? DEFAULT_CORPUS;

/** Stops with a plain message when the corpus is not there. */
export function requireCorpus(): void {
  if (!existsSync(path.join(CORPUS_DIR, 'id'))) {
    console.log(`The corpus is missing: no ${path.join(CORPUS_DIR, 'id')}. Put it at ../shared/corpus or set TINJAU_CORPUS.`);
    process.exit(0);
  }
}

const sentencesOf = (folder: string): string[] =>
  readdirSync(path.join(CORPUS_DIR, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(path.join(CORPUS_DIR, folder, f), 'utf8').split(/\n+|(?<=[.!?])\s+(?=[A-Z"“])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 25);

const NAMES = ['Sari', 'Budi Santoso', 'Wahyu', 'Rina Kartika', 'Agus Salim', 'Dewi Lestari', 'Hendra', 'Putri Ayu', 'Joko', 'Maya Sari', 'Rizki', 'Indah'];
const PLACES = ['Bandung', 'Surabaya', 'Medan', 'Makassar', 'Semarang', 'Palembang', 'Denpasar', 'Pontianak', 'Manado', 'Ambon', 'Kupang', 'Jayapura'];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface BenchParagraph {
  readonly source: string;
  readonly target: string;
}

/** Paragraph `i`: the same for the same `i`, different for every `i`. */
export function paragraphs(count: number): BenchParagraph[] {
  const id = sentencesOf('id');
  const en = sentencesOf('en-drafts');
  const out: BenchParagraph[] = [];
  for (let i = 0; i < count; i++) {
    const vary = (text: string, salt: number) => {
      let k = 0;
      return text.replace(/\d+/g, () => String((i * 7919 + salt * 31 + k++ * 17) % 100_000));
    };
    const name = NAMES[(i * 5) % NAMES.length] as string;
    const place = PLACES[(i * 7 + Math.floor(i / NAMES.length)) % PLACES.length] as string;
    const a = id[i % id.length] as string;
    const b = id[(i * 37 + 11) % id.length] as string;
    const ta = en[i % en.length] as string;
    const source = `${vary(a, 1)} Menurut ${name} di ${place}, ${vary(b, 2).replace(/^./, (c) => c.toLowerCase())} (laporan ${i + 1})`;
    const target = `${vary(ta, 3)} According to ${name} in ${place}, report ${i + 1}.`;
    out.push({ source, target });
  }
  return out;
}

/** An XLIFF 1.2 file of `count` distinct units; two of three carry a translated target. */
export function distinctXliff(count: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n',
    '<file original="laporan.docx" source-language="id-ID" target-language="en-US" datatype="plaintext"><body>\n',
  ];
  paragraphs(count).forEach((p, i) => {
    const target = i % 3 === 0 ? '' : `<target state="translated">${escape(p.target)}</target>`;
    parts.push(`  <trans-unit id="u${i}">\n    <source>${escape(p.source)}</source>\n    ${target}\n  </trans-unit>\n`);
  });
  parts.push('</body></file>\n</xliff>\n');
  return parts.join('');
}
