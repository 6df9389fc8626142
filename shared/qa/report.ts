/**
 * QA reports for delivery: a self-contained HTML page and a CSV for spreadsheets.
 */
import { QA_CHECKS, qaCheckInfo } from './checks';
import type { QaFinding, QaSeverity } from './types';

export interface QaReportMeta {
  readonly title: string;
  /** ISO 8601 time of the run; passed in so reports are reproducible. */
  readonly generatedAt: string;
  readonly projectName?: string;
  readonly profileName?: string;
  readonly segmentCount?: number;
  /** Source/target text per segment id, shown beside findings when given. */
  readonly segmentText?: (segmentId: string) => { source: string; target: string } | undefined;
}

const SEVERITIES: readonly QaSeverity[] = ['error', 'warning', 'info'];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
}

/** A standalone HTML report: summary counts, then one table per check with segment ids. */
export function qaReportHtml(findings: readonly QaFinding[], meta: QaReportMeta): string {
  const bySeverity = countBy(findings, (f) => f.severity);
  const byCheck = new Map<string, QaFinding[]>();
  for (const f of findings) byCheck.set(f.checkId, [...(byCheck.get(f.checkId) ?? []), f]);
  // Checks in registry order, then any unknown ids (from a newer profile) at the end.
  const order = [...QA_CHECKS.map((c) => c.id as string), ...[...byCheck.keys()].filter((k) => !qaCheckInfo(k)).sort()];
  const summaryRows = order
    .filter((id) => byCheck.has(id))
    .map((id) => {
      const list = byCheck.get(id) ?? [];
      const title = qaCheckInfo(id)?.title ?? id;
      return `<tr><td><a href="#${escapeHtml(id)}">${escapeHtml(title)}</a></td><td><code>${escapeHtml(id)}</code></td><td>${escapeHtml(list[0]?.severity ?? '')}</td><td class="n">${list.length}</td></tr>`;
    })
    .join('\n');
  const sections = order
    .filter((id) => byCheck.has(id))
    .map((id) => {
      const rows = (byCheck.get(id) ?? [])
        .map((f) => {
          const text = meta.segmentText?.(f.segmentId);
          const ctx = text ? `<td>${escapeHtml(text.source)}</td><td>${escapeHtml(text.target)}</td>` : '';
          return `<tr class="${f.severity}"><td><a href="#segment-${escapeHtml(f.segmentId)}" data-segment-id="${escapeHtml(f.segmentId)}">${escapeHtml(f.segmentId)}</a></td><td>${escapeHtml(f.severity)}</td><td>${escapeHtml(f.message)}</td>${ctx}<td><code>${escapeHtml(f.id)}</code></td></tr>`;
        })
        .join('\n');
      const extra = meta.segmentText ? '<th>Source</th><th>Target</th>' : '';
      return `<section id="${escapeHtml(id)}"><h2>${escapeHtml(qaCheckInfo(id)?.title ?? id)} <small>(${escapeHtml(id)})</small></h2>
<table><thead><tr><th>Segment</th><th>Severity</th><th>Message</th>${extra}<th>Finding</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
    })
    .join('\n');
  const facts = [
    meta.projectName ? `<dt>Project</dt><dd>${escapeHtml(meta.projectName)}</dd>` : '',
    meta.profileName ? `<dt>Profile</dt><dd>${escapeHtml(meta.profileName)}</dd>` : '',
    meta.segmentCount !== undefined ? `<dt>Segments</dt><dd>${meta.segmentCount}</dd>` : '',
    `<dt>Generated</dt><dd>${escapeHtml(meta.generatedAt)}</dd>`,
  ].join('');
  // One anchor per segment, so every segment link in the tables lands somewhere.
  const bySegment = new Map<string, QaFinding[]>();
  for (const f of findings) bySegment.set(f.segmentId, [...(bySegment.get(f.segmentId) ?? []), f]);
  const segmentSections = [...bySegment]
    .map(([id, list]) => {
      const text = meta.segmentText?.(id);
      const texts = text ? `<p><b>Source:</b> ${escapeHtml(text.source)}<br><b>Target:</b> ${escapeHtml(text.target)}</p>` : '';
      const items = list.map((f) => `<li>${escapeHtml(f.severity)}: ${escapeHtml(f.message)} <small>(${escapeHtml(f.checkId)})</small></li>`).join('');
      return `<section id="segment-${escapeHtml(id)}"><h3>Segment ${escapeHtml(id)}</h3>${texts}<ul>${items}</ul></section>`;
    })
    .join('\n');
  const counts = SEVERITIES.map((s) => `<li class="${s}">${s}: <strong>${bySeverity.get(s) ?? 0}</strong></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(meta.title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}.n{text-align:right}.error td:nth-child(2){font-weight:bold}</style>
</head><body>
<h1>${escapeHtml(meta.title)}</h1>
<dl>${facts}</dl>
<h2>Summary</h2>
<p>Total findings: <strong>${findings.length}</strong></p>
<ul>${counts}</ul>
<table><thead><tr><th>Check</th><th>Id</th><th>Severity</th><th>Findings</th></tr></thead><tbody>
${summaryRows}
</tbody></table>
${sections}
<h2>By segment</h2>
${segmentSections}
</body></html>
`;
}

function csvCell(value: string): string {
  // Spreadsheets run cells starting with = + - @ as formulas; a leading quote keeps them text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const spans = (s: QaFinding['sourceSpans']) => s.map((x) => `${x.start}-${x.end}`).join(' ');

/** RFC 4180 CSV, one finding a row. */
export function qaReportCsv(findings: readonly QaFinding[]): string {
  const header = ['finding_id', 'segment_id', 'check_id', 'severity', 'message', 'source_spans', 'target_spans'];
  const rows = findings.map((f) => [f.id, f.segmentId, f.checkId, f.severity, f.message, spans(f.sourceSpans), spans(f.targetSpans)].map(csvCell).join(','));
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}
