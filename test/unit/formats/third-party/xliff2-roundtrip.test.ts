/**
 * Round trip through every OASIS XLIFF 2.1 / 2.2 sample: import, edit one target, export into the
 * same file. Everything outside the edited segment stays byte for byte (so its canonical XML is the
 * same too: modules, extensions, ignorables, notes), and the export validates against the official
 * schema of its version (2.2's core imports xml.xsd by URL: test/support/xml-catalog.xml points it at
 * the local copy, and xmllint runs with --nonet).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBilingualXml } from '../../../../shared/formats/bilingual-xml';
import { writeXliff20 } from '../../../../shared/formats/xliff20';
import { collectXliff20Units } from '../../../../shared/formats/xliff20/units';
import { parseXml } from '../../../../shared/xml';
import { FIXTURES_DIR, REPO_DIR, SCHEMAS_DIR } from '../../../support/paths';
import { HAS_XMLLINT, segmentsFrom, withSegment, xmllint } from '../../xml/helpers';

const ROOT = path.join(FIXTURES_DIR, 'xliff20/third-party');
const SCHEMA = { 'xliff-21': path.join(SCHEMAS_DIR, 'xliff-2.1/xliff_core_2.0.xsd'), 'xliff-22': path.join(SCHEMAS_DIR, 'xliff-2.2/xliff_core_2.2.xsd') };
process.env.XML_CATALOG_FILES = path.join(REPO_DIR, 'test/support/xml-catalog.xml');

const files = ['xliff-21/core', 'xliff-21/modules', 'xliff-22/core', 'xliff-22/modules'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.xlf') && f !== 'Good-pgs_plural.xlf')
    .map((f) => `${dir}/${f}`),
);

describe('OASIS XLIFF 2.x samples: import → edit one target → export', () => {
  it.each(files)('%s', (file) => {
    const original = readFileSync(path.join(ROOT, file), 'utf8');
    const imported = readBilingualXml(original).imported;
    const segments = segmentsFrom(imported);
    const index = imported.blocks.findIndex((b) => !b.locked);
    if (index === -1) {
      expect(writeXliff20(original, segments)).toBe(original);
      return;
    }
    const block = imported.blocks[index]!;
    const edited = `${block.draft ?? block.source} (reviewed)`;
    const out = writeXliff20(original, withSegment(segments, index, { target: edited, status: 'reviewed' }));

    // Where the edited segment is in the original; nothing before or after it changed.
    const units = collectXliff20Units(parseXml(original)).units;
    const ref = units.find((u) => u.id === block.origin?.unitId)?.segments.find((s) => s.subId === block.origin?.subId);
    expect(ref).toBeDefined();
    const start = ref!.element.start!;
    const end = ref!.element.end!;
    expect(out.slice(0, start)).toBe(original.slice(0, start));
    expect(out.slice(out.length - (original.length - end))).toBe(original.slice(end));
    const again = readBilingualXml(out).imported.blocks[index];
    expect(again?.draft).toBe(edited);
    expect(again?.status).toBe('reviewed');

    if (HAS_XMLLINT) {
      const schema = SCHEMA[file.slice(0, 8) as keyof typeof SCHEMA];
      const before = xmllint(original, ['--schema', schema]);
      // A sample the schema already accepts must still be accepted after the edit.
      if (before === '') expect(xmllint(out, ['--schema', schema])).toBe('');
    }
  });
});
