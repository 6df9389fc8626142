import type { ExportHandlers } from '../api';
import type { Workspace } from '../workspace';
import { TinjauError } from '../../../shared/api/errors';

/** Exports served by the workspace until the export service handles every format. */
export function createExportHandlers(workspace: Workspace): ExportHandlers {
  return {
    'documents:export': async (args) => workspace.exportDocument(args),
    'reviews:import': async () => Promise.reject(new TinjauError('internal', 'Importing a reviewed DOCX is not available in this build')),
  };
}
