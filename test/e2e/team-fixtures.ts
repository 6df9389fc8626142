import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { ProjectStore } from '../../electron/services/project-store';
import type { TinjauDocument } from '../../shared/model/project';
import type { Segment } from '../../shared/model/segment';
import type { GitServer } from '../support/git-server';
import { startGitServer } from '../support/git-server';
import { REPO_DIR } from '../support/paths';
import { expect, test as base } from './fixtures';
import { WorkbenchPage } from './pages/workbench-page';

/** A team remote for one test: a real `git http-backend` with an empty `berita.git`, removed afterwards. */
export interface TeamRemote {
  readonly url: string;
  readonly git: GitServer;
  /** A temporary folder of the test's own (the server's repositories, the colleague's copy). */
  readonly root: string;
}

export const test = base.extend<{ remote: TeamRemote }>({
  // eslint-disable-next-line no-empty-pattern
  remote: async ({}, use) => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'tinjau-team-e2e-'));
    const git = await startGitServer(path.join(root, 'srv'));
    try {
      git.createRepo('berita.git');
      await use({ url: git.repoUrl('berita.git'), git, root });
    } finally {
      await git.stop();
      rmSync(root, { recursive: true, force: true });
    }
  },
});

export { expect };

/** The name this reviewer is assigned work under (the machine's user, or the preset reviewer). */
export function myName(): string {
  const username = os.userInfo().username;
  return username && username !== 'root' ? username : 'Reviewer';
}

/**
 * Opens the sample project, links it to `url` from the project home's Team card and waits until
 * it is up to date. Ends on the project home.
 */
export async function linkSample(page: Page, serverUrl: string, url: string): Promise<{ bench: WorkbenchPage; card: Locator }> {
  await page.goto(serverUrl);
  const bench = new WorkbenchPage(page);
  await expect(bench.segment(1)).toBeVisible();
  await bench.backToProject();
  const card = page.getByRole('region', { name: 'Team' });
  await card.getByLabel('Remote address').fill(url);
  await card.getByRole('button', { name: 'Link to the remote' }).click();
  await expect(card).toContainText('Up to date.');
  return { bench, card };
}

/**
 * Dewi, a colleague on another Tinjau (another data folder) working on the same team project
 * through the CLI. Asynchronous: the git server runs in the test's process and must keep answering.
 */
export class Colleague {
  private constructor(
    readonly dir: string,
    readonly dataDir: string,
    /** The project's (first) document and its segments as the clone received them. */
    readonly document: TinjauDocument,
    readonly segments: readonly Segment[],
  ) {}

  /** Clones the remote into the colleague's own folder. */
  static async join(remote: TeamRemote): Promise<Colleague> {
    const dataDir = path.join(remote.root, 'colleague');
    const dir = path.join(dataDir, 'Berita.tinjau');
    await tinjau(['team', 'clone', remote.url, dir], dataDir);
    const store = await ProjectStore.open(dir, { owner: 'e2e' });
    try {
      const document = store.listDocuments()[0]!;
      return new Colleague(dir, dataDir, document, store.segmentsOf(document.id));
    } finally {
      await store.close();
    }
  }

  /** `tinjau ARGS…` as the colleague. */
  run(args: readonly string[]): Promise<string> {
    return tinjau(args, this.dataDir);
  }

  edit(segmentId: string, text: string): Promise<string> {
    return this.run(['edit', this.dir, '--segment', segmentId, '--text', text, '--author', 'Dewi']);
  }

  sync(): Promise<string> {
    return this.run(['team', 'sync', this.dir]);
  }

  /** A segment of the colleague's copy as it is now. */
  async segment(id: string): Promise<Segment> {
    const store = await ProjectStore.open(this.dir, { owner: 'e2e' });
    try {
      return store.segment(id);
    } finally {
      await store.close();
    }
  }
}

async function tinjau(args: readonly string[], dataDir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(REPO_DIR, 'bin/tinjau.mjs'), ...args], { env: { ...process.env, TINJAU_DATA_DIR: dataDir }, encoding: 'utf8' });
  return stdout;
}
