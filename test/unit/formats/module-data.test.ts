import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBilingualXml } from '../../../shared/formats/bilingual-xml';
import { FIXTURES_DIR } from '../../support/paths';

const read = (rel: string) => readBilingualXml(readFileSync(path.join(FIXTURES_DIR, rel), 'utf8')).imported;

describe('module data a file brings for its segments', () => {
  it('XLIFF 2 gls:glossEntry becomes a term of the unit’s segment, with its translation and definition', () => {
    const doc = read('xliff20/third-party/xliff-21/modules/Good-gls_glossEntry-w-translation-or-definition.xlf');
    const terms = doc.blocks.flatMap((b) => b.fileTerms ?? []);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms).toContainEqual(expect.objectContaining({ term: 'snow', translations: ['Schnee'] }));
  });

  it('XLIFF 2 mtc:match becomes a candidate of its segment with origin and score', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.1" srcLang="id" trgLang="en">
 <file id="f1"><unit id="u1">
  <mtc:matches><mtc:match ref="#s1" matchQuality="87.5" origin="Memori Kantor"><source>Kucing itu tidur.</source><target>The cat sleeps.</target></mtc:match></mtc:matches>
  <segment id="s1"><source>Kucing itu tidur di sini.</source></segment>
 </unit></file></xliff>`;
    const [block] = readBilingualXml(xml).imported.blocks;
    expect(block?.candidates).toEqual([{ source: 'Kucing itu tidur.', target: 'The cat sleeps.', origin: 'Memori Kantor', score: 88 }]);
  });

  it('XLIFF 1.2 alt-trans becomes a candidate with origin and match-quality', () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="id" target-language="en" datatype="plaintext"><body>
 <trans-unit id="1"><source>Kucing itu tidur.</source>
  <alt-trans origin="TM Kantor" match-quality="75%"><source>Anjing itu tidur.</source><target>The dog sleeps.</target></alt-trans>
 </trans-unit></body></file></xliff>`;
    const [block] = readBilingualXml(xml).imported.blocks;
    expect(block?.candidates).toEqual([{ source: 'Anjing itu tidur.', target: 'The dog sleeps.', origin: 'TM Kantor', score: 75 }]);
  });

  it('a real alt-trans file (Okapi) keeps its candidates', () => {
    const doc = read('xliff12/third-party/okapi-RB-11-Test01.xlf');
    const unit12 = doc.blocks.find((b) => b.origin?.unitId === '12');
    expect(unit12?.candidates).toEqual([{ source: 'The text number four.', target: 'Le texte numéro quatre.' }]);
  });
});
