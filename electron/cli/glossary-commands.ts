/**
 * `tinjau glossary ...` and `tinjau terms ...`: the glossary channels from the command line,
 * through the same services as the app (electron/services/glossary/).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { glossaryExportFormats } from '../../shared/api/contract';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import type { GlossarySource, SegmentTerms } from '../../shared/api/glossary-types';
import { readUserFile, writeFileAtomic } from '../services/files';
import { GlossaryServices } from '../services/glossary/handlers';
import { isTermProblem } from '../../shared/glossary/model';
import { closeWithWarning } from './close-project';
import type { CliIo } from './common';
import { cliWorkspace, outputFor, parseCommandArgs, reportFailure, UsageError } from './common';

import { GLOSSARY_USAGE } from './usage';


/** Runs `argv` = ['glossary', SUB, ...] or ['terms', ...]; returns the exit code. */
export async function runGlossaryCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseCommandArgs(
    rest,
    {
      glossary: { type: 'string' },
      'split-alternatives': { type: 'boolean', default: false },
      format: { type: 'string' },
      out: { type: 'string' },
      create: { type: 'boolean', default: false },
      name: { type: 'string' },
      document: { type: 'string' },
      details: { type: 'boolean', default: false },
    },
    GLOSSARY_USAGE,
    io,
  );
  if ('exit' in args) return args.exit;
  const { values } = args;
  const positionals = command === 'terms' ? ['terms', ...args.positionals] : args.positionals;
  const out = outputFor(io, values.json);
  const workspace = await cliWorkspace(io);
  // One run, one read: no watcher needed.
  const services = new GlossaryServices(workspace, { watch: false });
  try {
    const [sub, dir, arg] = positionals;
    if (!sub) throw new UsageError('glossary needs a command: import, export, attach, detach or list');
    if (!dir) throw new UsageError(`${sub} needs a project folder`);
    const glossary = services.of(dir);
    switch (sub) {
      case 'import': {
        if (!arg) throw new UsageError('glossary import needs a FILE');
        const bytes = await readUserFile(arg);
        const result = await glossary.import({
          project: dir,
          file: { name: path.basename(arg), base64: Buffer.from(bytes).toString('base64') },
          splitAlternatives: values['split-alternatives'],
          ...(values.glossary ? { glossary: values.glossary } : {}),
        });
        const details = result.details ?? [];
        // A summary by reason; the line per entry only when asked for (--details, or --json).
        const lines = [
          `Imported ${path.basename(arg)}: ${result.added} new, ${result.updated} updated entries`,
          ...result.warnings.map((w) => `warning: ${w.message}`),
          ...(details.length && !values.details ? [`(${details.length} entries named: add --details to list them)`] : []),
          ...(values.details ? details.map((d) => `  ${d.message}`) : []),
        ];
        out(lines.join('\n'), { ...result, warnings: result.warnings.map((w) => w.message), details: details.map((d) => d.message) });
        break;
      }
      case 'export': {
        const format = values.format as (typeof glossaryExportFormats)[number] | undefined;
        if (!format || !glossaryExportFormats.includes(format)) throw new UsageError(`--format is one of ${glossaryExportFormats.join(', ')}`);
        if (!values.out) throw new UsageError('glossary export needs --out FILE');
        const file = await glossary.export({ project: dir, format, ...(values.glossary ? { glossary: values.glossary } : {}) });
        if (values.out === '-') {
          io.stdout.write(Buffer.from(file.base64, 'base64'));
          break;
        }
        const target = path.resolve(values.out);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileAtomic(target, Buffer.from(file.base64, 'base64'));
        out(`Wrote ${values.out}`, { out: target, format });
        break;
      }
      case 'attach':
      case 'detach': {
        if (!arg) throw new UsageError(`glossary ${sub} needs the glossary folder PATH`);
        const view =
          sub === 'attach'
            ? await glossary.attach({ project: dir, path: arg, create: values.create, ...(values.name ? { name: values.name } : {}) })
            : await glossary.detach(arg);
        out(`${sub === 'attach' ? 'Attached' : 'Detached'} ${path.resolve(arg)}\n${listSources(view.sources)}`, { sources: view.sources });
        break;
      }
      case 'list': {
        const view = await glossary.view();
        out(listSources(view.sources), { sources: view.sources });
        break;
      }
      case 'terms': {
        const summary = await workspace.openProject(dir);
        const documents = values.document ? summary.documents.filter((d) => d.id === values.document) : summary.documents;
        if (values.document && documents.length === 0) throw new TinjauError('not-found', say('project.noDocument', { id: values.document }));
        const sink = new ChunkedOutput(io);
        const each = (id: string) => glossary.eachDocumentTerms(id);
        await (values.json ? writeTermsJson(sink, documents, each) : writeTermsText(sink, documents, each));
        sink.flush();
        break;
      }
      default:
        throw new UsageError(`unknown glossary command "${sub}"`);
    }
    return 0;
  } catch (err) {
    return reportFailure(err, GLOSSARY_USAGE, io, values.json);
  } finally {
    services.close();
    await closeWithWarning(workspace, io);
  }
}

function listSources(sources: readonly GlossarySource[]): string {
  return sources
    .map((s) => `${s.own ? 'own   ' : 'shared'}  ${s.name}${s.reachable ? '' : ' (not reachable)'}: ${s.entries} entries${s.conflicts ? `, ${s.conflicts} conflicts` : ''}  (${s.path})`)
    .join('\n');
}

/**
 * Output written in large pieces as it is made: the report of a 20,000-segment document runs to
 * megabytes (hundreds with --json), and holding it whole, with every hit behind it, costs more
 * memory and collection time than finding the terms.
 */
class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly io: CliIo) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.io.stdout.write(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

type DocumentRef = { readonly id: string; readonly name: string };
type EachTerms = (documentId: string) => Promise<Iterable<SegmentTerms>>;

/** One line per segment with hits; problems spelled out below it. */
async function writeTermsText(sink: ChunkedOutput, documents: readonly DocumentRef[], each: EachTerms): Promise<void> {
  let first = true;
  for (const d of documents) {
    let problems = 0;
    sink.write(`${first ? '' : '\n'}${d.id}  ${d.name}`);
    first = false;
    for (const s of await each(d.id)) {
      let shown = '';
      for (const h of s.hits) if (!h.nested) shown += shown ? `, ${h.text}` : h.text;
      if (shown === '') continue;
      sink.write(`\n  ${s.segmentId}: ${shown}`);
      for (const c of s.checks) {
        if (!isTermProblem(c.kind)) continue;
        problems++;
        const want = c.expected.length ? ` (use: ${c.expected.join(' / ')})` : '';
        sink.write(`\n    ${c.kind}: ${c.hit.text}${c.span ? ` → "${c.span.text}"` : ''}${want}`);
      }
    }
    sink.write(`\n  ${problems} term problem(s)`);
  }
  sink.write('\n');
}

/**
 * `{ documents: [{ id, name, segments }] }` exactly as JSON.stringify(value, null, 2) spells it,
 * written one segment at a time.
 */
async function writeTermsJson(sink: ChunkedOutput, documents: readonly DocumentRef[], each: EachTerms): Promise<void> {
  if (documents.length === 0) {
    sink.write('{\n  "documents": []\n}\n');
    return;
  }
  const pad = '\n        ';
  sink.write('{\n  "documents": [');
  for (let i = 0; i < documents.length; i++) {
    const d = documents[i] as DocumentRef;
    sink.write(`${i ? ',' : ''}\n    {\n      "id": ${JSON.stringify(d.id)},\n      "name": ${JSON.stringify(d.name)},\n      "segments": [`);
    let any = false;
    for (const s of await each(d.id)) {
      // Strings escape their line breaks, so every break here is layout: indent it to this depth.
      sink.write(`${any ? ',' : ''}${pad}${JSON.stringify(s, null, 2).replaceAll('\n', pad)}`);
      any = true;
    }
    sink.write(any ? '\n      ]\n    }' : ']\n    }');
  }
  sink.write('\n  ]\n}\n');
}
