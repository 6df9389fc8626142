// A bilingual table or TMX Tinjau exported comes back with the reviewed translation and its status:
// the reviewer (or a colleague in a spreadsheet) works on the file and hands it back.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../electron/services/export/export-service';
import { Workspace } from '../../electron/services/workspace';
import { corpusFile } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function payload(file: string) {
  return { name: path.basename(file), base64: readFileSync(file).toString('base64') };
}

describe.each(['csv', 'xlsx', 'tmx'] as const)('a %s file exported by Tinjau and imported again', (format) => {
  it('keeps the reviewed translation (not the draft) and each status', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const project = await ws.createProject('Asal');
    const { document } = await ws.importDocument({
      project: project.path,
      source: payload(corpusFile('id', '000')),
      draft: payload(corpusFile('en-drafts', '000', '.mt.en.txt')),
      draftOrigin: 'mt',
    });
    const [first, second, third] = (await ws.listSegments(project.path, document.id)).filter((s) => !s.excluded);
    await ws.updateSegment({ project: project.path, segmentId: first!.id, target: 'Kim visited two aviation plants, “quietly”.' });
    await ws.confirmSegment(project.path, first!.id);
    await ws.updateSegment({ project: project.path, segmentId: second!.id, target: 'Reworded, not yet confirmed.' });
    const exported = await exportDocument(ws, { project: project.path, documentId: document.id, format });

    const other = await ws.createProject('Kembali');
    const back = await ws.importDocument({ project: other.path, source: { name: `kembali.${format}`, base64: exported.base64 } });
    const segments = await ws.listSegments(other.path, back.document.id);
    const bySource = new Map(segments.map((s) => [s.source, s]));
    expect(bySource.get(first!.source)).toMatchObject({ target: 'Kim visited two aviation plants, “quietly”.', status: 'reviewed' });
    // A TMX is a memory: it holds the confirmed work only.
    if (format !== 'tmx') {
      expect(bySource.get(second!.source)).toMatchObject({ target: 'Reworded, not yet confirmed.', status: 'draft' });
      expect(bySource.get(third!.source)).toMatchObject({ target: third!.target, status: 'draft' });
    }
    await ws.close();
  });
});

describe.each(['csv', 'xlsx'] as const)('excluded segments in a %s round trip', (format) => {
  it('come back excluded, and a row the reviewer included stays included', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const project = await ws.createProject('Asal');
    const { document } = await ws.importDocument({ project: project.path, source: payload(corpusFile('id', '000')) });
    const excluded = (await ws.listSegments(project.path, document.id)).filter((s) => s.excluded);
    expect(excluded.length).toBeGreaterThan(0);
    const exported = await exportDocument(ws, { project: project.path, documentId: document.id, format, includeExcluded: true });
    const other = await ws.createProject('Kembali');
    const back = await ws.importDocument({ project: other.path, source: { name: `kembali.${format}`, base64: exported.base64 } });
    const segments = await ws.listSegments(other.path, back.document.id);
    expect(segments.filter((s) => s.excluded).map((s) => s.source)).toEqual(excluded.map((s) => s.source));
    await ws.close();
  });
});

describe('a two-column CSV from a client (no status column)', () => {
  it('gets the boilerplate rules like any other import', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const project = await ws.createProject('Klien');
    const csv = 'Sumber,Terjemahan\n"Banjir melanda tiga kecamatan.","Floods hit three districts."\n"Baca juga: Gempa di Cianjur","Read also: Cianjur quake"\n';
    const { document } = await ws.importDocument({ project: project.path, source: { name: 'klien.csv', base64: Buffer.from(csv).toString('base64') } });
    const segments = await ws.listSegments(project.path, document.id);
    expect(segments.map((s) => [s.source.slice(0, 10), s.excluded !== undefined])).toEqual([['Banjir mel', false], ['Baca juga:', true]]);
    await ws.close();
  });
});
