import { describe, expect, it } from 'vitest';
import { readXliff12, writeXliff12 } from '../../../../shared/formats/xliff12';
import { chips, segmentsFrom, withSegment } from '../../xml/helpers';

// Phrase and MateCat wrap segment markers inside the paragraph's formatting.
const PHRASE = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="siaran-pers.docx" source-language="id" target-language="en" datatype="x-undefined">
    <body>
      <trans-unit id="p1">
        <source><g id="1">Festival dimulai Jumat. Tiket gratis.</g></source>
        <seg-source><g id="1"><mrk mtype="seg" mid="0">Festival dimulai Jumat.</mrk> <mrk mtype="seg" mid="1">Tiket <g id="2">gratis</g>.</mrk></g></seg-source>
        <target state="translated"><g id="1"><mrk mtype="seg" mid="0">The festival starts on Friday.</mrk> <mrk mtype="seg" mid="1"></mrk></g></target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

describe('segment markers nested in formatting (Phrase, MateCat)', () => {
  const doc = readXliff12(PHRASE);

  it('finds the markers inside <g> and reads each with its own chips', () => {
    expect(doc.blocks.map((b) => b.origin?.subId)).toEqual(['0', '1']);
    expect(doc.blocks[0]?.draft).toBe('The festival starts on Friday.');
    expect(chips(doc.blocks[1]?.source ?? '', doc.blocks[1]?.codes)).toBe('Tiket [<2>]gratis[</2>].');
    expect(doc.blocks[1]?.draft).toBeUndefined();
    expect(doc.blocks.map((b) => b.status)).toEqual(['draft', 'new']);
  });

  it('writes the second segment into its marker and leaves the first alone', () => {
    const segments = segmentsFrom(doc);
    const target = segments[1]?.source.replace('Tiket', 'Tickets are').replace('gratis', 'free') ?? '';
    const out = writeXliff12(PHRASE, withSegment(segments, 1, { target }));
    expect(out).toContain(
      '<target state="translated"><g id="1"><mrk mtype="seg" mid="0">The festival starts on Friday.</mrk> <mrk mtype="seg" mid="1">Tickets are <g id="2">free</g>.</mrk></g></target>',
    );
    expect(readXliff12(out).blocks.map((b) => b.status)).toEqual(['draft', 'draft']);
  });
});
