import { describe, expect, it } from 'vitest';
import { declaredEncoding, sniffXmlFormat } from '../../../shared/xml';
import { fixture } from './helpers';

describe('sniffXmlFormat', () => {
  it.each([
    ['xliff', 'trados-studio.sdlxliff', 'xliff12'],
    ['xliff', 'xcode.xliff', 'xliff12'],
    ['xliff', 'xliff20-ignorables.xlf', 'xliff20'],
    ['tmx', 'trados-tmx14-utf16.tmx', 'tmx'],
    ['tmx', 'omegat-tmx11.tmx', 'tmx'],
    ['xliff', 'not-xml.xlf', null],
  ])('%s/%s is %s', (folder, name, format) => {
    expect(sniffXmlFormat(fixture(folder, name))).toBe(format);
  });
});

describe('declaredEncoding', () => {
  it('tells the export service to write a UTF-16 memory back as UTF-16', () => {
    expect(declaredEncoding(fixture('tmx', 'trados-tmx14-utf16.tmx'))).toBe('utf-16');
    expect(declaredEncoding(fixture('xliff', 'trados-studio.sdlxliff'))).toBe('utf-8');
    expect(declaredEncoding('<xliff/>')).toBeUndefined();
  });
});
