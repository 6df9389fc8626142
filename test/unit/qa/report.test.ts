import { describe, expect, it } from 'vitest';
import { qaReportCsv, qaReportHtml, runQa } from '../../../shared/qa';
import { seg } from './segments';

const findings = runQa([seg('saat pilot tampil', 'when the the pilot performed'), seg('Kim <b> datang', ''), seg('Ya, benar.', '=HYPERLINK("x") , right.')]);

describe('QA reports', () => {
  it('writes an HTML report with summary counts, per-check tables and segment ids, escaped', () => {
    const html = qaReportHtml(findings, { title: 'QA <report>', generatedAt: '2026-01-01T00:00:00Z', projectName: 'Demo' });
    expect(html).toContain('<title>QA &lt;report&gt;</title>');
    expect(html).toContain(`Total findings: <strong>${findings.length}</strong>`);
    expect(html).toContain('<section id="words.repeated">');
    expect(html).toContain('<section id="completeness.empty-target">');
    for (const f of findings) {
      expect(html).toContain(`href="#segment-${f.segmentId}"`);
      expect(html).toContain(`<section id="segment-${f.segmentId}">`);
    }
    expect(html).not.toContain('Kim <b>');
  });

  it('writes CSV with a header, quoting, and formula-looking cells neutralised', () => {
    const csv = qaReportCsv(findings);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('finding_id,segment_id,check_id,severity,message,source_spans,target_spans');
    expect(lines).toHaveLength(findings.length + 1);
    expect(csv).toContain(',“the the”: the word is repeated; delete one.,');
    expect(csv).toContain('"Space before “,”: remove it."');
    const [first] = findings;
    if (!first) throw new Error('no findings');
    const hostile = qaReportCsv([{ ...first, segmentId: '=HYPERLINK("http://x")' }]);
    expect(hostile).toContain(`,"'=HYPERLINK(""http://x"")",`);
  });
});
