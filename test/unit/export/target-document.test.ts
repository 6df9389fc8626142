import { describe, expect, it } from 'vitest';
import { bilingualCsv } from '../../../shared/export/bilingual-table';
import { reviewReportHtml } from '../../../shared/export/report-html';
import { targetHtml, targetMarkdown } from '../../../shared/export/target-document';
import type { BlockKind, Segment } from '../../../shared/model/segment';
import { inlineCodeChar } from '../../../shared/model/segment';
import { documentStats } from '../../../shared/review/document-stats';
import { mqmScore } from '../../../shared/review/mqm';

function seg(index: number, kind: BlockKind, target: string, extra: Partial<Segment> = {}): Segment {
  return { id: `s${index}`, documentId: 'd', index, kind, source: `Sumber ${index}`, draft: null, target, status: 'reviewed', ...extra };
}

describe('target documents from segments', () => {
  it('Markdown keeps paragraphs that look like syntax as paragraphs and drops inline-code characters', () => {
    const md = targetMarkdown([seg(0, 'title', 'Title'), seg(1, 'paragraph', `1. is a number, *not* a list ${inlineCodeChar(0)}`), seg(2, 'paragraph', '# not a heading')]);
    expect(md).toBe('# Title\n\n1\\. is a number, \\*not\\* a list\n\n\\# not a heading\n');
  });

  it('Markdown keeps a line break inside a paragraph and text that looks like an entity as written', () => {
    const md = targetMarkdown([seg(0, 'paragraph', 'Jakarta, 15/9/2023\n- not a list item'), seg(1, 'paragraph', 'Write &amp; as it is.')]);
    expect(md).toBe('Jakarta, 15/9/2023\\\n\\- not a list item\n\nWrite \\&amp; as it is.\n');
  });

  it('HTML without a title block is titled with the document name', () => {
    expect(targetHtml([seg(0, 'paragraph', 'Teks.')], { fallbackTitle: 'banjir.txt' })).toContain('<title>banjir.txt</title>');
  });

  it('HTML escapes the text and leaves excluded boilerplate out unless asked', () => {
    const segments = [seg(0, 'heading', 'Fish & <chips>'), seg(1, 'paragraph', 'Bagikan', { excluded: { rule: 'manual', reason: 'share button' } })];
    expect(targetHtml(segments)).toContain('<h2>Fish &amp; &lt;chips&gt;</h2>\n</body>');
    expect(targetHtml(segments, { includeExcluded: true })).toContain('<p>Bagikan</p>');
  });
});

describe('bilingual CSV', () => {
  it('shows inline codes by their label and comments with their author', () => {
    const codes = [{ id: '1', kind: 'open' as const, element: 'g', xml: '<g id="1">', display: '<b>' }];
    const s = seg(0, 'paragraph', `${inlineCodeChar(0)}Bold`, {
      codes,
      comments: [{ id: 't', segmentId: 's0', resolved: true, comments: [{ id: 'c', author: 'Sari', at: '2026-01-01T00:00:00Z', text: 'ok' }] }],
    });
    expect(bilingualCsv([s])).toBe('\ufeffid,source,draft,target,status,comments\r\ns0,Sumber 0,,<b>Bold,reviewed,Sari: ok [resolved]\r\n');
  });
});

describe('review report', () => {
  it('shows a failing MQM score and says when QA did not run', () => {
    const stats = documentStats([{ segmentId: 's', source: 'satu dua tiga', draft: 'one two', target: 'one two three', status: 'reviewed' }]);
    const html = reviewReportHtml({ project: 'P', document: 'D', reviewer: '', generatedAt: '2026-01-01T00:00:00Z', stats, mqm: mqmScore([{ category: 'style', severity: 'major' }], 3, 10), comments: [] });
    expect(html).toContain('class="fail">FAIL');
    expect(html).toContain('reviewer <strong>not set</strong>');
    expect(html).toContain('QA did not run for this report.');
    expect(html).toContain('No comments.');
  });
});
