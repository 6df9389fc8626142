import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXliff12 } from '../../shared/formats/xliff12';
import { readXliff20 } from '../../shared/formats/xliff20';
import { readTmx } from '../../shared/formats/tmx';
import { parseCsv } from '../../shared/formats/csv/csv';
import { toFileStatus } from '../../shared/formats/xliff12/status';
import { SCHEMAS_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';
import { exportTo, hasXmllint, reviewedProject, toolkitUnits, translateToolkitPython, xmllint } from '../fixtures/export/reviewed-project';

const tempDir = useTempDir();
const python = translateToolkitPython();
const lint = hasXmllint();
const XLIFF12_XSD = path.join(SCHEMAS_DIR, 'xliff-core-1.2-strict.xsd');
const XLIFF20_XSD = path.join(SCHEMAS_DIR, 'xliff_core_2.0.xsd');
const TMX_DTD = path.join(SCHEMAS_DIR, 'tmx14.dtd');

describe('bilingual exports of a reviewed corpus article', () => {
  it.skipIf(!lint)('XLIFF 1.2 is schema-valid and carries states, approval, the MT draft, notes and exclusions', async () => {
    const p = await reviewedProject(tempDir());
    const file = await exportTo(p, tempDir(), 'xliff12');
    expect(xmllint(file, { schema: XLIFF12_XSD })).toBeNull();
    const xml = readFileSync(file, 'utf8');
    expect(xml).toMatch(new RegExp(`<trans-unit id="${p.approved}" approved="yes"`));
    expect(xml).toMatch(new RegExp(`<trans-unit id="${p.excluded}"[^>]*translate="no"`));
    expect(xml).toContain('<alt-trans origin="mt">');
    expect(xml).toContain('Sari Wulandari');
    expect(xml).toContain('Is "aviation" right here? &amp; &lt;check&gt;');
    expect(xml).toMatch(/MQM minor style/);
    await p.ws.close();
  });

  it.skipIf(!python)('translate-toolkit reads the XLIFF 1.2 with the units, sources, targets and states Tinjau holds', async () => {
    const p = await reviewedProject(tempDir());
    const file = await exportTo(p, tempDir(), 'xliff12');
    const segments = await p.ws.listSegments(p.project, p.documentId);
    const { units } = toolkitUnits(python!, file);
    expect(units).toHaveLength(segments.length);
    units.forEach((u, i) => {
      const s = segments[i]!;
      // translate-toolkit prefixes the file's original name to the unit id.
      expect(u.id.split('\u0004').pop()).toBe(s.id);
      expect(u.source).toBe(s.source);
      expect(u.target).toBe(s.target);
    });
    const byId = new Map(units.map((u) => [u.id.split('\u0004').pop(), u]));
    expect(byId.get(p.reviewed)?.state).toBe('signed-off');
    expect(byId.get(p.approved)).toMatchObject({ state: 'final', approved: true });
    expect(byId.get(p.edited[1]!)?.state).toBe('translated');
    expect(byId.get(p.commented)?.notes).toContain('aviation');
    await p.ws.close();
  });

  it.skipIf(!lint)('control characters pasted into a translation do not make the XLIFF and TMX files unreadable', async () => {
    const p = await reviewedProject(tempDir());
    await p.ws.updateSegment({ project: p.project, segmentId: p.edited[0]!, target: 'Kim\u0001 visited\u000b two\u001f plants \uFFFF.' });
    await p.ws.confirmSegment(p.project, p.edited[0]!);
    for (const [format, how] of [
      ['xliff12', { schema: XLIFF12_XSD }],
      ['xliff20', { schema: XLIFF20_XSD }],
      ['tmx', { dtd: TMX_DTD }],
    ] as const) {
      const file = await exportTo(p, tempDir(), format);
      expect(xmllint(file, how), format).toBeNull();
      expect(readFileSync(file, 'utf8'), format).toContain('Kim visited two plants .');
    }
    await p.ws.close();
  });

  // An edited draft is "translated" in XLIFF, so it reads back as a draft: the status as the file holds it.
  it('an exported XLIFF 1.2 imported again gives the same segments, targets and statuses', async () => {
    const p = await reviewedProject(tempDir());
    const file = await exportTo(p, tempDir(), 'xliff12');
    const segments = await p.ws.listSegments(p.project, p.documentId);
    const { document } = await p.ws.importDocument({ project: p.project, source: { name: 'again.xlf', base64: readFileSync(file).toString('base64') } });
    const again = await p.ws.listSegments(p.project, document.id);
    expect(again.map((s) => [s.source, s.target, s.status])).toEqual(segments.map((s) => [s.source, s.target, toFileStatus(s.status)]));
    expect(again.find((s) => s.source === segments[21]!.source)?.excluded).toBeTruthy();
    expect(readXliff12(readFileSync(file, 'utf8')).blocks.length).toBe(segments.length);
    await p.ws.close();
  });

  it.skipIf(!lint)('XLIFF 2.0 is schema-valid, with state and subState, and reads back with the same statuses', async () => {
    const p = await reviewedProject(tempDir());
    const file = await exportTo(p, tempDir(), 'xliff20');
    expect(xmllint(file, { schema: XLIFF20_XSD })).toBeNull();
    const xml = readFileSync(file, 'utf8');
    expect(xml).toMatch(/state="final" subState="tinjau:approved"/);
    expect(xml).toMatch(/state="reviewed" subState="tinjau:reviewed"/);
    expect(xml).toContain('<note category="comment">Sari Wulandari: Is "aviation" right here?');
    // translate-toolkit has no XLIFF 2.0 reader; Tinjau's own reader checks the content instead.
    const segments = await p.ws.listSegments(p.project, p.documentId);
    const read = readXliff20(xml);
    expect(read.blocks.map((b) => [b.source, b.draft ?? '', b.status])).toEqual(segments.map((s) => [s.source, s.target, toFileStatus(s.status)]));
    await p.ws.close();
  });

  it.skipIf(!lint || !python)('TMX is DTD-valid, holds one unit per confirmed segment with authors and dates, and only approved on request', async () => {
    const p = await reviewedProject(tempDir());
    const file = await exportTo(p, tempDir(), 'tmx');
    expect(xmllint(file, { dtd: TMX_DTD })).toBeNull();
    const segments = await p.ws.listSegments(p.project, p.documentId);
    const confirmed = segments.filter((s) => s.status === 'reviewed' || s.status === 'approved');
    const { units } = toolkitUnits(python!, file);
    expect(units.map((u) => [u.source, u.target])).toEqual(confirmed.map((s) => [s.source, s.target]));
    const xml = readFileSync(file, 'utf8');
    expect(xml).toMatch(new RegExp(`<tu tuid="${p.reviewed}" creationid="[^"]+" creationdate="\\d{8}T\\d{6}Z" changeid="Sari Wulandari" changedate="\\d{8}T\\d{6}Z">`));
    expect(xml).toContain('<prop type="x-document">');
    const approvedOnly = await exportTo(p, tempDir(), 'tmx', { onlyApproved: true });
    expect(xmllint(approvedOnly, { dtd: TMX_DTD })).toBeNull();
    expect(readTmx(readFileSync(approvedOnly, 'utf8')).blocks.map((b) => b.draft)).toEqual([segments.find((s) => s.id === p.approved)!.target]);
    await p.ws.close();
  });

  it('CSV has a BOM and id, source, draft, target, status, comments', async () => {
    const p = await reviewedProject(tempDir());
    const file = await exportTo(p, tempDir(), 'csv');
    const text = readFileSync(file, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['id', 'source', 'draft', 'target', 'status', 'comments']);
    const commented = rows.find((r) => r[0] === p.commented)!;
    expect(commented[4]).toBe('edited');
    expect(commented[5]).toContain('Sari Wulandari: Is "aviation" right here?');
    expect(commented[5]).toContain('MQM minor style');
    expect(rows.find((r) => r[0] === p.excluded)?.[4]).toBe('excluded');
    await p.ws.close();
  });

  it('XLSX holds the same table a spreadsheet opens', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const p = await reviewedProject(tempDir());
    const file = await exportTo(p, tempDir(), 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'id', 'source', 'draft', 'target', 'status', 'comments']);
    const segments = await p.ws.listSegments(p.project, p.documentId);
    expect(sheet.rowCount).toBe(segments.length + 1);
    expect(sheet.getRow(5).getCell(4).value).toBe(segments[3]!.target);
    expect(sheet.getRow(5).getCell(5).value).toBe('reviewed');
    await p.ws.close();
  });
});
