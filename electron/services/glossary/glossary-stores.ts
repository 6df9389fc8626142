/**
 * The glossary folders a process has open, one store each, shared by every project that
 * attaches the same folder (one reader, one writer file, one watcher per folder).
 */
import path from 'node:path';
import { TinjauError } from '../../../shared/api/errors';
import { say } from '../../../shared/messages/text';
import type { GlossaryStoreOptions } from './glossary-store';
import { GlossaryStore, isGlossaryFolder } from './glossary-store';
import type { WriterClaim } from './writer-id';

/** The record file of a project's own glossary: `records/project.jsonl`. */
const OWN_WRITER = 'project';

export class GlossaryStores {
  private readonly open = new Map<string, GlossaryStore>();

  private claim: WriterClaim | null = null;

  /** `writer`: claims this process's name in shared folders (see writer-id.ts); random per store without it. */
  constructor(
    private readonly options: GlossaryStoreOptions = {},
    private readonly writer?: () => WriterClaim,
  ) {}

  /** Options for a shared folder: this process's claimed name, continued across sessions. */
  private sharedOptions(): GlossaryStoreOptions {
    if (!this.writer || this.options.writerId) return this.options;
    this.claim ??= this.writer();
    return { ...this.options, writerId: this.claim.id, continueFile: true };
  }

  /**
   * A project's own glossary, created on first use. Only the holder of the project lock writes
   * it, so it keeps one record file instead of one per session.
   */
  own(dir: string, projectName: string): GlossaryStore {
    const abs = path.resolve(dir);
    const known = this.open.get(abs);
    if (known) return known;
    const store = GlossaryStore.create(abs, projectName, { ...this.options, writerId: OWN_WRITER, continueFile: true });
    this.open.set(abs, store);
    return store;
  }

  /** An attached glossary; null while its folder cannot be read (tried again on the next call). */
  shared(dir: string): GlossaryStore | null {
    try {
      return this.openOrThrow(dir);
    } catch {
      return null;
    }
  }

  openOrThrow(dir: string): GlossaryStore {
    const abs = path.resolve(dir);
    const known = this.open.get(abs);
    if (known) return known;
    if (!isGlossaryFolder(abs)) throw new TinjauError('not-found', say('glossary.missingAttachCreate', { path: abs }));
    const store = GlossaryStore.open(abs, this.sharedOptions());
    this.open.set(abs, store);
    return store;
  }

  create(dir: string, name: string): GlossaryStore {
    const abs = path.resolve(dir);
    const known = this.open.get(abs);
    if (known) return known;
    const store = GlossaryStore.create(abs, name, this.sharedOptions());
    this.open.set(abs, store);
    return store;
  }

  /** Stops watching and closes every writer file. */
  close(): void {
    for (const s of this.open.values()) s.close();
    this.open.clear();
    this.claim?.release();
    this.claim = null;
  }
}
