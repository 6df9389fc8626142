/**
 * The TM and MT services of one workspace: one TmService per project, TM folders opened once per
 * process (a TM attached to several projects is loaded and indexed once), the MT settings, and
 * the job registry pre-translations report to.
 */
import path from 'node:path';
import type { GlossaryIndex } from '../../../shared/glossary/term-index';
import type { Segment } from '../../../shared/model/segment';
import type { GlossaryServices } from '../glossary/handlers';
import type { WriterClaim } from '../glossary/writer-id';
import { claimWriterId } from '../glossary/writer-id';
import { JobRegistry } from '../jobs';
import type { MtTiming } from '../mt/provider';
import { MtService } from '../mt/mt-service';
import { serviceGlossarySource } from '../qa/qa-glossary';
import type { Workspace } from '../workspace';
import { isTmFolder, readTmName, TmStore } from './tm-store';
import type { TmStoreRegistry } from './tm-service';
import { TmService } from './tm-service';

export interface TmServiceOptions {
  /** Share the registry that serves `jobs:progress` / `jobs:cancel` (the QA handlers'). */
  readonly jobs?: JobRegistry;
  readonly mtTiming?: MtTiming;
  /** Where MT prompts get the glossary; by default the glossary service's index. */
  readonly glossary?: (projectPath: string) => Promise<GlossaryIndex | null>;
  /** The glossary channels' services, so MT prompts read the same stores (one set per process). */
  readonly glossaryServices?: GlossaryServices;
}

export class TmServices implements TmStoreRegistry {
  private readonly services = new Map<string, TmService>();
  private readonly stores = new Map<string, TmStore>();
  private claim: WriterClaim | null = null;
  readonly jobs: JobRegistry;
  readonly mt: MtService;
  readonly glossary: (projectPath: string) => Promise<GlossaryIndex | null>;

  constructor(
    readonly workspace: Workspace,
    options: TmServiceOptions = {},
  ) {
    this.jobs = options.jobs ?? new JobRegistry();
    this.mt = new MtService(workspace.options.dataDir, options.mtTiming);
    this.glossary = options.glossary ?? serviceGlossarySource(workspace, options.glossaryServices);
  }

  of(projectPath: string): TmService {
    const dir = path.resolve(projectPath);
    let service = this.services.get(dir);
    if (!service) this.services.set(dir, (service = new TmService(this.workspace, dir, this)));
    return service;
  }

  own(dir: string, name: string): TmStore {
    // Only the holder of the project lock writes the project's own TM, so one stable file name.
    return this.open(dir, () => new TmStore(dir, name, 'project', true));
  }

  shared(dir: string): TmStore | null {
    if (!this.stores.has(dir) && !isTmFolder(dir)) return null;
    return this.open(dir, () => {
      this.claim ??= claimWriterId(this.workspace.options.dataDir, this.workspace.options.owner);
      return new TmStore(dir, readTmName(dir), this.claim.id);
    });
  }

  /** Feeds confirmed segments to the project's TMs, one append per TM. */
  async segmentsConfirmed(projectPath: string, segments: readonly Segment[]): Promise<void> {
    await this.of(projectPath).addConfirmed(segments);
  }

  close(): void {
    for (const s of this.stores.values()) s.close();
    this.stores.clear();
    this.services.clear();
    this.claim?.release();
    this.claim = null;
  }

  private open(dir: string, make: () => TmStore): TmStore {
    let store = this.stores.get(dir);
    if (!store) this.stores.set(dir, (store = make()));
    return store;
  }
}

const byWorkspace = new WeakMap<Workspace, TmServices>();

/** The workspace's TM services, made on first use (by the handlers, the CLI or a confirmation). */
export function tmServicesOf(workspace: Workspace, options?: TmServiceOptions): TmServices {
  let services = byWorkspace.get(workspace);
  if (!services) byWorkspace.set(workspace, (services = new TmServices(workspace, options)));
  return services;
}

/**
 * Every way a segment becomes confirmed (confirm, bulk status, propagation) feeds the TM: the
 * confirmed ones among `segments` go in. A TM that cannot be written (an offline shared folder)
 * must not undo or fail the reviewer's work; it is reported on stderr.
 */
export async function feedTm(workspace: Workspace, projectPath: string, segments: readonly Segment[]): Promise<void> {
  try {
    await tmServicesOf(workspace).segmentsConfirmed(projectPath, segments);
  } catch (err) {
    console.warn(`Translation memory not updated for ${segments.length} segment(s): ${err instanceof Error ? err.message : String(err)}`);
  }
}
