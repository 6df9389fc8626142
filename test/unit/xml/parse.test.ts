import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../../../shared/model/imported';
import { renderMessage } from '../../../shared/messages/text';
import { attr, parseXml, serializeDocument, serializeElement, textContent, withAttribute } from '../../../shared/xml';
import { FIXTURES_DIR } from '../../support/paths';
import { fixture } from './helpers';

const HOSTILE = /xxe|billion|truncated|not-xml|external-dtd|entity-expansion/;

function refusal(text: string): FormatError {
  try {
    parseXml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return error as FormatError;
  }
  throw new Error('the parser accepted the file');
}

describe('parseXml + serializeDocument', () => {
  for (const folder of ['xliff', 'tmx']) {
    const files = readdirSync(path.join(FIXTURES_DIR, folder), { withFileTypes: true }).filter((f) => f.isFile());
    for (const name of files.map((f) => f.name).filter((f) => !HOSTILE.test(f))) {
      it(`writes ${folder}/${name} back byte for byte`, () => {
        const text = fixture(folder, name);
        expect(serializeDocument(parseXml(text, { allowExternalDtdReference: true }))).toBe(text);
      });
    }
  }

  it('keeps quotes, attribute order, entity spellings, CDATA, comments, PIs and odd whitespace', () => {
    const text =
      '\uFEFF<?xml version="1.0" encoding="UTF-16"?>\r\n<!-- catatan -->\n<a  z = \'1\' xmlns:s="urn:s"\n a="&amp;&#x41;&#66;"' +
      '><s:b s:c="x"/>teks &lt;tag&gt; &quot;<![CDATA[<mentah> & ]]><?proses data?></a >\n';
    const doc = parseXml(text);
    expect(serializeDocument(doc)).toBe(text);
    expect(doc.bom).toBe(true);
    expect(doc.declaration?.encoding).toBe('UTF-16');
    expect(doc.root.attributes.map((a) => a.name)).toEqual(['z', 'xmlns:s', 'a']);
    expect(attr(doc.root, 'a')).toBe('&AB');
    expect(textContent(doc.root)).toBe('teks <tag> "<mentah> & ');
    const child = doc.root.children[0];
    expect(child?.kind === 'element' && child.ns).toBe('urn:s');
  });

  it('changes one attribute without disturbing the others', () => {
    const doc = parseXml(`<target  xml:lang='en' state="new" >Halo</target>`);
    expect(serializeElement(withAttribute(doc.root, 'state', 'final'))).toBe(`<target  xml:lang='en' state="final" >Halo</target>`);
    expect(serializeElement(withAttribute(doc.root, 'approved', 'a"b'))).toBe(
      `<target  xml:lang='en' state="new" approved="a&quot;b" >Halo</target>`,
    );
  });
});

describe('parseXml refuses unsafe or broken files', () => {
  it('refuses an external entity (XXE) without reading anything', () => {
    const error = refusal(fixture('xliff', 'xxe-system-entity.xlf'));
    expect(error.message).toBe('entity declarations are not allowed (line 3, column 3)');
  });

  it('refuses billion laughs at the declaration, before any expansion', () => {
    const error = refusal(fixture('xliff', 'billion-laughs.xlf'));
    expect(error.message).toBe('entity declarations are not allowed (line 3, column 2)');
  });

  it('refuses a DOCTYPE pointing at an external DTD unless the caller allows the reference', () => {
    const text = fixture('xliff', 'external-dtd.xlf');
    expect(refusal(text).message).toMatch(/external DTD/);
    expect(parseXml(text, { allowExternalDtdReference: true }).root.name).toBe('xliff');
    expect(() => parseXml('<!DOCTYPE a SYSTEM "a.dtd" [<!ENTITY x "y">]><a/>', { allowExternalDtdReference: true })).toThrow(
      /entity declarations are not allowed/,
    );
  });

  it('refuses entities that are not predefined', () => {
    expect(refusal('<a>&nbsp;</a>').message).toContain('undefined entity &nbsp;');
    expect(refusal('<a b="&x;"/>').message).toContain('undefined entity &x;');
    expect(refusal('<a>&#0;</a>').message).toContain('invalid character reference');
  });

  it('points at where a truncated file ends', () => {
    const error = refusal(fixture('xliff', 'truncated.xlf'));
    expect(error.message).toMatch(/truncated/);
    expect(error.message).toMatch(/ \(line \d+, column \d+\)$/);
  });

  it('says a CSV is not XML', () => {
    expect(refusal(fixture('xliff', 'not-xml.xlf')).message).toContain('not an XML file');
    expect(refusal('').message).toContain('not an XML file');
  });

  it('gives line and column for mismatched tags and bad attributes', () => {
    const mismatch = refusal('<a>\n  <b></a>');
    expect(mismatch.message).toBe('end tag </a> does not match <b> (line 2, column 6)');
    expect(renderMessage(mismatch.text, 'id')).toBe('tag penutup </a> tidak cocok dengan <b> (baris 2, kolom 6)');
    expect(refusal('<a b=1/>').message).toContain('must be quoted');
    expect(refusal('<a b="1" b="2"/>').message).toContain('repeated');
    expect(refusal('<a b="<"/>').message).toContain('"<" inside attribute');
    expect(refusal('<a/><b/>').message).toContain('second root');
    expect(refusal('<a>1 < 2</a>').message).toContain('stray "<"');
  });
});

describe('parseXml on damaged input', () => {
  it('answers every truncation of a real file with a FormatError, never a crash', () => {
    const text = fixture('xliff', 'trados-studio.sdlxliff');
    for (let cut = 0; cut < text.length - 1; cut += 7) {
      expect(() => parseXml(text.slice(0, cut)), `cut at ${cut}`).toThrow(FormatError);
    }
  });

  it('refuses absurdly deep nesting instead of overflowing the stack later', () => {
    const deep = '<g>'.repeat(5000) + 'x' + '</g>'.repeat(5000);
    expect(() => parseXml(`<a>${deep}</a>`)).toThrow(/nested more than 1000 deep/);
  });
});
