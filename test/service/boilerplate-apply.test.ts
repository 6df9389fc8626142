// The boilerplate rules applied to documents already imported: what changes is said first, work the
// reviewer did is asked about, exclusions by hand are never touched, and one undo (also after a
// restart) puts every segment back as it was.
import { describe, expect, it, vi } from 'vitest';
import { ShardReader } from '../../electron/services/shards';
import { DEFAULT_BOILERPLATE_RULES } from '../../shared/boilerplate/rules';
import { Workspace } from '../../electron/services/workspace';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const file = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });
const ARTICLE = ['Banjir melanda kota.', 'Baca juga: Hujan deras di Bogor', 'Iklan', 'Warga mengungsi ke masjid.', 'Foto: ANTARA', 'Pemerintah menyiapkan bantuan.'].join('\n\n');

async function importedWithoutRules(dataDir: string) {
  const ws = await Workspace.create({ dataDir, owner: 'test' });
  await ws.settings.update({ reviewer: { name: 'Sari Dewi', initials: 'SD', role: 'reviewer' } });
  await ws.settings.setBoilerplateRules([]);
  const project = (await ws.createProject('Uji')).path;
  const { document } = await ws.importDocument({ project, source: file('berita.txt', ARTICLE) });
  const other = (await ws.importDocument({ project, source: file('lain.txt', 'Iklan\n\nSatu kalimat isi.') })).document;
  const segs = await ws.listSegments(project, document.id);
  // Worked on: the photo credit was translated; the last paragraph was excluded by hand.
  await ws.updateSegment({ project, segmentId: segs[4]!.id, target: 'Photo: ANTARA', status: 'edited' });
  await (await ws.segmentService(project)).setExcluded([segs[5]!.id], true);
  await ws.settings.setBoilerplateRules(DEFAULT_BOILERPLATE_RULES);
  return { ws, project, document, other, segs };
}

const excludedOf = async (ws: Workspace, project: string, documentId: string) =>
  (await ws.listSegments(project, documentId)).map((s) => s.excluded?.rule ?? '-');

describe('applying the boilerplate rules to documents already imported', () => {
  it('says how many segments change, keeps reviewed ones when asked, never touches a hand exclusion, and undoes as one after a restart', async () => {
    const dataDir = tempDir();
    const { ws, project, document, other, segs } = await importedWithoutRules(dataDir);
    expect(await excludedOf(ws, project, document.id)).toEqual(['-', '-', '-', '-', '-', 'manual']);

    const service = await ws.boilerplateService(project);
    const plan = service.plan([document.id]);
    expect(plan).toMatchObject({ exclude: 3, reviewed: 1, include: 0, documents: [{ name: 'berita.txt', exclude: 3, reviewed: 1 }] });
    expect(service.plan([]).exclude).toBe(4);

    const applied = service.apply([document.id], 'keep');
    expect(applied).toMatchObject({ exclude: 2, keptReviewed: 1 });
    expect(await excludedOf(ws, project, document.id)).toEqual(['-', 'read-also', 'advertisement', '-', '-', 'manual']);
    expect(await excludedOf(ws, project, other.id)).toEqual(['-', '-']);
    const history = await ws.revisions(project, segs[1]!.id);
    expect(history.at(-1)).toMatchObject({ origin: 'boilerplate', author: 'Sari Dewi', batch: applied.batchId, exclusion: { before: null, after: { rule: 'read-also' } } });
    await ws.close();

    // After a restart the one undo puts the statuses back exactly; the reviewed and hand-excluded segments were never changed.
    const again = await Workspace.create({ dataDir, owner: 'test' });
    const undone = (await again.boilerplateService(project)).undo(applied.batchId!);
    expect(undone).toMatchObject({ restored: 2, skipped: 0 });
    const back = await again.listSegments(project, document.id);
    expect(back.map((s) => s.excluded?.rule ?? '-')).toEqual(['-', '-', '-', '-', '-', 'manual']);
    expect(back[4]).toMatchObject({ target: 'Photo: ANTARA', status: 'edited' });
    await expect(async () => (await again.boilerplateService(project)).undo('rules-none')).rejects.toThrow('There is nothing to undo');
    await again.close();
  });

  it('excludes reviewed segments when asked to, and includes again what a rule excluded that no rule catches any more', async () => {
    const { ws, project, document } = await importedWithoutRules(tempDir());
    const all = (await ws.boilerplateService(project)).apply([], 'exclude');
    expect(all).toMatchObject({ exclude: 4, keptReviewed: 0 });
    expect(await excludedOf(ws, project, document.id)).toEqual(['-', 'read-also', 'advertisement', '-', 'photo-credit', 'manual']);

    await ws.settings.setBoilerplateRules(DEFAULT_BOILERPLATE_RULES.map((r) => (r.id === 'advertisement' ? { ...r, enabled: false } : r)));
    const service = await ws.boilerplateService(project);
    expect(service.plan([document.id])).toMatchObject({ exclude: 0, include: 1 });
    service.apply([document.id], 'keep');
    expect(await excludedOf(ws, project, document.id)).toEqual(['-', 'read-also', '-', '-', 'photo-credit', 'manual']);
    // Nothing left to change: no batch to undo.
    expect(service.apply([document.id], 'keep').batchId).toBeUndefined();
    await ws.close();
  });

  it('tests one rule, as edited and not saved, against every document: what it catches and where', async () => {
    const { ws, project } = await importedWithoutRules(tempDir());
    const service = await ws.boilerplateService(project);
    const ads = service.test(DEFAULT_BOILERPLATE_RULES, 'advertisement');
    expect(ads).toEqual({
      total: 2,
      catches: [expect.objectContaining({ documentName: 'berita.txt', number: 3, source: 'Iklan' }), expect.objectContaining({ documentName: 'lain.txt', number: 1, source: 'Iklan' })],
    });
    // The pattern as typed counts, switched off catches nothing, and the saved rules are untouched.
    const edited = DEFAULT_BOILERPLATE_RULES.map((r) => (r.id === 'advertisement' ? { ...r, pattern: 'tidak ada' } : r));
    expect(service.test(edited, 'advertisement').total).toBe(0);
    expect(service.test(DEFAULT_BOILERPLATE_RULES.map((r) => ({ ...r, enabled: r.id !== 'advertisement' })), 'advertisement').total).toBe(0);
    expect(ws.settings.boilerplateRules).toEqual(DEFAULT_BOILERPLATE_RULES);
    await ws.close();
  });

  it('undoes a batch reading only the segments it changed, not every document, soon after the change and after a restart', async () => {
    const dataDir = tempDir();
    const { ws, project, document, other } = await importedWithoutRules(dataDir);
    const applied = (await ws.boilerplateService(project)).apply([other.id], 'keep');
    expect(applied).toMatchObject({ exclude: 1 });
    const second = (await ws.boilerplateService(project)).apply([document.id], 'keep');
    await ws.close();

    // Opened again, the whole-document reads are counted: an undo reads neither document whole.
    const again = await Workspace.create({ dataDir, owner: 'test' });
    const service = await again.boilerplateService(project);
    const wholeReads = vi.spyOn(ShardReader.prototype, 'loadSegments');
    try {
      expect(service.undo(applied.batchId!)).toMatchObject({ restored: 1, skipped: 0, segments: [expect.objectContaining({ source: 'Iklan' })] });
      // The second batch, still in the journal after the first undo: named there, also read by chunk.
      expect(service.undo(second.batchId!)).toMatchObject({ restored: 2, skipped: 0 });
      expect(wholeReads).not.toHaveBeenCalled();
    } finally {
      wholeReads.mockRestore();
    }
    expect(await excludedOf(again, project, other.id)).toEqual(['-', '-']);
    expect(await excludedOf(again, project, document.id)).toEqual(['-', '-', '-', '-', '-', 'manual']);
    await again.close();
  });
});
