import { describe, expect, it } from 'vitest';
import { readTmx, writeTmx } from '../../../../shared/formats/tmx';
import { fixture, segmentsFrom, withSegment } from '../../xml/helpers';

describe('writeTmx', () => {
  const original = fixture('tmx', 'trados-tmx14-utf16.tmx');
  const segments = segmentsFrom(readTmx(original));

  it('leaves the memory byte for byte when nothing changed, BOM included', () => {
    expect(writeTmx(original, segments)).toBe(original);
  });

  it('replaces the English seg only; Malay and Indonesian stay as they were', () => {
    const target = segments[1]?.draft?.text.replace('every month', 'monthly') ?? '';
    const out = writeTmx(original, withSegment(segments, 1, { target }));
    expect(out.replace('Posyandu<ept i="1">&lt;/b&gt;</ept> monthly.', 'Posyandu<ept i="1">&lt;/b&gt;</ept> every month.')).toBe(original);
    expect(readTmx(out).blocks[1]?.draft).toBe(target);
  });

  it('adds an English variant to a unit that had none, with who and when', () => {
    const out = writeTmx(
      original,
      withSegment(segments, 3, { target: 'Boil drinking water & let it cool.', updatedBy: 'Rudi', updatedAt: '2026-11-21T08:00:00Z' }),
    );
    const added = '\n      <tuv xml:lang="en-US" changeid="Rudi" changedate="20261121T080000Z"><seg>Boil drinking water &amp; let it cool.</seg></tuv>';
    expect(out.replace(added, '')).toBe(original);
    expect(readTmx(out).blocks[3]?.draft).toBe('Boil drinking water & let it cool.');
  });

  it('writes `lang` into a TMX 1.1 memory', () => {
    const tmx11 = fixture('tmx', 'omegat-tmx11.tmx').replace(/\s*<tuv lang="EN-GB" changeid[^]*?<\/tuv>/, '');
    const back = segmentsFrom(readTmx(tmx11));
    const out = writeTmx(tmx11, withSegment(back, 0, { target: 'The market opens at dawn.' }));
    expect(out).toContain('<tuv lang="EN-GB"><seg>The market opens at dawn.</seg></tuv>');
  });
});
