import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../support/paths';
import { tinjau, useCliTempDir } from '../support/cli';

const tempDir = useCliTempDir();


async function corpusProject(): Promise<string> {
  const dir = path.join(tempDir(), 'berita.tinjau');
  await tinjau('init', dir, '--name', 'Berita');
  await tinjau('import', dir, corpusFile('id', '000'), '--draft', corpusFile('en-drafts', '000', '.mt.en.txt'), '--draft-origin', 'mt');
  return dir;
}

function profileFile(profile: unknown): string {
  const file = path.join(tempDir(), 'profile.json');
  writeFileSync(file, JSON.stringify(profile));
  return file;
}

describe('tinjau qa', () => {
  it('exits 0 when no finding is an error, and lists the findings by check with segment ids', async () => {
    const dir = await corpusProject();
    const res = await tinjau('qa', dir);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^QA of "Berita": \d+ segments checked, \d+ findings \(0 errors/);
    expect(res.stdout).toMatch(/words\.repeated {2}Repeated word \(warning, 1\)\n {2}\S+-0009 {2}.*the the/);
    expect(res.stdout).toMatch(/note: The project has no glossary/);
  });

  it('exits 1 when a finding is an error, as the profile decides, and gives findings and summary as JSON', async () => {
    const dir = await corpusProject();
    const strict = profileFile({ name: 'Strict', checks: { 'words.repeated': { severity: 'error' } } });
    const res = await tinjau('qa', dir, '--profile', strict, '--json');
    expect(res.code).toBe(1);
    const json = JSON.parse(res.stdout);
    expect(json).toMatchObject({ project: 'Berita', profile: 'Strict', summary: { hasErrors: true, bySeverity: { error: 1 } } });
    expect(json.findings).toEqual(expect.arrayContaining([expect.objectContaining({ checkId: 'words.repeated', severity: 'error', segmentId: expect.stringMatching(/-0009$/) })]));
    expect(json.summary.total).toBe(json.findings.length);
  });

  it('checks one document with --document, and exits 1 for a document the project does not have', async () => {
    const dir = await corpusProject();
    await tinjau('import', dir, corpusFile('id', '004'), '--draft', corpusFile('en-drafts', '004', '.human.en.txt'));
    const docs = JSON.parse((await tinjau('stats', dir, '--json')).stdout).documents.map((d: { id: string }) => d.id);
    const one = await tinjau('qa', dir, '--document', docs[0], '--json');
    const json = JSON.parse(one.stdout);
    expect(json.document).toBe(docs[0]);
    expect(json.findings.every((f: { segmentId: string }) => f.segmentId.startsWith(`${docs[0]}-`))).toBe(true);
    const whole = JSON.parse((await tinjau('qa', dir, '--json')).stdout);
    expect(whole.segments).toBeGreaterThan(json.segments);
    const unknown = await tinjau('qa', dir, '--document', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No document nope/);
  });

  it('exits 2 for a wrong command line or a profile that is not valid, and 1 for a missing project', async () => {
    expect((await tinjau('qa')).code).toBe(2);
    const dir = await corpusProject();
    const bad = await tinjau('qa', dir, '--profile', profileFile({ checks: { 'numbers.guess': {} } }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not valid[\s\S]*unknown QA check "numbers\.guess"/);
    expect((await tinjau('qa', dir, '--profile', path.join(tempDir(), 'none.json'))).code).toBe(2);
    const missing = await tinjau('qa', path.join(tempDir(), 'nothing'), '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr).error.code).toBe('not-found');
  });
});
