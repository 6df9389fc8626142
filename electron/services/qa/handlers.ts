/**
 * The QA and long-job channels: one QaService per project, one job registry per workspace.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { JobProgress } from '../../../shared/api/qa-types';
import type { QaHandlers } from '../api';
import { JobRegistry } from '../jobs';
import type { GlossaryServices } from '../glossary/handlers';
import type { Workspace } from '../workspace';
import type { GlossaryIndexSource } from './qa-glossary';
import { serviceGlossarySource } from './qa-glossary';
import { QaService } from './qa-service';

export interface QaHandlerOptions {
  /** Where terminology QA gets the glossary; by default the glossary service's index. */
  readonly glossary?: GlossaryIndexSource;
  /** The glossary channels' services, shared so the process opens each glossary folder once. */
  readonly glossaryServices?: GlossaryServices;
  readonly jobs?: JobRegistry;
}

/** The QA services of one workspace. */
export class QaServices {
  private readonly services = new Map<string, QaService>();
  readonly jobs: JobRegistry;
  private readonly glossary: GlossaryIndexSource;

  constructor(
    private readonly workspace: Workspace,
    options: QaHandlerOptions = {},
  ) {
    this.jobs = options.jobs ?? new JobRegistry();
    this.glossary = options.glossary ?? serviceGlossarySource(workspace, options.glossaryServices);
  }

  of(projectPath: string): QaService {
    const dir = path.resolve(projectPath);
    let service = this.services.get(dir);
    if (!service) this.services.set(dir, (service = new QaService(this.workspace, dir, this.glossary)));
    return service;
  }
}

export function createQaHandlers(workspace: Workspace, options: QaHandlerOptions = {}): QaHandlers {
  const services = new QaServices(workspace, options);
  const of = (project: string) => services.of(project);
  return {
    'qa:run': async ({ project, documentId, jobId }) => {
      const label = documentId !== undefined ? `QA of document ${documentId}` : 'QA of the project';
      const job = services.jobs.start(jobId ?? randomUUID(), label);
      try {
        // The contract's result: the profile stays with the CLI.
        const { profile: _profile, ...result } = await of(project).run({ ...(documentId !== undefined ? { documentId } : {}), job });
        return result;
      } finally {
        job.finish();
      }
    },
    'qa:segment': async ({ project, segmentId, target }) => of(project).segment(segmentId, target),
    'qa:ignore': async ({ project, findingId, reason, ignored }) => of(project).setIgnored(findingId, ignored, reason, workspace.settings.settings.reviewer.name),
    'qa:getProfile': async ({ project }) => of(project).profile(),
    'qa:setProfile': async ({ project, profile }) => of(project).setProfile(profile),
    'qa:report': async ({ project, documentId, format }) => of(project).report(format, documentId),
    // The contract declares `JobProgress | null`, but ChannelResult drops the null: callers must still expect it.
    'jobs:progress': async ({ jobId }) => services.jobs.progress(jobId) as JobProgress,
    'jobs:cancel': async ({ jobId }) => services.jobs.cancel(jobId),
  };
}
