import { existsSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/api';
import { createTmHandlers } from '../../electron/services/tm/handlers';
import { tmServicesOf } from '../../electron/services/tm/tm-services';
import { Workspace } from '../../electron/services/workspace';
import { renderMessage } from '../../shared/messages/text';
import { FIXTURES_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const b64 = (text: string) => Buffer.from(text).toString('base64');

async function projectWith(ws: Workspace, name: string, paragraphs: string[], location: string) {
  const project = (await ws.createProject(name, location)).path;
  const { document } = await ws.importDocument({ project, source: { name: `${name}.txt`, base64: b64(paragraphs.join('\n\n')) } });
  return { project, doc: document.id, segments: await ws.listSegments(project, document.id) };
}

describe('translation memory service', () => {
  it('segments confirmed in bulk or by propagation go into the TM too', async () => {
    const root = tempDir();
    const ws = await Workspace.create({ dataDir: path.join(root, 'data'), owner: 'test' });
    const api = createHandlers(ws, { version: 'test', transport: 'web', dataDir: path.join(root, 'data') });
    const repeated = 'Warga mengungsi ke balai desa.';
    const p = await projectWith(ws, 'Massal', ['Banjir melanda 12 desa di Kabupaten Sukamaju.', repeated, 'Hujan turun sejak pagi.', repeated], root);
    const [a, b, c, d] = p.segments;
    for (const [seg, text] of [[a, 'Floods hit 12 villages in Sukamaju Regency.'], [b, 'Residents fled to the village hall.'], [c, 'Rain has fallen since morning.']] as const) {
      await ws.updateSegment({ project: p.project, segmentId: seg!.id, target: text });
    }
    await api['segments:bulkStatus']({ project: p.project, segmentIds: [a!.id, c!.id], status: 'reviewed' });
    await ws.confirmSegment(p.project, b!.id);
    const propagated = await api['segments:propagate']({ project: p.project, segmentId: b!.id });
    expect(propagated.segments.map((s) => s.id)).toEqual([d!.id]);
    const search = (text: string) => api['tm:search']({ project: p.project, text });
    expect((await search('Hujan turun sejak pagi.'))[0]).toMatchObject({ target: 'Rain has fallen since morning.', score: 100 });
    expect((await search('Banjir melanda 12 desa di Kabupaten Sukamaju.'))[0]?.target).toBe('Floods hit 12 villages in Sukamaju Regency.');
    expect((await api['tm:list']({ project: p.project }))[0]?.units).toBe(4);
    tmServicesOf(ws).close();
    await ws.close();
  });

  it('a confirmed segment feeds the project TM and a shared TM, and the next project attached to it finds it', async () => {
    const root = tempDir();
    const ws = await Workspace.create({ dataDir: path.join(root, 'data'), owner: 'test' });
    const tm = createTmHandlers(ws);
    const first = await projectWith(ws, 'Pertama', ['Banjir melanda 12 desa di Kabupaten Sukamaju.', 'Warga mengungsi ke balai desa.'], root);
    const shared = path.join(root, 'Team.tinjau-tm');
    const listed = await tm['tm:attach']({ project: first.project, path: shared, create: true, name: 'Team' });
    expect(listed.map((s) => [s.name, s.own])).toEqual([['Pertama', true], ['Team', false]]);

    const seg = first.segments[0];
    if (!seg) throw new Error('no segment');
    await ws.updateSegment({ project: first.project, segmentId: seg.id, target: 'Floods hit 12 villages in Sukamaju Regency.' });
    await ws.confirmSegment(first.project, seg.id);
    expect((await tm['tm:list']({ project: first.project })).map((s) => s.units)).toEqual([1, 1]);

    // A second project, attached to the same shared folder: a changed number is still a high match.
    const second = await projectWith(ws, 'Kedua', ['Banjir melanda 15 desa di Kabupaten Sukamaju.'], root);
    expect(await tm['tm:search']({ project: second.project, text: 'Banjir melanda 15 desa di Kabupaten Sukamaju.' })).toEqual([]);
    await tm['tm:attach']({ project: second.project, path: shared });
    const [match] = await tm['tm:search']({ project: second.project, text: 'Banjir melanda 15 desa di Kabupaten Sukamaju.' });
    expect(match).toMatchObject({ target: 'Floods hit 12 villages in Sukamaju Regency.', tm: 'Team', document: 'Pertama.txt', author: ws.settings.settings.reviewer.name });
    expect(match?.score).toBeGreaterThanOrEqual(95);
    expect(match?.score).toBeLessThan(100);
    expect(match?.diff.filter((p) => p.kind !== 'equal').map((p) => p.text.trim())).toEqual(['12', '15']);

    // A correction of the same segment replaces its unit rather than adding a second one.
    await ws.updateSegment({ project: first.project, segmentId: seg.id, target: 'Floods struck 12 villages in Sukamaju Regency.' });
    await ws.confirmSegment(first.project, seg.id);
    const after = await tm['tm:search']({ project: second.project, text: 'Banjir melanda 15 desa di Kabupaten Sukamaju.' });
    expect(after.map((m) => m.target)).toEqual(['Floods struck 12 villages in Sukamaju Regency.']);

    // Another process (a colleague's app, here a fresh workspace) reads the shared folder from disk.
    tmServicesOf(ws).close();
    await ws.close();
    const ws2 = await Workspace.create({ dataDir: path.join(root, 'data2'), owner: 'test' });
    const tm2 = createTmHandlers(ws2);
    const found = await tm2['tm:search']({ project: second.project, text: 'Banjir melanda 15 desa di Kabupaten Sukamaju.' });
    expect(found[0]?.target).toBe('Floods struck 12 villages in Sukamaju Regency.');
    await tm2['tm:detach']({ project: second.project, path: shared });
    expect(await tm2['tm:search']({ project: second.project, text: 'Banjir melanda 15 desa di Kabupaten Sukamaju.' })).toEqual([]);
    tmServicesOf(ws2).close();
    await ws2.close();
  });

  it('imports TMX files and finds their units, with concordance across inflection', async () => {
    const root = tempDir();
    const ws = await Workspace.create({ dataDir: path.join(root, 'data'), owner: 'test' });
    const tm = createTmHandlers(ws);
    const { project } = await projectWith(ws, 'Impor', ['Pasar tradisional buka sejak pagi.'], root);
    const file = { name: 'omegat.tmx', base64: readFileSync(path.join(FIXTURES_DIR, 'tmx/omegat-tmx11.tmx')).toString('base64') };
    const result = await tm['tm:import']({ project, file });
    expect(result.added).toBe(2);
    // The same file again adds nothing, and says why.
    const again = await tm['tm:import']({ project, file });
    expect(again.added).toBe(0);
    expect(again.warnings.map((w) => w.message)).toContain('2 unit(s) were already in the TM or had no English');
    const skipped = again.warnings.find((w) => w.text.key === 'tm.importSkipped');
    expect(skipped && renderMessage(skipped.text, 'id')).toBe('2 unit sudah ada di memori terjemahan atau tidak memiliki terjemahan bahasa Inggris');
    const second = `<?xml version="1.0"?><tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
      <tu><tuv xml:lang="id"><seg>Pemerintah melarang pelanggaran aturan pasar.</seg></tuv><tuv xml:lang="en"><seg>The government prohibits violations of market rules.</seg></tuv></tu>
    </body></tmx>`;
    expect((await tm['tm:import']({ project, file: { name: 'kedua.tmx', base64: b64(second) } })).added).toBe(1);

    const [match] = await tm['tm:search']({ project, text: 'Pasar tradisional buka sejak pagi.' });
    expect(match).toMatchObject({ target: 'The traditional market opens at dawn.', document: 'omegat.tmx' });
    expect(match?.score).toBeGreaterThanOrEqual(80);

    const hits = await tm['tm:concordance']({ project, query: 'langgar' });
    expect(hits).toHaveLength(1);
    const hit = hits[0];
    expect(hit?.sourceSpans.map((s) => hit.source.slice(s.start, s.end))).toEqual(['pelanggaran']);
    const english = await tm['tm:concordance']({ project, query: 'market' });
    expect(english.map((h) => h.targetSpans.length)).toEqual([1, 1]);
    // English words with their endings find units through the English word index too.
    expect((await tm['tm:concordance']({ project, query: 'violation' })).map((h) => h.target)).toEqual(['The government prohibits violations of market rules.']);
    expect((await tm['tm:concordance']({ project, query: 'pasar 2' })).length).toBe(0);

    await expect(tm['tm:import']({ project, file: { name: 'bad.tmx', base64: b64('<nope') } })).rejects.toMatchObject({ code: 'format' });
    tmServicesOf(ws).close();
    await ws.close();
  });
});

describe('TMX import decodes like document import', () => {
  it('reads a UTF-16 memory (Trados) and a windows-1254 one by its declaration', async () => {
    const root = tempDir();
    const ws = await Workspace.create({ dataDir: path.join(root, 'data'), owner: 'test' });
    const tm = createTmHandlers(ws);
    const { project } = await projectWith(ws, 'Kode', ['Pasar tradisional buka sejak pagi.'], root);
    const utf16 = readFileSync(path.join(FIXTURES_DIR, 'tmx/trados-tmx14-utf16.tmx'));
    const read = await tm['tm:import']({ project, file: { name: 'trados.tmx', base64: utf16.toString('base64') } });
    expect(read.added).toBeGreaterThan(0);
    const turkish = `<?xml version="1.0" encoding="windows-1254"?><tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
      <tu><tuv xml:lang="id"><seg>Kota Istanbul ramai.</seg></tuv><tuv xml:lang="en"><seg>\u0130stanbul is busy (\u0131).</seg></tuv></tu></body></tmx>`;
    const bytes = Buffer.from(turkish.replace('\u0130', '\u00dd').replace('\u0131', '\u00fd'), 'latin1');
    expect((await tm['tm:import']({ project, file: { name: 'tr.tmx', base64: bytes.toString('base64') } })).added).toBe(1);
    const [match] = await tm['tm:search']({ project, text: 'Kota Istanbul ramai.' });
    expect(match?.target).toBe('\u0130stanbul is busy (\u0131).');
    tmServicesOf(ws).close();
    await ws.close();
  });
});

describe('a shared TM that cannot be reached', () => {
  it('is listed as not reachable, and confirming still feeds the project TM', async () => {
    const root = tempDir();
    const ws = await Workspace.create({ dataDir: path.join(root, 'data'), owner: 'test' });
    const shared = path.join(root, 'share', 'Team.tinjau-tm');
    const { project, segments } = await projectWith(ws, 'Luring', ['Harga cabai naik.'], root);
    await createTmHandlers(ws)['tm:attach']({ project, path: shared, create: true });
    tmServicesOf(ws).close();
    renameSync(path.join(root, 'share'), path.join(root, 'share-offline'));

    const tm = createTmHandlers(ws);
    expect((await tm['tm:list']({ project })).map((s) => [s.name, s.reachable])).toEqual([['Luring', true], ['Team.tinjau-tm', false]]);
    const seg = segments[0];
    if (!seg) throw new Error('no segment');
    await ws.updateSegment({ project, segmentId: seg.id, target: 'Chilli prices rose.' });
    expect((await ws.confirmSegment(project, seg.id)).status).toBe('reviewed');
    expect((await tm['tm:list']({ project })).map((s) => s.units)).toEqual([1, 0]);
    expect(existsSync(shared)).toBe(false);
    tmServicesOf(ws).close();
    await ws.close();
  });
});
