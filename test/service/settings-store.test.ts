import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../electron/services/settings-store';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('settings shared by the app, the web bridge and the CLI', () => {
  it('knows whether the reviewer has given their name: not on a first start, yes once saved and after a restart', async () => {
    const dir = tempDir();
    const first = await SettingsStore.open(dir);
    expect(first.settings.reviewerNamed).toBe(false);
    await first.update({ uiLanguage: 'id' });
    expect((await SettingsStore.open(dir)).settings.reviewerNamed).toBe(false);
    await first.update({ reviewer: { name: 'Sari Wulandari', initials: 'SW', role: 'translator' } });
    const again = await SettingsStore.open(dir);
    expect(again.settings).toMatchObject({ reviewerNamed: true, reviewer: { name: 'Sari Wulandari', initials: 'SW' }, uiLanguage: 'id' });
  });

  it('takes a name saved by an earlier version as given, and the default name it wrote as not given', async () => {
    const named = tempDir();
    writeFileSync(path.join(named, 'settings.json'), JSON.stringify({ settings: { reviewer: { name: 'Budi', initials: 'BU', role: 'reviewer' } }, recent: [] }));
    expect((await SettingsStore.open(named)).settings.reviewerNamed).toBe(true);
    const defaulted = tempDir();
    const { reviewer } = (await SettingsStore.open(tempDir())).settings;
    writeFileSync(path.join(defaulted, 'settings.json'), JSON.stringify({ settings: { reviewer, theme: 'dark' }, recent: [] }));
    expect((await SettingsStore.open(defaulted)).settings).toMatchObject({ reviewerNamed: false, theme: 'dark' });
  });

  it('keeps a change another process made since this one opened the file', async () => {
    const dir = tempDir();
    const app = await SettingsStore.open(dir);
    const cli = await SettingsStore.open(dir);
    await app.update({ reviewer: { name: 'Sari Wulandari', initials: 'SW', role: 'second-reviewer' } });
    await cli.touchRecent({ path: '/proyek/berita.tinjau', name: 'Berita', openedAt: '2026-11-22T08:00:00.000Z' });
    await app.update({ theme: 'dark' });
    const again = await SettingsStore.open(dir);
    expect(again.settings).toMatchObject({ reviewer: { name: 'Sari Wulandari', role: 'second-reviewer' }, theme: 'dark' });
    expect(again.recent.map((r) => r.name)).toEqual(['Berita']);
  });

  it('starts with defaults from a damaged file and keeps the damaged file beside it', async () => {
    const dir = tempDir();
    const damaged = '{"settings": {"reviewer": {"name": "Sari"}}, "boilerplateRules": [{"id": "mine"';
    writeFileSync(path.join(dir, 'settings.json'), damaged);
    const store = await SettingsStore.open(dir);
    expect(store.settings.theme).toBe('system');
    const kept = readdirSync(dir).filter((f) => f.startsWith('settings.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe(damaged);
  });
});
