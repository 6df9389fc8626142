/**
 * `tinjau pretranslate ...` and `tinjau tm ...`: translation memory and machine translation from
 * the command line, through the same services as the app (electron/services/tm/).
 */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { TinjauError } from '../../shared/api/errors';
import { say } from '../../shared/messages/text';
import type { PretranslateResult, TmSource } from '../../shared/api/tm-types';
import { readUserFile } from '../services/files';
import { pretranslate } from '../services/tm/pretranslate';
import { tmServicesOf } from '../services/tm/tm-services';
import { closeWithWarning } from './close-project';
import type { CliIo } from './common';
import { cliWorkspace, outputFor, parseCommandArgs, reportFailure, UsageError } from './common';

import { TM_USAGE } from './usage';


/** Runs `argv` = ['pretranslate', DIR, ...] or ['tm', SUB, DIR, ...]; returns the exit code. */
export async function runTmCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const args = parseCommandArgs(
    rest,
    {
      'tm-threshold': { type: 'string' },
      mt: { type: 'string' },
      document: { type: 'string' },
      tm: { type: 'string' },
      create: { type: 'boolean', default: false },
      name: { type: 'string' },
      limit: { type: 'string' },
    },
    TM_USAGE,
    io,
  );
  if ('exit' in args) return args.exit;
  const { values } = args;
  const positionals = command === 'pretranslate' ? ['pretranslate', ...args.positionals] : args.positionals;
  const out = outputFor(io, values.json);
  const workspace = await cliWorkspace(io);
  const services = tmServicesOf(workspace);
  try {
    const [sub, dir, ...more] = positionals;
    if (!sub) throw new UsageError('tm needs a command: import, attach, detach, list or search');
    if (!dir) throw new UsageError(`${sub} needs a project folder`);
    const tm = services.of(dir);
    switch (sub) {
      case 'pretranslate': {
        const threshold = values['tm-threshold'] === undefined ? 85 : Number(values['tm-threshold']);
        if (!Number.isFinite(threshold) || threshold < 50 || threshold > 101) throw new UsageError('--tm-threshold is a percentage from 50 to 101');
        // An unknown engine is an error before any segment changes.
        const provider = values.mt ? services.mt.provider(values.mt) : null;
        const summary = await workspace.openProject(dir);
        const ids = values.document ? [values.document] : summary.documents.map((d) => d.id);
        if (ids.length === 0) throw new TinjauError('not-found', say('cli.noDocuments'));
        const results: (PretranslateResult & { document: string })[] = [];
        for (const documentId of ids) {
          const job = services.jobs.start(randomUUID(), 'Pre-translation');
          const result = await pretranslate(
            { project: dir, documentId, tmThreshold: threshold, ...(values.mt ? { mt: values.mt } : {}) },
            { tm, author: workspace.settings.settings.reviewer.name, provider, glossary: () => services.glossary(tm.projectDir), job },
          );
          results.push({ document: documentId, ...result });
        }
        const lines = results.map((r) => `${r.document}: ${r.filled} draft(s) filled, ${r.fromTm} from the TM, ${r.fromMt} by MT`);
        const errors = results.flatMap((r) => r.errors);
        out([...lines, ...errors.map((e) => `error: ${e.message}`)].join('\n'), { documents: results.map((r) => ({ ...r, errors: r.errors.map((e) => e.message) })) });
        // Drafts that were filled are kept; an engine failure still makes the run fail for scripts.
        if (errors.length) {
          if (!values.json) io.stderr.write(`tinjau: ${errors[0]?.message ?? ''}\n`);
          return 1;
        }
        break;
      }
      case 'import': {
        if (more.length === 0) throw new UsageError('tm import needs a FILE');
        const results = [];
        for (const file of more) {
          const bytes = await readUserFile(file);
          const r = await tm.import({ project: dir, file: { name: path.basename(file), base64: Buffer.from(bytes).toString('base64') }, ...(values.tm ? { tm: values.tm } : {}) });
          results.push({ file, ...r });
        }
        out(
          results.flatMap((r) => [`Imported ${path.basename(r.file)}: ${r.added} unit(s) added`, ...r.warnings.map((w) => `warning: ${w.message}`)]).join('\n'),
          { files: results.map((r) => ({ ...r, warnings: r.warnings.map((w) => w.message) })) },
        );
        break;
      }
      case 'attach': {
        const [tmPath] = more;
        if (!tmPath) throw new UsageError('tm attach needs a PATH');
        const list = await tm.attach({ path: tmPath, create: values.create, ...(values.name ? { name: values.name } : {}) });
        out(listTms(list), list);
        break;
      }
      case 'detach': {
        const [tmPath] = more;
        if (!tmPath) throw new UsageError('tm detach needs a PATH');
        const list = await tm.detach(tmPath);
        out(listTms(list), list);
        break;
      }
      case 'list': {
        const list = await tm.list();
        out(listTms(list), list);
        break;
      }
      case 'search': {
        const text = more.join(' ');
        if (!text) throw new UsageError('tm search needs a TEXT');
        const limit = values.limit ? Number(values.limit) : 5;
        if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new UsageError('--limit is a whole number from 1 to 50');
        const matches = await tm.search(text, limit);
        out(matches.length ? matches.map((m) => `${m.score}%  ${m.source}\n      ${m.target}  (${m.tm})`).join('\n') : 'No matches', matches);
        break;
      }
      default:
        throw new UsageError(`unknown tm command "${sub}"`);
    }
    return 0;
  } catch (err) {
    return reportFailure(err, TM_USAGE, io, values.json);
  } finally {
    services.close();
    await closeWithWarning(workspace, io);
  }
}

/** One line per attached TM: the own one starred, one out of reach said so. */
function listTms(list: readonly TmSource[]): string {
  return list.map((s) => `${s.own ? '*' : ' '} ${s.name}${s.reachable ? '' : ' (not reachable)'}: ${s.units} unit(s)  ${s.path}`).join('\n');
}
