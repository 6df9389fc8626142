/**
 * XLIFF 1.2 and TMX files written by other tools (Okapi's and translate-toolkit's test files) import
 * whole: translate-toolkit, an independent reader, lists the units with source text; each must be a
 * Tinjau segment or be named in the import's warning as left out, and the source text must agree
 * (inline codes counted by their content, as translate-toolkit flattens them).
 *
 * translate-toolkit is run live when /usr/bin/python3 has it; otherwise the list it gave when the
 * fixtures were added (ttk-units.json beside them, made by scripts/ttk-units.py) is used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBilingualXml } from '../../../../shared/formats/bilingual-xml';
import { decodeText } from '../../../../shared/formats/encoding';
import type { ImportedDocument } from '../../../../shared/model/imported';
import { inlineCodeIndex } from '../../../../shared/model/segment';
import { FIXTURES_DIR } from '../../../support/paths';

type Units = Record<string, { id: string; source: string }[]>;
const SCRIPT = path.join(__dirname, '../../../../scripts/ttk-units.py');
const PYTHON = '/usr/bin/python3';

function independentUnits(dir: string, files: string[]): Units {
  if (existsSync(PYTHON)) {
    const run = spawnSync(PYTHON, [SCRIPT, ...files.map((f) => path.join(dir, f))], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (run.status === 0) return JSON.parse(run.stdout) as Units;
    if (!/No module named 'translate'/.test(run.stderr)) throw new Error(`translate-toolkit failed: ${run.stderr}`);
  }
  return JSON.parse(readFileSync(path.join(dir, 'ttk-units.json'), 'utf8')) as Units;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');

/** A segment's source as translate-toolkit flattens it: each code by the text inside its markup. */
function flattened(block: ImportedDocument['blocks'][number]): string {
  return [...block.source]
    .map((c) => {
      const i = inlineCodeIndex(c);
      if (i === null) return c;
      const code = block.codes?.[i];
      if (!code) return '';
      // Paired XLIFF 1.2 <g> / 2.x <pc> hold the text, which is in the source already.
      if (!/^<(bpt|ept|ph|it|ut|sub)\b/.test(code.xml)) return '';
      return decodeEntities(code.xml.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ''));
    })
    .join('');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Segments of a unit are joined with a space; the file may have had none between them. */
const same = (tinjau: string, ttk: string) => tinjau === ttk || tinjau.replace(/\s/g, '') === ttk.replace(/\s/g, '');

/**
 * Units whose text Tinjau reads differently from translate-toolkit, on purpose: where the file's
 * <seg-source> (the segments a CAT tool made, which the reviewer works on) disagrees with its
 * <source>, Tinjau reads the segments; translate-toolkit reads <source>.
 */
const DIFFERENT: Record<string, Record<string, string>> = {
  'okapi-RB-12-Test02.xlf': { '11withWarning': 'Sentence 1. Sentence 2+diff.' },
};

/** Segments of one unit (XLIFF 1.2 seg-source) joined, as translate-toolkit keeps one unit whole. */
function byUnit(doc: ImportedDocument): string[] {
  const out: { unit: string | undefined; text: string }[] = [];
  for (const block of doc.blocks) {
    const unit = block.origin?.subId !== undefined ? block.origin.unitId : undefined;
    const last = out[out.length - 1];
    if (unit !== undefined && last?.unit === unit) last.text += ` ${flattened(block)}`;
    else out.push({ unit, text: flattened(block) });
  }
  return out.map((u) => norm(u.text));
}

function leftOutIds(doc: ImportedDocument): string[] {
  return doc.warnings.flatMap((w) => {
    const args = (w.text as { args?: Record<string, unknown> }).args ?? {};
    return typeof args.ids === 'string' ? args.ids.split(', ').filter(Boolean) : [];
  });
}

for (const [format, folder, ext] of [
  ['xliff12', 'xliff12/third-party', /\.xlf$/],
  ['tmx', 'tmx/third-party', /\.tmx$/],
] as const) {
  const dir = path.join(FIXTURES_DIR, folder);
  const files = readdirSync(dir).filter((f) => ext.test(f));
  const expected = independentUnits(dir, files);

  describe(`${format} files written by other tools`, () => {
    it('has the samples', () => expect(files.length).toBeGreaterThanOrEqual(format === 'tmx' ? 10 : 15));

    it.each(files)('%s: every unit with source text is a segment or named as left out', (file) => {
      const { text } = decodeText(new Uint8Array(readFileSync(path.join(dir, file))));
      const { format: read, imported } = readBilingualXml(text);
      expect(read).toBe(format);
      const units = expected[file] ?? [];
      const leftOut = leftOutIds(imported);
      const tinjau = byUnit(imported);
      // Walk translate-toolkit's units in order: each is Tinjau's next unit (same text) or one the
      // warning names (its ids are "file\u0004unit"; the warning names the unit). A unit the warning
      // names that translate-toolkit does not list (an empty source) is not a unit with text.
      const unnamed: string[] = [];
      let next = 0;
      for (const u of units) {
        const id = u.id.split('\u0004').pop()!;
        const text = DIFFERENT[file]?.[id] ?? norm(u.source);
        if (next < tinjau.length && same(tinjau[next]!, text)) next += 1;
        else if (leftOut.includes(id)) leftOut.splice(leftOut.indexOf(id), 1);
        else unnamed.push(`${id}: ${text} (Tinjau has: ${tinjau[next] ?? 'nothing'})`);
      }
      expect(unnamed).toEqual([]);
      expect(tinjau.slice(next)).toEqual([]);
    });
  });
}
