import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../electron/services/api';
import { createGlossaryHandlers, GlossaryServices } from '../../electron/services/glossary/handlers';
import { createQaHandlers, QaServices } from '../../electron/services/qa/handlers';
import { Workspace } from '../../electron/services/workspace';
import { renderMessage } from '../../shared/messages/text';
import type { QaFinding } from '../../shared/qa';
import { corpusFile, CORPUS_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

function payload(file: string) {
  return { name: path.basename(file), base64: readFileSync(file).toString('base64') };
}

async function corpus000(dataDir = tempDir()) {
  const ws = await Workspace.create({ dataDir, owner: 'test' });
  await ws.settings.update({ reviewer: { name: 'Sari Dewi', initials: 'SD', role: 'reviewer' } });
  const project = await ws.createProject('Berita');
  const { document } = await ws.importDocument({
    project: project.path,
    source: payload(corpusFile('id', '000')),
    draft: payload(corpusFile('en-drafts', '000', '.mt.en.txt')),
    draftOrigin: 'mt',
  });
  return { ws, project: project.path, doc: document.id, qa: createQaHandlers(ws) };
}

const at = (doc: string, n: number) => `${doc}-${String(n).padStart(4, '0')}`;
const textOf = (f: QaFinding, target: string) => f.targetSpans.map((s) => target.slice(s.start, s.end)).join(' ');

describe('QA service on the 000 article and its MT draft', () => {
  it('reports "the the" (paragraph 9) and the date in Indonesian order (paragraph 4), with no number false alarms', async () => {
    const { ws, project, doc, qa } = await corpus000();
    const result = await qa['qa:run']({ project, documentId: doc, jobId: 'run-000-document' });
    expect(result.cancelled).toBe(false);
    expect(result.segments).toBeGreaterThan(15);
    const segments = await ws.listSegments(project, doc);
    const target = (id: string) => segments.find((s) => s.id === id)?.target ?? '';
    const repeated = result.findings.find((f) => f.checkId === 'words.repeated');
    expect(repeated?.segmentId).toBe(at(doc, 9));
    expect(textOf(repeated as QaFinding, target(at(doc, 9))).toLowerCase()).toBe('the the');
    const date = result.findings.find((f) => f.checkId === 'dates.source-order');
    expect(date).toMatchObject({ segmentId: at(doc, 4), message: expect.stringContaining('15/9/2023') });
    // Su-35, Su-57, Superjet 100 and "100" are rendered faithfully: no number finding at all.
    expect(result.findings.filter((f) => f.checkId.startsWith('numbers.'))).toEqual([]);
    expect(result.summary.total).toBe(result.findings.length);
    // Without a glossary terminology is not checked, and the run says nothing false about it.
    expect(result.findings.some((f) => f.checkId.startsWith('terminology.'))).toBe(false);
    const { notes } = await new QaServices(ws).of(project).run({ documentId: doc });
    expect(notes.map((n) => n.message)).toEqual(['The project has no glossary: terminology was not checked.']);
    expect(notes.map((n) => renderMessage(n.text, 'id'))).toEqual(['Proyek ini tidak memiliki glosarium: terminologi tidak diperiksa.']);
    await ws.close();
  });

  it('checks terminology against the project glossary: Korut, AS and Korsel left in, the forbidden "work together"', async () => {
    const { ws, project, doc, qa } = await corpus000();
    await createGlossaryHandlers(ws)['glossary:import']({ project, file: payload(path.join(CORPUS_DIR, 'glossary.id-en.csv')), splitAlternatives: false });
    const { findings } = await qa['qa:run']({ project });
    const where = (checkId: string, term: string) =>
      findings.filter((f) => f.checkId === checkId && f.details?.term === term).map((f) => Number(f.segmentId.slice(-4)));
    expect(where('terminology.untranslated', 'Korut')).toEqual(expect.arrayContaining([3, 4, 16, 21]));
    expect(where('terminology.untranslated', 'AS')).toContain(3);
    expect(where('terminology.untranslated', 'Korsel')).toContain(16);
    expect(findings.find((f) => f.checkId === 'terminology.forbidden')).toMatchObject({ segmentId: at(doc, 12), severity: 'error' });
    await ws.close();
  });

  it('sees a glossary entry as soon as it is saved, when it shares the glossary channels\u2019 services', async () => {
    const { ws, project, doc } = await corpus000();
    const glossaryServices = new GlossaryServices(ws, { watch: false });
    const glossary = createGlossaryHandlers(ws, glossaryServices);
    const qa = createQaHandlers(ws, { glossaryServices });
    expect((await qa['qa:segment']({ project, segmentId: at(doc, 5) })).some((f) => f.checkId.startsWith('terminology.'))).toBe(false);
    await glossary['glossary:save']({ project, fields: { sourceTerms: ['fasilitas penerbangan'], targets: [{ text: 'aviation plant', status: 'preferred' }, { text: 'aviation facility', status: 'forbidden' }], caseSensitive: false } });
    const findings = await qa['qa:segment']({ project, segmentId: at(doc, 5) });
    expect(findings.find((f) => f.checkId === 'terminology.forbidden')?.message).toMatch(/aviation facilit/);
    glossaryServices.close();
    await ws.close();
  });

  it('keeps an ignored finding ignored, with the reason and the reviewer, across a restart; un-ignoring brings it back', async () => {
    const dataDir = tempDir();
    const { ws, project, qa } = await corpus000(dataDir);
    const first = await qa['qa:run']({ project });
    const repeated = first.findings.find((f) => f.checkId === 'words.repeated') as QaFinding;
    const ignores = await qa['qa:ignore']({ project, findingId: repeated.id, reason: 'Quoted speech, kept as said', ignored: true });
    expect(ignores).toEqual([expect.objectContaining({ findingId: repeated.id, reason: 'Quoted speech, kept as said', author: 'Sari Dewi' })]);
    await ws.close();

    const again = await Workspace.create({ dataDir, owner: 'test' });
    const qa2 = createQaHandlers(again);
    const second = await qa2['qa:run']({ project });
    expect(second.findings.map((f) => f.id)).not.toContain(repeated.id);
    expect(second.ignored).toEqual([expect.objectContaining({ id: repeated.id, reason: 'Quoted speech, kept as said' })]);
    expect(second.summary.total).toBe(first.summary.total - 1);
    // The live check on the segment leaves it out too.
    expect((await qa2['qa:segment']({ project, segmentId: repeated.segmentId })).map((f) => f.id)).not.toContain(repeated.id);
    await qa2['qa:ignore']({ project, findingId: repeated.id, reason: '', ignored: false });
    expect((await qa2['qa:run']({ project })).findings.map((f) => f.id)).toContain(repeated.id);
    await again.close();
  });

  it('refuses to ignore a finding without a reason', async () => {
    const { ws, project, qa } = await corpus000();
    await expect(qa['qa:ignore']({ project, findingId: 'abc', reason: ' ', ignored: true })).rejects.toThrow(/Say why/);
    await ws.close();
  });

  it('checks one segment with the text as typed, against the rest of the project', async () => {
    const { ws, project, doc, qa } = await corpus000();
    const id = at(doc, 5);
    const typed = await qa['qa:segment']({ project, segmentId: id, target: 'Kim visited the the two aviation plants.' });
    expect(typed.map((f) => f.checkId)).toContain('words.repeated');
    // The same translation as paragraph 9 for a different source: a consistency finding, live.
    const other = (await ws.listSegments(project, doc))[8]?.target ?? '';
    const copied = await qa['qa:segment']({ project, segmentId: id, target: other });
    expect(copied.map((f) => f.checkId)).toContain('consistency.target');
    // Nothing was saved: the stored target still passes.
    expect((await qa['qa:segment']({ project, segmentId: id })).map((f) => f.checkId)).not.toContain('consistency.target');
    await ws.close();
  });

  it('does not call a paragraph whose draft went to the previous segment an empty target', async () => {
    const { ws, project, doc, qa } = await corpus000();
    await (await ws.segmentService(project)).changeAlignment({ project, documentId: doc, change: { kind: 'merge-next', segmentId: at(doc, 6) } });
    const merged = (await ws.listSegments(project, doc))[6];
    expect(merged?.alignment?.mergedIntoPrevious).toBe(true);
    expect(merged?.target).toBe('');
    const { findings } = await qa['qa:run']({ project, documentId: doc });
    expect(findings.filter((f) => f.segmentId === merged?.id)).toEqual([]);
    expect(await qa['qa:segment']({ project, segmentId: merged?.id as string })).toEqual([]);
    await ws.close();
  });

  it('refuses a bad profile with every reason, and keeps a good one across a restart', async () => {
    const dataDir = tempDir();
    const { ws, project } = await corpus000(dataDir);
    const handlers = createHandlers(ws, { version: 'test', transport: 'web', dataDir });
    const bad = await dispatch(handlers, 'qa:setProfile', { project, profile: { checks: { 'numbers.guess': { enabled: false } }, thresholds: { lengthRatioMin: 'low' } } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('invalid-input');
    expect(bad.error.details).toEqual(expect.arrayContaining([expect.stringContaining('unknown QA check "numbers.guess"'), expect.stringContaining('lengthRatioMin')]));
    const good = await dispatch(handlers, 'qa:setProfile', { project, profile: { name: 'Agensi', checks: { 'words.repeated': { enabled: false } } } });
    expect(good).toMatchObject({ ok: true, value: { name: 'Agensi' } });
    await ws.close();

    const again = await Workspace.create({ dataDir, owner: 'test' });
    const qa = createQaHandlers(again);
    expect(await qa['qa:getProfile']({ project })).toMatchObject({ name: 'Agensi', checks: { 'words.repeated': { enabled: false } } });
    expect((await qa['qa:run']({ project })).findings.map((f) => f.checkId)).not.toContain('words.repeated');
    await again.close();
  });

  it('exports the findings as an HTML report with the project name and segment text, and as CSV', async () => {
    const { ws, project, doc, qa } = await corpus000();
    const html = Buffer.from((await qa['qa:report']({ project, documentId: doc, format: 'html' })).base64, 'base64').toString();
    expect(html).toContain('<dd>Berita</dd>');
    expect(html).toContain(`id="segment-${at(doc, 9)}"`);
    expect(html).toMatch(/the the/i);
    const csv = await qa['qa:report']({ project, format: 'csv' });
    expect(csv).toMatchObject({ fileName: 'Berita.qa.csv', mimeType: 'text/csv' });
    const lines = Buffer.from(csv.base64, 'base64').toString().trim().split('\r\n');
    expect(lines[0]).toBe('finding_id,segment_id,check_id,severity,message,source_spans,target_spans,source,target');
    const row = lines.find((l) => l.includes(`${at(doc, 9)},words.repeated`));
    expect(row).toMatch(/,"?[^,]*pabrik[\s\S]*the the/i);
    await ws.close();
  });
});

describe('QA spelling', () => {
  it('flags a misspelling but not a name from the source, and accepts the project word list', async () => {
    const { ws, project, doc, qa } = await corpus000();
    const id = at(doc, 5);
    const findings = await qa['qa:segment']({ project, segmentId: id, target: 'Kim visited two goverment aviation plants in Komsomolsk-on-Amur with multirole jets.' });
    const words = findings.filter((f) => f.checkId === 'spelling.misspelled').map((f) => f.details?.word);
    expect(words).toContain('goverment');
    expect(words).toContain('multirole');
    expect(words).not.toContain('Komsomolsk');
    expect(findings.find((f) => f.details?.word === 'goverment')?.message).toMatch(/government/);
    const store = await ws.projectStore(project);
    store.commit({ op: 'put-meta', meta: { ...store.projectMeta, spellingWords: ['Multirole'] } });
    const after = await qa['qa:segment']({ project, segmentId: id, target: 'Kim visited two aviation plants with multirole jets.' });
    expect(after.filter((f) => f.checkId === 'spelling.misspelled')).toEqual([]);
    await ws.close();
  });
});
