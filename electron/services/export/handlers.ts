import type { ExportHandlers } from '../api';
import type { GlossaryServices } from '../glossary/handlers';
import { JobRegistry } from '../jobs';
import type { Workspace } from '../workspace';
import { exportDocument } from './export-service';
import { importReview } from './review-import';

export interface ExportHandlerOptions {
  /**
   * The workspace's job registry, shared with `jobs:progress`/`jobs:cancel` (served by the QA
   * handlers), so an export started with a `jobId` shows progress and can be cancelled.
   */
  readonly jobs?: JobRegistry;
  /** The glossary channels' services, so the report's QA reads the glossaries already open. */
  readonly glossaryServices?: GlossaryServices;
}

/** `documents:export` in every format and the outside reviewer's DOCX coming back (`reviews:import`). */
export function createExportHandlers(workspace: Workspace, options: ExportHandlerOptions = {}): ExportHandlers {
  const jobs = options.jobs ?? new JobRegistry();
  return {
    'documents:export': async (args) => {
      const glossaryServices = options.glossaryServices;
      if (args.jobId === undefined) return exportDocument(workspace, args, glossaryServices ? { glossaryServices } : {});
      const job = jobs.start(args.jobId, `Export of ${args.documentId} as ${args.format}`);
      try {
        return await exportDocument(workspace, args, { job, ...(glossaryServices ? { glossaryServices } : {}) });
      } finally {
        job.finish();
      }
    },
    'reviews:import': async (args) => importReview(workspace, args),
  };
}
