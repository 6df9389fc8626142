import { describe, expect, it } from 'vitest';
import { docxWarnings } from '../../../electron/services/formats/docx-warnings';

describe("mammoth's DOCX warnings", () => {
  it('drops the harmless style and image ones, and says the rest in words a translator understands', () => {
    const warnings = docxWarnings([
      { type: 'warning', message: 'Paragraph style with ID Heading1 was referenced but not defined in the document' },
      { type: 'warning', message: 'Unrecognised paragraph style: Judul (Style ID: Judul)' },
      { type: 'warning', message: 'An unrecognised element was ignored: w:customXml' },
      { type: 'warning', message: 'An unrecognised element was ignored: w:customXml' },
      { type: 'warning', message: 'Something mammoth-internal went wrong' },
    ]);
    const text = warnings.map((w) => w.message);
    expect(text).toEqual([
      expect.stringMatching(/^Some parts of the Word document were not read \(w:customXml\); if text is missing/),
      expect.stringMatching(/^1 part\(s\) of the Word document could not be converted/),
    ]);
    expect(text.join(' ')).not.toMatch(/Heading1|style with ID|mammoth/);
    expect(docxWarnings([{ type: 'warning', message: 'Paragraph style with ID Heading1 was referenced but not defined in the document' }])).toEqual([]);
  });
});
