/**
 * Realistic benchmark data from the shared corpus (../shared/corpus, or TINJAU_CORPUS): distinct
 * paragraph pairs, no two alike, so no cache or repeat flatters a figure. Each pair is a corpus
 * source paragraph with its English draft (000 with its MT draft, 004 with its human draft), with
 * a person's name, a place and the numbers varied per pair the same way on both sides; every
 * paragraph also carries a distinct reference ("No. 12/345") so even the same name and numbers
 * never repeat a paragraph. The glossary is the corpus glossary plus terms taken from the corpus
 * text (so they are found) and made-up ones (so most of a big glossary misses, as in life).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpus folder, or undefined when it is not there (benches then say so and exit 0). */
export function corpusDir(): string | undefined {
  const dir = process.env.TINJAU_CORPUS ?? path.resolve(REPO, '../shared/corpus');
  return existsSync(path.join(dir, 'id')) ? dir : undefined;
}

const FIRST = ['Andi', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fajar', 'Gita', 'Hadi', 'Indah', 'Joko', 'Kartika', 'Lestari', 'Maya', 'Nanda', 'Oki', 'Putri', 'Rizal', 'Sari', 'Teguh', 'Umar', 'Wulan', 'Yusuf', 'Zahra', 'Agus', 'Bayu', 'Dian', 'Fitri', 'Hendra', 'Irfan', 'Lina'];
const LAST = ['Santoso', 'Wijaya', 'Pratama', 'Hidayat', 'Saputra', 'Kurniawan', 'Nugroho', 'Siregar', 'Lubis', 'Nasution', 'Harahap', 'Simanjuntak', 'Wibowo', 'Halim', 'Gunawan', 'Setiawan', 'Susanto', 'Rahman', 'Hakim', 'Putra', 'Tanjung', 'Purba', 'Sitompul', 'Ginting', 'Tarigan'];
const PLACES = ['Jakarta', 'Bandung', 'Surabaya', 'Medan', 'Makassar', 'Semarang', 'Palembang', 'Denpasar', 'Yogyakarta', 'Malang', 'Padang', 'Pontianak', 'Manado', 'Ambon', 'Kupang', 'Jayapura', 'Balikpapan', 'Banjarmasin', 'Pekanbaru', 'Jambi'];

function paragraphs(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function file(dir: string, folder: string, prefix: string, suffix = '.txt'): string {
  const name = readdirSync(path.join(dir, folder)).find((f) => f.startsWith(`${prefix}_`) && f.endsWith(suffix));
  if (!name) throw new Error(`no corpus file ${folder}/${prefix}_*${suffix} in ${dir}`);
  return path.join(dir, folder, name);
}

function corpusPairs(dir: string): Array<[string, string]> {
  const src000 = paragraphs(file(dir, 'id', '000'));
  const mt000 = paragraphs(file(dir, 'en-drafts', '000', '.mt.en.txt'));
  const src004 = paragraphs(file(dir, 'id', '004'));
  const hu004 = paragraphs(file(dir, 'en-drafts', '004', '.human.en.txt'));
  const beads004: Array<[number, number]> = [[2, 1], [8, 3], [10, 4], [11, 5], [12, 6], [13, 7], [14, 8], [15, 9], [16, 10], [18, 11], [19, 12], [20, 13], [22, 16], [24, 17]];
  return [...src000.map((s, i): [string, string] => [s, mt000[i] ?? '']), ...beads004.map(([s, d]): [string, string] => [src004[s - 1] ?? '', hu004[d - 1] ?? ''])].filter(
    ([s, t]) => s.length > 0 && t.length > 0,
  );
}

export interface Pair {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** `count` distinct pairs. */
export function realisticPairs(dir: string, count: number): Pair[] {
  const base = corpusPairs(dir);
  const out: Pair[] = [];
  for (let i = 0; i < count; i++) {
    const [s, t] = base[i % base.length] as [string, string];
    const round = Math.floor(i / base.length);
    const name = `${FIRST[(i * 7 + round) % FIRST.length]} ${LAST[(i * 11 + round * 3) % LAST.length]}`;
    const place = PLACES[(i * 13 + round) % PLACES.length] as string;
    // Numbers change with the pair, the same on both sides (QA compares them).
    const shift = (n: string) => String((Number(n) + i * 37 + round) % 100_000);
    const vary = (text: string) => text.replace(/\b\d+\b/g, shift);
    const ref = `${(i % 97) + 1}/${1000 + i}`;
    out.push({
      id: `p${i + 1}`,
      source: `${vary(s)} Menurut ${name} di ${place}, laporan No. ${ref} sudah diterima.`,
      target: `${vary(t)} According to ${name} in ${place}, report No. ${ref} has been received.`,
    });
  }
  return out;
}

/** A glossary CSV (source,target) of `count` distinct entries: the corpus glossary first. */
export function realisticGlossaryCsv(dir: string, count: number, pairs: readonly Pair[]): { csv: string; terms: string[] } {
  const seen = new Set<string>();
  const rows: string[] = [];
  const terms: string[] = [];
  const add = (source: string, target: string) => {
    const key = source.toLowerCase();
    if (seen.has(key) || rows.length >= count || !source.trim() || !target.trim()) return;
    seen.add(key);
    terms.push(source);
    rows.push(`${csvCell(source)},${csvCell(target)}`);
  };
  const [header, ...lines] = readFileSync(path.join(dir, 'glossary.id-en.csv'), 'utf8').trim().split('\n');
  const cols = (header ?? '').split(',').map((c) => c.trim().toLowerCase());
  const si = Math.max(0, cols.indexOf('source'));
  const ti = Math.max(1, cols.indexOf('target'));
  for (const line of lines) {
    const cells = line.split(',');
    add(cells[si] ?? '', cells[ti] ?? '');
  }
  // Word pairs of the text (found in the segments), then made-up terms (missing, as most are).
  const words = [...new Set(pairs.slice(0, 300).flatMap((p) => p.source.split(/[^\p{L}]+/u)).filter((w) => w.length > 3))];
  for (let i = 0; i + 1 < words.length && rows.length < Math.min(count, 2000); i++) add(`${words[i]} ${words[i + 1]}`, `term ${i}`);
  const syllables = ['ka', 'la', 'ma', 'na', 'pa', 'ra', 'sa', 'ta', 'be', 'de', 'ge', 'ke', 'ri', 'si', 'ti', 'bu', 'du', 'gu', 'ko', 'lo', 'mo', 'no', 'po', 'ro'];
  for (let i = 0; rows.length < count; i++) {
    let n = i;
    let word = '';
    do {
      word += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    add(i % 3 === 0 ? `${word}an ${words[i % words.length] ?? 'data'}` : `peng${word}an`, `coinage ${i}`);
  }
  return { csv: 'source,target\n' + rows.join('\n') + '\n', terms };
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The pairs as one XLIFF 1.2 file, targets translated, as another tool would hand it over. */
export function xliff12Of(pairs: readonly Pair[], original = 'berita.txt'): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n',
    `<file original="${original}" source-language="id" target-language="en" datatype="plaintext"><body>\n`,
  ];
  for (const p of pairs) parts.push(`<trans-unit id="${p.id}"><source>${esc(p.source)}</source><target state="translated">${esc(p.target)}</target></trans-unit>\n`);
  parts.push('</body></file>\n</xliff>\n');
  return parts.join('');
}
