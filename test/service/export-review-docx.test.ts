import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../electron/services/export/export-service';
import { createExportHandlers } from '../../electron/services/export/handlers';
import { TinjauError } from '../../shared/api/errors';
import { renderMessage } from '../../shared/messages/text';
import { useTempDir } from '../support/temp';
import type { ReviewedProject } from '../fixtures/export/reviewed-project';
import { reviewedProject } from '../fixtures/export/reviewed-project';

const tempDir = useTempDir();

async function reviewDocx(p: ReviewedProject): Promise<Buffer> {
  const file = await exportDocument(p.ws, { project: p.project, documentId: p.documentId, format: 'docx-bilingual' });
  expect(file.fileName).toMatch(/\.review\.docx$/);
  return Buffer.from(file.base64, 'base64');
}

/** Replaces the English cell (third column) of the row whose id cell holds `id`. */
function replaceEnglishCell(documentXml: string, id: string, paragraphXml: string): string {
  const rows = documentXml.split('<w:tr>');
  const i = rows.findIndex((r) => r.includes(`>${id}</w:t>`));
  if (i < 0) throw new Error(`no row for ${id}`);
  const cells = rows[i]!.split('<w:tc>');
  // cells[0] is the row properties; the English cell is the third <w:tc>.
  const english = cells[3]!;
  cells[3] = english.replace(/<w:p>.*<\/w:p>/s, paragraphXml);
  rows[i] = cells.join('<w:tc>');
  return rows.join('<w:tr>');
}

/** Adds runs at the end of the English cell's paragraph of the row whose id cell holds `id`. */
function appendToEnglishCell(documentXml: string, id: string, runsXml: string): string {
  const rows = documentXml.split('<w:tr>');
  const i = rows.findIndex((r) => r.includes(`>${id}</w:t>`));
  const cells = rows[i]!.split('<w:tc>');
  cells[3] = cells[3]!.replace(/<\/w:p>(?![\s\S]*<\/w:p>)/, `${runsXml}</w:p>`);
  rows[i] = cells.join('<w:tc>');
  return rows.join('<w:tr>');
}

function englishCellXml(documentXml: string, id: string): string {
  const row = documentXml.split('<w:tr>').find((r) => r.includes(`>${id}</w:t>`));
  if (!row) throw new Error(`no row for ${id}`);
  return row.split('<w:tc>')[3]!;
}

// The cell's text read here with regular expressions, independently of Tinjau's reader.
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
function cellText(cellXml: string, textElements: string): string {
  const out: string[] = [];
  for (const m of cellXml.matchAll(new RegExp(`<w:(?:${textElements})(?: [^>]*)?>([^<]*)</w:(?:${textElements})>|<w:br/>|<w:tab/>`, 'g'))) {
    out.push(m[0] === '<w:br/>' ? '\n' : m[0] === '<w:tab/>' ? '\t' : decode(m[1]!));
  }
  return out.join('');
}
/** Word's "Accept All Changes": insertions stay, deletions go. */
const acceptAll = (cellXml: string) => cellText(cellXml.replace(/<w:del [^>]*>[\s\S]*?<\/w:del>/g, ''), 't');
/** Word's "Reject All Changes": insertions go, deleted text comes back. */
const rejectAll = (cellXml: string) => cellText(cellXml.replace(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g, ''), 't|delText');

async function editDocx(bytes: Buffer, edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', edit(xml));
  return (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64');
}

describe('bilingual DOCX for an outside reviewer', () => {
  it('shows headings, a legend, a locked id column and the draft → current changes as Word tracked changes in the reviewer\u2019s name', async () => {
    const p = await reviewedProject(tempDir());
    const bytes = await reviewDocx(p);
    const segments = await p.ws.listSegments(p.project, p.documentId);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('Review: 000_');
    expect(text).toContain('Project: Uji ekspor');
    expect(text).toContain('Reviewer: Sari Wulandari');
    expect(text).toMatch(/Word tracked changes by Sari Wulandari/);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:trackRevisions/>');
    const row = xml.split('<w:tr>').find((r) => r.includes(`>${p.reviewed}</w:t>`))!;
    expect(row).toContain('<w:lock w:val="sdtContentLocked"/>');
    // "Korut" (draft) was replaced by "North Korea": a tracked deletion and a tracked insertion by the reviewer, dated.
    expect(row).toMatch(/<w:del w:id="\d+" w:author="Sari Wulandari" w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"><w:r><w:delText xml:space="preserve">Korut/);
    expect(row).toMatch(/<w:ins w:id="\d+" w:author="Sari Wulandari" w:date="[^"]+"><w:r><w:t xml:space="preserve">North/);
    expect(row).not.toContain('<w:strike/>');
    expect(row).toContain('reviewed');
    // Every English cell: all changes accepted is the current English, all rejected is the draft.
    let withChanges = 0;
    for (const s of segments.filter((s) => !s.excluded)) {
      const cell = englishCellXml(xml, s.id);
      if (cell.includes('<w:ins ')) withChanges++;
      expect(acceptAll(cell)).toBe(s.target);
      expect(rejectAll(cell)).toBe(s.draft?.text ?? s.target);
    }
    expect(withChanges).toBe(2);
    // An independent reader (mammoth keeps insertions and drops deletions) sees the current English only.
    const reviewed = segments.find((s) => s.id === p.reviewed)!;
    expect(text).toContain(reviewed.target);
    expect(text).not.toContain(reviewed.draft!.text);
    await p.ws.close();
  });

  it('brings back an outside reviewer\u2019s tracked changes as revisions in their name, and text typed without tracking in the importer\u2019s', async () => {
    const p = await reviewedProject(tempDir());
    const segments = await p.ws.listSegments(p.project, p.documentId);
    const ours = segments.find((s) => s.id === p.reviewed)!;
    const plain = segments[7]!;
    const typed = segments[9]!;
    const firstWord = plain.target.split(' ')[0]!;
    const rest = plain.target.slice(firstWord.length);
    const dewi = (kind: 'ins' | 'del', id: number, runXml: string) => `<w:${kind} w:id="${900 + id}" w:author="Dewi" w:date="2026-03-02T10:00:00Z">${runXml}</w:${kind}>`;
    const base64 = await editDocx(await reviewDocx(p), (xml) => {
      // Dewi adds a sentence to a cell that holds Tinjau's own tracked changes.
      let out = appendToEnglishCell(xml, ours.id, dewi('ins', 1, '<w:r><w:t xml:space="preserve"> Checked.</w:t></w:r>'));
      // Dewi replaces the first word of another cell, with Track Changes on, and someone typed in front of it with it off.
      out = replaceEnglishCell(
        out,
        plain.id,
        '<w:p><w:r><w:t xml:space="preserve">Note: </w:t></w:r>' +
          dewi('del', 2, `<w:r><w:delText>${firstWord}</w:delText></w:r>`) +
          dewi('ins', 3, '<w:r><w:t>Meanwhile</w:t></w:r>') +
          `<w:r><w:t xml:space="preserve">${rest}</w:t></w:r></w:p>`,
      );
      // A direct edit only, Track Changes off.
      return replaceEnglishCell(out, typed.id, '<w:p><w:r><w:t>Typed over without tracking.</w:t></w:r></w:p>');
    });
    const handlers = createExportHandlers(p.ws);
    const file = { name: 'dewi.docx', base64 };
    const dry = await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: false });
    expect(dry.changes).toEqual([
      { segmentId: ours.id, before: ours.target, after: `${ours.target} Checked.`, by: ['Dewi'] },
      { segmentId: plain.id, before: plain.target, after: `Note: Meanwhile${rest}`, by: ['Budi Santoso', 'Dewi'] },
      { segmentId: typed.id, before: typed.target, after: 'Typed over without tracking.', by: ['Budi Santoso'] },
    ]);
    expect(dry.unchanged).toBe(segments.length - 3);
    await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: true });
    const last = async (id: string, n: number) => (await p.ws.revisions(p.project, id)).slice(-n).map((r) => ({ author: r.author, text: r.text, origin: r.origin }));
    expect(await last(ours.id, 1)).toEqual([{ author: 'Dewi', text: `${ours.target} Checked.`, origin: 'external-review' }]);
    expect(await last(plain.id, 2)).toEqual([
      { author: 'Budi Santoso', text: `Note: ${plain.target}`, origin: 'external-review' },
      { author: 'Dewi', text: `Note: Meanwhile${rest}`, origin: 'external-review' },
    ]);
    expect(await last(typed.id, 1)).toEqual([{ author: 'Budi Santoso', text: 'Typed over without tracking.', origin: 'external-review' }]);
    const after = await p.ws.listSegments(p.project, p.documentId);
    expect(after.find((s) => s.id === ours.id)).toMatchObject({ target: `${ours.target} Checked.`, updatedBy: 'Dewi', status: 'edited' });
    // The same file again changes nothing.
    const again = await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: true });
    expect(again).toMatchObject({ applied: false, changes: [], unchanged: segments.length });
    await p.ws.close();
  });

  it('re-imports a reviewer\u2019s edits (plain and Word track changes): a dry-run summary, then revisions attributed to the reviewer', async () => {
    const p = await reviewedProject(tempDir());
    const segments = await p.ws.listSegments(p.project, p.documentId);
    const plain = segments[7]!;
    const tracked = segments[3]!;
    const base64 = await editDocx(await reviewDocx(p), (xml) => {
      let out = replaceEnglishCell(xml, plain.id, '<w:p><w:r><w:t>A reviewer rewrote this sentence.</w:t></w:r></w:p>');
      // Word track changes: "North Korea" deleted and "the DPRK" inserted; the struck draft word stays struck.
      out = replaceEnglishCell(
        out,
        tracked.id,
        '<w:p><w:r><w:t xml:space="preserve">Kim Jong Un, the leader of </w:t></w:r>' +
          '<w:r><w:rPr><w:strike/></w:rPr><w:t>Korut</w:t></w:r>' +
          '<w:del w:id="1" w:author="Budi" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>North Korea</w:delText></w:r></w:del>' +
          '<w:ins w:id="2" w:author="Budi" w:date="2026-01-01T00:00:00Z"><w:r><w:t>the DPRK</w:t></w:r></w:ins>' +
          '<w:r><w:t>, visited two aviation plants.</w:t></w:r></w:p>',
      );
      return out;
    });
    const handlers = createExportHandlers(p.ws);
    const file = { name: 'reviewed.docx', base64 };
    const dry = await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: false });
    expect(dry.applied).toBe(false);
    expect(dry.changes).toEqual([
      { segmentId: tracked.id, before: tracked.target, after: 'Kim Jong Un, the leader of the DPRK, visited two aviation plants.', by: ['Budi'] },
      { segmentId: plain.id, before: plain.target, after: 'A reviewer rewrote this sentence.', by: ['Budi Santoso'] },
    ]);
    expect(dry.unchanged).toBe(segments.length - 2);
    expect(dry.statusChanges).toBe(2);
    expect((await p.ws.listSegments(p.project, p.documentId))[7]!.target).toBe(plain.target);

    const applied = await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: true });
    expect(applied.applied).toBe(true);
    const after = await p.ws.listSegments(p.project, p.documentId);
    expect(after[7]).toMatchObject({ target: 'A reviewer rewrote this sentence.', status: 'edited', updatedBy: 'Budi Santoso' });
    expect(after[3]).toMatchObject({ target: 'Kim Jong Un, the leader of the DPRK, visited two aviation plants.', status: 'edited' });
    const history = await p.ws.revisions(p.project, plain.id);
    expect(history.at(-1)).toMatchObject({ origin: 'external-review', author: 'Budi Santoso', text: 'A reviewer rewrote this sentence.' });
    // Importing the same file again changes nothing.
    const again = await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: true });
    expect(again).toMatchObject({ applied: false, changes: [], unchanged: segments.length });
    await p.ws.close();
  });

  it('takes what the reviewer wrote in the Comments column as a comment in their name, once', async () => {
    const p = await reviewedProject(tempDir());
    const segments = await p.ws.listSegments(p.project, p.documentId);
    const commented = segments.find((s) => s.id === p.commented)!;
    const plain = segments[5]!;
    const addToComments = (xml: string, id: string, text: string) => {
      const rows = xml.split('<w:tr>');
      const i = rows.findIndex((r) => r.includes(`>${id}</w:t>`));
      const cells = rows[i]!.split('<w:tc>');
      // The Comments cell is the fifth <w:tc>: a new paragraph after what Tinjau wrote.
      cells[5] = cells[5]!.replace('</w:tc>', `<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`);
      rows[i] = cells.join('<w:tc>');
      return rows.join('<w:tr>');
    };
    const base64 = await editDocx(await reviewDocx(p), (xml) =>
      addToComments(addToComments(xml, plain.id, 'Check the figure against the source.'), commented.id, 'Agreed, aviation is fine.'),
    );
    const handlers = createExportHandlers(p.ws);
    const file = { name: 'reviewed.docx', base64 };
    const dry = await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: false });
    expect(dry.comments).toEqual([
      { segmentId: commented.id, text: 'Agreed, aviation is fine.' },
      { segmentId: plain.id, text: 'Check the figure against the source.' },
    ].sort((a, b) => segments.findIndex((s) => s.id === a.segmentId) - segments.findIndex((s) => s.id === b.segmentId)));
    expect(dry.changes).toEqual([]);
    const applied = await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: true });
    expect(applied.applied).toBe(true);
    const after = (await p.ws.listSegments(p.project, p.documentId)).find((s) => s.id === plain.id)!;
    expect(after.comments?.at(-1)?.comments[0]).toMatchObject({ author: 'Budi Santoso', text: 'Check the figure against the source.' });
    // The same file again adds nothing.
    const again = await handlers['reviews:import']({ project: p.project, file, reviewer: 'Budi Santoso', apply: true });
    expect(again).toMatchObject({ applied: false, comments: [] });
    await p.ws.close();
  });

  it('refuses a file whose ids belong to another project, naming them, and changes nothing', async () => {
    const p = await reviewedProject(tempDir());
    const other = await reviewedProject(tempDir());
    const foreign = await reviewDocx(other);
    const handlers = createExportHandlers(p.ws);
    const before = await p.ws.listSegments(p.project, p.documentId);
    const attempt = handlers['reviews:import']({ project: p.project, file: { name: 'other.docx', base64: foreign.toString('base64') }, reviewer: 'Budi', apply: true });
    await expect(attempt).rejects.toThrow(TinjauError);
    await expect(attempt).rejects.toThrow(/other\.docx is not a review of this project: 22 segment ids do not belong to it \(.*\d{4}.* and 12 more\); nothing was changed/);
    const refusal = (await attempt.catch((e: unknown) => e)) as TinjauError;
    expect(renderMessage(refusal.text!, 'id')).toMatch(/^other\.docx bukan tinjauan proyek ini: 22 id segmen bukan milik proyek ini \(.*\d{4}.* dan 12 lainnya\); tidak ada yang diubah$/);
    expect(await p.ws.listSegments(p.project, p.documentId)).toEqual(before);
    await p.ws.close();
    await other.ws.close();
  });

  it('refuses a corrupt file and a DOCX without the review table with a clear message', async () => {
    const p = await reviewedProject(tempDir());
    const handlers = createExportHandlers(p.ws);
    const notZip = { name: 'broken.docx', base64: Buffer.from('not a zip at all').toString('base64') };
    await expect(handlers['reviews:import']({ project: p.project, file: notZip, reviewer: 'Budi', apply: true })).rejects.toThrow(/broken\.docx is not a DOCX file/);
    const plainDocx = await exportDocument(p.ws, { project: p.project, documentId: p.documentId, format: 'docx' });
    const noTable = handlers['reviews:import']({ project: p.project, file: { name: 'article.docx', base64: plainDocx.base64 }, reviewer: 'Budi', apply: true });
    await expect(noTable).rejects.toThrow(/article\.docx: This DOCX has no Tinjau review table/);
    // The reader's refusal stays keyed inside the file's, so both render in Indonesian.
    const refusal = (await noTable.catch((e: unknown) => e)) as TinjauError;
    expect(renderMessage(refusal.text!, 'id')).toMatch(/^article\.docx: DOCX ini tidak berisi tabel tinjauan Tinjau .*; tidak ada yang diubah$/);
    await p.ws.close();
  });
});
