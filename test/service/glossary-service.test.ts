// The glossary channels through the real handlers, on the shared corpus (issue 4's acceptance list).
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { conflictDifferences, mergedProposal } from '../../shared/glossary/conflict-fields';
import { createGlossaryHandlers, GlossaryServices } from '../../electron/services/glossary/handlers';
import { Workspace } from '../../electron/services/workspace';
import type { GlossaryHandlers } from '../../electron/services/api';
import { CORPUS_DIR, corpusFile, FIXTURES_DIR } from '../support/paths';
import { TinjauError } from '../../shared/api/errors';
import { renderMessage } from '../../shared/messages/text';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const open: Array<{ ws: Workspace; services: GlossaryServices }> = [];
afterEach(async () => {
  for (const { ws, services } of open.splice(0)) {
    services.close();
    await ws.close();
  }
});

function payload(file: string, name = path.basename(file)) {
  return { name, base64: readFileSync(file).toString('base64') };
}

async function setup(dataDir = tempDir(), existing?: string) {
  const ws = await Workspace.create({ dataDir, owner: 'test' });
  await ws.settings.update({ reviewer: { name: 'Sari', initials: 'S', role: 'reviewer' } });
  const services = new GlossaryServices(ws, { watch: false });
  open.push({ ws, services });
  const api: GlossaryHandlers = createGlossaryHandlers(ws, services);
  const project = existing ?? (await ws.createProject('Uji')).path;
  return { ws, api, project, services };
}

async function withCorpus000() {
  const s = await setup();
  const imported = await s.api['glossary:import']({ project: s.project, file: payload(path.join(CORPUS_DIR, 'glossary.id-en.csv')) });
  const doc = await s.ws.importDocument({
    project: s.project,
    source: payload(corpusFile('id', '000')),
    draft: payload(corpusFile('en-drafts', '000', '.mt.en.txt')),
    draftOrigin: 'mt',
  });
  return { ...s, imported, documentId: doc.document.id };
}

const fields = (source: string, target: string, extra: Record<string, unknown> = {}) => ({
  sourceTerms: [source],
  targets: [{ text: target, status: 'preferred' as const }],
  caseSensitive: false,
  ...extra,
});

describe('glossary service on the corpus', () => {
  it('imports the corpus glossary into the project and flags article 000 as the issue says', async () => {
    const { api, project, imported, documentId } = await withCorpus000();
    expect(imported).toMatchObject({ added: 37, updated: 0 });
    const view = await api['glossary:view']({ project });
    expect(view.sources).toEqual([expect.objectContaining({ own: true, name: 'Uji', entries: 37, conflicts: 0 })]);
    const idOf = (s: string) => view.entries.find((e) => e.sourceTerms[0] === s)?.id;

    const terms = await api['terms:document']({ project, documentId });
    const p3 = terms[2];
    expect(p3?.hits.filter((h) => !h.nested).map((h) => h.text)).toEqual(['kerja sama', 'Korea Utara', 'Korut', 'Amerika Serikat', 'AS']);
    expect(p3?.checks.filter((c) => c.kind !== 'ok').map((c) => [c.kind, c.entryId, c.span?.text])).toEqual([
      ['untranslated', idOf('Korut'), 'Korut'],
      ['untranslated', idOf('AS'), 'AS'],
    ]);
    const p12 = terms[11];
    expect(p12?.checks.filter((c) => c.kind === 'forbidden').map((c) => [c.entryId, c.span?.text])).toEqual([[idOf('kerja sama'), 'work together']]);
  });

  it('gives the rows the workbench shows, as the whole document would, and lists the segments with a term problem', async () => {
    const { ws, api, project, documentId } = await withCorpus000();
    const whole = await api['terms:document']({ project, documentId });
    const ids = [`${documentId}-0012`, `${documentId}-0003`, 'no-such-segment', `${documentId}-0001`];
    const rows = await api['terms:segments']({ project, segmentIds: ids });
    // In the order asked; a segment no document holds (merged away meanwhile) is left out.
    expect(rows.map((r) => r.segmentId)).toEqual([`${documentId}-0012`, `${documentId}-0003`, `${documentId}-0001`]);
    expect(rows[1]).toEqual(whole[2]);
    expect(rows[0]).toEqual(whole[11]);

    const problems = await api['terms:problems']({ project, documentId });
    const expected = whole.filter((t) => t.checks.some((c) => c.kind !== 'ok' && c.kind !== 'pending' && !c.hit.nested)).map((t) => t.segmentId);
    expect(problems).toEqual(expected);
    expect(problems).toContain(`${documentId}-0003`);
    expect(problems).toContain(`${documentId}-0012`);
    // An excluded segment is not checked, so it has no term problem to show.
    await (await ws.segmentService(project)).setExcluded([`${documentId}-0003`], true);
    expect(await api['terms:problems']({ project, documentId })).not.toContain(`${documentId}-0003`);
  });

  it('lets a save through while it looks for the term problems of a long document', async () => {
    const { ws, api, project } = await setup();
    await api['glossary:import']({ project, file: payload(path.join(CORPUS_DIR, 'glossary.id-en.csv')) });
    const count = 6_000;
    const doc = await ws.importDocument({
      project,
      source: { name: 'panjang.txt', base64: Buffer.from(Array.from({ length: count }, (_, i) => `Kerja sama ${i + 1} untuk mengatasi banjir di desa.`).join('\n\n')).toString('base64') },
      draft: { name: 'panjang.en.txt', base64: Buffer.from(Array.from({ length: count }, (_, i) => `Working together ${i + 1} to tackle the flood in the village.`).join('\n\n')).toString('base64') },
      draftOrigin: 'mt',
    });
    const documentId = doc.document.id;
    const order: string[] = [];
    await api['terms:segments']({ project, segmentIds: [`${documentId}-0001`] }); // the index built
    const problems = api['terms:problems']({ project, documentId }).then((ids) => {
      order.push('problems');
      return ids;
    });
    // The save comes once the search is under way (a turn of the event loop later).
    await new Promise((resolve) => setImmediate(resolve));
    const saved = ws.updateSegment({ project, segmentId: `${documentId}-0007`, target: 'Cooperation 7 to tackle the flood in the village.' }).then(() => order.push('save'));
    const ids = await problems;
    await saved;
    expect(order).toEqual(['save', 'problems']);
    // "Working together" for kerja sama, whose English is "cooperation": every segment but the one fixed meanwhile, or all of them.
    expect(ids.length).toBeGreaterThanOrEqual(count - 1);
  });

  it('highlights terms in an excluded segment but does not check its draft', async () => {
    const { ws, api, project, documentId } = await withCorpus000();
    await (await ws.segmentService(project)).setExcluded([`${documentId}-0003`], true);
    const p3 = (await api['terms:document']({ project, documentId }))[2];
    expect(p3?.hits.length).toBeGreaterThan(0);
    expect(p3?.checks).toEqual([]);
  });

  it('checks a segment against the live target the editor sends', async () => {
    const { api, project, documentId } = await withCorpus000();
    const segmentId = `${documentId}-0003`;
    const draft = await api['terms:segment']({ project, segmentId });
    expect(draft.checks.some((c) => c.kind === 'untranslated')).toBe(true);
    const fixed = await api['terms:segment']({
      project,
      segmentId,
      target: 'PARBOABOA, Jakarta - Possible military cooperation between Russia and North Korea (North Korea), opposed by the West and the United States (United States).',
    });
    expect(fixed.checks.filter((c) => c.kind === 'untranslated')).toEqual([]);
  });

  it('lists the terms to use for a segment with no English yet, without reporting them missing', async () => {
    const { api, project, documentId } = await withCorpus000();
    const segmentId = `${documentId}-0003`;
    const empty = await api['terms:segment']({ project, segmentId, target: '' });
    expect(empty.checks.filter((c) => !c.hit.nested).map((c) => [c.kind, c.hit.text, c.expected[0]])).toEqual([
      ['pending', 'kerja sama', 'cooperation'],
      ['pending', 'Korea Utara', 'North Korea'],
      ['pending', 'Korut', 'North Korea'],
      ['pending', 'Amerika Serikat', 'United States'],
      ['pending', 'AS', 'US'],
    ]);
  });

  it('applies a glossary edit to the next term check: a new English term and a new Indonesian form', async () => {
    const { api, project, documentId } = await withCorpus000();
    const pabrik = (await api['glossary:view']({ project })).entries.find((e) => e.sourceTerms[0] === 'pabrik');
    const p7 = `${documentId}-0007`;
    expect((await api['terms:segment']({ project, segmentId: p7 })).checks.find((c) => c.entryId === pabrik?.id)?.kind).toBe('missing');

    const edited = await api['glossary:save']({
      project,
      id: pabrik?.id,
      baseVersion: pabrik?.version,
      fields: { sourceTerms: ['pabrik'], targets: [{ text: 'factory', status: 'preferred' }], caseSensitive: false },
    });
    expect(edited.author).toBe('Sari');
    expect((await api['terms:segment']({ project, segmentId: p7 })).checks.find((c) => c.entryId === pabrik?.id)).toMatchObject({ kind: 'ok', expected: ['factory'] });

    await api['glossary:save']({ project, fields: { sourceTerms: ['Sukhoi Superjet'], targets: [{ text: 'Sukhoi Superjet', status: 'preferred' }], caseSensitive: true } });
    const p2 = await api['terms:segment']({ project, segmentId: `${documentId}-0002` });
    expect(p2.hits.map((h) => h.text)).toContain('Sukhoi Superjet');
  });

  it('finds the same terms after a restart from the saved index, and never from a stale one', async () => {
    const first = await withCorpus000();
    const before = await first.api['terms:document']({ project: first.project, documentId: first.documentId });
    first.services.close();
    expect(readdirSync(path.join(first.ws.options.dataDir, 'glossary-index'))).toHaveLength(1);
    await first.ws.close();

    const second = await setup(first.ws.options.dataDir, first.project);
    expect(await second.api['terms:document']({ project: first.project, documentId: first.documentId })).toEqual(before);
    await second.api['glossary:save']({ project: first.project, fields: fields('Sukhoi Superjet', 'Sukhoi Superjet', { caseSensitive: true }) });
    second.services.close();
    await second.ws.close();

    // The saved index predates the new entry: it is rebuilt, not trusted.
    const third = await setup(first.ws.options.dataDir, first.project);
    const p2 = await third.api['terms:segment']({ project: first.project, segmentId: `${first.documentId}-0002` });
    expect(p2.hits.map((h) => h.text)).toContain('Sukhoi Superjet');
  });

  it('round-trips the glossary through TBX v2 and v3 into another project', async () => {
    const { api, project } = await withCorpus000();
    const before = await api['glossary:view']({ project });
    for (const format of ['tbx', 'tbx-v3'] as const) {
      const file = await api['glossary:export']({ project, format });
      expect(file.fileName).toMatch(/\.tbx$/);
      const other = await setup();
      const result = await other.api['glossary:import']({ project: other.project, file: { name: file.fileName, base64: file.base64 } });
      expect(result.added).toBe(37);
      const after = await other.api['glossary:view']({ project: other.project });
      const shape = (v: typeof before) => v.entries.map((e) => [e.id, e.sourceTerms, e.targets.map((t) => [t.text, t.status]), e.caseSensitive]);
      expect(shape(after)).toEqual(shape(before));
    }
  });

  it('reads its own CSV and XLSX exports back unchanged', async () => {
    const { api, project } = await withCorpus000();
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await api['glossary:export']({ project, format });
      const other = await setup();
      const result = await other.api['glossary:import']({ project: other.project, file: { name: file.fileName, base64: file.base64 } });
      expect([format, result.added, result.warnings]).toEqual([format, 37, []]);
      // Importing the same file again changes nothing.
      expect(await other.api['glossary:import']({ project: other.project, file: { name: file.fileName, base64: file.base64 } })).toMatchObject({ added: 0, updated: 0 });
    }
  });

  it('keeps the forms each entry accepts through every export format and back', async () => {
    const { api, project } = await setup();
    await api['glossary:save']({ project, fields: fields('langgar', 'violate', { morphology: 'derived' }) });
    await api['glossary:save']({ project, fields: fields('kerja', 'work', { morphology: 'exact' }) });
    await api['glossary:save']({ project, fields: fields('sanksi', 'sanction') });
    for (const format of ['csv', 'xlsx', 'tbx', 'tbx-v3'] as const) {
      const file = await api['glossary:export']({ project, format });
      const other = await setup();
      const result = await other.api['glossary:import']({ project: other.project, file: { name: file.fileName, base64: file.base64 } });
      expect([format, result.added, result.warnings]).toEqual([format, 3, []]);
      const view = await other.api['glossary:view']({ project: other.project });
      const forms = Object.fromEntries(view.entries.map((e) => [e.sourceTerms[0], e.morphology ?? 'inflected']));
      expect([format, forms]).toEqual([format, { langgar: 'derived', kerja: 'exact', sanksi: 'inflected' }]);
    }
  });

  it('refuses hostile and garbage TBX files with a message naming the file, and leaves the glossary as it was', async () => {
    const { api, project } = await withCorpus000();
    const before = await api['glossary:view']({ project });
    for (const file of [
      payload(path.join(FIXTURES_DIR, 'glossary/billion-laughs.tbx')),
      payload(path.join(FIXTURES_DIR, 'glossary/xxe.tbx')),
      { name: 'broken.tbx', base64: Buffer.from('<martif><text><body><termEntry id="x"><langSet xml:lang="id"><tig><term>a').toString('base64') },
      { name: 'photo.tbx', base64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 1, 2, 3]).toString('base64') },
    ]) {
      await expect(api['glossary:import']({ project, file })).rejects.toMatchObject({ code: 'format', message: expect.stringContaining(file.name) });
    }
    const after = await api['glossary:view']({ project });
    expect(after.entries).toEqual(before.entries);
    expect(after.stamp).toBe(before.stamp);
  });

  it('says a refused glossary file in the interface language, naming the file and the line', async () => {
    const { api, project } = await setup();
    const file = { name: 'istilah.csv', base64: Buffer.from('a,b\n1,2\n').toString('base64') };
    const err = await api['glossary:import']({ project, file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TinjauError);
    const { message, text } = err as TinjauError;
    expect(message).toBe('istilah.csv: A glossary CSV needs a source column (source_id) and a target column (target_en) (line 1); the glossary was not changed');
    expect(renderMessage(text!, 'id')).toBe(
      'istilah.csv: CSV glosarium memerlukan kolom sumber (source_id) dan kolom terjemahan (target_en) (baris 1); glosarium tidak diubah',
    );
  });

  it('imports a TSV with a column mapping and splits alternatives only when asked', async () => {
    const { api, project } = await setup();
    const tsv = 'English\tIndonesian\tKind\nprivilege\thak istimewa, privilese\tpreferred\n';
    const file = { name: 'terms.tsv', base64: Buffer.from(tsv).toString('base64') };
    await api['glossary:import']({ project, file, columns: { source: 1, target: 0, status: 2 } });
    expect((await api['glossary:view']({ project })).entries.map((e) => e.sourceTerms)).toEqual([['hak istimewa, privilese']]);
    const other = await setup();
    await other.api['glossary:import']({ project: other.project, file, columns: { source: 1, target: 0 }, splitAlternatives: true });
    expect((await other.api['glossary:view']({ project: other.project })).entries.map((e) => e.sourceTerms)).toEqual([['hak istimewa', 'privilese']]);
  });

  it('reads the forms an entry matches from the column the mapping names', async () => {
    const { api, project } = await setup();
    const csv = 'Istilah;Terjemahan;Cara cocok\nlanggar;violate;derived\nsanksi;sanction;exact\n';
    const file = { name: 'istilah.csv', base64: Buffer.from(csv).toString('base64') };
    await api['glossary:import']({ project, file, columns: { source: 0, target: 1, forms: 2 } });
    const entries = (await api['glossary:view']({ project })).entries;
    expect(entries.map((e) => [e.sourceTerms[0], e.morphology])).toEqual([['langgar', 'derived'], ['sanksi', 'exact']]);
    const beyond = await api['glossary:import']({ project, file, columns: { source: 0, target: 1, forms: 7 } }).catch((e: unknown) => e);
    expect((beyond as Error).message).toContain("The forms column (8) is beyond the file's 3 columns");
  });
});

describe('glossary edits', () => {
  it('says which fields a conflict is about and settles it with a merged version edited from both', async () => {
    const { api, project } = await setup();
    const created = await api['glossary:save']({ project, fields: fields('sanksi', 'sanction', { note: 'UN usage' }) });
    const base = created.version;
    // One copy changes the note and the forms, the other the note and the domain, from the same revision.
    await api['glossary:save']({ project, id: created.id, baseVersion: base, fields: fields('sanksi', 'sanction', { note: 'UN and national usage', morphology: 'derived' }) });
    await api['glossary:save']({ project, id: created.id, baseVersion: base, fields: fields('sanksi', 'sanction', { note: 'UN Security Council usage', domain: 'law' }) });
    const conflict = (await api['glossary:view']({ project })).conflicts[0];
    expect(conflict?.base?.version).toBe(base);
    const differences = conflictDifferences(conflict!);
    expect(differences.map((d) => [d.field, d.changed])).toEqual([['note', 'both'], ['domain', 'one'], ['morphology', 'one']]);
    const proposal = mergedProposal(conflict!);
    expect(proposal).toMatchObject({ domain: 'law', morphology: 'derived', note: conflict?.winner.note });

    const settled = await api['glossary:resolveConflict']({
      project,
      glossary: conflict!.glossary,
      id: created.id,
      chosenVersion: conflict!.winner.version,
      fields: { ...proposal, sourceTerms: [...proposal.sourceTerms], targets: [...proposal.targets], note: 'UN Security Council and national usage' },
    });
    expect(settled).toMatchObject({ note: 'UN Security Council and national usage', domain: 'law', morphology: 'derived' });
    const after = await api['glossary:view']({ project });
    expect(after.conflicts).toEqual([]);
    expect(after.entries.map((e) => e.note)).toEqual(['UN Security Council and national usage']);
  });

  it('keeps an edit on a stale revision: different fields merge, the same field becomes a conflict', async () => {
    const { api, project } = await setup();
    const created = await api['glossary:save']({ project, fields: fields('sanksi', 'sanction') });
    const base = created.version;
    const glossary = (await api['glossary:view']({ project })).sources[0]?.path as string;

    // Two reviewers edit the same revision: one the note, the other the domain.
    await api['glossary:save']({ project, id: created.id, baseVersion: base, fields: fields('sanksi', 'sanction', { note: 'UN usage' }) });
    const merged = await api['glossary:save']({ project, id: created.id, baseVersion: base, fields: fields('sanksi', 'sanction', { domain: 'politics' }) });
    expect(merged).toMatchObject({ note: 'UN usage', domain: 'politics' });
    expect((await api['glossary:view']({ project })).conflicts).toEqual([]);

    // Both change the English term from the same revision: neither is lost.
    const now = merged.version;
    await api['glossary:save']({ project, id: created.id, baseVersion: now, fields: fields('sanksi', 'penalty', { note: 'UN usage', domain: 'politics' }) });
    await api['glossary:save']({ project, id: created.id, baseVersion: now, fields: fields('sanksi', 'sanctions', { note: 'UN usage', domain: 'politics' }) });
    const view = await api['glossary:view']({ project });
    expect(view.conflicts).toHaveLength(1);
    const conflict = view.conflicts[0];
    const texts = [conflict?.winner, ...(conflict?.others ?? [])].map((e) => e?.targets[0]?.text).sort();
    expect(texts).toEqual(['penalty', 'sanctions']);
    expect(conflict?.glossary).toBe(glossary);

    // Deleting an entry in conflict deletes it everywhere: no competing edit takes its place.
    const other = await setup();
    const base2 = await other.api['glossary:save']({ project: other.project, fields: fields('denda', 'fine') });
    await other.api['glossary:save']({ project: other.project, id: base2.id, baseVersion: base2.version, fields: fields('denda', 'penalty') });
    await other.api['glossary:save']({ project: other.project, id: base2.id, baseVersion: base2.version, fields: fields('denda', 'fee') });
    expect((await other.api['glossary:view']({ project: other.project })).conflicts).toHaveLength(1);
    const ownPath = (await other.api['glossary:view']({ project: other.project })).sources[0]?.path as string;
    const gone = await other.api['glossary:delete']({ project: other.project, glossary: ownPath, id: base2.id });
    expect([gone.entries, gone.conflicts]).toEqual([[], []]);

    // The reviewer picks one; the conflict is gone and the choice is the entry.
    const loser = conflict?.others[0];
    const resolved = await api['glossary:resolveConflict']({ project, glossary, id: created.id, chosenVersion: loser?.version as string });
    expect(resolved.targets[0]?.text).toBe(loser?.targets[0]?.text);
    expect((await api['glossary:view']({ project })).conflicts).toEqual([]);

    const history = await api['glossary:history']({ project, glossary, id: created.id });
    expect(history.map((h) => h.entry.author)).toEqual(history.map(() => 'Sari'));
    expect(history[0]?.parent).toBeNull();
    expect(history.map((h) => h.entry.targets[0]?.text)).toEqual(expect.arrayContaining(['sanction', 'penalty', 'sanctions']));
    expect(history.at(-1)?.entry.version).toBe(resolved.version);
  });

  it('keeps what the entry dialog has no field for, and writes nothing for a save without changes', async () => {
    const { api, project } = await setup();
    const created = await api['glossary:save']({ project, fields: fields('kerja', 'work', { morphology: 'exact', note: 'verb sense' }) });
    const glossary = (await api['glossary:view']({ project })).sources[0]?.path as string;
    const edited = await api['glossary:save']({ project, id: created.id, baseVersion: created.version, fields: fields('kerja', 'work') });
    expect(edited.morphology).toBe('exact');
    expect(edited.note).toBeUndefined();
    const stale = await api['glossary:save']({ project, id: created.id, baseVersion: created.version, fields: fields('kerja', 'work', { morphology: 'exact', note: 'verb sense' }) });
    expect(stale.version).toBe(edited.version);
    expect(await api['glossary:history']({ project, glossary, id: created.id })).toHaveLength(2);
  });

  it('writes a shared glossary under one stable name per install and process, not one file per session', async () => {
    const dataDir = tempDir();
    const first = await setup(dataDir);
    const shared = path.join(tempDir(), 'Team.tinjau-glossary');
    await first.api['glossary:attach']({ project: first.project, path: shared, create: true });
    await first.api['glossary:save']({ project: first.project, glossary: shared, fields: fields('sanksi', 'sanction') });
    first.services.close();
    await first.ws.close();
    const records = () => readdirSync(path.join(shared, 'records'));
    expect(records()).toHaveLength(1);

    // The next session continues the same file; a second process at the same time gets its own.
    const second = await setup(dataDir, first.project);
    await second.api['glossary:save']({ project: second.project, glossary: shared, fields: fields('pabrik', 'plant') });
    expect(records()).toHaveLength(1);
    const otherProject = (await second.ws.createProject('Lain')).path;
    const concurrent = new GlossaryServices(second.ws, { watch: false });
    open.push({ ws: second.ws, services: concurrent });
    const api = createGlossaryHandlers(second.ws, concurrent);
    await api['glossary:attach']({ project: otherProject, path: shared });
    await api['glossary:save']({ project: otherProject, glossary: shared, fields: fields('denda', 'fine') });
    expect(records()).toHaveLength(2);
    expect((await second.api['glossary:view']({ project: second.project, glossary: shared })).entries.map((e) => e.sourceTerms[0])).toEqual(['denda', 'pabrik', 'sanksi']);
  });

  it('says beside a shared glossary that a damaged line in a colleague\'s file was skipped, keeping the rest', async () => {
    const { api, project } = await setup();
    const shared = path.join(tempDir(), 'Team.tinjau-glossary');
    await api['glossary:attach']({ project, path: shared, create: true, name: 'Team' });
    const saved = await api['glossary:save']({ project, glossary: shared, fields: fields('sanksi', 'sanction') });
    const colleague = path.join(shared, 'records', 'w-budi.jsonl');
    const good = readFileSync(path.join(shared, 'records', readdirSync(path.join(shared, 'records')).find((f) => f.endsWith('.jsonl'))!), 'utf8').split('\n')[0]!;
    writeFileSync(colleague, `{"entry": {"id": "x", "sourceTe\n${good.replace(saved.id, 'copy-of-sanksi').replace(/"version":"[^"]+"/, '"version":"v-budi"')}\n`);
    const view = await api['glossary:view']({ project });
    const team = view.sources.find((s) => s.name === 'Team')!;
    expect(team.entries).toBe(2);
    expect(team.notices.map((n) => n.message)).toEqual(['w-budi.jsonl: a damaged line was skipped (line 1 after byte 0); the other changes in it were read']);
    expect(renderMessage(team.notices[0]!.text, 'id')).toBe('w-budi.jsonl: satu baris rusak dilewati (baris 1 setelah bita 0); perubahan lain di dalamnya tetap dibaca');
  });

  it('deletes with a tombstone, merges duplicates, and attaches a shared glossary that survives a restart', async () => {
    const dataDir = tempDir();
    const { api, project, ws, services } = await setup(dataDir);
    const shared = path.join(tempDir(), 'Team.tinjau-glossary');
    const attached = await api['glossary:attach']({ project, path: shared, create: true, name: 'Team' });
    expect(attached.sources.map((s) => [s.name, s.own])).toEqual([['Uji', true], ['Team', false]]);

    const a = await api['glossary:save']({ project, glossary: shared, fields: fields('Korea Utara', 'North Korea') });
    const b = await api['glossary:save']({ project, glossary: shared, fields: fields('Korut', 'North Korea', { note: 'press abbreviation' }) });
    const merged = await api['glossary:mergeEntries']({ project, glossary: shared, ids: [a.id, b.id] });
    expect(merged.sourceTerms).toEqual(['Korea Utara', 'Korut']);
    expect(merged.note).toBe('press abbreviation');
    const c = await api['glossary:save']({ project, glossary: shared, fields: fields('pabrik', 'plant') });
    const afterDelete = await api['glossary:delete']({ project, glossary: shared, id: c.id });
    expect(afterDelete.entries.map((e) => e.sourceTerms[0])).toEqual(['Korea Utara']);
    expect((await api['glossary:history']({ project, glossary: shared, id: c.id })).at(-1)?.entry.deleted).toBe(true);

    services.close();
    await ws.close();
    const again = await setup(dataDir, project);
    const view = await again.api['glossary:view']({ project });
    expect(view.sources.map((s) => [s.name, s.entries])).toEqual([['Uji', 0], ['Team', 1]]);
    expect(view.entries[0]).toMatchObject({ sourceTerms: ['Korea Utara', 'Korut'], glossary: shared });

    // The shared folder goes offline (a network drive): the project still opens and says so.
    again.services.close();
    renameSync(shared, `${shared}.away`);
    const offline = createGlossaryHandlers(again.ws, new GlossaryServices(again.ws, { watch: false }));
    expect((await offline['glossary:view']({ project })).sources.map((s) => [s.name, s.reachable, s.entries])).toEqual([['Uji', true, 0], ['Team.tinjau-glossary', false, 0]]);
    await expect(offline['glossary:save']({ project, glossary: shared, fields: fields('x', 'y') })).rejects.toMatchObject({ code: 'io' });
    renameSync(`${shared}.away`, shared);

    await again.api['glossary:detach']({ project, path: shared });
    expect((await again.api['glossary:view']({ project })).sources.map((s) => s.name)).toEqual(['Uji']);
    await expect(again.api['glossary:attach']({ project, path: path.join(tempDir(), 'nothing-here') })).rejects.toMatchObject({ code: 'not-found' });
    // "Create" never drops a glossary into a folder full of other files (a Documents folder).
    const busy = tempDir();
    writeFileSync(path.join(busy, 'letter.docx'), 'x');
    await expect(again.api['glossary:attach']({ project, path: busy, create: true })).rejects.toMatchObject({ code: 'invalid-input' });
    const refusal = (await again.api['glossary:attach']({ project, path: busy, create: true }).catch((e: unknown) => e)) as TinjauError;
    expect(renderMessage(refusal.text!, 'id')).toBe(`${path.resolve(busy)} sudah berisi berkas lain; pilih folder kosong atau nama folder baru untuk glosarium ini`);
  });
});
