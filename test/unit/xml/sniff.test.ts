import { describe, expect, it } from 'vitest';
import { detectBilingualXml, readBilingualXml } from '../../../shared/formats/bilingual-xml';

import { declaredEncoding, parseXml, withUtf8Declaration } from '../../../shared/xml';
import { fixture } from './helpers';

describe('detectBilingualXml', () => {
  it.each([
    ['xliff', 'trados-studio.sdlxliff', 'xliff12'],
    ['xliff', 'xcode.xliff', 'xliff12'],
    ['xliff', 'xliff20-ignorables.xlf', 'xliff20'],
    ['tmx', 'trados-tmx14-utf16.tmx', 'tmx'],
    ['tmx', 'omegat-tmx11.tmx', 'tmx'],
  ])('%s/%s is %s', (folder, name, format) => {
    expect(detectBilingualXml(parseXml(fixture(folder, name), { allowExternalDtdReference: true }))).toBe(format);
  });

  const unit = '<file source-language="id" target-language="en" datatype="plaintext" original="a"><body><trans-unit id="1"><source>Halo</source></trans-unit></body></file>';

  it('reads the version of the xliff element, not another namespace attribute on it (its:version)', () => {
    const text = `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0" version="1.2">${unit}</xliff>`;
    const read = readBilingualXml(text);
    expect(read.format).toBe('xliff12');
    expect(read.imported.blocks.map((b) => b.source)).toEqual(['Halo']);
  });

  it('takes the first element the parser sees, not one a comment mentions', () => {
    const text = `<?xml version="1.0"?>\n<!-- exported from <tmx> by a tool; see <xliff version="2.0"> -->\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">${unit}</xliff>`;
    expect(readBilingualXml(text).format).toBe('xliff12');
  });

  it('reads XLIFF 2.1 (2.0 namespace) and 2.2 (its own namespace) like 2.0', () => {
    const body = '<file id="f"><unit id="u1"><segment><source>Halo dunia</source><target>Hello world</target></segment></unit></file>';
    for (const [ns, version] of [['urn:oasis:names:tc:xliff:document:2.0', '2.1'], ['urn:oasis:names:tc:xliff:document:2.2', '2.2']]) {
      const read = readBilingualXml(`<xliff xmlns="${ns}" version="${version}" srcLang="id" trgLang="en">${body}</xliff>`);
      expect(read.format).toBe('xliff20');
      expect(read.imported.blocks.map((b) => [b.source, b.draft])).toEqual([['Halo dunia', 'Hello world']]);
    }
  });

  it('refuses an unknown version with the line and what to do, never "open it as"', () => {
    const text = `<?xml version="1.0"?>\n\n<xliff xmlns="urn:oasis:names:tc:xliff:document:3.0" version="3.0"><file/></xliff>`;
    let message = '';
    try {
      readBilingualXml(text);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/XLIFF version "3.0".*does not read.*export the file from its tool as XLIFF 2.2 or 1.2/);
    expect(message).toMatch(/line 3/);
    expect(message).not.toMatch(/open it as/);
  });
});

describe('declaredEncoding', () => {
  it('reads the declaration of a file', () => {
    expect(declaredEncoding(fixture('tmx', 'trados-tmx14-utf16.tmx'))).toBe('utf-16');
    expect(declaredEncoding(fixture('xliff', 'trados-studio.sdlxliff'))).toBe('utf-8');
    expect(declaredEncoding('<xliff/>')).toBeUndefined();
  });

  it('an export says UTF-8, which is what it is written as', () => {
    expect(withUtf8Declaration('<?xml version="1.0" encoding="windows-1254"?><a/>')).toBe('<?xml version="1.0" encoding="UTF-8"?><a/>');
    expect(withUtf8Declaration("<?xml version='1.0' encoding='utf-8'?><a/>")).toBe("<?xml version='1.0' encoding='utf-8'?><a/>");
  });
});
