import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { readXliff12, writeXliff12 } from '../../../../shared/formats/xliff12';
import type { Segment, SegmentStatus } from '../../../../shared/model/segment';
import { inlineCodeChar, SEGMENT_STATUSES } from '../../../../shared/model/segment';
import { SCHEMAS_DIR } from '../../../support/paths';
import { chips, fixture, HAS_XMLLINT, segmentsFrom, withSegment, xmllint } from '../../xml/helpers';

const TOOL_FILES = ['trados-studio.sdlxliff', 'okapi-omegat.xlf', 'xcode.xliff', 'angular.xlf', 'memoq-groups.xlf'];

function load(name: string) {
  const original = fixture('xliff', name);
  return { original, segments: segmentsFrom(readXliff12(original)) };
}

describe('writeXliff12', () => {
  it.each(TOOL_FILES)('leaves %s byte for byte when nothing changed', (name) => {
    const { original, segments } = load(name);
    expect(writeXliff12(original, segments)).toBe(original);
  });

  it('replaces only the edited target; the next import reads the new text', () => {
    const { original, segments } = load('okapi-omegat.xlf');
    const out = writeXliff12(original, withSegment(segments, 0, { target: 'Floods & landslides hit three districts' }));
    expect(out.replace('Floods &amp; landslides hit', 'Floods hit')).toBe(original);
    expect(readXliff12(out).blocks[0]?.draft).toBe('Floods & landslides hit three districts');
    expect(out).toContain('<alt-trans match-quality="100" origin="omegat:project_save.tmx">');
  });

  it('writes chips back as the markup they came from, in the new order', () => {
    const { original, segments } = load('okapi-omegat.xlf');
    const [a, b, br] = [inlineCodeChar(0), inlineCodeChar(1), inlineCodeChar(2)];
    const target = `Before ${br}6 p.m., residents should ${a}check the evacuation map${b} & stay calm.`;
    const out = writeXliff12(original, withSegment(segments, 1, { target }));
    expect(out).toContain(
      '<target xml:lang="en" state="needs-review-translation">Before <ph id="2">&lt;br/&gt;</ph>6 p.m., residents should ' +
        '<bpt id="1">&lt;a href="/peta"&gt;</bpt>check the evacuation map<ept id="1">&lt;/a&gt;</ept> &amp; stay calm.</target>',
    );
    const again = readXliff12(out).blocks[1];
    expect(chips(again?.draft ?? '', again?.codes)).toBe(
      'Before [<br/>]6 p.m., residents should [<a href="/peta">]check the evacuation map[</a>] & stay calm.',
    );
  });

  it('approving sets state="final" and approved="yes"; rejecting an approved unit clears approved', () => {
    const { original, segments } = load('okapi-omegat.xlf');
    const out = writeXliff12(original, withSegment(withSegment(segments, 0, { status: 'approved' }), 2, { status: 'rejected' }));
    expect(out).toContain('<trans-unit id="tu1" resname="title" okp:engine="MT" xml:space="preserve" approved="yes">');
    expect(out).toContain('<target xml:lang="en" state="final">Floods hit three districts</target>');
    expect(out).toContain('<trans-unit id="tu4" xml:space="preserve" approved="no">');
    expect(readXliff12(out).blocks.map((b) => b.status)).toEqual(['approved', 'rejected', 'rejected', 'new']);
  });

  it('an edited draft stays "translated" and an empty target leaves the file alone', () => {
    const { original, segments } = load('okapi-omegat.xlf');
    expect(writeXliff12(original, withSegment(segments, 0, { status: 'edited' }))).toBe(original);
    expect(writeXliff12(original, withSegment(segments, 0, { target: '' }))).toBe(original);
  });

  it('adds a missing target after the source, lined up with it', () => {
    const { original, segments } = load('xcode.xliff');
    const out = writeXliff12(original, withSegment(segments, 1, { target: '%lld files selected', status: 'reviewed' }));
    const added = '\n        <target state="signed-off">%lld files selected</target>';
    expect(out).toContain(`<source>%lld berkas dipilih</source>${added}`);
    // Reviewed is signed-off and approved="yes": without it translate-toolkit and Weblate read it as fuzzy.
    const unit = '<trans-unit id="%lld berkas dipilih" xml:space="preserve"';
    expect(out).toContain(`${unit} approved="yes">`);
    expect(out.replace(added, '').replace(`${unit} approved="yes">`, `${unit}>`)).toBe(original);
    expect(readXliff12(out).blocks[1]).toMatchObject({ draft: '%lld files selected', status: 'reviewed' });
  });

  it('finds the right unit when two <file>s reuse the same ids', () => {
    const { original, segments } = load('memoq-groups.xlf');
    const out = writeXliff12(original, withSegment(segments, 4, { target: 'Please contact us with any questions.' }));
    const blocks = readXliff12(out).blocks;
    expect(blocks[1]?.draft).toBeUndefined();
    expect(blocks[4]?.draft).toBe('Please contact us with any questions.');
  });
});

describe('writeXliff12 with Trados segments', () => {
  it("fills an empty target mrk and sets that segment's confirmation level only", () => {
    const { original, segments } = load('trados-studio.sdlxliff');
    const out = writeXliff12(original, withSegment(segments, 2, { target: 'Most of it comes from tourism.', status: 'reviewed' }));
    expect(out).toContain('<mrk mtype="seg" mid="3">Most of it comes from tourism.</mrk></target>');
    expect(out).toContain('<sdl:seg id="2" conf="Translated" origin="mt" origin-system="Language Weaver"/><sdl:seg id="3" conf="ApprovedTranslation"/>');
    const blocks = readXliff12(out).blocks;
    expect(blocks[2]).toMatchObject({ draft: 'Most of it comes from tourism.', status: 'reviewed' });
    expect(blocks[1]?.status).toBe('draft');
  });

  it('builds a missing target from the seg-source, keeping the markup between segments', () => {
    const { original, segments } = load('trados-studio.sdlxliff');
    const out = writeXliff12(original, withSegment(segments, 4, { target: 'The next meeting is held at the village hall.' }));
    const added = '<target><mrk mtype="seg" mid="5">The next meeting is held at the village hall.</mrk></target>';
    expect(out).toContain(`</seg-source>${added}`);
    expect(out.replace(added, '')).toBe(original);
  });

  it('keeps a code outside the segment (a tab before the text) where Trados put it', () => {
    const { original, segments } = load('trados-studio.sdlxliff');
    const out = writeXliff12(original, withSegment(segments, 3, { target: 'Head of Village: Mr Suharto' }));
    expect(out).toContain('<target><x id="pt2"/><mrk mtype="seg" mid="4">Head of Village: Mr Suharto</mrk></target>');
  });
});

describe('writeXliff12 keeps files valid', () => {
  const transitional = path.join(SCHEMAS_DIR, 'xliff-core-1.2-transitional.xsd');

  it.skipIf(!HAS_XMLLINT).each(['okapi-omegat.xlf', 'xcode.xliff', 'angular.xlf', 'memoq-groups.xlf'])(
    '%s still validates after every target and status changed',
    (name) => {
      const { original, segments } = load(name);
      expect(xmllint(original, ['--schema', transitional])).toBe('');
      const changed = segments.map((s, i) => ({
        ...s,
        target: `${s.source} (EN) & <ok>`.replace(/[\uE000-\uEFFF]/g, ''),
        status: SEGMENT_STATUSES[i % SEGMENT_STATUSES.length] as SegmentStatus,
      }));
      const out = writeXliff12(original, changed);
      expect(xmllint(out, ['--schema', transitional])).toBe('');
      expect(readXliff12(out).blocks.map((b) => b.draft)).toEqual(changed.map((s) => s.target));
    },
  );
});

describe('writeXliff12 for memoQ and Phrase', () => {
  it("sets memoQ's mq:status when a unit is reviewed, so memoQ shows it confirmed", () => {
    const { original, segments } = load('memoq-groups.xlf');
    const out = writeXliff12(original, withSegment(segments, 1, { target: 'Open the settings menu.', status: 'reviewed' }));
    expect(out).toMatch(/<trans-unit id="2" mq:status="Reviewer1Confirmed" xml:space="preserve" approved="yes">/);
    expect(out).not.toMatch(/<trans-unit id="2" mq:status="NotStarted"/);
  });

  it("sets Phrase's m:confirmed", () => {
    const original = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0"><file source-language="id" target-language="en" datatype="plaintext" original="a"><body>
<trans-unit id="1" m:confirmed="0"><source>Halo.</source><target>Hi.</target></trans-unit></body></file></xliff>`;
    const segments = readXliff12(original).blocks.map((b, i) => ({ id: `s${i}`, origin: b.origin, target: b.draft ?? '', status: 'draft', codes: b.codes ?? [] }) as unknown as Segment);
    const out = writeXliff12(original, withSegment(segments, 0, { target: 'Hello.', status: 'approved' }));
    expect(out).toContain('<trans-unit id="1" m:confirmed="1" approved="yes">');
  });
});
