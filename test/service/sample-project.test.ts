import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/api';
import { Workspace } from '../../electron/services/workspace';
import { isTermProblem } from '../../shared/glossary/model';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('the sample project a first start opens', () => {
  it('comes with a glossary whose terms the report uses, a term finding on the draft and a fuzzy TM match', async () => {
    const dataDir = tempDir();
    const ws = await Workspace.create({ dataDir, owner: 'test' });
    const api = createHandlers(ws, { version: 't', transport: 'web', dataDir });
    const sample = await api['projects:openSample']({});
    const project = sample.path;
    const documentId = sample.documents[0]?.id as string;
    const view = await api['glossary:view']({ project });
    expect(view.entries.length).toBeGreaterThanOrEqual(7);

    const terms = await api['terms:document']({ project, documentId });
    const found = terms.flatMap((t) => t.hits.filter((h) => !h.nested).map((h) => `${h.text}:${h.kind}`));
    for (const hit of ['Banjir:exact', 'anggaran:exact', 'saluran air:exact', 'kelurahan:exact', 'Wali Kota:exact', 'BPBD:exact', 'mengungsi:exact', 'menyiapkan:exact', 'dibersihkan:inflected']) {
      expect(found).toContain(hit);
    }
    // Every entry of the sample glossary is met in the report.
    const used = new Set(terms.flatMap((t) => t.hits.map((h) => h.entryId)));
    expect(view.entries.filter((e) => !used.has(e.id)).map((e) => e.sourceTerms[0])).toEqual([]);
    // "14 sub-districts" in the draft: the forbidden rendering of kelurahan.
    const kelurahan = terms.flatMap((t) => t.checks).find((c) => c.hit.text === 'kelurahan');
    expect(kelurahan).toMatchObject({ kind: 'forbidden', span: { text: expect.stringMatching(/^sub-district/) } });
    // And nothing else: "(BPBD)" after the full name is how the glossary asks for it.
    const problems = terms.flatMap((t) => t.checks).filter((c) => isTermProblem(c.kind));
    expect(problems.map((c) => c.hit.text)).toEqual(['kelurahan']);

    const segments = await api['segments:list']({ project, documentId });
    const sensors = segments.find((s) => s.source.startsWith('Sensor tersebut'));
    const matches = await api['tm:search']({ project, text: sensors?.source ?? '' });
    expect(matches[0]).toMatchObject({ target: expect.stringMatching(/^The sensors will send early warnings/) });
    expect(matches[0]?.score).toBeGreaterThan(70);
    expect(matches[0]?.score).toBeLessThan(100);

    // Opening it again adds nothing twice.
    await api['projects:openSample']({});
    expect((await api['glossary:view']({ project })).entries).toHaveLength(view.entries.length);
    await ws.close();
  });
});
