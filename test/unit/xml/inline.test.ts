import { describe, expect, it } from 'vitest';
import type { InlineCode } from '../../../shared/model/segment';
import { inlineCodeChar } from '../../../shared/model/segment';
import { inlineToXml, nativeContent, pairCodes } from '../../../shared/xml';

const g = (i: number): InlineCode[] => [
  { id: String(i), kind: 'open', element: 'g', xml: `<g id="${i}">`, display: '<b>' },
  { id: String(i), kind: 'close', element: 'g', xml: '</g>', display: '</b>' },
];
const [open, close] = [inlineCodeChar(0), inlineCodeChar(1)];

describe('inlineToXml', () => {
  it('writes each chip back as its original markup and escapes the text', () => {
    expect(inlineToXml(`a ${open}b & c${close} <d>`, g(1))).toBe('a <g id="1">b &amp; c</g> &lt;d&gt;');
  });

  it('keeps the XML well-formed when the reviewer deleted or swapped half of a pair', () => {
    expect(inlineToXml(`a ${open}b`, g(1))).toBe('a <g id="1">b</g>');
    expect(inlineToXml(`a b${close}`, g(1))).toBe('a b');
    expect(inlineToXml(`${close}a${open}b`, g(1))).toBe('a<g id="1">b</g>');
  });

  it('pairs open and close codes in text order', () => {
    expect([...pairCodes(`${open}x${close}`, g(1))]).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('does not wrap a native code twice when it goes back to the same kind of element', () => {
    const bpt: InlineCode = { id: '1', kind: 'open', element: 'bpt', xml: '<bpt i="1">&lt;b&gt;</bpt>', display: '<b>' };
    expect(nativeContent(bpt, ['bpt'])).toBe('&lt;b&gt;');
    expect(nativeContent(bpt, ['ph'])).toBe('&lt;bpt i="1"&gt;&amp;lt;b&amp;gt;&lt;/bpt&gt;');
  });
});
