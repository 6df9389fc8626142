/** `tinjau boilerplate apply|undo DIR`: the boilerplate rules applied to documents already imported. */
import type { RulesPlan } from '../../shared/api/boilerplate-types';
import type { CliIo } from './common';
import { cliWorkspace, outputFor, parseCommandArgs, reportFailure, UsageError } from './common';
import { closeWithWarning } from './close-project';
import { BOILERPLATE_USAGE } from './usage';

const describePlan = (p: RulesPlan) =>
  [
    ...p.documents.filter((d) => d.exclude + d.include + d.relabel > 0).map((d) => `${d.name}: ${d.exclude} to exclude (${d.reviewed} already reviewed), ${d.include} to include again${d.relabel ? `, ${d.relabel} with another reason` : ''}`),
    `In all: ${p.exclude} segment(s) to exclude, ${p.include} to include again, ${p.reviewed} of those to exclude already reviewed.`,
  ].join('\n');

export async function runBoilerplateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [, sub, ...rest] = argv;
  const args = parseCommandArgs(
    rest,
    { document: { type: 'string', multiple: true }, 'dry-run': { type: 'boolean', default: false }, reviewed: { type: 'string' } },
    BOILERPLATE_USAGE,
    io,
  );
  if ('exit' in args) return args.exit;
  const { values, positionals } = args;
  const out = outputFor(io, values.json);
  const [dir, batch] = positionals;
  let workspace: Awaited<ReturnType<typeof cliWorkspace>> | null = null;
  try {
    if (sub !== 'apply' && sub !== 'undo') throw new UsageError(sub ? `unknown boilerplate command "${sub}"` : 'boilerplate needs a command: apply or undo');
    if (!dir) throw new UsageError(`boilerplate ${sub} needs a project folder`);
    workspace = await cliWorkspace(io);
    const summary = await workspace.openProject(dir);
    const service = await workspace.boilerplateService(summary.path);
    if (sub === 'undo') {
      if (!batch) throw new UsageError('boilerplate undo needs DIR and the BATCH an apply printed');
      const r = service.undo(batch);
      out(`Undone: ${r.restored} segment(s) restored${r.skipped ? `, ${r.skipped} changed since left as they are` : ''}.`, r);
      return 0;
    }
    const ids = (values.document ?? []).map((wanted) => {
      const doc = summary.documents.find((d) => d.id === wanted || d.name === wanted);
      if (!doc) throw new UsageError(`no document named "${wanted}" in ${dir} (documents: ${summary.documents.map((d) => d.name).join(', ') || 'none'})`);
      return doc.id;
    });
    const plan = service.plan(ids);
    if (values['dry-run']) {
      out(describePlan(plan), plan);
      return 0;
    }
    const choice = values.reviewed;
    if (choice !== undefined && choice !== 'keep' && choice !== 'exclude') throw new UsageError('--reviewed is keep or exclude');
    if (plan.reviewed > 0 && choice === undefined) {
      throw new UsageError(`${plan.reviewed} segment(s) to exclude were already reviewed: say --reviewed keep (leave them included) or --reviewed exclude`);
    }
    const r = service.apply(ids, choice ?? 'exclude');
    const changed = r.segments.length;
    out(
      changed
        ? `${changed} segment(s) changed${r.keptReviewed ? `, ${r.keptReviewed} reviewed left included` : ''}. Undo with: tinjau boilerplate undo ${dir} ${r.batchId}`
        : 'The rules change nothing in these documents.',
      { ...r, segments: undefined, changed },
    );
    return 0;
  } catch (err) {
    return reportFailure(err, BOILERPLATE_USAGE, io, values.json);
  } finally {
    if (workspace) await closeWithWarning(workspace, io);
  }
}
