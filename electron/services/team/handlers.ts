/** The team channels (`team:*`): link, sync with progress and cancel, status, conflicts, assignments. */
import type { Handlers, TeamHandlers } from '../api';
import type { JobRegistry } from '../jobs';
import type { Workspace } from '../workspace';
import type { SyncOptions, TeamService } from './team-service';

const PHASES = ['local', 'fetch', 'merge', 'push', 'apply'];

export function createTeamHandlers(workspace: Workspace, deps: { jobs: JobRegistry }): TeamHandlers {
  // git (isomorphic-git) is loaded by the first team call, not at start-up: most sessions never sync.
  let loading: Promise<TeamService> | undefined;
  const service = () => (loading ??= import('./team-service').then((m) => new m.TeamService(workspace)));
  const team = {
    status: async (...a: Parameters<TeamService['status']>) => (await service()).status(...a),
    link: async (...a: Parameters<TeamService['link']>) => (await service()).link(...a),
    sync: async (...a: Parameters<TeamService['sync']>) => (await service()).sync(...a),
    conflicts: async (...a: Parameters<TeamService['conflicts']>) => (await service()).conflicts(...a),
    resolve: async (...a: Parameters<TeamService['resolve']>) => (await service()).resolve(...a),
    assign: async (...a: Parameters<TeamService['assign']>) => (await service()).assign(...a),
    unassign: async (...a: Parameters<TeamService['unassign']>) => (await service()).unassign(...a),
    trackedChanges: async (...a: Parameters<TeamService['trackedChanges']>) => (await service()).trackedChanges(...a),
    acknowledge: async (...a: Parameters<TeamService['acknowledge']>) => (await service()).acknowledge(...a),
  };
  /** Runs a sync as a job when the caller gave a job id: progress by phase, cancel aborts the transfer. */
  const asJob = async <T>(jobId: string | undefined, label: string, run: (options: SyncOptions) => Promise<T>): Promise<T> => {
    if (!jobId) return run({});
    const job = deps.jobs.start(jobId, label, PHASES.length);
    const controller = new AbortController();
    const watch = setInterval(() => job.cancelled && controller.abort(), 50);
    try {
      return await run({
        signal: controller.signal,
        onProgress: (p) => job.report(Math.max(0, PHASES.indexOf(p.phase.split(':')[0] as string)) + 1, PHASES.length),
      });
    } finally {
      clearInterval(watch);
      job.finish();
    }
  };
  const handlers: TeamHandlers = {
    'team:status': async ({ project }) => team.status(project),
    'team:link': async ({ project, url, token, username, jobId }) =>
      asJob(jobId, 'Link', (o) => team.link(project, { url, ...(token ? { token } : {}), ...(username ? { username } : {}) }, o)),
    'team:sync': async ({ project, jobId }) => asJob(jobId, 'Sync', (o) => team.sync(project, o)),
    'team:conflicts': async ({ project }) => team.conflicts(project),
    'team:resolve': async ({ project, segmentId, text }) => team.resolve(project, { segmentId, text }),
    'team:assign': async ({ project, documentId, assignee, role, from, to }) =>
      team.assign(project, { documentId, assignee, role, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) }),
    'team:unassign': async ({ project, assignmentId }) => team.unassign(project, assignmentId),
    'team:tracked': async ({ project, documentId }) => team.trackedChanges(project, documentId),
    'team:acknowledge': async ({ project, segmentIds }) => team.acknowledge(project, segmentIds),
  };
  return handlers satisfies Partial<Handlers>;
}
