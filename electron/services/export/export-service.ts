import type { ChannelArgs } from '../../../shared/api/contract';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { ExportedFile } from '../../../shared/api/types';
import { bilingualCsv } from '../../../shared/export/bilingual-table';
import { segmentNotes } from '../../../shared/export/segment-notes';
import { targetBlocks, targetHtml, targetMarkdown, targetTxt } from '../../../shared/export/target-document';
import { createTmx, writeTmx } from '../../../shared/formats/tmx';
import { createXliff12, writeXliff12 } from '../../../shared/formats/xliff12';
import { createXliff20, writeXliff20 } from '../../../shared/formats/xliff20';
import type { TinjauDocument } from '../../../shared/model/project';
import type { Segment } from '../../../shared/model/segment';
import { isConfirmed } from '../../../shared/model/segment';
import { withUtf8Declaration } from '../../../shared/xml/sniff';
import type { BilingualExportOptions, SegmentHistorySummary } from '../../../shared/xml/export-options';
import type { GlossaryServices } from '../glossary/handlers';
import type { JobHandle } from '../jobs';
import { nextTurn } from '../jobs';
import type { ProjectStore } from '../project-store';
import type { Workspace } from '../workspace';
import { buildReportHtml } from './report';
import { buildReviewDocx } from './review-docx';
import { buildTargetDocx } from './target-docx';
import { buildBilingualXlsx } from './xlsx';

export type ExportArgs = ChannelArgs<'documents:export'>;

/** Segments read per chunk before yielding, so a long export keeps the process answering. */
const CHUNK = 2000;

const MIME = {
  txt: 'text/plain',
  csv: 'text/csv',
  xliff12: 'application/xliff+xml',
  xliff20: 'application/xliff+xml',
  tmx: 'application/x-tmx+xml',
  'docx-bilingual': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  md: 'text/markdown',
  html: 'text/html',
  report: 'text/html',
} as const;

/**
 * Every export of one document: bilingual files for other tools, the outside reviewer's DOCX,
 * the clean English document and the review report.
 *
 * With a job, progress is reported per chunk of segments and a cancel stops before anything is
 * returned, so a caller never holds (or writes) part of a file.
 */
export interface ExportRunOptions {
  readonly job?: JobHandle;
  /** The process's glossary services, so the report's QA reads the glossaries already open. */
  readonly glossaryServices?: GlossaryServices;
}

export async function exportDocument(workspace: Workspace, args: ExportArgs, run: ExportRunOptions = {}): Promise<ExportedFile> {
  const file = await renderDocument(workspace, args, run);
  const bytes = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : Buffer.from(file.data);
  return { fileName: file.fileName, mimeType: file.mimeType, base64: bytes.toString('base64') };
}

/** An exported file as it is made: text or bytes, for a caller that writes it itself (the CLI). */
export interface RenderedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly data: string | Uint8Array;
}

/** The export of one document (see `exportDocument`), without its base64 copy for the API. */
export async function renderDocument(workspace: Workspace, args: ExportArgs, run: ExportRunOptions = {}): Promise<RenderedFile> {
  const { job } = run;
  const store = await workspace.projectStore(args.project);
  // The original file (a blob) is read only for an export back into the document's own format.
  const listed = store.document(args.documentId);
  const doc = (listed.format as string) === args.format ? { ...listed, original: store.originalOf(listed.id) } : listed;
  const segments = store.segmentsOf(doc.id);
  // Who created and changed each segment goes only into a new bilingual file, never back into an original.
  const intoOriginal = (args.format === 'xliff12' || args.format === 'xliff20' || args.format === 'tmx') && doc.format === args.format && Boolean(doc.original);
  const usesHistory = (args.format === 'xliff12' || args.format === 'xliff20' || args.format === 'tmx') && !intoOriginal;
  const history = usesHistory ? await collectHistory(store, segments, job) : new Map<string, SegmentHistorySummary>();
  checkCancelled(job);
  const byId = new Map(segments.map((s) => [s.id, s]));
  const base = doc.name.replace(/\.[^.]+$/, '');
  const options: BilingualExportOptions = {
    historyOf: (id) => history.get(id),
    commentsOf: (id) => {
      const s = byId.get(id);
      return s ? segmentNotes(s) : [];
    },
  };
  const meta = { name: doc.name, sourceLang: doc.sourceLang, targetLang: doc.targetLang, segmentation: doc.segmentation };
  let result: { name: string; data: string | Uint8Array };
  switch (args.format) {
    case 'txt':
      result = { name: `${base}.en.txt`, data: targetTxt(segments, args) };
      break;
    case 'md':
      result = { name: `${base}.en.md`, data: targetMarkdown(segments, args) };
      break;
    case 'html':
      result = { name: `${base}.en.html`, data: targetHtml(segments, { ...args, lang: doc.targetLang, fallbackTitle: doc.name }) };
      break;
    case 'docx':
      result = { name: `${base}.en.docx`, data: await buildTargetDocx(targetBlocks(segments, args), base) };
      break;
    case 'csv':
      result = { name: `${base}.bilingual.csv`, data: bilingualCsv(segments) };
      break;
    case 'xlsx':
      result = { name: `${base}.bilingual.xlsx`, data: await buildBilingualXlsx(segments, base) };
      break;
    case 'xliff12':
      result = xliff12(doc, segments, base, meta, options);
      break;
    case 'xliff20':
      result =
        doc.format === 'xliff20' && doc.original
          ? { name: doc.name, data: withUtf8Declaration(writeXliff20(doc.original, segments)) }
          : { name: `${base}.en.xliff`, data: createXliff20(meta, segments, options) };
      break;
    case 'tmx':
      result = tmx(doc, segments, base, meta, options, args.onlyApproved === true);
      break;
    case 'docx-bilingual':
      result = {
        name: `${base}.review.docx`,
        data: await buildReviewDocx(
          { project: store.projectMeta.name, document: doc.name, reviewer: workspace.settings.settings.reviewer.name, date: new Date().toISOString() },
          segments,
        ),
      };
      break;
    case 'report':
      result = { name: `${base}.report.html`, data: await buildReportHtml(workspace, store, doc.id, run.glossaryServices) };
      break;
  }
  checkCancelled(job);
  job?.report(segments.length + 1, segments.length + 1);
  return { fileName: result.name, mimeType: MIME[args.format], data: result.data };
}

function xliff12(doc: TinjauDocument, segments: readonly Segment[], base: string, meta: Parameters<typeof createXliff12>[0], options: BilingualExportOptions) {
  // A document that came from XLIFF 1.2 goes back into its own file: only targets and states change.
  if (doc.format === 'xliff12' && doc.original) return { name: doc.name, data: withUtf8Declaration(writeXliff12(doc.original, segments)) };
  return { name: `${base}.en.xlf`, data: createXliff12(meta, segments, options) };
}

function tmx(doc: TinjauDocument, segments: readonly Segment[], base: string, meta: Parameters<typeof createTmx>[0], options: BilingualExportOptions, onlyApproved: boolean) {
  // A memory holds what a reviewer confirmed; excluded boilerplate is not translation.
  const confirmed = segments.filter((s) => !s.excluded && (onlyApproved ? s.status === 'approved' : isConfirmed(s.status)) && s.target.trim() !== '');
  if (doc.format === 'tmx' && doc.original) return { name: doc.name, data: withUtf8Declaration(writeTmx(doc.original, confirmed)) };
  return { name: `${base}.tmx`, data: createTmx(meta, confirmed, options) };
}

/**
 * One TMX of a whole project: every document's confirmed segments, each unit naming its document
 * (`<prop type="x-document">`). What a memory of the project is, without choosing a document.
 */
export async function exportProjectTmx(workspace: Workspace, project: string, onlyApproved = false): Promise<ExportedFile> {
  const store = await workspace.projectStore(project);
  const documents = store.listDocuments();
  const first = documents[0];
  if (!first) throw new TinjauError('not-found', say('cli.noDocuments'));
  const names = new Map(documents.map((d) => [d.id, d.name]));
  const segments = documents.flatMap((d) => store.segmentsOf(d.id));
  const history = await collectHistory(store, segments, undefined);
  const confirmed = segments.filter((s) => !s.excluded && (onlyApproved ? s.status === 'approved' : isConfirmed(s.status)) && s.target.trim() !== '');
  const sentences = documents.every((d) => d.segmentation === 'sentence');
  const data = createTmx(
    { name: store.projectMeta.name, sourceLang: first.sourceLang, targetLang: first.targetLang, segmentation: sentences ? 'sentence' : 'paragraph' },
    confirmed,
    { historyOf: (id) => history.get(id), documentNameOf: (s) => names.get(s.documentId) },
  );
  const base = store.projectMeta.name.replace(/[\\/:*?"<>|]+/g, '-') || 'project';
  return { fileName: `${base}.tmx`, mimeType: MIME.tmx, base64: Buffer.from(data, 'utf8').toString('base64') };
}

/** Who created and last changed each segment, from its revisions (read in chunks with progress). */
async function collectHistory(store: ProjectStore, segments: readonly Segment[], job: JobHandle | undefined): Promise<Map<string, SegmentHistorySummary>> {
  const out = new Map<string, SegmentHistorySummary>();
  job?.report(0, segments.length + 1);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const revisions = store.revisionsOf(s.id);
    const first = revisions[0];
    const last = revisions[revisions.length - 1];
    out.set(s.id, {
      ...(first ? { createdBy: first.author, createdAt: first.at } : {}),
      ...(last ? { changedBy: last.author, changedAt: last.at } : {}),
    });
    if (job && (i + 1) % CHUNK === 0) {
      job.report(i + 1);
      await nextTurn();
      checkCancelled(job);
    }
  }
  job?.report(segments.length);
  return out;
}

function checkCancelled(job: JobHandle | undefined): void {
  if (job?.cancelled) throw new TinjauError('conflict', say('export.cancelled'));
}
