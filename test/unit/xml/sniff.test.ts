import { describe, expect, it } from 'vitest';
import { sniffXmlFormat } from '../../../shared/xml';
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
