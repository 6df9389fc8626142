import { describe, expect, it } from 'vitest';
import { readReviewTable } from '../../../shared/export/review-docx-read';
import { planReviewImport } from '../../../shared/export/review-import-plan';
import { renderMessage } from '../../../shared/messages/text';
import { reviewDocumentXml } from '../../../shared/export/review-docx-xml';
import type { Segment } from '../../../shared/model/segment';
import { inlineCodeChar } from '../../../shared/model/segment';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function segment(id: string, index: number, target: string, draft: string | null = null, extra: Partial<Segment> = {}): Segment {
  return { id, documentId: 'd', index, kind: 'paragraph', source: `Sumber ${index}`, draft: draft === null ? null : { text: draft, origin: 'mt' }, target, status: 'draft', ...extra };
}

function table(rows: readonly (readonly [string, string])[]): string {
  const cell = (xml: string) => `<w:tc><w:tcPr/>${xml}</w:tc>`;
  const header = `<w:tr>${['id', 'Indonesian', 'English', 'Status', 'Comments'].map((h) => cell(`<w:p><w:r><w:t>${h}</w:t></w:r></w:p>`)).join('')}</w:tr>`;
  const body = rows.map(([id, english]) => `<w:tr>${cell(`<w:p><w:r><w:t>${id}</w:t></w:r></w:p>`)}${cell('<w:p/>')}${cell(english)}${cell('<w:p/>')}${cell('<w:p/>')}</w:tr>`);
  return `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>Intro</w:t></w:r></w:p><w:tbl>${header}${body.join('')}</w:tbl></w:body></w:document>`;
}

describe('reading the English column of a reviewed DOCX', () => {
  it('counts tracked insertions, not tracked deletions, moved-away text or struck runs', () => {
    const english =
      '<w:p><w:r><w:t xml:space="preserve">The </w:t></w:r>' +
      '<w:del w:id="1" w:author="A"><w:r><w:delText>old</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>new</w:t></w:r></w:ins>' +
      '<w:r><w:rPr><w:strike/></w:rPr><w:t> removed</w:t></w:r>' +
      '<w:r><w:rPr><w:strike w:val="false"/></w:rPr><w:t xml:space="preserve"> bridge</w:t></w:r>' +
      '<w:moveFrom w:id="3" w:author="A"><w:r><w:t> moved</w:t></w:r></w:moveFrom>' +
      '<w:r><w:rPr><w:rPrChange w:id="4" w:author="A"><w:rPr><w:strike/></w:rPr></w:rPrChange></w:rPr><w:t>.</w:t></w:r></w:p>';
    expect(readReviewTable(table([['s1', english]]))).toMatchObject([{ id: 's1', english: 'The new bridge.', comments: '' }]);
  });

  it('turns line breaks, tabs and extra paragraphs into line ends and tabs', () => {
    const english = '<w:p><w:r><w:t>One</w:t><w:br/><w:t>two</w:t><w:tab/><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>Three</w:t></w:r></w:p>';
    expect(readReviewTable(table([['s1', english]]))[0]?.english).toBe('One\ntwo\tx\nThree');
  });

  it('reads back exactly what the writer put in, its own tracked changes accepted', () => {
    const segments = [segment('a', 0, 'The leader of North Korea visited.', 'The leader of Korut visited.'), segment('b', 1, 'Line one\nline two', null)];
    const xml = reviewDocumentXml({ project: 'P', document: 'D', reviewer: 'R', date: '2026-01-01T00:00:00Z' }, segments);
    expect(xml).toContain('<w:del w:id="1" w:author="R" w:date="2026-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">Korut </w:delText></w:r></w:del>');
    expect(readReviewTable(xml, ['R'])).toEqual([
      { id: 'a', english: 'The leader of North Korea visited.', comments: '' },
      { id: 'b', english: 'Line one\nline two', comments: '' },
    ]);
  });

  it('tells an outside reviewer\u2019s tracked changes from Tinjau\u2019s, one author at a time in the order they were made', () => {
    const change = (kind: string, author: string, date: string, inner: string) => `<w:${kind} w:id="9" w:author="${author}" w:date="${date}">${inner}</w:${kind}>`;
    const english =
      '<w:p><w:r><w:t xml:space="preserve">The </w:t></w:r>' +
      change('del', 'Tinjau', '2026-01-01T00:00:00Z', '<w:r><w:delText xml:space="preserve">old </w:delText></w:r>') +
      // Dewi deletes a word Tinjau inserted: Word nests her deletion in Tinjau's insertion.
      change('ins', 'Tinjau', '2026-01-01T00:00:00Z', '<w:r><w:t xml:space="preserve">new </w:t></w:r>' + change('del', 'Dewi', '2026-03-05T00:00:00Z', '<w:r><w:delText>shiny </w:delText></w:r>')) +
      '<w:r><w:t>bridge</w:t></w:r>' +
      change('ins', 'Dewi', '2026-03-05T00:00:00Z', '<w:r><w:t xml:space="preserve"> opened</w:t></w:r>') +
      change('ins', 'Andi', '2026-03-01T00:00:00Z', '<w:r><w:t>.</w:t></w:r>') +
      '</w:p>';
    expect(readReviewTable(table([['s1', english]]), ['Tinjau'])).toEqual([
      {
        id: 's1',
        english: 'The new bridge opened.',
        untracked: 'The new shiny bridge',
        tracked: [
          { author: 'Andi', english: 'The new shiny bridge.' },
          { author: 'Dewi', english: 'The new bridge opened.' },
        ],
        comments: '',
      },
    ]);
    // Without Tinjau's author known, its changes count as the reviewer's too.
    expect(readReviewTable(table([['s1', english]]))[0]?.untracked).toBe('The old bridge');
  });

  it('splits a paragraph again when an outside reviewer\u2019s inserted paragraph mark is rejected', () => {
    const english =
      '<w:p><w:pPr><w:rPr><w:ins w:id="5" w:author="Dewi"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">First half </w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>second half.</w:t></w:r></w:p>';
    const [row] = readReviewTable(table([['s1', english]]));
    expect(row).toMatchObject({ english: 'First half \nsecond half.', untracked: 'First half second half.', tracked: [{ author: 'Dewi', english: 'First half \nsecond half.' }] });
  });

  it('joins two paragraphs whose paragraph mark was deleted with track changes', () => {
    const english =
      '<w:p><w:pPr><w:rPr><w:del w:id="5" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">First half </w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>second half.</w:t></w:r></w:p>';
    expect(readReviewTable(table([['s1', english]]))[0]?.english).toBe('First half second half.');
  });

  it('says so when the document has no review table', () => {
    expect(() => readReviewTable(`<w:document ${W}><w:body><w:p/></w:body></w:document>`)).toThrow(/no Tinjau review table/);
  });
});

describe('planning a review import', () => {
  const codes = [{ id: '1', kind: 'placeholder' as const, element: 'x', xml: '<x id="1"/>', display: '{1}' }];
  const segments = new Map<string, Segment>([
    ['a', segment('a', 0, 'Same text.  ')],
    ['b', segment('b', 1, `Press ${inlineCodeChar(0)} now.`, null, { codes })],
  ]);
  const byId = (id: string) => segments.get(id);

  it('ignores trailing spaces and line-end style, lists ids from elsewhere, and reads a repeated row once', () => {
    const plan = planReviewImport([{ id: 'a', english: 'Same text.\r\n' }, { id: 'x1', english: '' }, { id: 'a', english: 'Other' }], byId);
    expect(plan).toMatchObject({ unchanged: 1, changes: [], foreign: ['x1'] });
    expect(plan.warnings.map((w) => w.message)).toEqual(['Segment a appears more than once; only its first row was read']);
  });

  it('plans typed text first, in the importer\u2019s name, then each outside author\u2019s changes in theirs, skipping a step that changes nothing', () => {
    const rows = [{ id: 'a', english: 'Same text, Dewi.', untracked: 'Same text.', tracked: [{ author: 'Andi', english: 'Same text.' }, { author: 'Dewi', english: 'Same text, Dewi.' }] }];
    expect(planReviewImport(rows, byId).changes[0]?.steps).toEqual([{ by: 'Dewi', text: 'Same text, Dewi.' }]);
    const typed = [{ id: 'a', english: 'Typed, Dewi.', untracked: 'Typed.', tracked: [{ author: 'Dewi', english: 'Typed, Dewi.' }] }];
    expect(planReviewImport(typed, byId).changes[0]).toMatchObject({ after: 'Typed, Dewi.', steps: [{ text: 'Typed.' }, { by: 'Dewi', text: 'Typed, Dewi.' }] });
  });

  it('puts inline codes back where the reviewer left their labels, and warns when one is gone', () => {
    expect(planReviewImport([{ id: 'b', english: 'Now press {1}.' }], byId).changes[0]?.after).toBe(`Now press ${inlineCodeChar(0)}.`);
    const lost = planReviewImport([{ id: 'b', english: 'Press now.' }], byId);
    expect(lost.changes[0]?.after).toBe('Press now.');
    expect(lost.warnings[0]?.message).toMatch(/removed the inline code \{1\}/);
    expect(renderMessage(lost.warnings[0]!.text, 'id')).toBe('Segmen b: peninjau menghapus kode sisipan {1}; periksa tagnya');
  });
});
