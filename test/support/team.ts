/** Team-project test helpers: a client is a workspace with its own data folder and reviewer name. */
import path from 'node:path';
import { afterEach } from 'vitest';
import { TeamService } from '../../electron/services/team/team-service';
import { Workspace } from '../../electron/services/workspace';
import type { GitServer } from './git-server';
import { startGitServer } from './git-server';
import { useTempDir } from './temp';

export interface TeamClient {
  readonly name: string;
  readonly ws: Workspace;
  readonly team: TeamService;
  readonly dir: string;
}

export async function teamClient(root: string, name: string): Promise<TeamClient> {
  const ws = await Workspace.create({ dataDir: path.join(root, `data-${name}`), owner: `test ${name}` });
  await ws.settings.update({ reviewer: { name, initials: name.slice(0, 2).toUpperCase(), role: 'reviewer' } });
  return { name, ws, team: new TeamService(ws), dir: path.join(root, `${name}.tinjau`) };
}

/** A plain-text article of `n` paragraphs, and its draft. */
export function article(n: number): { source: { name: string; base64: string }; draft: { name: string; base64: string } } {
  const src = Array.from({ length: n }, (_, i) => `Paragraf nomor ${i + 1} tentang banjir di desa Sukamaju.`).join('\n\n');
  const dft = Array.from({ length: n }, (_, i) => `Paragraph number ${i + 1} about the flood in Sukamaju village.`).join('\n\n');
  return {
    source: { name: 'artikel.txt', base64: Buffer.from(src).toString('base64') },
    draft: { name: 'artikel.mt.en.txt', base64: Buffer.from(dft).toString('base64') },
  };
}

/** Client `owner` makes a project of `n` segments and links it to `url`; returns the document id. */
export async function publish(owner: TeamClient, url: string, n: number, token?: string): Promise<string> {
  await owner.ws.createProjectAt(owner.dir, { name: 'Berita tim' });
  const result = await owner.ws.importDocument({ project: owner.dir, ...article(n), draftOrigin: 'mt' });
  await owner.team.link(owner.dir, { url, ...(token ? { token } : {}) });
  return result.document.id;
}

/**
 * For a test file of team tests: `setup(names)` starts a git server with an empty `proj.git` in a
 * fresh temporary folder and makes one client per name; the clients are closed, the servers
 * stopped and the folder removed after each test. `keep` closes other clients with them.
 */
export function useTeamSetup(prefix: string) {
  const tempDir = useTempDir(prefix);
  const servers: GitServer[] = [];
  const clients: TeamClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.ws.close();
    for (const s of servers.splice(0)) await s.stop();
  });
  return {
    tempDir,
    keep(...made: TeamClient[]): void {
      clients.push(...made);
    },
    async setup(names: readonly string[], token?: string) {
      const root = tempDir();
      const server = await startGitServer(path.join(root, 'srv'), token ? { token } : {});
      servers.push(server);
      server.createRepo('proj.git');
      const made: TeamClient[] = [];
      for (const n of names) made.push(await teamClient(root, n));
      clients.push(...made);
      return { root, server, url: server.repoUrl('proj.git'), clients: made };
    },
  };
}
