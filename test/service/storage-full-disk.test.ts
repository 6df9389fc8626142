import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

interface Outcome {
  readonly update: { ok: boolean; error?: { code: string; message: string; text: { key: string } } };
  readonly en: string;
  readonly id: string;
  readonly open: { ok: boolean; error?: { code: string; message: string } };
  readonly lockDebris: string[];
}

/**
 * A real full disk: the project lives on a 1 MB tmpfs (mounted in a private mount namespace of
 * the child, so nothing else sees it), filled up after the import. Needs root, as the project's
 * machines and CI run.
 */
function onFullDisk(): Outcome {
  const root = tempDir();
  const disk = path.join(root, 'disk');
  const script = `
    import { execSync } from 'node:child_process';
    import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
    import path from 'node:path';
    import { createHandlers, dispatch } from ${JSON.stringify(path.join(REPO_DIR, 'electron/services/api.ts'))};
    import { Workspace } from ${JSON.stringify(path.join(REPO_DIR, 'electron/services/workspace.ts'))};
    import { renderMessage } from ${JSON.stringify(path.join(REPO_DIR, 'shared/messages/text.ts'))};
    const disk = ${JSON.stringify(disk)};
    mkdirSync(disk);
    execSync('mount -t tmpfs -o size=1m tmpfs ' + disk);
    const dataDir = ${JSON.stringify(path.join(root, 'data'))};
    const open = async () => { const ws = await Workspace.create({ dataDir, owner: 'test' }); return { ws, h: createHandlers(ws, { version: 't', transport: 'web', dataDir }) }; };
    let { ws, h } = await open();
    const created = await dispatch(h, 'projects:create', { name: 'Berita', location: disk });
    const project = created.value.path;
    const source = Buffer.from('Banjir melanda Sukamaju.\\n\\nWarga mengungsi ke balai desa.\\n').toString('base64');
    const imported = await dispatch(h, 'documents:import', { project, source: { name: 'artikel.txt', base64: source } });
    const segments = await dispatch(h, 'segments:list', { project, documentId: imported.value.document.id });
    // Fill the disk to the last byte.
    for (let i = 0; ; i++) { try { writeFileSync(path.join(disk, 'filler' + i), Buffer.alloc(64 * 1024, 1)); } catch { break; } }
    for (let i = 0; ; i++) { try { writeFileSync(path.join(disk, 'small' + i), Buffer.alloc(512, 1)); } catch { break; } }
    const update = await dispatch(h, 'segments:update', { project, segmentId: segments.value[0].id, target: 'Floods hit Sukamaju, and the whole village had to leave for the hall.'.repeat(50) });
    await ws.close().catch(() => undefined);
    // Closing let go of the lock's block: fill that too.
    for (let i = 0; ; i++) { try { writeFileSync(path.join(disk, 'last' + i), Buffer.alloc(512, 1)); } catch { break; } }
    ({ ws, h } = await open());
    const reopened = await dispatch(h, 'projects:open', { project });
    await ws.close().catch(() => undefined);
    const lockDebris = readdirSync(project).filter((n) => /^lock\\..*\\.tmp$/.test(n));
    console.log(JSON.stringify({ update, en: update.ok ? '' : renderMessage(update.error.text, 'en'), id: update.ok ? '' : renderMessage(update.error.text, 'id'), open: reopened, lockDebris }));
  `;
  const run = spawnSync('unshare', ['--mount', '--propagation', 'private', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO_DIR,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (!last.startsWith('{')) throw new Error(`child failed: ${run.stderr}`);
  return JSON.parse(last) as Outcome;
}

describe('a full disk', () => {
  it('is said in the user\'s language, with what failed, that nothing saved is lost and what to do; no empty lock file is left', () => {
    const outcome = onFullDisk();
    expect(outcome.update.ok).toBe(false);
    expect(outcome.update.error?.code).toBe('io');
    expect(outcome.en).toMatch(/the disk is full/);
    expect(outcome.en).toMatch(/Everything already shown as saved is safe/);
    expect(outcome.en).toMatch(/Free some space on that disk/);
    expect(outcome.en).not.toMatch(/ENOSPC|Something went wrong/);
    expect(outcome.id).toMatch(/disk penuh/);
    expect(outcome.id).toMatch(/Kosongkan sebagian ruang/);
    // Opening again on the full disk: a clear refusal, and no 0-byte lock.*.tmp left behind.
    expect(outcome.open.ok).toBe(false);
    expect(outcome.open.error?.message).toMatch(/the disk is full/);
    expect(outcome.lockDebris).toEqual([]);
  }, 150_000);
});
