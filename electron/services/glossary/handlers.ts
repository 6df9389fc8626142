/**
 * The glossary and term channels: one GlossaryService per project, all sharing the open
 * glossary folders of this process.
 */
import path from 'node:path';
import type { GlossaryHandlers } from '../api';
import type { Workspace } from '../workspace';
import type { GlossaryStoreOptions } from './glossary-store';
import { GlossaryService } from './glossary-service';
import { GlossaryStores } from './glossary-stores';
import { IndexCache } from './index-cache';
import { claimWriterId } from './writer-id';

/** The services of one workspace; `close()` stops the folder watchers. */
export class GlossaryServices {
  private readonly services = new Map<string, GlossaryService>();
  readonly stores: GlossaryStores;
  private readonly indexCache: IndexCache;

  constructor(
    private readonly workspace: Workspace,
    options: GlossaryStoreOptions = {},
  ) {
    this.stores = new GlossaryStores(options, () => claimWriterId(workspace.options.dataDir, workspace.options.owner));
    this.indexCache = new IndexCache(path.join(workspace.options.dataDir, 'glossary-index'));
  }

  of(projectPath: string): GlossaryService {
    const dir = path.resolve(projectPath);
    let service = this.services.get(dir);
    if (!service) this.services.set(dir, (service = new GlossaryService(this.workspace, dir, this.stores, this.indexCache)));
    return service;
  }

  /** Saves the term indexes built meanwhile and stops watching the glossary folders. */
  close(): void {
    this.indexCache.flush();
    this.services.clear();
    this.stores.close();
  }
}

export function createGlossaryHandlers(workspace: Workspace, services = new GlossaryServices(workspace)): GlossaryHandlers {
  const of = (project: string) => services.of(project);
  return {
    'glossary:view': async ({ project, glossary }) => of(project).view(glossary),
    'glossary:stamp': async ({ project }) => of(project).stamp(),
    'glossary:save': async (args) => of(args.project).save(args),
    'glossary:delete': async ({ project, glossary, id }) => of(project).delete(glossary, id),
    'glossary:history': async ({ project, glossary, id }) => of(project).history(glossary, id),
    'glossary:resolveConflict': async ({ project, glossary, id, chosenVersion, fields }) => of(project).resolveConflict(glossary, id, chosenVersion, fields),
    'glossary:mergeEntries': async ({ project, glossary, ids }) => of(project).mergeEntries(glossary, ids),
    'glossary:import': async (args) => of(args.project).import(args),
    'glossary:export': async (args) => of(args.project).export(args),
    'glossary:attach': async (args) => of(args.project).attach(args),
    'glossary:detach': async ({ project, path: glossaryPath }) => of(project).detach(glossaryPath),
    'terms:segment': async ({ project, segmentId, target }) => of(project).segmentTerms(segmentId, target),
    'terms:document': async ({ project, documentId }) => of(project).documentTerms(documentId),
    'terms:segments': async ({ project, segmentIds }) => of(project).segmentsTerms(segmentIds),
    'terms:problems': async ({ project, documentId }) => of(project).termProblems(documentId),
  };
}
