/**
 * Compiled term indexes kept in the local data folder, one per project, so the first term lookup
 * after opening a large glossary loads the index instead of stemming every entry again.
 *
 * Local, not in the glossary folder: the folder may be shared and read-only, and each project
 * combines its own set of glossaries. A saved index names the entry revisions it was built from
 * (shared/glossary/compiled-index.ts), so a stale one is never used, only rebuilt and saved again.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledGlossary } from '../../../shared/glossary/compiled-index';
import { compileGlossaryIndex } from '../../../shared/glossary/compiled-index';
import { hashText } from '../../../shared/glossary/revision';
import type { GlossaryIndex } from '../../../shared/glossary/term-index';
import { writeFileAtomic } from '../files';

/** Saving waits this long after a rebuild, so a burst of edits writes the index once. */
const SAVE_DELAY_MS = 3000;

export class IndexCache {
  private readonly pending = new Map<string, GlossaryIndex>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, `${hashText(key)}.json`);
  }

  read(key: string): CompiledGlossary | undefined {
    try {
      return JSON.parse(readFileSync(this.file(key), 'utf8')) as CompiledGlossary;
    } catch {
      // Missing or damaged: the index is built and saved afresh.
      return undefined;
    }
  }

  /** Saves the index a little later (or at `flush`). */
  saveSoon(key: string, index: GlossaryIndex): void {
    this.pending.set(key, index);
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
    this.timer.unref();
  }

  /** Writes every index waiting to be saved; a failure only costs a rebuild next time. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const [key, index] of this.pending) {
      try {
        mkdirSync(this.dir, { recursive: true });
        writeFileAtomic(this.file(key), JSON.stringify(compileGlossaryIndex(index)));
      } catch {
        // A full or read-only data folder: nothing is lost but time.
      }
    }
    this.pending.clear();
  }
}
