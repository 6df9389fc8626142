import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../electron/services/export/export-service';
import { Workspace } from '../../electron/services/workspace';
import { FIXTURES_DIR } from '../support/paths';
import { useTempDir } from '../support/temp';
import { hasXmllint, payload, toolkitUnits, translateToolkitPython, xmllint } from '../fixtures/export/reviewed-project';
import { SCHEMAS_DIR } from '../support/paths';

const tempDir = useTempDir();
const python = translateToolkitPython();

/** The part of `after` that differs from `before` (common prefix and suffix cut off), with its offset. */
function changedRegion(before: string, after: string): { start: number; before: string; after: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, before: before.slice(start, before.length - end), after: after.slice(start, after.length - end) };
}

describe.each(['trados-studio.sdlxliff', 'okapi-omegat.xlf', 'memoq-groups.xlf'])('XLIFF from another tool (%s)', (fixture) => {
  it('exports back with only the edited target and its state changed, and reads back with the edit', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const { path: project } = await ws.createProject('Interop');
    const original = readFileSync(path.join(FIXTURES_DIR, 'xliff', fixture), 'utf8');
    const { document } = await ws.importDocument({ project, source: payload(path.join(FIXTURES_DIR, 'xliff', fixture)) });
    const segments = await ws.listSegments(project, document.id);
    // Edit a segment that has text to change, keeping its inline codes where they are.
    const victim = segments.find((s) => /[a-z]{4,}/.test(s.target) && !s.excluded)!;
    const word = /[a-z]{4,}/.exec(victim.target)![0];
    const edited = victim.target.replace(word, 'REVIEWED');
    await ws.updateSegment({ project, segmentId: victim.id, target: edited });
    await ws.updateSegment({ project, segmentId: victim.id, status: 'reviewed' });

    const file = await exportDocument(ws, { project, documentId: document.id, format: 'xliff12' });
    expect(file.fileName).toBe(fixture);
    const exported = Buffer.from(file.base64, 'base64').toString('utf8');
    const region = changedRegion(original, exported);
    // Everything outside the edited unit is byte for byte the original.
    const unitStart = original.lastIndexOf('<trans-unit', region.start);
    const unitEnd = original.indexOf('</trans-unit>', unitStart);
    expect(unitStart).toBeGreaterThanOrEqual(0);
    expect(region.start + region.before.length).toBeLessThanOrEqual(unitEnd);
    expect(region.after).toContain('REVIEWED');

    const again = await ws.importDocument({ project, source: { name: `again-${fixture}`, base64: Buffer.from(exported).toString('base64') } });
    const reread = await ws.listSegments(project, again.document.id);
    expect(reread.map((s) => s.source)).toEqual(segments.map((s) => s.source));
    const changed = reread.find((s) => s.source === victim.source)!;
    expect(changed.target).toBe(edited);
    expect(changed.status).toBe('reviewed');
    expect(reread.filter((s) => s !== changed).map((s) => s.target)).toEqual(segments.filter((s) => s.id !== victim.id).map((s) => s.target));

    if (python) {
      const copy = path.join(tempDir(), 'exported.xlf');
      writeFileSync(copy, exported);
      const before = path.join(tempDir(), 'original.xlf');
      writeFileSync(before, original);
      // translate-toolkit sees the same units before and after, with the one target changed.
      const a = toolkitUnits(python, before).units;
      const b = toolkitUnits(python, copy).units;
      expect(b.map((u) => u.id)).toEqual(a.map((u) => u.id));
      expect(b.filter((u, i) => u.target !== a[i]!.target)).toHaveLength(1);
    }
    await ws.close();
  });
});

describe('XLIFF 2.0 from another tool', () => {
  it('exports back into its own file with only the edited segment changed', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const { path: project } = await ws.createProject('Interop 2.0');
    const fixture = path.join(FIXTURES_DIR, 'xliff', 'xliff20-ignorables.xlf');
    const original = readFileSync(fixture, 'utf8');
    const { document } = await ws.importDocument({ project, source: payload(fixture) });
    const segments = await ws.listSegments(project, document.id);
    const victim = segments.find((s) => s.target.includes('Welcome'))!;
    await ws.updateSegment({ project, segmentId: victim.id, target: 'Welcome to beautiful Lake Toba' });
    await ws.updateSegment({ project, segmentId: victim.id, status: 'approved' });
    const file = await exportDocument(ws, { project, documentId: document.id, format: 'xliff20' });
    const exported = Buffer.from(file.base64, 'base64').toString('utf8');
    const region = changedRegion(original, exported);
    const segmentStart = original.lastIndexOf('<segment', region.start);
    expect(region.start + region.before.length).toBeLessThanOrEqual(original.indexOf('</segment>', segmentStart));
    expect(exported).toContain('<target>Welcome to beautiful Lake Toba</target>');
    const again = await ws.importDocument({ project, source: { name: 'again.xlf', base64: Buffer.from(exported).toString('base64') } });
    const reread = await ws.listSegments(project, again.document.id);
    expect(reread.map((s) => [s.source, s.target])).toEqual(segments.map((s) => [s.source, s.id === victim.id ? 'Welcome to beautiful Lake Toba' : s.target]));
    expect(reread.find((s) => s.target.startsWith('Welcome'))?.status).toBe('approved');
    await ws.close();
  });
});

describe.each(['trados-studio.sdlxliff', 'okapi-omegat.xlf', 'memoq-groups.xlf', 'xliff20-ignorables.xlf'])('%s exported to the other bilingual formats', (fixture) => {
  it.skipIf(!hasXmllint())('gives schema-valid XLIFF 2.0 / XLIFF 1.2 and DTD-valid TMX, inline codes included', async () => {
    const ws = await Workspace.create({ dataDir: tempDir(), owner: 'test' });
    const { path: project } = await ws.createProject('Interop codes');
    const { document } = await ws.importDocument({ project, source: payload(path.join(FIXTURES_DIR, 'xliff', fixture)) });
    const segments = await ws.listSegments(project, document.id);
    for (const s of segments.filter((x) => x.target !== '')) await ws.updateSegment({ project, segmentId: s.id, status: 'reviewed' });
    const out = tempDir();
    const checks = [
      { format: 'xliff20' as const, how: { schema: path.join(SCHEMAS_DIR, 'xliff_core_2.0.xsd') } },
      { format: 'xliff12' as const, how: { schema: path.join(SCHEMAS_DIR, 'xliff-core-1.2-strict.xsd') } },
      { format: 'tmx' as const, how: { dtd: path.join(SCHEMAS_DIR, 'tmx14.dtd') } },
    ];
    for (const { format, how } of checks) {
      // The format the file came in is written back into itself (checked above); the others are created.
      if (format === (fixture.endsWith('ignorables.xlf') ? 'xliff20' : 'xliff12')) continue;
      const file = await exportDocument(ws, { project, documentId: document.id, format });
      const target = path.join(out, `out.${format}`);
      writeFileSync(target, Buffer.from(file.base64, 'base64'));
      expect({ format, errors: xmllint(target, how) }).toEqual({ format, errors: null });
    }
    await ws.close();
  });
});
