// Importing a file whose name is already in the project: refused with the choices, replace
// keeping the review of unchanged segments, a copy, or nothing.
import { describe, expect, it } from 'vitest';
import { TinjauError } from '../../shared/api/errors';
import { Workspace } from '../../electron/services/workspace';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const file = (text: string) => ({ name: 'uji.txt', base64: Buffer.from(text, 'utf8').toString('base64') });
const FIRST = 'Banjir melanda kota.\n\nWarga mengungsi ke masjid.\n\nPemerintah menyiapkan bantuan.\n';
// The second paragraph changed, the third is the same, a fourth is new, the first is gone.
const SECOND = 'Warga mengungsi ke sekolah.\n\nPemerintah menyiapkan bantuan.\n\nHujan masih turun.\n';

async function projectWithReview() {
  const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
  const project = (await ws.createProject('Uji')).path;
  const { document } = await ws.importDocument({ project, source: file(FIRST) });
  const [s1, s2, s3] = await ws.listSegments(project, document.id);
  await ws.updateSegment({ project, segmentId: s3!.id, target: 'The government prepares aid.', status: 'reviewed' }, 'Dewi');
  await ws.updateSegment({ project, segmentId: s2!.id, target: 'Residents fled to the mosque.', status: 'edited' }, 'Dewi');
  (await ws.reviewService(project)).addComment({ project, segmentId: s3!.id, text: 'Check "aid" against the glossary.' });
  return { ws, project, document, old: [s1!, s2!, s3!] };
}

describe('importing a file that is already in the project', () => {
  it('is refused with the choices and the command-line flag when nothing was chosen, and cancel changes nothing', async () => {
    const { ws, project } = await projectWithReview();
    const refused = await ws.importDocument({ project, source: file(SECOND) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TinjauError);
    expect((refused as TinjauError).message).toBe(
      'uji.txt is already in this project. Choose replace (keeps the review of the segments whose Indonesian is unchanged), copy (adds it as "uji (2).txt") or cancel; on the command line: --on-existing replace|copy|cancel',
    );
    await expect(ws.importDocument({ project, source: file(SECOND), onExisting: 'cancel' })).rejects.toThrow('uji.txt was not imported');
    const summary = await ws.openProject(project);
    expect(summary.documents.map((d) => d.name)).toEqual(['uji.txt']);
  });

  it('replaces it keeping the status, edit, comments and history of unchanged segments; changed and new ones come in fresh', async () => {
    const { ws, project, document, old } = await projectWithReview();
    const result = await ws.importDocument({ project, source: file(SECOND), onExisting: 'replace' });
    expect(result.warnings.map((w) => w.message)).toContain('uji.txt replaced: 1 segments kept their review, 2 are new or changed, 2 removed (their history is kept)');
    const summary = await ws.openProject(project);
    expect(summary.documents.map((d) => d.name)).toEqual(['uji.txt']);
    expect(summary.documents[0]!.id).not.toBe(document.id);
    const segments = await ws.listSegments(project, result.document.id);
    expect(segments.map((s) => [s.source, s.target, s.status])).toEqual([
      ['Warga mengungsi ke sekolah.', '', 'new'],
      ['Pemerintah menyiapkan bantuan.', 'The government prepares aid.', 'reviewed'],
      ['Hujan masih turun.', '', 'new'],
    ]);
    const kept = segments[1]!;
    expect(kept.comments?.[0]?.comments?.[0]?.text ?? JSON.stringify(kept.comments)).toContain('Check "aid" against the glossary.');
    const store = await (ws as unknown as { store(p: string): Promise<{ revisionsOf(id: string): readonly { text: string; author: string }[] }> }).store(project);
    expect(store.revisionsOf(kept.id).map((r) => [r.text, r.author])).toContainEqual(['The government prepares aid.', 'Dewi']);
    expect(old[2]!.id).not.toBe(kept.id);
  });

  it('adds it as a copy named "uji (2).txt", then "uji (3).txt"', async () => {
    const { ws, project } = await projectWithReview();
    expect((await ws.importDocument({ project, source: file(SECOND), onExisting: 'copy' })).document.name).toBe('uji (2).txt');
    expect((await ws.importDocument({ project, source: file(SECOND), onExisting: 'copy' })).document.name).toBe('uji (3).txt');
    expect((await ws.openProject(project)).documents.map((d) => d.name).sort()).toEqual(['uji (2).txt', 'uji (3).txt', 'uji.txt']);
  });
});
