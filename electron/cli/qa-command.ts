/**
 * `tinjau qa DIR [--document ID] [--json] [--profile FILE]`: QA of a project for delivery scripts.
 *
 * Exit 0 when no finding is an error, 1 when any is (or QA could not run), 2 for a wrong command
 * line or a profile file that is not valid, so a script can tell "fix the translation" from
 * "fix the call".
 */
import { readFileSync } from 'node:fs';
import { qaCheckInfo } from '../../shared/qa/checks';
import { parseQaProfile } from '../../shared/qa/profile';
import type { QaFinding, QaProfile } from '../../shared/qa';
import { QaServices } from '../services/qa/handlers';
import type { Workspace } from '../services/workspace';


export interface QaCommandArgs {
  readonly dir: string;
  readonly document?: string;
  readonly profile?: string;
  readonly json: boolean;
}

interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export async function runQaCommand(workspace: Workspace, args: QaCommandArgs, io: Io): Promise<number> {
  let profile: QaProfile | undefined;
  if (args.profile !== undefined) {
    const loaded = readProfile(args.profile);
    if (!loaded.ok) {
      io.stderr.write(args.json ? JSON.stringify({ error: { code: 'invalid-input', message: loaded.message, details: loaded.details } }) + '\n' : `tinjau: ${loaded.message}\n${loaded.details.map((d) => `  ${d}\n`).join('')}`);
      return 2;
    }
    profile = loaded.profile;
  }
  const summary = await workspace.openProject(args.dir);
  const service = new QaServices(workspace).of(args.dir);
  const result = await service.run({ ...(args.document !== undefined ? { documentId: args.document } : {}), ...(profile ? { profile } : {}) });
  if (args.json) {
    io.stdout.write(
      JSON.stringify(
        {
          project: summary.meta.name,
          ...(args.document !== undefined ? { document: args.document } : {}),
          profile: result.profile.name,
          segments: result.segments,
          summary: result.summary,
          findings: result.findings,
          ignored: result.ignored,
          // The notes in English, as the rest of the CLI speaks.
          notes: result.notes.map((n) => n.message),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.stdout.write(humanReport(summary.meta.name, result.segments, result.findings, result.ignored.length, result.notes.map((n) => n.message)) + '\n');
  }
  return result.summary.hasErrors ? 1 : 0;
}

function readProfile(file: string): { ok: true; profile: QaProfile } | { ok: false; message: string; details: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { ok: false, message: `The QA profile ${file} cannot be read: ${reason}`, details: [] };
  }
  const parsed = parseQaProfile(json);
  if (!parsed.ok) return { ok: false, message: `The QA profile ${file} is not valid:`, details: parsed.errors };
  return { ok: true, profile: parsed.profile };
}

/** Findings grouped by check, worst severity first, each line led by its segment id. */
function humanReport(project: string, segments: number, findings: readonly QaFinding[], ignored: number, notes: readonly string[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  const byCheck = new Map<string, QaFinding[]>();
  for (const f of findings) {
    counts[f.severity]++;
    const list = byCheck.get(f.checkId);
    if (list) list.push(f);
    else byCheck.set(f.checkId, [f]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const groups = [...byCheck].sort(([a, x], [b, y]) => rank[(x[0] as QaFinding).severity] - rank[(y[0] as QaFinding).severity] || a.localeCompare(b));
  const lines = [
    `QA of "${project}": ${segments} segments checked, ${findings.length} findings (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info)${ignored ? `, ${ignored} ignored` : ''}`,
  ];
  for (const [checkId, list] of groups) {
    lines.push('', `${checkId}  ${qaCheckInfo(checkId)?.title ?? ''} (${list[0]?.severity ?? ''}, ${list.length})`);
    for (const f of list) lines.push(`  ${f.segmentId}  ${f.message}`);
  }
  for (const n of notes) lines.push('', `note: ${n}`);
  return lines.join('\n');
}
