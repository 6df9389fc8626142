/**
 * The `tm:*` and `mt:*` channels, served by the workspace's TmServices (tm-services.ts).
 */
import { randomUUID } from 'node:crypto';
import type { TmHandlers } from '../api';
import type { Workspace } from '../workspace';
import { pretranslate } from './pretranslate';
import type { TmServiceOptions } from './tm-services';
import { tmServicesOf } from './tm-services';

/**
 * api.ts should pass `{ jobs, glossaryServices }`: the registry the QA handlers use, so
 * `jobs:progress` and `jobs:cancel` reach pre-translations too, and the glossary channels' stores.
 */
export function createTmHandlers(workspace: Workspace, options: TmServiceOptions = {}): TmHandlers {
  const services = tmServicesOf(workspace, options);
  const of = (project: string) => services.of(project);
  return {
    'tm:list': async ({ project }) => of(project).list(),
    'tm:attach': async (args) => of(args.project).attach(args),
    'tm:detach': async ({ project, path }) => of(project).detach(path),
    'tm:import': async (args) => of(args.project).import(args),
    'tm:search': async ({ project, text, limit }) => of(project).search(text, limit ?? 5),
    'tm:concordance': async ({ project, query, limit }) => of(project).concordance(query, limit ?? 100),
    'tm:pretranslate': async (args) => {
      const tm = of(args.project);
      // Resolve the engine first: an unknown id is an error before any segment changes.
      const provider = args.mt ? services.mt.provider(args.mt) : null;
      const job = services.jobs.start(args.jobId ?? randomUUID(), 'Pre-translation');
      return pretranslate(args, {
        tm,
        author: workspace.settings.settings.reviewer.name,
        provider,
        glossary: () => services.glossary(tm.projectDir),
        job,
      });
    },
    'mt:providers': async () => services.mt.list(),
    'mt:saveProvider': async (args) => services.mt.save(args),
    'mt:removeProvider': async ({ id }) => services.mt.remove(id),
    'mt:test': async ({ id }) => services.mt.test(id),
  };
}
