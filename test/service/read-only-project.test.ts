import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { REPO_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

/** Every file under `dir` with its size and modification time: what "nothing was written" compares. */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const file = path.join(at, name);
      const st = statSync(file);
      if (st.isDirectory()) walk(file);
      else out.push(`${path.relative(dir, file)} ${st.size} ${st.mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

describe('a project whose folder cannot be written', () => {
  it('opens read-only: segments, QA and export work, edits are refused with a message, and nothing is written', async () => {
    const root = tempDir();
    const dataDir = path.join(root, 'data');
    const ws = await Workspace.create({ dataDir, owner: 'test' });
    const created = await ws.createProject('Berita', root);
    const project = created.path;
    const source = Buffer.from('Banjir melanda Sukamaju.\n\nWarga mengungsi ke balai desa.\n').toString('base64');
    const draft = Buffer.from('Floods hit Sukamaju.\n\nResidents fled to the village hall.\n').toString('base64');
    const imported = await ws.importDocument({ project, source: { name: 'artikel.txt', base64: source }, draft: { name: 'artikel.en.txt', base64: draft } });
    // An edit left in the journal only (not compacted): a read-only open must replay it, not fold it.
    await ws.updateSegment({ project, segmentId: `${imported.document.id}-0001`, target: 'Floods struck Sukamaju.' });
    await ws.close();
    const before = listing(project);

    // The project folder as on a CD: a read-only bind mount in the child's private mount namespace.
    const script = `
      import { createHandlers, dispatch } from ${JSON.stringify(path.join(REPO_DIR, 'electron/services/api.ts'))};
      import { Workspace } from ${JSON.stringify(path.join(REPO_DIR, 'electron/services/workspace.ts'))};
      import { renderMessage } from ${JSON.stringify(path.join(REPO_DIR, 'shared/messages/text.ts'))};
      const dataDir = ${JSON.stringify(path.join(root, 'data2'))};
      const project = ${JSON.stringify(project)};
      const ws = await Workspace.create({ dataDir, owner: 'test' });
      const h = createHandlers(ws, { version: 't', transport: 'web', dataDir });
      const open = await dispatch(h, 'projects:open', { project });
      const documentId = open.ok ? open.value.documents[0].id : '';
      const segments = await dispatch(h, 'segments:list', { project, documentId });
      const qa = await dispatch(h, 'qa:run', { project, documentId });
      const exported = await dispatch(h, 'documents:export', { project, documentId, format: 'txt' });
      const update = await dispatch(h, 'segments:update', { project, segmentId: documentId + '-0002', target: 'Changed.' });
      const text = (r) => (r.ok ? null : { en: renderMessage(r.error.text, 'en'), id: renderMessage(r.error.text, 'id') });
      await ws.close();
      console.log(JSON.stringify({
        open: open.ok ? { readOnly: open.value.readOnly } : open.error,
        targets: segments.ok ? segments.value.map((s) => s.target) : segments.error,
        qa: qa.ok,
        exported: exported.ok ? Buffer.from(exported.value.base64, 'base64').toString('utf8') : exported.error,
        update: { ok: update.ok, code: update.ok ? '' : update.error.code, said: text(update) },
      }));
    `;
    const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const run = spawnSync(
      'unshare',
      ['--mount', '--propagation', 'private', 'sh', '-c', `mount --bind ${quoted(project)} ${quoted(project)} && mount -o remount,ro,bind ${quoted(project)} ${quoted(project)} && exec ${quoted(process.execPath)} --import tsx --input-type=module -e ${quoted(script)}`],
      { cwd: REPO_DIR, encoding: 'utf8', timeout: 120_000 },
    );
    const last = run.stdout.trim().split('\n').pop() ?? '';
    if (!last.startsWith('{')) throw new Error(`child failed: ${run.stderr}`);
    const outcome = JSON.parse(last) as {
      open: { readOnly?: boolean; message?: string };
      targets: string[];
      qa: boolean;
      exported: string;
      update: { ok: boolean; code: string; said: { en: string; id: string } | null };
    };
    expect(outcome.open).toEqual({ readOnly: true });
    expect(outcome.targets).toEqual(['Floods struck Sukamaju.', 'Residents fled to the village hall.']);
    expect(outcome.qa).toBe(true);
    expect(outcome.exported).toContain('Floods struck Sukamaju.');
    expect(outcome.update.ok).toBe(false);
    expect(outcome.update.said?.en).toMatch(/open read-only.*copy the project folder/);
    expect(outcome.update.said?.id).toMatch(/hanya-baca/);
    // No lock, no compaction, no backup, no journal repair: the folder is exactly as it was.
    expect(listing(project)).toEqual(before);
  }, 150_000);
});
