import type { QaSummary } from '../qa/run';
import type { DocumentStats } from '../review/document-stats';
import type { MqmScore } from '../review/mqm';
import { MQM_CATEGORIES } from '../review/mqm';
import { escapeText } from '../xml/escape';
import { barChartSvg } from './svg-chart';

/** A comment as the report lists it. */
export interface ReportComment {
  readonly segmentId: string;
  /** 1-based position in the document, as the grid numbers rows. */
  readonly row: number;
  readonly author: string;
  readonly at: string;
  readonly text: string;
  readonly resolved: boolean;
}

export interface ReviewReportInput {
  readonly project: string;
  readonly document: string;
  readonly reviewer: string;
  /** ISO 8601; when the report was made. */
  readonly generatedAt: string;
  readonly stats: DocumentStats;
  readonly mqm: MqmScore;
  /** Absent when QA could not run; the report says so instead of showing zeros. */
  readonly qa?: { readonly summary: QaSummary; readonly checked: number; readonly ignored: number };
  readonly comments: readonly ReportComment[];
}

const STYLE = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2430;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d5dbe3}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #d5dbe3;padding:.3rem .6rem;text-align:left;vertical-align:top}
th{background:#f2f4f7}td.n{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#566172}
.pass{color:#17663a;font-weight:600}.fail{color:#a4161a;font-weight:600}.resolved{color:#566172}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table{break-inside:auto}}`;

/**
 * The review report as one standalone HTML page: inline CSS and SVG, no scripts, no external
 * resources, so it opens offline, mails as one file and prints to PDF as it looks.
 */
export function reviewReportHtml(input: ReviewReportInput): string {
  const { stats, mqm } = input;
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const sections = [
    `<h1>Review report: ${escapeText(input.document)}</h1>`,
    `<p class="meta">Project <strong>${escapeText(input.project)}</strong> · reviewer <strong>${escapeText(input.reviewer || 'not set')}</strong> · ${escapeText(input.generatedAt.slice(0, 10))}</p>`,
    '<h2>Words</h2>',
    table(
      ['', 'Segments', 'Source words'],
      [
        ['In the document', String(stats.segments), String(stats.sourceWords)],
        ['Excluded boilerplate', String(stats.excluded), '—'],
        ['Reviewed or approved', '—', String(stats.wordsReviewed)],
        ...Object.entries(stats.sourceWordsByStatus).map(([status, words]) => [`Status ${status}`, '—', String(words)]),
      ],
    ),
    '<h2>Edits</h2>',
    `<p>${stats.measured} segments had a draft. Mean post-edit distance ${pct(stats.meanPostEditDistance)} (pooled ${pct(stats.pooledPostEditDistance)}); word edit rate ${pct(stats.meanWordEditRate)} (pooled ${pct(stats.pooledWordEditRate)}).</p>`,
    barChartSvg({
      title: 'Segments by edit class',
      bars: [
        { label: 'unchanged', value: stats.classes.unchanged, colour: '#5b8def' },
        { label: 'light', value: stats.classes.light, colour: '#f2a541' },
        { label: 'heavy', value: stats.classes.heavy, colour: '#d1495b' },
      ],
    }),
    barChartSvg({
      title: 'Post-edit distance (segments per band)',
      bars: stats.histogram.map((b) => ({ label: `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`, value: b.count, colour: '#4f7cac' })),
    }),
    '<h2>MQM</h2>',
    `<p>${mqm.penaltyPoints} penalty points from ${mqm.errorCount} errors: <strong>${Number.isFinite(mqm.perThousandWords) ? mqm.perThousandWords.toFixed(1) : '∞'}</strong> per 1,000 source words; pass mark ${mqm.threshold}. <span class="${mqm.pass ? 'pass' : 'fail'}">${mqm.pass ? 'PASS' : 'FAIL'}</span></p>`,
    table(
      ['Category', 'Errors', 'Points'],
      MQM_CATEGORIES.flatMap((c) => {
        const t = mqm.byCategory[c.id];
        return t ? [[`${c.dimension}: ${c.label}`, String(t.count), String(t.points)]] : [];
      }),
      'No MQM annotations.',
    ),
    '<h2>QA</h2>',
    input.qa
      ? `<p>${input.qa.checked} segments checked: ${input.qa.summary.total} findings (${input.qa.summary.bySeverity.error} errors, ${input.qa.summary.bySeverity.warning} warnings, ${input.qa.summary.bySeverity.info} notes) in ${input.qa.summary.segmentsWithFindings} segments; ${input.qa.ignored} ignored by a reviewer.</p>` +
        table(['Check', 'Findings'], Object.entries(input.qa.summary.byCheck).map(([check, n]) => [check, String(n)]), 'No findings.')
      : '<p>QA did not run for this report.</p>',
    `<h2>Comments (${input.comments.length})</h2>`,
    table(
      ['Row', 'Author', 'Date', 'Comment'],
      input.comments.map((c) => [String(c.row), c.author, c.at.slice(0, 10), c.resolved ? `${c.text} (resolved)` : c.text]),
      'No comments.',
    ),
  ];
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeText(`Review report: ${input.document}`)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n${sections.join('\n')}\n</body>\n</html>\n`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], empty?: string): string {
  if (rows.length === 0 && empty) return `<p>${escapeText(empty)}</p>`;
  const cell = (v: string, tagName: 'td' | 'th') => `<${tagName}${tagName === 'td' && /^[\d.,%—-]+$/.test(v) ? ' class="n"' : ''}>${escapeText(v)}</${tagName}>`;
  return `<table><thead><tr>${head.map((h) => cell(h, 'th')).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v) => cell(v, 'td')).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
