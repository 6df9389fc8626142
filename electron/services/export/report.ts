import type { ReportComment } from '../../../shared/export/report-html';
import { reviewReportHtml } from '../../../shared/export/report-html';
import { documentStats, reviewInputFromSegment } from '../../../shared/review/document-stats';
import { mqmScore } from '../../../shared/review/mqm';
import type { GlossaryServices } from '../glossary/handlers';
import type { ProjectStore } from '../project-store';
import { QaServices } from '../qa/handlers';
import type { Workspace } from '../workspace';

/**
 * The review report of one document as standalone HTML.
 *
 * For the PDF, the main process loads this HTML into a hidden window and calls `printToPDF`;
 * the page has no scripts or external resources, so it renders the same offline.
 */
export async function reportHtml(
  workspace: Workspace,
  args: { readonly project: string; readonly documentId: string },
  glossaryServices?: GlossaryServices,
): Promise<string> {
  const store = await workspace.projectStore(args.project);
  store.document(args.documentId);
  return buildReportHtml(workspace, store, args.documentId, glossaryServices);
}

export async function buildReportHtml(workspace: Workspace, store: ProjectStore, documentId: string, glossaryServices?: GlossaryServices): Promise<string> {
  const doc = store.document(documentId);
  const segments = store.segmentsOf(documentId);
  const stats = documentStats(segments.map((s) => reviewInputFromSegment(s, s.activeMs)));
  const threshold = store.projectMeta.mqmThreshold ?? workspace.settings.settings.mqmThreshold;
  // Annotations on excluded boilerplate do not count: its words are not in the word count either.
  const annotations = segments.filter((s) => !s.excluded).flatMap((s) => s.annotations ?? []);
  const mqm = mqmScore(annotations, stats.sourceWords, threshold);
  const comments: ReportComment[] = segments.flatMap((s) =>
    (s.comments ?? []).flatMap((thread) =>
      thread.comments.map((c) => ({ segmentId: s.id, row: s.index + 1, author: c.author, at: c.at, text: c.text, resolved: thread.resolved })),
    ),
  );
  return reviewReportHtml({
    project: store.projectMeta.name,
    document: doc.name,
    reviewer: workspace.settings.settings.reviewer.name,
    generatedAt: new Date().toISOString(),
    stats,
    mqm,
    ...(await qaOf(workspace, store.dir, documentId, glossaryServices)),
    comments,
  });
}

async function qaOf(workspace: Workspace, project: string, documentId: string, glossaryServices: GlossaryServices | undefined) {
  try {
    const result = await new QaServices(workspace, glossaryServices ? { glossaryServices } : {}).of(project).run({ documentId });
    return { qa: { summary: result.summary, checked: result.segments, ignored: result.ignored.length } };
  } catch {
    // The report is still worth having without QA (a glossary folder offline, say); it says so.
    return {};
  }
}
