/** `tinjau team clone|link|sync|status|conflicts|resolve|assign`: team projects on a git remote. */
import type { ReviewerRole } from '../../shared/model/project';
import type { SyncReport, TeamStatus } from '../services/team/team-service';
import { TeamService } from '../services/team/team-service';
import type { CliIo } from './common';
import { cliWorkspace, outputFor, parseCommandArgs, reportFailure, UsageError } from './common';
import { TEAM_USAGE } from './usage';


const ROLES: readonly ReviewerRole[] = ['translator', 'reviewer', 'second-reviewer'];

function describeStatus(s: TeamStatus): string {
  if (!s.linked) return 'not linked to a team remote';
  return [
    `remote: ${s.url}`,
    `last sync: ${s.lastSyncAt ?? 'never'}${s.offline ? ' (offline)' : ''}`,
    `ahead: ${s.ahead} change(s) not sent; behind: ${s.behind} commit(s) not applied`,
    `conflicts: ${s.conflicts}`,
    ...(s.lastError ? [`last error: ${s.lastError.message}`] : []),
  ].join('\n');
}

function describeSync(r: SyncReport): string {
  return `Synced with ${r.status.url}: ${r.received} record(s) received, ${r.sent} file(s) sent, ${r.newConflicts} new conflict(s)${r.status.conflicts ? ` (${r.status.conflicts} to resolve: tinjau team conflicts)` : ''}`;
}

export async function runTeamCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [, sub, ...rest] = argv;
  const args = parseCommandArgs(
    rest,
    {
      token: { type: 'string' },
      username: { type: 'string' },
      segment: { type: 'string' },
      text: { type: 'string' },
      document: { type: 'string' },
      user: { type: 'string' },
      role: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
    TEAM_USAGE,
    io,
  );
  if ('exit' in args) return args.exit;
  const { values, positionals } = args;
  const out = outputFor(io, values.json);
  const workspace = await cliWorkspace(io);
  const team = new TeamService(workspace);
  const token = values.token ?? process.env.TINJAU_TEAM_TOKEN;
  const auth = { ...(token ? { token } : {}), ...(values.username ? { username: values.username } : {}) };
  let lastPhase = '';
  const onProgress = values.json
    ? undefined
    : (p: { phase: string }) => {
        const phase = p.phase.split(':')[0] as string;
        if (phase !== lastPhase) io.stderr.write(`${(lastPhase = phase)}…\n`);
      };
  const progress = onProgress ? { onProgress } : {};
  try {
    const [first, second] = positionals;
    switch (sub) {
      case 'clone': {
        if (!first || !second) throw new UsageError('team clone needs URL and DIR');
        const r = await team.clone(first, second, auth, progress);
        out(`Cloned into ${second}. ${describeSync(r)}`, r);
        break;
      }
      case 'link': {
        if (!first || !second) throw new UsageError('team link needs DIR and URL');
        const r = await team.link(first, { url: second, ...auth }, progress);
        out(describeSync(r), r);
        break;
      }
      case 'sync': {
        if (!first) throw new UsageError('team sync needs a project folder');
        const r = await team.sync(first, progress);
        out(describeSync(r), r);
        break;
      }
      case 'status': {
        if (!first) throw new UsageError('team status needs a project folder');
        const s = await team.status(first);
        out(describeStatus(s), s);
        break;
      }
      case 'conflicts': {
        if (!first) throw new UsageError('team conflicts needs a project folder');
        const list = await team.conflicts(first);
        const human = list.length
          ? list
              .map((c) => [`${c.documentName} #${c.index + 1} (${c.segmentId})`, ...c.conflict.versions.map((v) => `  ${v.author} at ${v.at}: ${v.text}`)].join('\n'))
              .join('\n')
          : 'No conflicts.';
        out(human, list);
        break;
      }
      case 'resolve': {
        if (!first || !values.segment || values.text === undefined) throw new UsageError('team resolve needs DIR, --segment and --text');
        const s = await team.resolve(first, { segmentId: values.segment, text: values.text });
        out(`Resolved ${s.id}: ${s.target}`, s);
        break;
      }
      case 'assign': {
        if (!first || !values.document || !values.user) throw new UsageError('team assign needs DIR, --document and --user');
        const role = (values.role ?? 'translator') as ReviewerRole;
        if (!ROLES.includes(role)) throw new UsageError(`--role is one of ${ROLES.join(', ')}`);
        const num = (v: string | undefined, name: string) => {
          if (v === undefined) return undefined;
          const n = Number(v);
          if (!Number.isInteger(n)) throw new UsageError(`${name} is a segment number`);
          return n;
        };
        const from = num(values.from, '--from');
        const to = num(values.to, '--to');
        const list = await team.assign(first, { documentId: values.document, assignee: values.user, role, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) });
        out(list.map((a) => `${a.assignee} (${a.role}): ${a.documentId}${a.from !== undefined || a.to !== undefined ? ` segments ${a.from ?? 1}–${a.to ?? 'end'}` : ''}`).join('\n'), list);
        break;
      }
      default:
        throw new UsageError(sub ? `unknown team command "${sub}"` : 'team needs a command');
    }
    return 0;
  } catch (err) {
    return reportFailure(err, TEAM_USAGE, io, values.json);
  } finally {
    await workspace.close();
  }
}
