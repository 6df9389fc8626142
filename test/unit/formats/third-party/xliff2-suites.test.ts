/**
 * Every valid sample of the OASIS XLIFF 2.1 and 2.2 test suites (core and modules) imports whole:
 * an independent reader (fast-xml-parser, which Tinjau's own parser shares no code with) counts the
 * segments with source text, their text and their inline codes, and Tinjau's import must agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readBilingualXml } from '../../../../shared/formats/bilingual-xml';
import { FIXTURES_DIR } from '../../../support/paths';

const ROOT = path.join(FIXTURES_DIR, 'xliff20/third-party');
/** In the 2.2 suite's "valid" folder but not well-formed (a target outside its segment). */
const MALFORMED = 'Good-pgs_plural.xlf';
const files = ['xliff-21/core', 'xliff-21/modules', 'xliff-22/core', 'xliff-22/modules'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.xlf') && f !== MALFORMED)
    .map((f) => `${dir}/${f}`),
);

type Node = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, processEntities: true, htmlEntities: true });

const nameOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const local = (name: string) => name.slice(name.indexOf(':') + 1);
const kids = (n: Node): Node[] => (Array.isArray(n[nameOf(n)]) ? (n[nameOf(n)] as Node[]) : []);
/** Core inline elements (unprefixed in these files); paired ones give two codes, the rest one. */
const CODES: Record<string, number> = { pc: 2, mrk: 2, ph: 1, sc: 1, ec: 1, sm: 1, em: 1, cp: 1 };

function sourceOf(n: Node): { text: string; codes: number } {
  let text = '';
  let codes = 0;
  for (const k of kids(n)) {
    const name = nameOf(k);
    if (name === '#text') text += String(k['#text']);
    else {
      codes += CODES[local(name)] ?? 1;
      const inner = sourceOf(k);
      text += inner.text;
      codes += inner.codes;
    }
  }
  return { text, codes };
}

/** Segments with text in their source, in document order, as the independent parser sees them. */
function independentSegments(xml: string): { text: string; codes: number }[] {
  const out: { text: string; codes: number }[] = [];
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      const name = local(nameOf(n));
      if (name === 'segment' && !nameOf(n).includes(':')) {
        const source = kids(n).find((k) => nameOf(k) === 'source');
        const read = source ? sourceOf(source) : undefined;
        if (read && read.text.trim() !== '') out.push(read);
      } else if (!nameOf(n).includes(':') && ['xliff', 'file', 'group', 'unit'].includes(name)) walk(kids(n));
    }
  };
  walk(parser.parse(xml) as Node[]);
  return out;
}

describe('OASIS XLIFF 2.1 / 2.2 test suites', () => {
  it('refuses the one sample that is not well-formed, saying where', () => {
    const xml = readFileSync(path.join(ROOT, 'xliff-22/modules', MALFORMED), 'utf8');
    expect(() => readBilingualXml(xml)).toThrow(/end tag <\/unit> does not match <target> \(line 20, column 3\)/);
  });

  it('has the samples', () => expect(files.length).toBeGreaterThanOrEqual(100));

  it.each(files)('%s: every segment with text, its text and inline codes', (file) => {
    const xml = readFileSync(path.join(ROOT, file), 'utf8');
    const expected = independentSegments(xml);
    const { format, imported } = readBilingualXml(xml);
    expect(format).toBe('xliff20');
    const got = imported.blocks.map((b) => ({
      text: b.source.replace(/[\uE000-\uEFFF]/g, ''),
      codes: [...b.source].filter((c) => /[\uE000-\uEFFF]/.test(c)).length,
    }));
    expect(got.map((g) => g.text.replace(/\s+/g, ' ').trim())).toEqual(expected.map((e) => e.text.replace(/\s+/g, ' ').trim()));
    expect(got.map((g) => g.codes)).toEqual(expected.map((e) => e.codes));
  });
});
