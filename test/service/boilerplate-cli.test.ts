// `tinjau boilerplate apply|undo`: the rules of the data folder applied to documents already imported.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOILERPLATE_RULES } from '../../shared/boilerplate/rules';
import { corpusFile } from '../support/paths';
import { tinjau, useCliTempDir } from '../support/cli';

const tempDir = useCliTempDir();

/** Saves the boilerplate rules as the app's rules editor does, in the data folder's settings. */
function setRules(rules: unknown) {
  const file = path.join(process.env.TINJAU_DATA_DIR as string, 'settings.json');
  const settings = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, JSON.stringify({ ...settings, boilerplateRules: rules }));
}

const excluded = async (dir: string) => JSON.parse((await tinjau('stats', dir, '--json')).stdout).documents[0].excluded as number;

describe('tinjau boilerplate', () => {
  it('counts first, applies the rules to an imported document, asks about reviewed segments, and undoes as one', async () => {
    const dir = path.join(tempDir(), 'p.tinjau');
    await tinjau('init', dir);
    const imported = JSON.parse((await tinjau('import', dir, corpusFile('id', '004'), '--json')).stdout);
    expect(imported.excluded).toBe(10);

    setRules(DEFAULT_BOILERPLATE_RULES.filter((r) => r.id !== 'ad-free-offer'));
    const dry = await tinjau('boilerplate', 'apply', dir, '--dry-run');
    expect(dry.stdout).toContain('In all: 0 segment(s) to exclude, 2 to include again');
    expect(await excluded(dir)).toBe(10);
    const applied = await tinjau('boilerplate', 'apply', dir, '--document', imported.name ?? '004_4d6a900938109122.txt');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/^2 segment\(s\) changed\. Undo with: tinjau boilerplate undo .* rules-/);
    expect(await excluded(dir)).toBe(8);

    // The reviewer confirms the offer's paragraph; putting the rule back must ask what to do with it.
    await tinjau('edit', dir, '--segment', `${imported.document}-0001`, '--text', 'Read ad-free news.', '--status', 'reviewed');
    setRules(DEFAULT_BOILERPLATE_RULES);
    const asked = await tinjau('boilerplate', 'apply', dir);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain('1 segment(s) to exclude were already reviewed: say --reviewed keep');
    expect(await excluded(dir)).toBe(8);
    const kept = await tinjau('boilerplate', 'apply', dir, '--reviewed', 'keep', '--json');
    const result = JSON.parse(kept.stdout);
    expect(result).toMatchObject({ changed: 1, keptReviewed: 1 });
    expect(await excluded(dir)).toBe(9);
    expect((await tinjau('boilerplate', 'undo', dir, result.batchId)).stdout).toBe('Undone: 1 segment(s) restored.\n');
    expect(await excluded(dir)).toBe(8);

    const unknown = await tinjau('boilerplate', 'apply', dir, '--document', 'tidak-ada.txt');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no document named "tidak-ada.txt"');
    const help = (await tinjau('boilerplate', '--help')).stdout;
    expect(help).toContain('tinjau boilerplate undo DIR BATCH');
    // A mistake shows the same help as --help, with how errors and exit codes are told.
    expect(help).toContain('Errors go to stderr with exit code 1');
    expect(unknown.stderr).toContain(help.trimEnd());
  });
});
