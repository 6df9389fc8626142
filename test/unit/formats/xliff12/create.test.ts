import { describe, expect, it } from 'vitest';
import { createXliff12, readXliff12 } from '../../../../shared/formats/xliff12';
import { SCHEMAS_DIR } from '../../../support/paths';
import { chips, HAS_XMLLINT, xmllint } from '../../xml/helpers';
import { SAMPLE_META, SAMPLE_OPTIONS, SAMPLE_SEGMENTS } from '../../xml/sample-segments';
import path from 'node:path';

const xliff = createXliff12(SAMPLE_META, SAMPLE_SEGMENTS, SAMPLE_OPTIONS);

describe('createXliff12', () => {
  it.skipIf(!HAS_XMLLINT)('is valid against the XLIFF 1.2 strict schema (xmllint)', () => {
    expect(xmllint(xliff, ['--schema', path.join(SCHEMAS_DIR, 'xliff-core-1.2-strict.xsd')])).toBe('');
  });

  it('maps each status to state/approved and reads back the same statuses', () => {
    expect(xliff).toContain('<trans-unit id="seg-1" approved="yes">');
    expect(xliff).toContain('<target state="final">Posyandu Activities Report</target>');
    expect(xliff).toContain('<target state="needs-review-translation">');
    const doc = readXliff12(xliff);
    expect(doc.blocks.map((b) => [b.origin?.unitId, b.status])).toEqual([
      ['seg-1', 'approved'],
      ['seg-2', 'draft'],
      ['seg-3', 'new'],
      ['seg 4/<x>', 'reviewed'],
      ['seg-5', 'rejected'],
      ['seg-6', 'draft'],
    ]);
    expect(doc.sourceLang).toBe('id-ID');
    expect(doc.targetLang).toBe('en-US');
  });

  it('keeps the draft and its origin in alt-trans, comments and file notes in notes', () => {
    expect(xliff).toContain('<alt-trans origin="mt" tool-id="engine:opus-mt-id-en"><target>Posyandu Activity Report</target></alt-trans>');
    expect(xliff).toContain('<alt-trans origin="tm" match-quality="87">');
    expect(xliff).toContain('<note from="Ayu">Terlalu harfiah &lt;cek&gt;</note>');
    expect(xliff).toContain('<note from="file">Kader = community health volunteer</note>');
    expect(readXliff12(xliff).blocks[0]?.draft).toBe('Posyandu Activities Report');
  });

  it('marks excluded segments translate="no" so other tools lock them too', () => {
    expect(readXliff12(xliff).blocks[3]?.locked).toBe(true);
  });

  it('writes inline codes as native code that comes back as the same chips', () => {
    const block = readXliff12(xliff).blocks[1];
    expect(chips(block?.source ?? '', block?.codes)).toBe('Balita ditimbang [<b>]setiap bulan[</b>] & diberi vitamin A.[<br/>]');
    expect(chips(block?.draft ?? '', block?.codes)).toBe('Toddlers are weighed [<b>]monthly[</b>] & given vitamin A.[<br/>]');
    const unpaired = readXliff12(xliff).blocks[2];
    expect(unpaired?.codes?.[0]?.xml).toBe('<it id="4" pos="open">&lt;i class="x"&gt;</it>');
  });

  it('keeps double spaces with xml:space="preserve"', () => {
    expect(xliff).toContain('<trans-unit id="seg-3" xml:space="preserve">');
    expect(readXliff12(xliff).blocks[2]?.source).toContain('"sukarela"  bertugas');
  });
});
