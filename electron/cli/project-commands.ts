import path from 'node:path';
import { paragraphModes } from '../../shared/api/formats';
import { SEGMENT_STATUSES } from '../../shared/model/segment';
import type { SegmentStatus } from '../../shared/model/segment';
import { readUserFile } from '../services/files';
import { runQaCommand } from './qa-command';
import { runExportCommand, runImportReviewCommand } from './export-commands';
import { COMMAND_USAGE, USAGE } from './usage';
import type { CliIo } from './common';
import { closeWithWarning } from './close-project';
import { cliWorkspace, outputFor, parseCommandArgs, readStdin, reportFailure, UsageError } from './common';

/** Runs the project commands: init, import, edit, export, import-review, stats and qa. */
export async function runProjectCommand(command: string, rest: readonly string[], io: CliIo): Promise<number> {
  const usage = COMMAND_USAGE[command] ?? USAGE;
  const args = parseCommandArgs(
    rest,
    {
      name: { type: 'string' },
      'source-lang': { type: 'string' },
      'target-lang': { type: 'string' },
      draft: { type: 'string' },
      'draft-origin': { type: 'string' },
      'on-existing': { type: 'string' },
      paragraphs: { type: 'string' },
      segmentation: { type: 'string' },
      segment: { type: 'string' },
      text: { type: 'string' },
      author: { type: 'string' },
      status: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      document: { type: 'string' },
      profile: { type: 'string' },
      'only-approved': { type: 'boolean', default: false },
      'include-excluded': { type: 'boolean', default: false },
      reviewer: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
    usage,
    io,
  );
  if ('exit' in args) return args.exit;
  const { values, positionals } = args;
  const out = outputFor(io, values.json);
  const workspace = await cliWorkspace(io);
  try {
    const dir = positionals[0];
    if (!dir) throw new UsageError(`${command} needs a project folder`);
    switch (command) {
      case 'init': {
        const summary = await workspace.createProjectAt(dir, {
          name: values.name ?? path.basename(path.resolve(dir)).replace(/\.tinjau$/, ''),
          ...(values['source-lang'] ? { sourceLang: values['source-lang'] } : {}),
          ...(values['target-lang'] ? { targetLang: values['target-lang'] } : {}),
        });
        out(`Created project "${summary.meta.name}" in ${summary.path}`, summary);
        break;
      }
      case 'import': {
        const source = positionals[1];
        if (!source) throw new UsageError('import needs a SOURCE file');
        const origin = values['draft-origin'];
        if (origin !== undefined && origin !== 'mt' && origin !== 'human') throw new UsageError('--draft-origin is mt or human');
        const mode = values.paragraphs;
        if (mode !== undefined && !(paragraphModes as readonly string[]).includes(mode)) {
          throw new UsageError(`--paragraphs is one of ${paragraphModes.join(', ')}`);
        }
        const segmentation = values.segmentation;
        if (segmentation !== undefined && segmentation !== 'paragraph' && segmentation !== 'sentence') {
          throw new UsageError('--segmentation is paragraph or sentence');
        }
        const onExisting = values['on-existing'];
        if (onExisting !== undefined && onExisting !== 'replace' && onExisting !== 'copy' && onExisting !== 'cancel') throw new UsageError('--on-existing is replace, copy or cancel');
        const result = await workspace.importDocument({
          project: dir,
          ...(onExisting ? { onExisting } : {}),
          source: source === '-' ? stdinPayload(await readStdin(io), values.name) : await payload(source),
          ...(values.draft ? { draft: await payload(values.draft) } : {}),
          ...(origin ? { draftOrigin: origin } : {}),
          ...(mode ? { paragraphMode: mode as (typeof paragraphModes)[number] } : {}),
          ...(segmentation ? { segmentation } : {}),
        });
        const p = result.document.progress;
        const lines = [
          `Imported ${result.document.name} as document ${result.document.id}: ${p.segments} segments, ${p.excluded} excluded as boilerplate`,
          ...(values.draft ? [`Draft aligned; ${result.lowConfidence.length} pairing(s) to check${result.lowConfidence.length ? ': ' + result.lowConfidence.join(', ') : ''}`] : []),
          ...result.unmatchedDraft.map((t) => `draft paragraph with no source: ${t.slice(0, 80)}`),
          ...result.warnings.map((w) => `warning: ${w.message}`),
        ];
        out(lines.join('\n'), {
          document: result.document.id,
          name: result.document.name,
          format: result.document.format,
          segments: p.segments,
          excluded: p.excluded,
          lowConfidence: result.lowConfidence,
          unmatchedDraft: result.unmatchedDraft,
          warnings: result.warnings.map((w) => w.message),
        });
        break;
      }
      case 'edit': {
        if (!values.segment || values.text === undefined) throw new UsageError('edit needs --segment ID and --text T');
        const status = values.status as SegmentStatus | undefined;
        if (status !== undefined && !SEGMENT_STATUSES.includes(status)) throw new UsageError(`--status is one of ${SEGMENT_STATUSES.join(', ')}`);
        const segment = await workspace.updateSegment(
          { project: dir, segmentId: values.segment, target: values.text, ...(status ? { status } : {}) },
          values.author,
        );
        out(`Segment ${segment.id} is now ${segment.status}`, segment);
        break;
      }
      case 'export':
        await runExportCommand(
          workspace,
          { dir, format: values.format, out: values.out, document: values.document, onlyApproved: values['only-approved'], includeExcluded: values['include-excluded'], json: values.json },
          io,
        );
        break;
      case 'import-review':
        await runImportReviewCommand(workspace, { dir, file: positionals[1], reviewer: values.reviewer, dryRun: values['dry-run'], json: values.json }, io);
        break;
      case 'stats': {
        const summary = await workspace.openProject(dir);
        const review = await workspace.reviewService(dir);
        const documents = summary.documents.map((d) => {
          const r = review.stats(d.id);
          return { id: d.id, name: d.name, format: d.format, ...d.progress, edits: r.stats, mqm: r.mqm, confirmedByDay: r.confirmedByDay, byEngine: r.byEngine };
        });
        const lines = documents.map(
          (d) =>
            `${d.id}  ${d.name}: ${d.confirmed}/${d.segments - d.excluded} confirmed, ${d.edited} edited, ${d.sourceWords} source words; ` +
            `post-edit distance ${(d.edits.meanPostEditDistance * 100).toFixed(1)}%, ` +
            `${d.edits.classes.unchanged} unchanged / ${d.edits.classes.light} light / ${d.edits.classes.heavy} heavy; ` +
            `MQM ${d.mqm.perThousandWords.toFixed(1)} per 1,000 words (${d.mqm.pass ? 'pass' : 'fail'})`,
        );
        out([`Project "${summary.meta.name}" (${summary.path})`, ...lines].join('\n'), { project: summary.meta, documents });
        break;
      }
      case 'qa':
        return await runQaCommand(workspace, { dir, json: values.json, ...(values.document ? { document: values.document } : {}), ...(values.profile ? { profile: values.profile } : {}) }, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
    return 0;
  } catch (err) {
    return reportFailure(err, usage, io, values.json);
  } finally {
    await closeWithWarning(workspace, io);
  }
}

async function payload(file: string): Promise<{ name: string; base64: string }> {
  const bytes = await readUserFile(file);
  return { name: path.basename(file), base64: Buffer.from(bytes).toString('base64') };
}

/**
 * A document read from stdin. Its name (which decides the reader) is `--name` when given, else
 * guessed from the content: XLIFF, TMX, HTML, a DOCX or XLSX package, or plain text.
 */
function stdinPayload(bytes: Uint8Array, name: string | undefined): { name: string; base64: string } {
  const buffer = Buffer.from(bytes);
  if (buffer.length === 0) throw new UsageError('import - read nothing from stdin: pipe the document in, e.g. tinjau import DIR - --name report.docx < report.docx');
  return { name: name ? path.basename(name) : `stdin${sniffExtension(buffer)}`, base64: buffer.toString('base64') };
}

function sniffExtension(bytes: Buffer): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const head = bytes.subarray(0, 64 * 1024).toString('latin1');
    return head.includes('xl/') ? '.xlsx' : '.docx';
  }
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<')) {
    if (head.includes('<xliff')) return '.xlf';
    if (head.includes('<tmx')) return '.tmx';
    if (head.includes('<html') || head.startsWith('<!doctype html')) return '.html';
  }
  return '.txt';
}
