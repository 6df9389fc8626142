import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_DIR } from '../support/paths';
import { expect, test as base } from './fixtures';

/**
 * A colleague on another computer (another data folder, another project) using the same shared
 * glossary folder as the test's reviewer, through the CLI. Both folders are temporary, removed
 * after the test.
 */
export interface GlossaryColleague {
  /** The shared glossary folder (`Tim.tinjau-glossary`, made when the reviewer attaches it). */
  readonly folder: string;
  readonly dataDir: string;
  /** The colleague's own project. */
  readonly project: string;
  /** Makes the colleague's project and attaches the shared glossary to it, as `reviewer` when given. */
  join(reviewer?: { name: string; initials: string }): void;
  /** `tinjau ARGS…` as the colleague. */
  run(args: readonly string[]): string;
  /** Imports a CSV glossary with `content` into the shared glossary. */
  importCsv(content: string): void;
}

export const test = base.extend<{ glossaryColleague: GlossaryColleague }>({
  // eslint-disable-next-line no-empty-pattern
  glossaryColleague: async ({}, use) => {
    const shared = mkdtempSync(path.join(os.tmpdir(), 'tinjau-shared-'));
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tinjau-colleague-'));
    const folder = path.join(shared, 'Tim.tinjau-glossary');
    const project = path.join(dataDir, 'Berita.tinjau');
    const run = (args: readonly string[]) => execFileSync(process.execPath, [path.join(REPO_DIR, 'bin/tinjau.mjs'), ...args], { env: { ...process.env, TINJAU_DATA_DIR: dataDir }, encoding: 'utf8' });
    try {
      await use({
        folder,
        dataDir,
        project,
        run,
        join: (reviewer) => {
          if (reviewer) writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ settings: { reviewer: { ...reviewer, role: 'reviewer' }, reviewerNamed: true }, recent: [] }));
          run(['init', project]);
          run(['glossary', 'attach', project, folder]);
        },
        importCsv: (content) => {
          const csv = path.join(dataDir, 'istilah.csv');
          writeFileSync(csv, content);
          run(['glossary', 'import', project, csv, '--glossary', folder]);
        },
      });
    } finally {
      rmSync(shared, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
