// An export of hundreds of MB is written as UTF-8 a piece at a time; the file must be exactly the
// text, also where a piece ends inside a character that takes two UTF-16 units (an emoji).
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeText } from '../../electron/services/files';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('writing a long text in pieces', () => {
  it('keeps every character whole at every piece boundary', () => {
    const text = 'Banjir 🌊 di Jakarta — “ḍ” 𝔸 é\n'.repeat(40);
    for (const piece of [1, 2, 3, 7, 8, 64]) {
      const file = path.join(tempDir(), `out-${piece}.txt`);
      const fd = openSync(file, 'w');
      writeText(fd, text, piece);
      closeSync(fd);
      expect(readFileSync(file, 'utf8'), `pieces of ${piece}`).toBe(text);
    }
  });

  it('an atomic write of a text gives the same bytes as of its UTF-8', () => {
    const text = 'Laporan 📄 tahunan\n'.repeat(1000);
    const file = path.join(tempDir(), 'laporan.xlf');
    writeFileAtomic(file, text);
    expect(readFileSync(file)).toEqual(Buffer.from(text, 'utf8'));
  });
});
