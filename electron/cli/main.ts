import path from 'node:path';
import { IMPORT_EXTENSIONS, paragraphModes } from '../../shared/api/contract';
import { SEGMENT_STATUSES } from '../../shared/model/segment';
import type { SegmentStatus } from '../../shared/model/segment';
import { readUserFile } from '../services/files';
import { QA_USAGE, runQaCommand } from './qa-command';
import { runGlossaryCommand } from './glossary-commands';
import { runTmCommand } from './tm-commands';
import { EXPORT_USAGE, runExportCommand, runImportReviewCommand } from './export-commands';
import type { CliIo } from './common';
import { closeWithWarning } from './close-project';
import { cliWorkspace, outputFor, parseCommandArgs, reportFailure, UsageError } from './common';

const USAGE = `Tinjau: review Indonesian→English translations.

Usage:
  tinjau init DIR [--name N] [--source-lang id] [--target-lang en]
  tinjau import DIR SOURCE [--draft FILE] [--draft-origin mt|human] [--paragraphs auto|blank-line|line]
                           [--segmentation paragraph|sentence]
      SOURCE: ${IMPORT_EXTENSIONS.join(' ')}
  tinjau edit DIR --segment ID --text T [--author A] [--status S]
  ${EXPORT_USAGE}
  tinjau stats DIR
  ${QA_USAGE}
  tinjau glossary import|export|attach|detach|list DIR ...   tinjau terms DIR   (tinjau glossary --help)
  tinjau pretranslate DIR [--tm-threshold 85] [--mt PROVIDER] [--document ID]
  tinjau tm import|attach|detach|list|search DIR ...   (tinjau tm --help)
  tinjau team clone|link|sync|status|conflicts|resolve|assign ...   (tinjau team --help)

Every command takes --json for machine-readable output. Errors go to stderr with exit code 1
(2 for a wrong command line).`;


export type { CliIo };

export async function runCli(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command === 'glossary' || command === 'terms') return runGlossaryCommand(argv, io);
  if (command === 'tm' || command === 'pretranslate') return runTmCommand(argv, io);
  if (command === 'team') return (await import('./team-commands')).runTeamCommand(argv, io);
  const args = parseCommandArgs(
    rest,
    {
      name: { type: 'string' },
      'source-lang': { type: 'string' },
      'target-lang': { type: 'string' },
      draft: { type: 'string' },
      'draft-origin': { type: 'string' },
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
    USAGE,
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
        const result = await workspace.importDocument({
          project: dir,
          source: await payload(source),
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
    return reportFailure(err, USAGE, io, values.json);
  } finally {
    await closeWithWarning(workspace, io);
  }
}

async function payload(file: string): Promise<{ name: string; base64: string }> {
  const bytes = await readUserFile(file);
  return { name: path.basename(file), base64: Buffer.from(bytes).toString('base64') };
}

