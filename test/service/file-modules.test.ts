/** A bilingual file's matches and glossary entries are kept on the segments through the project store. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../electron/services/workspace';
import { FIXTURES_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
const fixture = (rel: string) => ({ name: path.basename(rel), base64: readFileSync(path.join(FIXTURES_DIR, rel)).toString('base64') });

describe('module data of an imported file', () => {
  it('keeps mtc:match candidates and gls:glossEntry terms on the segments after the project is reopened', async () => {
    const dataDir = tempDir();
    const ws = await Workspace.create({ dataDir, owner: 'test' });
    const { path: project } = await ws.createProject('Uji');
    const mtc = await ws.importDocument({ project, source: fixture('xliff20/third-party/xliff-21/modules/Good-mtc_match-ID-unique.xlf') });
    const gls = await ws.importDocument({ project, source: fixture('xliff20/third-party/xliff-21/modules/Good-gls_glossEntry-w-translation-or-definition.xlf') });

    await ws.close();
    const again = await Workspace.create({ dataDir, owner: 'test' });
    const [first] = await again.listSegments(project, mtc.document.id);
    expect(first?.candidates).toContainEqual({ source: 'He is my friend1.', target: 'Il est mon ami.' });
    const terms = (await again.listSegments(project, gls.document.id)).flatMap((s) => s.fileTerms ?? []);
    expect(terms).toContainEqual(expect.objectContaining({ term: 'snow', translations: ['Schnee'] }));
    await again.close();
  });
});
