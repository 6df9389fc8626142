/**
 * `tinjau export` in every format (TBX through the glossary service) and `tinjau import-review`
 * for the outside reviewer's DOCX.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExportFormat } from '../../shared/api/contract';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import type { ExportedFile } from '../../shared/api/types';
import type { RenderedFile } from '../services/export/export-service';
import { exportProjectTmx, renderDocument } from '../services/export/export-service';
import { importReview } from '../services/export/review-import';
import { readUserFile, writeFileAtomic } from '../services/files';
import { GlossaryServices } from '../services/glossary/handlers';
import { UsageError } from './common';
import type { Workspace } from '../services/workspace';

import { CLI_EXPORT_FORMATS } from './usage';

export { CLI_EXPORT_FORMATS };

interface Io {
  readonly stdout: { write(text: string | Uint8Array): unknown };
}

export interface ExportCommandArgs {
  readonly dir: string;
  readonly format: string | undefined;
  readonly out: string | undefined;
  readonly document?: string | undefined;
  readonly onlyApproved: boolean;
  readonly includeExcluded: boolean;
  readonly json: boolean;
}

/** A wrong command line: main.ts prints the usage and exits 2. */


export async function runExportCommand(workspace: Workspace, args: ExportCommandArgs, io: Io): Promise<void> {
  const format = args.format;
  if (!format || !(CLI_EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format is one of ${CLI_EXPORT_FORMATS.join(', ')}`);
  if (!args.out) throw new UsageError('export needs --out FILE');
  const summary = await workspace.openProject(args.dir);
  // The CLI writes the file as it was made (text or bytes): no base64 copy as the API sends it.
  let file: ExportedFile | RenderedFile;
  let documentId: string | undefined;
  if (format === 'tbx') {
    const glossaries = new GlossaryServices(workspace);
    try {
      file = await glossaries.of(args.dir).export({ project: args.dir, format: 'tbx' });
    } finally {
      glossaries.close();
    }
  } else if (format === 'tmx' && !args.document && summary.documents.length > 1) {
    // A memory is of the whole project: every document goes into one TMX unless --document picks one.
    file = await exportProjectTmx(workspace, args.dir, args.onlyApproved);
  } else {
    documentId = args.document ?? onlyDocument(summary.documents.map((d) => ({ id: d.id, label: `${d.id} (${d.name})` })));
    file = await renderDocument(workspace, {
      project: args.dir,
      documentId,
      format: format as ExportFormat,
      ...(args.onlyApproved ? { onlyApproved: true } : {}),
      ...(args.includeExcluded ? { includeExcluded: true } : {}),
    });
  }
  if (args.out === '-') {
    // `--out -`: the file itself goes to stdout (nothing else does, so it can be piped).
    io.stdout.write('data' in file ? file.data : Buffer.from(file.base64, 'base64'));
    return;
  }
  const out = path.resolve(args.out);
  // The project's own files (snapshot, journal, lock, backups) must never be overwritten by an export.
  const inProject = path.relative(path.resolve(args.dir), out);
  if (!inProject.startsWith('..') && !path.isAbsolute(inProject)) throw new TinjauError('invalid-input', say('export.outInsideProject', { out: args.out }));
  if (existsSync(out) && statSync(out).isDirectory()) throw new TinjauError('invalid-input', say('export.outIsFolder', { out: args.out }));
  mkdirSync(path.dirname(out), { recursive: true });
  // The whole file exists in memory before anything touches the disk, and the write is atomic.
  writeFileAtomic(out, 'data' in file ? file.data : Buffer.from(file.base64, 'base64'));
  const line = `Wrote ${args.out} (${format}${documentId ? `, document ${documentId}` : ''})`;
  io.stdout.write(args.json ? JSON.stringify({ out, format, ...(documentId ? { document: documentId } : {}) }, null, 2) + '\n' : line + '\n');
}

export interface ImportReviewArgs {
  readonly dir: string;
  readonly file: string | undefined;
  readonly reviewer: string | undefined;
  readonly dryRun: boolean;
  readonly json: boolean;
}

export async function runImportReviewCommand(workspace: Workspace, args: ImportReviewArgs, io: Io): Promise<void> {
  if (!args.file) throw new UsageError('import-review needs the reviewed DOCX file');
  if (!args.reviewer?.trim()) throw new UsageError('import-review needs --reviewer NAME (the revisions are attributed to them)');
  await workspace.openProject(args.dir);
  const bytes = await readUserFile(args.file);
  const result = await importReview(workspace, {
    project: args.dir,
    file: { name: path.basename(args.file), base64: Buffer.from(bytes).toString('base64') },
    reviewer: args.reviewer.trim(),
    apply: !args.dryRun,
  });
  if (args.json) {
    io.stdout.write(JSON.stringify({ ...result, warnings: result.warnings.map((w) => w.message) }, null, 2) + '\n');
    return;
  }
  const comments = result.comments.length ? `, ${result.comments.length} new comment(s)` : '';
  const head = args.dryRun
    ? `Dry run: ${result.changes.length} segment(s) would change${comments}, ${result.unchanged} unchanged; nothing was applied.`
    : `${result.changes.length} segment(s) changed${comments}, ${result.unchanged} unchanged.`;
  const lines = [
    ...result.changes.map((c) => `  ${c.segmentId} (by ${c.by.join(', ')})\n    - ${c.before}\n    + ${c.after}`),
    ...result.comments.map((c) => `  ${c.segmentId}\n    comment: ${c.text}`),
  ];
  io.stdout.write([head, ...lines, ...result.warnings.map((w) => `warning: ${w.message}`)].join('\n') + '\n');
}

function onlyDocument(documents: readonly { id: string; label: string }[]): string {
  const [first] = documents;
  if (documents.length === 1 && first) return first.id;
  if (documents.length === 0) throw new TinjauError('not-found', say('cli.noDocuments'));
  throw new UsageError(`the project has ${documents.length} documents; choose one with --document: ${documents.map((d) => d.label).join(', ')}`);
}
